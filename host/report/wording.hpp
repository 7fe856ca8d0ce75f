#pragma once
// The wording the human-readable formats (text, Markdown, CSV) share, so
// that a finding reads the same in each: times, figures, roles, review
// decisions, the case summary, and word wrapping.

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::report {

/// "2023-09-24T12:40:00Z" as "2023-09-24 12:40 UTC"; a time at exactly
/// midnight (a date given without a time) as "2023-09-24". Other text is
/// returned unchanged.
[[nodiscard]] std::string display_time(std::string_view iso);

/// `value` with thousands separators and at most two decimals: "120,000",
/// "2.5".
[[nodiscard]] std::string display_number(double value);

/// `value` as a plain number for machines: "120000", "2.5".
[[nodiscard]] std::string plain_number(double value);

/// How the figure was read when that is not just its value: "read as 2,900
/// to 3,000 people", "read as more than 2,900 people"; "" when the interval
/// is the value itself.
[[nodiscard]] std::string reading(const model::Claim& claim);

/// True when no claim of `finding` is a mere reference: the figures simply
/// disagree with each other.
[[nodiscard]] bool all_questioned(const ReportFinding& finding);

/// The heading of a claim's role: "in question", "compared with", or
/// "disagreeing figures" when `all_questioned`.
[[nodiscard]] std::string_view role_heading(std::string_view role, bool all_questioned);

/// "confirmed by alice, 2026-11-28 10:00 UTC" (no note); a decision carried
/// from another finding adds " (given on finding 5ba719449851)".
[[nodiscard]] std::string decision_summary(const model::ReviewDecision& decision);

/// "12 distinct discrepancies: 3 high, 4 medium, 5 low, 0 info; 10 open, 1
/// confirmed, 1 dismissed; 2 of them set one side against another": each
/// finding is one discrepancy, however many checkers found it.
[[nodiscard]] std::string summary_line(const FindingCounts& counts);
[[nodiscard]] std::string summary_line(const Report& report);

/// The heading of the findings the cross-side policy sets apart, and what
/// it means, for the formats that list them under their own heading.
inline constexpr std::string_view k_cross_side_heading = "One side's figures against another's";
/// `cross_side`: how many findings it sets apart.
[[nodiscard]] std::string cross_side_explanation(std::size_t cross_side);
[[nodiscard]] std::string cross_side_explanation(const Report& report);

/// "interval_conflict (high): <message>" for each reason after the first
/// (which is the finding's own checker and message): the other checkers'
/// evidence for the same discrepancy.
[[nodiscard]] std::vector<std::string> other_reasons(const model::Finding& finding);

/// `text` on one line: runs of whitespace (newlines, tabs) become a space.
[[nodiscard]] std::string single_line(std::string_view text);

/// `text` (on one line) broken at spaces into lines of at most `width`
/// code points; a word longer than `width` gets a line of its own.
[[nodiscard]] std::vector<std::string> wrap(std::string_view text, std::size_t width);

} // namespace crosscheck::report
