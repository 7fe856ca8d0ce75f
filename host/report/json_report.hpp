#pragma once
// `report --format json`: the report as the JSON of the contract
// (contract/cli-and-json.md). Fields beyond the contract are additions only:
// per claim `qualifier`, `attribution` and `scope`; per finding `scope`,
// `verdict` and `review_history`; at the top `checked_at`.

#include "host/report/report_model.hpp"

#include <string>

namespace crosscheck::report {

/// The whole document, pretty-printed with two spaces, ending in a newline.
[[nodiscard]] std::string render_json(const Report& report);

} // namespace crosscheck::report
