#include "host/store/finding_store.hpp"

#include "host/util/timestamp.hpp"

#include <set>

namespace crosscheck::store {

RunSummary persist_run(Database& db, std::int64_t case_id, const engine::CheckOutcome& outcome,
                       const std::string& started_at, const std::string& rules_hash) {
    RunSummary summary;
    std::string errors;
    for (const auto& e : outcome.errors) {
        errors += e + "\n";
    }
    Statement insert_run(db, R"sql(
        INSERT INTO check_runs(case_id, started_at, finished_at, status, rules_hash,
                               claim_count, group_count, finding_count, errors)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
    insert_run.bind(1, case_id)
        .bind(2, started_at)
        .bind(3, format_timestamp(now()))
        .bind(4, outcome.complete() ? "complete" : "incomplete")
        .bind(5, rules_hash)
        .bind(6, static_cast<std::int64_t>(outcome.claim_count))
        .bind(7, static_cast<std::int64_t>(outcome.group_count))
        .bind(8, static_cast<std::int64_t>(outcome.findings.size()))
        .bind(9, errors)
        .run();
    summary.run_id = db.last_insert_rowid();

    std::set<std::string> previously_active;
    {
        Statement active(db, "SELECT id FROM findings WHERE case_id = ?1 AND state = 'active'");
        active.bind(1, case_id);
        while (active.step()) {
            previously_active.insert(active.column_text(0));
        }
    }

    Statement exists(db, "SELECT 1 FROM findings WHERE case_id = ?1 AND id = ?2");
    Statement insert(db, R"sql(
        INSERT INTO findings(case_id, id, checker, metric, scope_key, severity, message, state,
                             first_run_id, last_run_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'active', ?8, ?8))sql");
    Statement update(db, R"sql(
        UPDATE findings SET checker = ?3, metric = ?4, scope_key = ?5, severity = ?6,
                            message = ?7, state = 'active', last_run_id = ?8
        WHERE case_id = ?1 AND id = ?2)sql");
    Statement clear_claims(db, "DELETE FROM finding_claims WHERE case_id = ?1 AND finding_id = ?2");
    Statement insert_claim(db, R"sql(
        INSERT INTO finding_claims(case_id, finding_id, position, claim_id, claim_key, role)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");

    for (const auto& f : outcome.findings) {
        exists.reset();
        exists.bind(1, case_id).bind(2, f.id);
        const bool known = exists.step();
        exists.reset();
        Statement& write = known ? update : insert;
        write.reset();
        write.bind(1, case_id)
            .bind(2, f.id)
            .bind(3, f.checker)
            .bind(4, f.metric)
            .bind(5, f.scope_key)
            .bind(6, model::to_string(f.severity))
            .bind(7, f.message)
            .bind(8, summary.run_id);
        write.run();
        (known ? summary.still_found : summary.new_findings)++;
        previously_active.erase(f.id);

        clear_claims.reset();
        clear_claims.bind(1, case_id).bind(2, f.id).run();
        for (std::size_t i = 0; i < f.claims.size(); ++i) {
            insert_claim.reset();
            insert_claim.bind(1, case_id)
                .bind(2, f.id)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, f.claims[i].claim_id)
                .bind(5, f.claims[i].claim_key)
                .bind(6, model::to_string(f.claims[i].role))
                .run();
        }
    }

    // The run's own footprint, in the same transaction as the rows it counts,
    // so a reader can tell a wholly stored run from a torn one.
    std::int64_t claim_links = 0;
    for (const auto& f : outcome.findings) {
        claim_links += static_cast<std::int64_t>(f.claims.size());
    }
    Statement record_counts(
        db, "UPDATE check_runs SET new_finding_count = ?2, finding_claim_count = ?3 WHERE id = ?1");
    record_counts.bind(1, summary.run_id).bind(2, summary.new_findings).bind(3, claim_links).run();

    if (outcome.complete()) {
        Statement mark_gone(db,
                            "UPDATE findings SET state = 'gone' WHERE case_id = ?1 AND id = ?2");
        for (const auto& id : previously_active) {
            mark_gone.reset();
            mark_gone.bind(1, case_id).bind(2, id).run();
            ++summary.gone;
        }
    }
    return summary;
}

std::vector<StoredFinding> list_findings(Database& db, std::int64_t case_id, bool include_gone) {
    Statement query(db, R"sql(
        SELECT f.id, f.checker, f.metric, f.scope_key, f.severity, f.message, f.state,
               coalesce((SELECT r.status FROM reviews r
                         WHERE r.case_id = f.case_id AND r.finding_id = f.id
                         ORDER BY r.id DESC LIMIT 1), 'open')
        FROM findings f
        WHERE f.case_id = ?1 AND (?2 OR f.state = 'active')
        ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2
                 ELSE 3 END, f.metric, f.id)sql");
    query.bind(1, case_id).bind(2, include_gone ? 1 : 0);
    std::vector<StoredFinding> out;
    while (query.step()) {
        StoredFinding f;
        f.id = query.column_text(0);
        f.checker = query.column_text(1);
        f.metric = query.column_text(2);
        f.scope_key = query.column_text(3);
        f.severity = query.column_text(4);
        f.message = query.column_text(5);
        f.state = query.column_text(6);
        f.status = query.column_text(7);
        out.push_back(std::move(f));
    }
    Statement claims(db, "SELECT claim_id, claim_key, role FROM finding_claims "
                         "WHERE case_id = ?1 AND finding_id = ?2 ORDER BY position");
    for (auto& f : out) {
        claims.reset();
        claims.bind(1, case_id).bind(2, f.id);
        while (claims.step()) {
            f.claims.push_back(
                {claims.column_int(0), claims.column_text(1), claims.column_text(2)});
        }
    }
    return out;
}

} // namespace crosscheck::store
