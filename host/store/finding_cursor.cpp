#include "host/store/finding_cursor.hpp"

#include "host/store/claim_store.hpp"
#include "host/store/finding_row.hpp"
#include "host/store/review_store.hpp"

#include <algorithm>
#include <string>

namespace crosscheck::store {
namespace {

// list_findings' columns and order (finding_row.hpp), active findings only.
std::string list_sql() {
    return "SELECT " + std::string(k_finding_row_columns) +
           " FROM findings f WHERE f.case_id = ?1 AND f.state = 'active' ORDER BY " +
           std::string(k_finding_reading_order);
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
      m_reasons(db, k_finding_reasons_query),
      m_reviews(db, "SELECT " + std::string(k_review_columns) +
                        " FROM reviews WHERE case_id = ?1 AND finding_id = ?2 ORDER BY id") {
    m_list.bind(1, case_id);
}

bool FindingCursor::next(DetailedFinding& out) {
    if (!m_list.step()) {
        return false;
    }
    out = DetailedFinding{};
    out.finding = read_finding_row(m_list);
    auto& f = out.finding;

    m_claims.reset();
    m_claims.bind(1, m_case_id).bind(2, f.id);
    while (m_claims.step()) {
        auto claim = read_claim(m_claims);
        const auto role = model::claim_role_from_string(m_claims.column_text(k_role_column))
                              .value_or(model::ClaimRole::questioned);
        f.claims.push_back({claim.id, claim.key, role});
        out.claims.emplace_back(std::move(claim), role);
    }
    read_finding_reasons(m_reasons, m_case_id, f);
    m_reviews.reset();
    m_reviews.bind(1, m_case_id).bind(2, f.id);
    while (m_reviews.step()) {
        out.history.push_back(read_review_row(m_reviews));
    }
    return true;
}

std::vector<FindingGroupCount> count_active_findings(Database& db, std::int64_t case_id) {
    // Over the cursor's own rows, so the counts are of what it yields.
    Statement q(db, "SELECT severity, status, cross_side, count(*) FROM (SELECT " +
                        std::string(k_finding_row_columns) +
                        " FROM findings f WHERE f.case_id = ?1 AND f.state = 'active') "
                        "GROUP BY 1, 2, 3");
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
