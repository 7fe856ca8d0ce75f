#include "host/store/schema.hpp"

#include "host/store/finding_store.hpp"

#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::store;
namespace model = crosscheck::model;
using crosscheck::testing::TempDir;

TEST_CASE("schema: a new database is migrated to the latest version", "[store]") {
    auto db = Database::open_in_memory();
    CHECK(schema_version(*db) == 0);
    REQUIRE(migrate(*db).has_value());
    CHECK(schema_version(*db) == latest_schema_version());
    Statement tables(*db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                          "('cases', 'sources', 'ingest_batches')");
    REQUIRE(tables.step());
    CHECK(tables.column_int(0) == 3);
    // Migrating again is a no-op.
    REQUIRE(migrate(*db).has_value());
    CHECK(schema_version(*db) == latest_schema_version());
}

TEST_CASE("schema: a database from a newer crosscheck is refused, naming both versions",
          "[store]") {
    TempDir dir;
    const auto path = dir / "future.db";
    const int future = latest_schema_version() + 5;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        (*db)->exec("CREATE TABLE from_the_future(x)");
        (*db)->exec("PRAGMA user_version = " + std::to_string(future));
    }
    auto opened = open_store(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK_THAT(opened.error().message,
               Catch::Contains("schema version " + std::to_string(future)) &&
                   Catch::Contains("up to version " + std::to_string(latest_schema_version())));
    // Nothing was changed.
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(schema_version(**db) == future);
}

TEST_CASE("schema: migration is forward from an older version", "[store]") {
    TempDir dir;
    const auto path = dir / "old.db";
    {
        auto db = open_store(path);
        REQUIRE(db);
    }
    // Reopening an up-to-date file keeps its data and version.
    auto db = open_store(path);
    REQUIRE(db);
    CHECK(schema_version(**db) == latest_schema_version());
}

namespace {

// The single value `sql` selects, as text.
std::string scalar(Database& db, const std::string& sql) {
    Statement query(db, sql);
    REQUIRE(query.step());
    return query.column_text(0);
}

} // namespace

