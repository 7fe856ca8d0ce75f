#pragma once
// The HTML report: one self-contained page (inline CSS, inline SVG, no
// script, no fetch of anything) that opens offline. A summary of findings
// by severity and status; each finding with its quoted sentences side by
// side, the figures marked in them, its review status and decision
// history; per metric, a timeline chart of every claim at its as-of time.
// Every piece of source text is escaped for where it goes.

#include "host/report/report_model.hpp"

#include <string>

namespace crosscheck::report {

/// The whole HTML document for `report`, UTF-8, starting with <!doctype html>.
[[nodiscard]] std::string render_html(const Report& report);

} // namespace crosscheck::report
