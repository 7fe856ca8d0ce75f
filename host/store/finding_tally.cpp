#include "host/store/finding_tally.hpp"

#include <cassert>

namespace crosscheck::store {
namespace {

std::size_t status_index(model::ReviewStatus status) {
    return static_cast<std::size_t>(status);
}

model::Severity severity_of(const std::string& name) {
    return model::severity_from_string(name).value_or(model::Severity::info);
}

std::size_t severity_index(model::Severity severity) {
    return static_cast<std::size_t>(model::rank(severity));
}

} // namespace

void FindingTally::add(model::Severity severity, model::ReviewStatus status, std::size_t n) {
    m_counts[severity_index(severity)][status_index(status)] += n;
}

void FindingTally::move_open(model::Severity severity, model::ReviewStatus status, std::size_t n) {
    auto& counts = m_counts[severity_index(severity)];
    auto& open = counts[status_index(model::ReviewStatus::open)];
    assert(n <= open);
    open -= n;
    counts[status_index(status)] += n;
}

std::size_t FindingTally::of(model::Severity severity, model::ReviewStatus status) const {
    return m_counts[severity_index(severity)][status_index(status)];
}

std::size_t FindingTally::total() const {
    std::size_t n = 0;
    for (const auto& by_status : m_counts) {
        for (const std::size_t count : by_status) {
            n += count;
        }
    }
    return n;
}

std::size_t FindingTally::with_status(model::ReviewStatus status) const {
    std::size_t n = 0;
    for (const auto severity : model::k_severities) {
        n += of(severity, status);
    }
    return n;
}

FindingTally tally_active_findings(Database& db, std::int64_t case_id) {
    // Every active finding counted as open, then those with a decision moved
    // to their latest one (the review with the highest id, as list_findings
    // takes it): most findings are never reviewed, and asking each for its
    // latest decision cost more than the counting.
    FindingTally tally;
    Statement all(db, R"sql(
        SELECT severity, count(*) FROM findings
        WHERE case_id = ?1 AND state = 'active' GROUP BY 1)sql");
    all.bind(1, case_id);
    while (all.step()) {
        tally.add(severity_of(all.column_text(0)), model::ReviewStatus::open,
                  static_cast<std::size_t>(all.column_int(1)));
    }
    Statement reviewed(db, R"sql(
        SELECT f.severity, r.status, count(*)
        FROM findings f JOIN reviews r ON r.case_id = f.case_id AND r.finding_id = f.id
        WHERE f.case_id = ?1 AND f.state = 'active'
          AND r.id = (SELECT max(l.id) FROM reviews l
                      WHERE l.case_id = f.case_id AND l.finding_id = f.id)
        GROUP BY 1, 2)sql");
    reviewed.bind(1, case_id);
    while (reviewed.step()) {
        const auto severity = severity_of(reviewed.column_text(0));
        const auto status = model::review_status_from_string(reviewed.column_text(1))
                                .value_or(model::ReviewStatus::open);
        const auto n = static_cast<std::size_t>(reviewed.column_int(2));
        tally.move_open(severity, status, n);
    }
    return tally;
}

} // namespace crosscheck::store
