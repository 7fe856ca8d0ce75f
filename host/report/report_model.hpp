#pragma once
// What every report format renders: a case's findings, each with its claims
// (and their sources) and its review history, plus all of the case's claims
// so that timelines can show the figures no finding names. Loaded once from
// the store; the renderers only read it.

#include "host/store/claim_store.hpp"
#include "host/store/database.hpp"
#include "host/store/finding_store.hpp"
#include "host/store/review_store.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::report {

/// A claim as one finding uses it. The claim is shared, not copied: a
/// report of 10^5 findings cites hundreds of thousands of claims, most of
/// them the case's own (`Report::claims`), and a copy each with its quote
/// ran to gigabytes.
struct FindingClaim {
    /// A claim of its own (a report built by hand, as the tests do).
    FindingClaim(model::Claim own, model::ClaimRole role_)
        : shared(std::make_shared<const model::Claim>(std::move(own))), role(role_) {}
    /// A claim that `owner` keeps alive (a report's claims).
    FindingClaim(std::shared_ptr<const model::Claim> owner, model::ClaimRole role_)
        : shared(std::move(owner)), role(role_) {}

    [[nodiscard]] const model::Claim& claim() const { return *shared; }

    std::shared_ptr<const model::Claim> shared; ///< never null
    model::ClaimRole role = model::ClaimRole::questioned;
};

/// A finding with everything a reader needs to judge it.
struct ReportFinding {
    model::Finding finding; ///< `finding.status` is the latest decision
    std::vector<FindingClaim> claims;
    std::vector<model::ReviewDecision> history; ///< oldest first; empty: never reviewed
};

/// A case's report.
struct Report {
    std::string case_slug;
    std::string generated_at; ///< ISO 8601 UTC
    std::string checked_at;   ///< when the last check run finished; "" if never
    /// Active ones, one per discrepancy, in the order a reviewer reads them
    /// (store::list_findings): most severe first, then the figures furthest
    /// apart, then the earliest; those the cross-side policy sets apart
    /// (`finding.cross_side`) after all the others.
    std::vector<ReportFinding> findings;
    std::vector<model::Claim> claims; ///< every active claim, by metric and as-of time
    /// What keeps the claims findings cite alive when they are not in
    /// `claims` (rejected since, or of an older version of their source).
    std::shared_ptr<const std::vector<model::Claim>> other_cited;
};

/// When the last check run of the case finished (ISO 8601 UTC), or nullopt
/// when the case was never checked: a report of such a case would claim
/// "no findings" without anything having been looked for.
[[nodiscard]] std::optional<std::string> last_check_time(store::Database& db, std::int64_t case_id);

/// Reads the case's report from the store. A finding's claim that has since
/// disappeared (its source re-extracted) is left out of that finding.
[[nodiscard]] Report load_report(store::Database& db, std::int64_t case_id,
                                 const std::string& case_slug);

/// Which findings a report shows: `report --severity S --status S`.
/// `at_least` keeps a severity and those above it, as `findings
/// --severity` does; `statuses` (repeatable) keeps any of them, and empty
/// lets every status through. Applied to the model (`filter_report`) so
/// that every format shows the same findings.
struct ReportFilter {
    std::optional<model::Severity> at_least;
    std::vector<model::ReviewStatus> statuses;

    [[nodiscard]] bool empty() const { return !at_least && statuses.empty(); }
    [[nodiscard]] bool keeps(const model::Finding& finding) const;
    [[nodiscard]] bool keeps(model::Severity severity, model::ReviewStatus status) const;
};

/// Drops the findings `filter` does not keep, in place, keeping the order;
/// the case's claims (for timelines) stay whole.
void filter_report(Report& report, const ReportFilter& filter);

} // namespace crosscheck::report
