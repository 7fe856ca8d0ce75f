#pragma once
// What a finding's severity means to a reader and to `--fail-on`: the
// three-level verdict every report shows (after statcheck's "consistent /
// inconsistency / gross inconsistency", which reviewers find easy to read),
// and which review statuses still count. The severities themselves, their
// order and names, are the model's (host/model/severity.hpp).

#include "host/model/finding.hpp"
#include "host/model/severity.hpp"
#include "host/store/finding_tally.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::report {

/// True when a finding with review `status` counts for `--fail-on`: an open
/// finding is not yet judged and a confirmed one is a discrepancy that is
/// still in the sources, so both count; a dismissed one never does.
[[nodiscard]] bool counts_for_fail_on(model::ReviewStatus status);

/// How many of `findings` `--fail-on threshold` counts: each finding is one
/// distinct discrepancy (the engine merged the checkers' findings on the
/// same claims), so each counts once however many checkers found it.
[[nodiscard]] std::size_t count_failing(const std::vector<model::Finding>& findings,
                                        model::Severity threshold);
/// The same count from a case's stored tally (`check`'s summary).
[[nodiscard]] std::size_t count_failing(const store::FindingTally& tally,
                                        model::Severity threshold);

/// "2 distinct discrepancies at or above high are open or confirmed
/// (--fail-on)": what `check` and `report` say when `--fail-on` fails.
[[nodiscard]] std::string fail_on_message(std::size_t count, model::Severity threshold);

/// The reader's verdict on a finding, from its severity: high, the figures
/// cannot all be right; medium, they do not fit together; low and info, they
/// differ but the checker or the policy rates that weakly (a small gap, or
/// figures from opposing sides, which `[policy] cross_side_ceiling` caps).
/// Not "minor": a 2.4x gap between the two sides of a war is low severity.
enum class Verdict { contradicted, inconsistent, disputed };

[[nodiscard]] Verdict verdict_for(model::Severity severity);

/// "contradicted", "inconsistent", "disputed".
[[nodiscard]] std::string_view verdict_name(Verdict verdict);

/// The verdict as a rating of the questioned figure, for ClaimReview's
/// `alternateName`: "Contradicted by other sources", ...
[[nodiscard]] std::string_view verdict_rating(Verdict verdict);

/// ClaimReview's numeric scale for a verdict: 1 (worst, the figure cannot
/// stand beside the others) to 5 (best, it agrees with them). Findings only
/// ever rate down, so contradicted is 1, inconsistent 2, disputed 3; 4 and 5
/// are left to figures no finding questions, which are not exported.
struct RatingScale {
    static constexpr int worst = 1;
    static constexpr int best = 5;
};
[[nodiscard]] int verdict_rating_value(Verdict verdict);

} // namespace crosscheck::report
