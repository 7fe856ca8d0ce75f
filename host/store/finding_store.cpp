#include "host/store/finding_store.hpp"

#include "host/store/finding_row.hpp"
#include "host/util/timestamp.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

namespace crosscheck::store {
namespace {

std::int64_t insert_run(Database& db, std::int64_t case_id, std::size_t finding_count,
                        const RunRecord& run) {
    std::string errors;
    for (const auto& e : run.errors) {
        errors += e + "\n";
    }
    Statement insert_run(db, R"sql(
        INSERT INTO check_runs(case_id, started_at, finished_at, status, rules_hash,
                               claim_count, group_count, finding_count, errors,
                               checker_finding_count)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    insert_run.bind(1, case_id)
        .bind(2, run.started_at)
        .bind(3, format_timestamp(now()))
        .bind(4, run.complete() ? "complete" : "incomplete")
        .bind(5, run.rules_hash)
        .bind(6, static_cast<std::int64_t>(run.claim_count))
        .bind(7, static_cast<std::int64_t>(run.group_count))
        .bind(8, static_cast<std::int64_t>(finding_count))
        .bind(9, errors)
        .bind(10, static_cast<std::int64_t>(run.checker_finding_count))
        .run();
    return db.last_insert_rowid();
}

// The ids of every finding the case has stored, active or gone.
std::unordered_set<std::string> stored_finding_ids(Database& db, std::int64_t case_id) {
    Statement query(db, "SELECT id FROM findings WHERE case_id = ?1");
    query.bind(1, case_id);
    std::unordered_set<std::string> ids;
    while (query.step()) {
        ids.insert(query.column_text(0));
    }
    return ids;
}

// The statements that write one finding, its claims and its reasons,
// prepared once per run. Which findings are stored already is read once, in
// one query: a new finding (most of a first run's) is inserted with no
// look-up and nothing of it to clear.
class FindingWriter {
public:
    FindingWriter(Database& db, std::int64_t case_id, std::int64_t run_id)
        : m_case_id(case_id), m_run_id(run_id), m_stored(stored_finding_ids(db, case_id)),
          m_insert(db, R"sql(
            INSERT INTO findings(case_id, id, checker, metric, scope_key, severity, message, state,
                                 first_run_id, last_run_id, cross_side, spread, as_of,
                                 more_references)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'active', ?8, ?8, ?9, ?10, ?11, ?12))sql"),
          m_update(db, R"sql(
            UPDATE findings SET checker = ?3, metric = ?4, scope_key = ?5, severity = ?6,
                                message = ?7, state = 'active', last_run_id = ?8,
                                cross_side = ?9, spread = ?10, as_of = ?11, more_references = ?12
            WHERE case_id = ?1 AND id = ?2)sql"),
          m_clear_claims(db, "DELETE FROM finding_claims WHERE case_id = ?1 AND finding_id = ?2"),
          m_insert_claim(db, R"sql(
            INSERT INTO finding_claims(case_id, finding_id, position, claim_id, claim_key, role)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"),
          m_clear_reasons(db, "DELETE FROM finding_reasons WHERE case_id = ?1 AND finding_id = ?2"),
          m_insert_reason(db, R"sql(
            INSERT INTO finding_reasons(case_id, finding_id, position, checker, severity, message,
                                        cross_side)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql") {}

    /// Writes `f`; true when its id was stored before.
    bool write(const model::Finding& f) {
        const bool known = m_stored.contains(f.id);
        Statement& write = known ? m_update : m_insert;
        write.reset();
        write.bind(1, m_case_id)
            .bind(2, f.id)
            .bind(3, f.checker)
            .bind(4, f.metric)
            .bind(5, f.scope_key)
            .bind(6, model::to_string(f.severity))
            .bind(7, f.message)
            .bind(8, m_run_id)
            .bind(9, f.cross_side ? 1 : 0)
            .bind(10, f.spread)
            .bind(11, f.as_of)
            .bind(12, static_cast<std::int64_t>(f.more_references));
        write.run();

        if (known) {
            m_clear_claims.reset();
            m_clear_claims.bind(1, m_case_id).bind(2, f.id).run();
            m_clear_reasons.reset();
            m_clear_reasons.bind(1, m_case_id).bind(2, f.id).run();
        }
        for (std::size_t i = 0; i < f.claims.size(); ++i) {
            m_insert_claim.reset();
            m_insert_claim.bind(1, m_case_id)
                .bind(2, f.id)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, f.claims[i].claim_id)
                .bind(5, f.claims[i].claim_key)
                .bind(6, model::to_string(f.claims[i].role))
                .run();
        }
        // A finding straight from a checker (tests, older callers) has its
        // own message as its one reason.
        const std::vector<model::FindingReason> own = {
            {f.checker, f.severity, f.message, f.cross_side}};
        const auto& reasons = f.reasons.empty() ? own : f.reasons;
        for (std::size_t i = 0; i < reasons.size(); ++i) {
            m_insert_reason.reset();
            m_insert_reason.bind(1, m_case_id)
                .bind(2, f.id)
                .bind(3, static_cast<std::int64_t>(i))
                .bind(4, reasons[i].checker)
                .bind(5, model::to_string(reasons[i].severity))
                .bind(6, reasons[i].message)
                .bind(7, reasons[i].cross_side ? 1 : 0)
                .run();
        }
        return known;
    }

private:
    std::int64_t m_case_id;
    std::int64_t m_run_id;
    std::unordered_set<std::string> m_stored;
    Statement m_insert, m_update, m_clear_claims, m_insert_claim, m_clear_reasons, m_insert_reason;
};

// The keys of the claims a finding questions, sorted and distinct: every
// claim's key when it questions none (as engine::questioned_keys).
std::vector<std::string> questioned_keys(const std::vector<model::FindingClaim>& claims) {
    std::vector<std::string> keys;
    for (const bool any_role : {false, true}) {
        for (const auto& c : claims) {
            if (any_role || c.role == model::ClaimRole::questioned) {
                keys.push_back(c.claim_key);
            }
        }
        if (!keys.empty()) {
            break;
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// The stored questioned keys of each of `ids`.
std::map<std::string, std::vector<std::string>>
stored_questioned_keys(Database& db, std::int64_t case_id, const std::set<std::string>& ids) {
    Statement claims(db, "SELECT claim_key, role FROM finding_claims "
                         "WHERE case_id = ?1 AND finding_id = ?2 ORDER BY position");
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& id : ids) {
        claims.reset();
        claims.bind(1, case_id).bind(2, id);
        std::vector<model::FindingClaim> cited;
        while (claims.step()) {
            cited.push_back({0, claims.column_text(0),
                             model::claim_role_from_string(claims.column_text(1))
                                 .value_or(model::ClaimRole::questioned)});
        }
        out.emplace(id, questioned_keys(cited));
    }
    return out;
}

bool related(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
           std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// The decisions of `from`, oldest first, each once (a decision already
// carried once and found again on its copy is the same decision), copied to
// finding `to` with the finding each was first given on.
void copy_decisions(Database& db, std::int64_t case_id, const std::vector<std::string>& from,
                    const std::string& to) {
    struct Decision {
        std::int64_t id;
        std::string status, note, reviewer, decided_at, given_on;
    };
    std::vector<Decision> decisions;
    Statement query(db, R"sql(
        SELECT id, status, note, reviewer, decided_at,
               CASE WHEN carried_from = '' THEN finding_id ELSE carried_from END
        FROM reviews WHERE case_id = ?1 AND finding_id = ?2)sql");
    for (const auto& id : from) {
        query.reset();
        query.bind(1, case_id).bind(2, id);
        while (query.step()) {
            decisions.push_back({query.column_int(0), query.column_text(1), query.column_text(2),
                                 query.column_text(3), query.column_text(4), query.column_text(5)});
        }
    }
    std::sort(decisions.begin(), decisions.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    std::set<std::tuple<std::string, std::string, std::string, std::string, std::string>> seen;
    Statement insert(db, R"sql(
        INSERT INTO reviews(case_id, finding_id, status, note, reviewer, decided_at, carried_from)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    for (const auto& d : decisions) {
        if (!seen.emplace(d.given_on, d.decided_at, d.status, d.reviewer, d.note).second) {
            continue;
        }
        insert.reset();
        insert.bind(1, case_id)
            .bind(2, to)
            .bind(3, d.status)
            .bind(4, d.note)
            .bind(5, d.reviewer)
            .bind(6, d.decided_at)
            .bind(7, d.given_on)
            .run();
    }
}

// See persist_run: the decisions that follow their discrepancy to a
// finding of this run.
std::vector<CarriedReviews> carry_reviews(Database& db, std::int64_t case_id,
                                          const std::vector<model::Finding>& findings) {
    std::set<std::string> reviewed;
    {
        Statement query(db, "SELECT DISTINCT finding_id FROM reviews WHERE case_id = ?1");
        query.bind(1, case_id);
        while (query.step()) {
            reviewed.insert(query.column_text(0));
        }
    }
    std::set<std::string> left_behind = reviewed; // reviewed, not produced by this run
    for (const auto& f : findings) {
        left_behind.erase(f.id);
    }
    if (left_behind.empty()) {
        return {};
    }
    const auto keys_of = stored_questioned_keys(db, case_id, left_behind);
    std::map<std::string, std::vector<const std::string*>> by_key; // key -> left-behind ids
    for (const auto& [id, keys] : keys_of) {
        for (const auto& key : keys) {
            by_key[key].push_back(&id);
        }
    }
    std::vector<CarriedReviews> out;
    for (const auto& f : findings) {
        if (reviewed.contains(f.id)) {
            continue; // its own decisions stand
        }
        const auto mine = questioned_keys(f.claims);
        std::set<std::string> from;
        for (const auto& key : mine) {
            if (const auto it = by_key.find(key); it != by_key.end()) {
                for (const std::string* id : it->second) {
                    if (related(keys_of.at(*id), mine)) {
                        from.insert(*id);
                    }
                }
            }
        }
        if (!from.empty()) {
            CarriedReviews carried{f.id, {from.begin(), from.end()}};
            copy_decisions(db, case_id, carried.from, f.id);
            out.push_back(std::move(carried));
        }
    }
    return out;
}

// Marks `ids` gone; returns those of them with a decision.
std::vector<ReviewedGone> mark_gone(Database& db, std::int64_t case_id,
                                    const std::set<std::string>& ids,
                                    const std::vector<CarriedReviews>& carried) {
    Statement mark(db, "UPDATE findings SET state = 'gone' WHERE case_id = ?1 AND id = ?2");
    Statement latest(db, "SELECT status FROM reviews WHERE case_id = ?1 AND finding_id = ?2 "
                         "ORDER BY id DESC LIMIT 1");
    std::vector<ReviewedGone> out;
    for (const auto& id : ids) {
        mark.reset();
        mark.bind(1, case_id).bind(2, id).run();
        latest.reset();
        latest.bind(1, case_id).bind(2, id);
        if (!latest.step()) {
            continue;
        }
        ReviewedGone gone{id,
                          model::review_status_from_string(latest.column_text(0))
                              .value_or(model::ReviewStatus::open),
                          {}};
        for (const auto& c : carried) {
            if (std::find(c.from.begin(), c.from.end(), id) != c.from.end()) {
                gone.carried_to.push_back(c.to);
            }
        }
        out.push_back(std::move(gone));
    }
    return out;
}

} // namespace

RunSummary persist_run(Database& db, std::int64_t case_id,
                       const std::vector<model::Finding>& findings, const RunRecord& run) {
    RunSummary summary;
    summary.run_id = insert_run(db, case_id, findings.size(), run);

    std::set<std::string> previously_active;
    {
        Statement active(db, "SELECT id FROM findings WHERE case_id = ?1 AND state = 'active'");
        active.bind(1, case_id);
        while (active.step()) {
            previously_active.insert(active.column_text(0));
        }
    }

    FindingWriter writer(db, case_id, summary.run_id);
    std::int64_t claim_links = 0;
    for (const auto& f : findings) {
        (writer.write(f) ? summary.still_found : summary.new_findings)++;
        previously_active.erase(f.id);
        claim_links += static_cast<std::int64_t>(f.claims.size());
    }

    // The run's own footprint, in the same transaction as the rows it counts,
    // so a reader can tell a wholly stored run from a torn one.
    Statement record_counts(
        db, "UPDATE check_runs SET new_finding_count = ?2, finding_claim_count = ?3 WHERE id = ?1");
    record_counts.bind(1, summary.run_id).bind(2, summary.new_findings).bind(3, claim_links).run();

    summary.carried = carry_reviews(db, case_id, findings);
    if (run.complete()) {
        summary.gone = static_cast<int>(previously_active.size());
        summary.reviewed_gone = mark_gone(db, case_id, previously_active, summary.carried);
    }
    return summary;
}

namespace {

// list_findings and list_open_findings: the findings in reading order,
// only open ones when `open_only`, at most `limit`.
std::vector<model::Finding> read_findings(Database& db, std::int64_t case_id, bool include_gone,
                                          bool open_only, std::size_t limit, std::size_t detailed) {
    Statement query(db, "WITH listed AS (SELECT " + std::string(k_finding_row_columns) + R"sql(
            FROM findings f
            WHERE f.case_id = ?1 AND (?2 OR f.state = 'active'))
        SELECT * FROM listed
        WHERE NOT ?3 OR status = 'open'
        ORDER BY )sql" + std::string(k_finding_reading_order) +
                            " LIMIT ?4");
    // SQLite reads a negative LIMIT as none.
    const std::int64_t sql_limit =
        limit > static_cast<std::size_t>(INT64_MAX) ? -1 : static_cast<std::int64_t>(limit);
    query.bind(1, case_id).bind(2, include_gone ? 1 : 0).bind(3, open_only ? 1 : 0);
    query.bind(4, sql_limit);
    std::vector<model::Finding> out;
    while (query.step()) {
        out.push_back(read_finding_row(query));
    }
    Statement claims(db, "SELECT claim_id, claim_key, role FROM finding_claims "
                         "WHERE case_id = ?1 AND finding_id = ?2 ORDER BY position");
    Statement reasons(db, k_finding_reasons_query);
    for (auto& f : out) {
        if (detailed-- == 0) {
            break;
        }
        claims.reset();
        claims.bind(1, case_id).bind(2, f.id);
        while (claims.step()) {
            f.claims.push_back({claims.column_int(0), claims.column_text(1),
                                model::claim_role_from_string(claims.column_text(2))
                                    .value_or(model::ClaimRole::questioned)});
        }
        read_finding_reasons(reasons, case_id, f);
    }
    return out;
}

} // namespace

std::vector<model::Finding> list_findings(Database& db, std::int64_t case_id, bool include_gone,
                                          std::size_t detailed) {
    return read_findings(db, case_id, include_gone, /*open_only=*/false, SIZE_MAX, detailed);
}

std::vector<model::Finding> list_open_findings(Database& db, std::int64_t case_id,
                                               std::size_t limit) {
    return read_findings(db, case_id, /*include_gone=*/false, /*open_only=*/true, limit, limit);
}

} // namespace crosscheck::store
