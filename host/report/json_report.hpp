#pragma once
// `report --format json`: the report as the JSON of the contract
// (contract/cli-and-json.md). Fields beyond the contract are additions only:
// per claim `qualifier`, `attribution` and `scope`; per finding `scope`,
// `verdict`, `review_history` and, when the finding lists only a sample of
// its references, `more_references` (how many it leaves out); at the top
// `checked_at`.

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"

#include <ostream>
#include <string>

namespace crosscheck::report {

/// The whole document, pretty-printed with two spaces, ending in a newline,
/// written a finding at a time as `findings` yields them.
void write_json(const ReportHead& head, const FindingSource& findings, std::ostream& out);

/// The same, of a report in memory.
void write_json(const Report& report, std::ostream& out);

/// The same, as one string.
[[nodiscard]] std::string render_json(const Report& report);

} // namespace crosscheck::report
