#pragma once
// The HTML report: one self-contained page (inline CSS, inline SVG, no
// script, no fetch of anything) that opens offline. A summary of findings
// by severity and status; each finding with its quoted sentences side by
// side, the figures marked in them, its review status and decision
// history; per metric, a timeline chart of its claims at their as-of
// times (at most 200 figures a series, see timeline_sample.hpp).
// Every piece of source text is escaped for where it goes.

#include "host/report/report_model.hpp"

#include <ostream>
#include <string>

namespace crosscheck::report {

/// The whole HTML document for `report`, UTF-8, starting with <!doctype
/// html>, written as it goes (summary, findings and timelines). Each
/// severity group shows its first 100 findings whole; the rest briefly
/// (header, message, reasons), under one collapsed <details>, each still
/// with its anchor.
void write_html(const Report& report, std::ostream& out);

/// The same, as one string.
[[nodiscard]] std::string render_html(const Report& report);

} // namespace crosscheck::report
