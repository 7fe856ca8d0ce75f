#include "host/store/finding_cursor.hpp"

#include "host/store/claim_store.hpp"

#include <algorithm>
#include <string>

namespace crosscheck::store {
namespace {

// A finding's latest decision, as list_findings takes it.
constexpr std::string_view k_status = R"sql(
    coalesce((SELECT r.status FROM reviews r
              WHERE r.case_id = f.case_id AND r.finding_id = f.id
              ORDER BY r.id DESC LIMIT 1), 'open'))sql";

// list_findings' order (finding_store.cpp), active findings only.
std::string list_sql() {
    return "SELECT f.id, f.checker, f.metric, f.scope_key, f.severity, f.message, f.state, " +
           std::string(k_status) + R"sql(,
               f.cross_side, f.spread, f.as_of, f.more_references
        FROM findings f
        WHERE f.case_id = ?1 AND f.state = 'active'
        ORDER BY f.cross_side,
                 CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2
                 ELSE 3 END, f.spread DESC, f.as_of, f.id)sql";
}

// The claims a finding cites that are still stored, in its order; the
// role is the column after the claim's.
std::string claims_sql() {
    return "SELECT " + std::string(claim_columns()) + R"sql(, fc.role
        FROM finding_claims fc
        JOIN claims c ON c.id = fc.claim_id
        JOIN sources s ON s.id = c.source_id
        WHERE fc.case_id = ?1 AND fc.finding_id = ?2
        ORDER BY fc.position)sql";
}

constexpr int k_role_column = 32;

model::Severity severity_of(const std::string& text) {
    return model::severity_from_string(text).value_or(model::Severity::info);
}

} // namespace

FindingCursor::FindingCursor(Database& db, std::int64_t case_id)
    : m_case_id(case_id), m_list(db, list_sql()), m_claims(db, claims_sql()),
      m_reasons(db, "SELECT checker, severity, message, cross_side FROM finding_reasons "
                    "WHERE case_id = ?1 AND finding_id = ?2 ORDER BY position"),
      m_reviews(db, "SELECT id, finding_id, status, note, reviewer, decided_at, carried_from "
                    "FROM reviews WHERE case_id = ?1 AND finding_id = ?2 ORDER BY id") {
    m_list.bind(1, case_id);
}

bool FindingCursor::next(DetailedFinding& out) {
    if (!m_list.step()) {
        return false;
    }
    out = DetailedFinding{};
    auto& f = out.finding;
    f.id = m_list.column_text(0);
    f.checker = m_list.column_text(1);
    f.metric = m_list.column_text(2);
    f.scope_key = m_list.column_text(3);
    f.severity = severity_of(m_list.column_text(4));
    f.message = m_list.column_text(5);
    f.state = model::finding_state_from_string(m_list.column_text(6))
                  .value_or(model::FindingState::active);
    f.status =
        model::review_status_from_string(m_list.column_text(7)).value_or(model::ReviewStatus::open);
    f.cross_side = m_list.column_int(8) != 0;
    f.spread = m_list.column_double(9);
    f.as_of = m_list.column_text(10);
    f.more_references = static_cast<std::size_t>(std::max<std::int64_t>(0, m_list.column_int(11)));

    m_claims.reset();
    m_claims.bind(1, m_case_id).bind(2, f.id);
    while (m_claims.step()) {
        auto claim = read_claim(m_claims);
        const auto role = model::claim_role_from_string(m_claims.column_text(k_role_column))
                              .value_or(model::ClaimRole::questioned);
        f.claims.push_back({claim.id, claim.key, role});
        out.claims.emplace_back(std::move(claim), role);
    }
    m_reasons.reset();
    m_reasons.bind(1, m_case_id).bind(2, f.id);
    while (m_reasons.step()) {
        f.reasons.push_back({m_reasons.column_text(0), severity_of(m_reasons.column_text(1)),
                             m_reasons.column_text(2), m_reasons.column_int(3) != 0});
    }
    m_reviews.reset();
    m_reviews.bind(1, m_case_id).bind(2, f.id);
    while (m_reviews.step()) {
        out.history.push_back({m_reviews.column_int(0), m_reviews.column_text(1),
                               model::review_status_from_string(m_reviews.column_text(2))
                                   .value_or(model::ReviewStatus::open),
                               m_reviews.column_text(3), m_reviews.column_text(4),
                               m_reviews.column_text(5), m_reviews.column_text(6)});
    }
    return true;
}

std::vector<FindingGroupCount> count_active_findings(Database& db, std::int64_t case_id) {
    Statement q(db, "SELECT f.severity, " + std::string(k_status) + R"sql(, f.cross_side,
               count(*)
        FROM findings f
        WHERE f.case_id = ?1 AND f.state = 'active'
        GROUP BY 1, 2, 3)sql");
    q.bind(1, case_id);
    std::vector<FindingGroupCount> out;
    while (q.step()) {
        out.push_back(
            {severity_of(q.column_text(0)),
             model::review_status_from_string(q.column_text(1)).value_or(model::ReviewStatus::open),
             q.column_int(2) != 0, static_cast<std::size_t>(q.column_int(3))});
    }
    return out;
}

} // namespace crosscheck::store
