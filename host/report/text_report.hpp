#pragma once
// `report --format text`: the report for a terminal. Findings grouped by
// severity, then metric; each shows its verdict, status and message, then
// its figures beside the quotes they come from (the figure as given, who
// gives it and when, on the left; the sentence on the right), then its
// review history.

#include "host/report/formats.hpp"

#include <ostream>
#include <string>

namespace crosscheck::report {

/// Whether the text report should be coloured: only on a terminal
/// (`stdout_is_terminal`), never when writing to a file (`to_file`), and
/// never when the NO_COLOR environment variable is set to anything but ""
/// (`no_color_env`, as returned by getenv; see no-color.org).
[[nodiscard]] bool colour_wanted(bool stdout_is_terminal, const char* no_color_env, bool to_file);

/// The report as text wrapped to `options.width` columns (at least 60),
/// with ANSI colours when `options.colour`, written a finding at a time.
void write_text(const ReportHead& head, const FindingSource& findings, const RenderOptions& options,
                std::ostream& out);

/// The same, of a report in memory, as one string.
[[nodiscard]] std::string render_text(const Report& report, const RenderOptions& options);

} // namespace crosscheck::report
