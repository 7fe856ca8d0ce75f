// A check run records what it wrote (schema version 4), in the same
// transaction, so that a torn run can be told from a whole one.
#include "host/store/finding_store.hpp"

#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::store;

namespace {

model::Finding finding(std::string id, std::size_t claims) {
    model::Finding f;
    f.id = std::move(id);
    f.checker = "interval_conflict";
    f.metric = "deaths";
    f.scope_key = "armenian_side|offensive_2023|2023";
    f.severity = model::Severity::high;
    f.message = "2,000 vs 200";
    for (std::size_t i = 0; i < claims; ++i) {
        f.claims.push_back({static_cast<std::int64_t>(10 + i), "key-" + std::to_string(i),
                            i == 0 ? model::ClaimRole::questioned : model::ClaimRole::reference});
    }
    return f;
}

std::int64_t persist(Database& db, std::int64_t case_id, std::vector<model::Finding> findings) {
    engine::CheckOutcome o;
    o.findings = std::move(findings);
    Transaction tx(db);
    const auto run = persist_run(db, case_id, o, "2023-09-25T10:00:00Z", "rules");
    tx.commit();
    return run.run_id;
}

// new_finding_count, finding_claim_count of run `id`.
std::pair<std::int64_t, std::int64_t> footprint(Database& db, std::int64_t id) {
    Statement q(db, "SELECT new_finding_count, finding_claim_count FROM check_runs WHERE id = ?1");
    q.bind(1, id);
    REQUIRE(q.step());
    return {q.column_int(0), q.column_int(1)};
}

} // namespace

TEST_CASE("run footprint: a run records its new findings and claim links", "[store]") {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    REQUIRE(latest_schema_version() >= 4);
    const auto case_id = find_or_create_case(*db, "k");

    const auto first = persist(*db, case_id, {finding("aaa", 2), finding("bbb", 3)});
    CHECK(footprint(*db, first) == std::pair<std::int64_t, std::int64_t>{2, 5});
    // bbb again, ccc new: one new finding; links are what this run wrote.
    const auto second = persist(*db, case_id, {finding("bbb", 2), finding("ccc", 4)});
    CHECK(footprint(*db, second) == std::pair<std::int64_t, std::int64_t>{1, 6});
    const auto empty = persist(*db, case_id, {});
    CHECK(footprint(*db, empty) == std::pair<std::int64_t, std::int64_t>{0, 0});

    // The counts match the rows: first_run_id is never rewritten.
    Statement first_of(*db, "SELECT count(*) FROM findings WHERE first_run_id = ?1");
    first_of.bind(1, first);
    REQUIRE(first_of.step());
    CHECK(first_of.column_int(0) == 2);
}

TEST_CASE("run footprint: a rolled-back run leaves neither its row nor its findings", "[store]") {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    const auto case_id = find_or_create_case(*db, "k");
    {
        engine::CheckOutcome o;
        o.findings = {finding("aaa", 2)};
        Transaction tx(*db);
        persist_run(*db, case_id, o, "2023-09-25T10:00:00Z", "rules");
        // no commit: as if the process died here
    }
    Statement counts(*db, "SELECT (SELECT count(*) FROM check_runs), (SELECT count(*) FROM "
                          "findings), (SELECT count(*) FROM finding_claims)");
    REQUIRE(counts.step());
    CHECK(counts.column_int(0) == 0);
    CHECK(counts.column_int(1) == 0);
    CHECK(counts.column_int(2) == 0);
}
