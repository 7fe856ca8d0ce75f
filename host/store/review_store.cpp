#include "host/store/review_store.hpp"

namespace crosscheck::store {

std::vector<std::int64_t> cases_with_finding(Database& db, std::string_view finding_id) {
    Statement query(db, "SELECT case_id FROM findings WHERE id = ?1 ORDER BY case_id");
    query.bind(1, finding_id);
    std::vector<std::int64_t> out;
    while (query.step()) {
        out.push_back(query.column_int(0));
    }
    return out;
}

std::vector<FindingMatch> findings_matching(Database& db, std::string_view id_or_prefix,
                                            std::optional<std::int64_t> case_id) {
    // An exact id wins over longer ids it is a prefix of; ids are 12 hex
    // digits, so a full id never is one, but a shorter id from a test or an
    // outside tool could be.
    Statement query(db, R"sql(
        SELECT case_id, id, metric, message, state FROM findings
        WHERE (?2 IS NULL OR case_id = ?2)
          AND (id = ?1 OR (substr(id, 1, length(?1)) = ?1
                           AND NOT EXISTS (SELECT 1 FROM findings e
                                           WHERE e.id = ?1 AND (?2 IS NULL OR e.case_id = ?2))))
        ORDER BY id, case_id)sql");
    query.bind(1, id_or_prefix).bind(2, case_id);
    std::vector<FindingMatch> out;
    while (query.step()) {
        out.push_back({query.column_int(0), query.column_text(1), query.column_text(2),
                       query.column_text(3),
                       model::finding_state_from_string(query.column_text(4))
                           .value_or(model::FindingState::active)});
    }
    return out;
}

Expected<model::ReviewDecision> record_review(Database& db, std::int64_t case_id,
                                              std::string_view finding_id,
                                              model::ReviewStatus status, std::string_view note,
                                              std::string_view reviewer,
                                              std::string_view decided_at) {
    Statement exists(db, "SELECT 1 FROM findings WHERE case_id = ?1 AND id = ?2");
    exists.bind(1, case_id).bind(2, finding_id);
    if (!exists.step()) {
        return fail("no finding '" + std::string(finding_id) + "' in this case");
    }
    Statement insert(db, R"sql(
        INSERT INTO reviews(case_id, finding_id, status, note, reviewer, decided_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    insert.bind(1, case_id)
        .bind(2, finding_id)
        .bind(3, model::to_string(status))
        .bind(4, note)
        .bind(5, reviewer)
        .bind(6, decided_at)
        .run();
    return model::ReviewDecision{
        db.last_insert_rowid(), std::string(finding_id), status, std::string(note),
        std::string(reviewer),  std::string(decided_at), {}};
}

model::ReviewDecision read_review_row(const Statement& row) {
    return {
        row.column_int(0),
        row.column_text(1),
        model::review_status_from_string(row.column_text(2)).value_or(model::ReviewStatus::open),
        row.column_text(3),
        row.column_text(4),
        row.column_text(5),
        row.column_text(6)};
}

std::map<std::string, std::vector<model::ReviewDecision>> list_reviews(Database& db,
                                                                       std::int64_t case_id) {
    Statement query(db, "SELECT " + std::string(k_review_columns) +
                            " FROM reviews WHERE case_id = ?1 ORDER BY finding_id, id");
    query.bind(1, case_id);
    std::map<std::string, std::vector<model::ReviewDecision>> out;
    while (query.step()) {
        auto d = read_review_row(query);
        out[d.finding_id].push_back(std::move(d));
    }
    return out;
}

} // namespace crosscheck::store
