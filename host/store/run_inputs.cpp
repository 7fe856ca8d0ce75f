#include "host/store/run_inputs.hpp"

#include "host/util/sha256.hpp"

namespace crosscheck::store {
namespace {

// Each field with its length, so that no two row lists hash alike.
void add(Sha256& hash, const std::string& field) {
    hash.update(std::to_string(field.size()) + ":" + field + ";");
}

} // namespace

std::string case_input_digest(Database& db, std::int64_t case_id) {
    Sha256 hash;
    Statement sources(db, "SELECT id, content_hash FROM sources WHERE case_id = ?1 ORDER BY id");
    sources.bind(1, case_id);
    while (sources.step()) {
        add(hash, std::to_string(sources.column_int(0)));
        add(hash, sources.column_text(1));
    }
    // Aggregates rather than rows: a re-extraction replaces claims (new
    // ids), a manual claim adds one, an edit changes a value or a status.
    // The rows are read in id order between the case's first and last claim
    // (both found in the case index) rather than through the case index,
    // which costs a table lookup per row: a case's claims are written
    // together, so that range is mostly its own.
    Statement claims(db, R"sql(
        SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0), total(value),
               total(coalesce(low, 0)), total(coalesce(high, 0)),
               coalesce(sum(status <> 'active'), 0)
        FROM claims
        WHERE id BETWEEN (SELECT min(id) FROM claims WHERE case_id = ?1)
                     AND (SELECT max(id) FROM claims WHERE case_id = ?1)
          AND +case_id = ?1)sql");
    claims.bind(1, case_id);
    if (claims.step()) {
        for (int c = 0; c < 7; ++c) {
            add(hash, claims.column_text(c));
        }
    }
    Statement rejected(db, R"sql(
        SELECT count(*), coalesce(max(rejected_at), ''), coalesce(group_concat(claim_key), '')
        FROM (SELECT claim_key, rejected_at FROM claim_rejections WHERE case_id = ?1
              ORDER BY claim_key))sql");
    rejected.bind(1, case_id);
    if (rejected.step()) {
        for (int c = 0; c < 3; ++c) {
            add(hash, rejected.column_text(c));
        }
    }
    return hash.hex_digest();
}

void record_input_fingerprint(Database& db, std::int64_t run_id, const std::string& fingerprint) {
    Statement update(db, "UPDATE check_runs SET input_fingerprint = ?2 WHERE id = ?1");
    update.bind(1, run_id).bind(2, fingerprint).run();
}

std::optional<StoredRun> latest_run(Database& db, std::int64_t case_id) {
    Statement q(db, R"sql(
        SELECT id, status, input_fingerprint, claim_count, group_count,
               coalesce(checker_finding_count, finding_count)
        FROM check_runs WHERE case_id = ?1 ORDER BY id DESC LIMIT 1)sql");
    q.bind(1, case_id);
    if (!q.step()) {
        return std::nullopt;
    }
    StoredRun run;
    run.id = q.column_int(0);
    run.complete = q.column_text(1) == "complete";
    run.input_fingerprint = q.column_text(2);
    run.claim_count = static_cast<std::size_t>(q.column_int(3));
    run.group_count = static_cast<std::size_t>(q.column_int(4));
    run.checker_finding_count = static_cast<std::size_t>(q.column_int(5));
    return run;
}

} // namespace crosscheck::store
