#include "host/store/finding_row.hpp"

#include "host/model/severity.hpp"

#include <algorithm>

namespace crosscheck::store {

model::Finding read_finding_row(const Statement& row) {
    model::Finding f;
    f.id = row.column_text(0);
    f.checker = row.column_text(1);
    f.metric = row.column_text(2);
    f.scope_key = row.column_text(3);
    f.severity = model::severity_from_string(row.column_text(4)).value_or(model::Severity::info);
    f.message = row.column_text(5);
    f.state =
        model::finding_state_from_string(row.column_text(6)).value_or(model::FindingState::active);
    f.status =
        model::review_status_from_string(row.column_text(7)).value_or(model::ReviewStatus::open);
    f.cross_side = row.column_int(8) != 0;
    f.spread = row.column_double(9);
    f.as_of = row.column_text(10);
    f.more_references = static_cast<std::size_t>(std::max<std::int64_t>(0, row.column_int(11)));
    return f;
}

void read_finding_reasons(Statement& reasons, std::int64_t case_id, model::Finding& finding) {
    reasons.reset();
    reasons.bind(1, case_id).bind(2, finding.id);
    while (reasons.step()) {
        finding.reasons.push_back(
            {reasons.column_text(0),
             model::severity_from_string(reasons.column_text(1)).value_or(model::Severity::info),
             reasons.column_text(2), reasons.column_int(3) != 0});
    }
}

} // namespace crosscheck::store
