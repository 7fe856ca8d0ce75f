#pragma once
// What a finding's severity means to a reader and to `--fail-on`: the order
// of the severities, the three-level verdict every report shows (after
// statcheck's "consistent / inconsistency / gross inconsistency", which
// reviewers find easy to read), and which review statuses still count.

#include "host/store/finding_store.hpp"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck::report {

/// The severities, most severe first.
inline constexpr std::array<std::string_view, 4> k_severities = {"high", "medium", "low", "info"};

/// 0 for "high" down to 3 for "info"; nullopt for any other text.
[[nodiscard]] std::optional<int> severity_rank(std::string_view severity);

/// True when `severity` is `threshold` or more severe. Unknown severities
/// count as "info".
[[nodiscard]] bool at_or_above(std::string_view severity, std::string_view threshold);

/// True when a finding with review `status` counts for `--fail-on`: an open
/// finding is not yet judged and a confirmed one is a discrepancy that is
/// still in the sources, so both count; a dismissed one never does.
[[nodiscard]] bool counts_for_fail_on(std::string_view status);

/// How many of `findings` `--fail-on threshold` counts.
[[nodiscard]] std::size_t count_failing(const std::vector<store::StoredFinding>& findings,
                                        std::string_view threshold);

/// The reader's verdict on a finding, from its severity: high, the figures
/// cannot all be right; medium, they do not fit together; low and info, they
/// differ but the checker or the policy rates that weakly (a small gap, or
/// figures from opposing sides, which `[policy] cross_side_ceiling` caps).
/// Not "minor": a 2.4x gap between the two sides of a war is low severity.
enum class Verdict { contradicted, inconsistent, disputed };

[[nodiscard]] Verdict verdict_for(std::string_view severity);

/// "contradicted", "inconsistent", "disputed".
[[nodiscard]] std::string_view verdict_name(Verdict verdict);

/// The verdict as a rating of the questioned figure, for ClaimReview's
/// `alternateName`: "Contradicted by other sources", ...
[[nodiscard]] std::string_view verdict_rating(Verdict verdict);

} // namespace crosscheck::report
