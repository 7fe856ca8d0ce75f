#pragma once
// The formats `crosscheck report --format F` offers, in one table
// (formats.cpp): adding a format is its renderer file plus one line there.

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"
#include "host/util/error.hpp"

#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::report {

/// What a renderer may need besides the report.
struct RenderOptions {
    bool colour = false;      ///< text: ANSI colours (see `colour_wanted`)
    std::size_t width = 100;  ///< text: the line width to wrap to
    std::string organisation; ///< claimreview: the author of every review when given
    std::string url_template; ///< claimreview: the fact-check's url, see claimreview_report.hpp
};

/// Writes a whole report to `out` as it goes, its findings as `findings`
/// yields them (a report of 10^5 findings is never held whole in memory);
/// fails, having written nothing, only when the format cannot say what it
/// must (a ClaimReview without an author).
using Renderer = Expected<void> (*)(const ReportHead& head, const FindingSource& findings,
                                    const RenderOptions& options, std::ostream& out);

struct Format {
    std::string_view name;        ///< what `--format` takes
    std::string_view description; ///< one line for --help
    Renderer render;
    /// The format needs the whole report (`findings.held()` not null): html,
    /// whose timelines show every claim of the case.
    bool whole = false;
};

/// Every format, in the order --help lists them.
[[nodiscard]] std::span<const Format> formats();

/// The format called `name`, or nullptr.
[[nodiscard]] const Format* find_format(std::string_view name);

/// The names of every format, for validating `--format`.
[[nodiscard]] std::vector<std::string> format_names();

} // namespace crosscheck::report
