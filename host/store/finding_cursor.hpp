#pragma once
// Steps through a case's active findings one at a time, each with the
// claims it cites (read whole, with their sources), its reasons and its
// review history: what a report writes as it goes, without the case's
// findings and claims held in memory at once (a json report of 10^5 news
// sources took 2.6 GB when read whole).

#include "host/model/claim.hpp"
#include "host/model/finding.hpp"
#include "host/store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace crosscheck::store {

/// One finding as the cursor yields it.
struct DetailedFinding {
    model::Finding finding; ///< `claims` and `reasons` filled; `status` the latest decision
    /// The cited claims that are still stored, in the finding's order, with
    /// their roles; one whose claim has since disappeared (its source
    /// re-extracted) is left out.
    std::vector<std::pair<model::Claim, model::ClaimRole>> claims;
    std::vector<model::ReviewDecision> history; ///< oldest first
};

/// The case's active findings in `list_findings`' order. The database must
/// not be written to while a cursor is open.
class FindingCursor {
public:
    FindingCursor(Database& db, std::int64_t case_id);

    /// The next finding into `out` (replaced whole); false after the last.
    bool next(DetailedFinding& out);

private:
    std::int64_t m_case_id;
    Statement m_list;
    Statement m_claims;
    Statement m_reasons;
    Statement m_reviews;
};

/// How many active findings share a severity, a latest review decision
/// ("open" when never reviewed) and a side policy.
struct FindingGroupCount {
    model::Severity severity = model::Severity::info;
    model::ReviewStatus status = model::ReviewStatus::open;
    bool cross_side = false;
    std::size_t count = 0;
};

/// The case's active findings counted by severity, status and cross_side,
/// as the cursor would yield them: a report's counts, before its findings.
[[nodiscard]] std::vector<FindingGroupCount> count_active_findings(Database& db,
                                                                   std::int64_t case_id);

} // namespace crosscheck::store