TEST_CASE("schema: a version 4 database keeps its findings and decisions at version 5", "[store]") {
    // A database as crosscheck wrote it at schema version 4, before findings
    // were merged: two checkers' findings on the same figure (2,000 against
    // 200), each under an id of its own (checker, metric and every claim
    // key), one of them confirmed, the other capped by the side policy.
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db, 4).has_value());
    REQUIRE(schema_version(*db) == 4);
    db->exec(R"sql(
INSERT INTO cases(id, slug, created_at) VALUES (1, 'k', '2026-01-01T00:00:00Z');
INSERT INTO ingest_batches(id, case_id, started_at) VALUES (1, 1, '2026-01-01T00:00:00Z');
INSERT INTO sources(id, case_id, batch_id, url, version, published, body, content_hash, format,
                    origin, ingested_at)
VALUES (1, 1, 1, 'https://a.example/1', 1, '2023-09-24T10:00:00Z', 'body', 'h1', 'md', 'a.md',
        '2026-01-01T00:00:00Z'),
       (2, 1, 1, 'https://b.example/2', 1, '2023-09-24T12:00:00Z', 'body', 'h2', 'md', 'b.md',
        '2026-01-01T00:00:00Z');
INSERT INTO claims(id, case_id, source_id, claim_key, metric, value, low, high, unit, as_of,
                   origin, created_at)
VALUES (11, 1, 1, 'key-2000', 'deaths', 2000, 2000, 2000, 'people', '2023-09-24T12:00:00Z',
        'extracted', '2026-01-01T00:00:00Z'),
       (12, 1, 2, 'key-200', 'deaths', 200, 200, 200, 'people', '2023-09-24T10:00:00Z',
        'extracted', '2026-01-01T00:00:00Z');
INSERT INTO check_runs(id, case_id, started_at, finished_at, status, claim_count, group_count,
                       finding_count, new_finding_count, finding_claim_count)
VALUES (1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', 'complete', 2, 1, 2, 2, 4);
INSERT INTO findings(case_id, id, checker, metric, scope_key, severity, message, first_run_id,
                     last_run_id)
VALUES (1, 'aaaaaaaaaaaa', 'interval_conflict', 'deaths', '||', 'high', '2,000 vs 200', 1, 1),
       (1, 'bbbbbbbbbbbb', 'consensus_outlier', 'deaths', '||', 'low',
        '2,000 is 10x above [different attributions: severity limited to low]', 1, 1);
INSERT INTO finding_claims(case_id, finding_id, position, claim_id, claim_key, role)
VALUES (1, 'aaaaaaaaaaaa', 0, 11, 'key-2000', 'questioned'),
       (1, 'aaaaaaaaaaaa', 1, 12, 'key-200', 'reference'),
       (1, 'bbbbbbbbbbbb', 0, 11, 'key-2000', 'questioned'),
       (1, 'bbbbbbbbbbbb', 1, 12, 'key-200', 'reference');
INSERT INTO reviews(case_id, finding_id, status, note, reviewer, decided_at)
VALUES (1, 'aaaaaaaaaaaa', 'confirmed', 'checked with the ministry', 'alice',
        '2026-01-01T09:00:00Z');
)sql");

    REQUIRE(migrate(*db).has_value());
    CHECK(schema_version(*db) == latest_schema_version());
    // Until the next check the old findings stand, each with its one reason,
    // ranked from the claims they cite; the decision is where it was.
    auto listed = list_findings(*db, 1);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == "aaaaaaaaaaaa");
    CHECK(listed[0].status == model::ReviewStatus::confirmed);
    CHECK(listed[0].spread == 10);
    CHECK(listed[0].as_of == "2023-09-24T12:00:00Z");
    REQUIRE(listed[0].reasons.size() == 1);
    CHECK(listed[0].reasons[0].message == "2,000 vs 200");
    CHECK_FALSE(listed[0].cross_side);
    CHECK(listed[1].cross_side); // its message says the policy capped it
    CHECK(listed[1].reasons[0].cross_side);

    // The first check after the upgrade finds the figure once, under the id
    // of its questioned claim: the decision carries over, saying from where.
    model::Finding merged;
    merged.id = "cccccccccccc";
    merged.checker = "interval_conflict";
    merged.metric = "deaths";
    merged.scope_key = "||";
    merged.severity = model::Severity::high;
    merged.message = "2,000 vs 200";
    merged.claims = {{11, "key-2000", model::ClaimRole::questioned},
                     {12, "key-200", model::ClaimRole::reference}};
    {
        Transaction tx(*db);
        const auto run =
            persist_run(*db, 1, {merged}, RunRecord{"2026-01-02T00:00:00Z", "r", 2, 1, {}});
        tx.commit();
        CHECK(run.gone == 2);
        REQUIRE(run.reviewed_gone.size() == 1);
        CHECK(run.reviewed_gone[0].carried_to == std::vector<std::string>{"cccccccccccc"});
    }
    listed = list_findings(*db, 1);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].status == model::ReviewStatus::confirmed);
    CHECK(scalar(*db,
                 "SELECT carried_from || ' ' || note FROM reviews "
                 "WHERE finding_id = 'cccccccccccc'") == "aaaaaaaaaaaa checked with the ministry");
}

TEST_CASE("schema: a version 7 database's claims have no place at version 8", "[store]") {
    // Claims stored before places existed were extracted with no [places]:
    // they keep their data and state no place.
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db, 7).has_value());
    db->exec(R"sql(
INSERT INTO cases(id, slug, created_at) VALUES (1, 'k', '2026-01-01T00:00:00Z');
INSERT INTO ingest_batches(id, case_id, started_at) VALUES (1, 1, '2026-01-01T00:00:00Z');
INSERT INTO sources(id, case_id, batch_id, url, version, published, body, content_hash, format,
                    origin, ingested_at)
VALUES (1, 1, 1, 'https://a.example/1', 1, '2023-09-24T10:00:00Z', 'body', 'h1', 'md', 'a.md',
        '2026-01-01T00:00:00Z');
INSERT INTO claims(id, case_id, source_id, claim_key, metric, value, low, high, unit, as_of,
                   origin, created_at)
VALUES (11, 1, 1, 'key-2000', 'deaths', 2000, 2000, 2000, 'people', '2023-09-24T12:00:00Z',
        'extracted', '2026-01-01T00:00:00Z');
)sql");
    REQUIRE(migrate(*db, 8).has_value());
    CHECK(schema_version(*db) == 8);
    CHECK(scalar(*db, "SELECT claim_key || '[' || place || ']' FROM claims WHERE id = 11") ==
          "key-2000[]");
}
