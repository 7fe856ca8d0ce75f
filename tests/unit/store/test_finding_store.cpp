// Persisting check runs: stable finding ids across runs, 'gone' instead of
// deleted, incomplete runs, and review status.
#include "host/store/finding_store.hpp"

#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crosscheck;
using namespace crosscheck::store;

namespace {

std::unique_ptr<Database> migrated() {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    return db;
}

model::Finding finding(std::string id, std::string severity = "high",
                       std::string message = "2,000 vs 200: 10x apart") {
    model::Finding f;
    f.id = std::move(id);
    f.checker = "interval_conflict";
    f.metric = "deaths";
    f.scope_key = "armenian_side|offensive_2023|2023";
    f.severity = *model::severity_from_string(severity);
    f.message = std::move(message);
    f.claims = {{11, "key-a", model::ClaimRole::questioned},
                {12, "key-b", model::ClaimRole::reference}};
    return f;
}

engine::CheckOutcome outcome(std::vector<model::Finding> findings,
                             std::vector<std::string> errors = {}) {
    engine::CheckOutcome o;
    o.findings = std::move(findings);
    o.errors = std::move(errors);
    o.claim_count = 10;
    o.group_count = 3;
    return o;
}

RunSummary persist(Database& db, std::int64_t case_id, const engine::CheckOutcome& o) {
    Transaction tx(db);
    auto summary = persist_run(db, case_id, o, "2023-09-25T10:00:00Z", "rules-hash");
    tx.commit();
    return summary;
}

const StoredFinding* by_id(const std::vector<StoredFinding>& all, const std::string& id) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& f) { return f.id == id; });
    return it == all.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("finding store: new, still found, and gone across runs", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "karabakh-2023");

    const auto first = persist(*db, case_id, outcome({finding("aaa"), finding("bbb")}));
    CHECK(first.run_id > 0);
    CHECK(first.new_findings == 2);
    CHECK(first.still_found == 0);
    CHECK(first.gone == 0);

    // bbb again with a new severity, ccc new, aaa not produced.
    const auto second = persist(
        *db, case_id, outcome({finding("bbb", "medium", "updated message"), finding("ccc")}));
    CHECK(second.run_id > first.run_id);
    CHECK(second.new_findings == 1);
    CHECK(second.still_found == 1);
    CHECK(second.gone == 1);

    const auto active = list_findings(*db, case_id);
    REQUIRE(active.size() == 2);
    CHECK(by_id(active, "aaa") == nullptr);
    const auto* bbb = by_id(active, "bbb");
    REQUIRE(bbb != nullptr);
    CHECK(bbb->severity == "medium");
    CHECK(bbb->message == "updated message");
    CHECK(bbb->state == "active");
    REQUIRE(bbb->claims.size() == 2);
    CHECK(bbb->claims[0].claim_key == "key-a");
    CHECK(bbb->claims[0].role == "questioned");
    CHECK(bbb->claims[1].claim_id == 12);
    CHECK(bbb->claims[1].role == "reference");

    // Gone, not deleted.
    const auto all = list_findings(*db, case_id, true);
    REQUIRE(all.size() == 3);
    REQUIRE(by_id(all, "aaa") != nullptr);
    CHECK(by_id(all, "aaa")->state == "gone");

    // Found again: active again, not a new row.
    const auto third =
        persist(*db, case_id, outcome({finding("aaa"), finding("bbb"), finding("ccc")}));
    CHECK(third.new_findings == 0);
    CHECK(third.still_found == 3);
    CHECK(list_findings(*db, case_id).size() == 3);

    Statement runs(*db, "SELECT count(*), min(status), max(status) FROM check_runs");
    REQUIRE(runs.step());
    CHECK(runs.column_int(0) == 3);
    CHECK(runs.column_text(1) == "complete");
    CHECK(runs.column_text(2) == "complete");
}

TEST_CASE("finding store: an incomplete run marks nothing gone", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "karabakh-2023");
    persist(*db, case_id, outcome({finding("aaa"), finding("bbb")}));

    const auto failed =
        persist(*db, case_id,
                outcome({finding("bbb")}, {"checker 'transcription' failed on deaths [||]: boom"}));
    CHECK(failed.gone == 0);
    CHECK(failed.still_found == 1);
    CHECK(list_findings(*db, case_id).size() == 2);

    Statement run(*db, "SELECT status, errors, claim_count, group_count, finding_count "
                       "FROM check_runs WHERE id = ?1");
    run.bind(1, failed.run_id);
    REQUIRE(run.step());
    CHECK(run.column_text(0) == "incomplete");
    CHECK_THAT(run.column_text(1), Catch::Contains("transcription"));
    CHECK(run.column_int(2) == 10);
    CHECK(run.column_int(3) == 3);
    CHECK(run.column_int(4) == 1);
}

TEST_CASE("finding store: status is 'open' until reviewed, and reviews survive reruns", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "karabakh-2023");
    persist(*db, case_id, outcome({finding("aaa"), finding("bbb")}));
    auto listed = list_findings(*db, case_id);
    REQUIRE(listed.size() == 2);
    for (const auto& f : listed) {
        CHECK(f.status == "open");
    }

    Statement review(*db, "INSERT INTO reviews(case_id, finding_id, status, decided_at) "
                          "VALUES (?1, ?2, ?3, '2023-09-26T08:00:00Z')");
    review.bind(1, case_id).bind(2, "aaa").bind(3, "dismissed").run();
    review.reset();
    review.bind(1, case_id).bind(2, "aaa").bind(3, "confirmed").run();

    persist(*db, case_id, outcome({finding("aaa", "low"), finding("bbb")}));
    listed = list_findings(*db, case_id);
    REQUIRE(by_id(listed, "aaa") != nullptr);
    CHECK(by_id(listed, "aaa")->status == "confirmed"); // the latest decision
    CHECK(by_id(listed, "aaa")->severity == "low");
    CHECK(by_id(listed, "bbb")->status == "open");
}

TEST_CASE("finding store: cases do not share findings", "[store]") {
    auto db = migrated();
    const auto a = find_or_create_case(*db, "case-a");
    const auto b = find_or_create_case(*db, "case-b");
    persist(*db, a, outcome({finding("aaa")}));
    const auto other = persist(*db, b, outcome({finding("aaa")}));
    CHECK(other.new_findings == 1);
    CHECK(other.gone == 0);
    CHECK(list_findings(*db, a).size() == 1);
    CHECK(list_findings(*db, b).size() == 1);
}

TEST_CASE("finding store: listed most severe first", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "karabakh-2023");
    persist(*db, case_id,
            outcome({finding("a-low", "low"), finding("b-high", "high"), finding("c-info", "info"),
                     finding("d-medium", "medium")}));
    const auto listed = list_findings(*db, case_id);
    REQUIRE(listed.size() == 4);
    CHECK(listed[0].severity == "high");
    CHECK(listed[1].severity == "medium");
    CHECK(listed[2].severity == "low");
    CHECK(listed[3].severity == "info");
}
