// Decisions follow the discrepancy: when a check produces, under a new id, a
// finding whose questioned claims are those of a reviewed finding it no
// longer produces (the same, more or fewer of them), the decisions are
// carried to it, each saying which finding it was given on; findings keep
// their reasons and rank.
#include "host/store/finding_store.hpp"

#include "host/store/review_store.hpp"
#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crosscheck;
using namespace crosscheck::store;
using crosscheck::model::ClaimRole;

namespace {

std::unique_ptr<Database> migrated() {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    return db;
}

// A finding questioning the claims keyed `questioned`, compared with those
// keyed `references`.
model::Finding finding(std::string id, std::vector<std::string> questioned,
                       std::vector<std::string> references = {}) {
    model::Finding f;
    f.id = std::move(id);
    f.checker = "interval_conflict";
    f.metric = "deaths";
    f.scope_key = "||";
    f.severity = model::Severity::high;
    f.message = "message of " + f.id;
    std::int64_t row = 1;
    for (auto& key : questioned) {
        f.claims.push_back({row++, std::move(key), ClaimRole::questioned});
    }
    for (auto& key : references) {
        f.claims.push_back({row++, std::move(key), ClaimRole::reference});
    }
    return f;
}

RunSummary persist(Database& db, std::int64_t case_id, const std::vector<model::Finding>& found) {
    Transaction tx(db);
    auto summary =
        persist_run(db, case_id, found, RunRecord{"2023-09-25T10:00:00Z", "rules", 0, 0, {}});
    tx.commit();
    return summary;
}

void review(Database& db, std::int64_t case_id, const std::string& id, model::ReviewStatus status,
            const std::string& note, const std::string& at) {
    REQUIRE(record_review(db, case_id, id, status, note, "alice", at).has_value());
}

model::ReviewStatus status_of(Database& db, std::int64_t case_id, const std::string& id) {
    for (const auto& f : list_findings(db, case_id, true)) {
        if (f.id == id) {
            return f.status;
        }
    }
    FAIL("no finding " << id);
    return model::ReviewStatus::open;
}

} // namespace

TEST_CASE("review carry: a decision follows its discrepancy to a new id", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "k");
    persist(*db, case_id, {finding("old", {"k1"}, {"k2"})});
    review(*db, case_id, "old", model::ReviewStatus::confirmed, "called the ministry",
           "2026-01-02T03:04:05Z");

    // The same figure questioned under another id (say, found by another
    // checker too), with a later source's figure among its references.
    const auto run = persist(*db, case_id, {finding("new", {"k1"}, {"k2", "k3"})});
    REQUIRE(run.carried.size() == 1);
    CHECK(run.carried[0].to == "new");
    CHECK(run.carried[0].from == std::vector<std::string>{"old"});
    REQUIRE(run.reviewed_gone.size() == 1);
    CHECK(run.reviewed_gone[0].id == "old");
    CHECK(run.reviewed_gone[0].status == model::ReviewStatus::confirmed);
    CHECK(run.reviewed_gone[0].carried_to == std::vector<std::string>{"new"});

    CHECK(status_of(*db, case_id, "new") == model::ReviewStatus::confirmed);
    const auto history = list_reviews(*db, case_id);
    REQUIRE(history.at("new").size() == 1);
    const auto& d = history.at("new")[0];
    CHECK(d.carried_from == "old");
    CHECK(d.note == "called the ministry");
    CHECK(d.reviewer == "alice");
    CHECK(d.decided_at == "2026-01-02T03:04:05Z");
    // The gone finding keeps its own history.
    REQUIRE(history.at("old").size() == 1);
    CHECK(history.at("old")[0].carried_from.empty());

    // A rerun carries nothing again.
    const auto again = persist(*db, case_id, {finding("new", {"k1"}, {"k2", "k3"})});
    CHECK(again.carried.empty());
    CHECK(list_reviews(*db, case_id).at("new").size() == 1);
}

TEST_CASE("review carry: which questioned claims are the same discrepancy", "[store]") {
    struct Row {
        const char* what;
        std::vector<std::string> before;
        std::vector<std::string> after;
        bool carried;
    };
    const Row rows[] = {
        {"the same claims", {"k1", "k2"}, {"k2", "k1"}, true},
        {"one more: a pair now questioned", {"k1"}, {"k1", "k2"}, true},
        {"one fewer: a figure singled out of a pair", {"k1", "k2"}, {"k1"}, true},
        {"another figure", {"k1"}, {"k2"}, false},
        {"overlapping pairs", {"k1", "k2"}, {"k2", "k3"}, false},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto db = migrated();
        const auto case_id = find_or_create_case(*db, "k");
        persist(*db, case_id, {finding("old", row.before, {"r"})});
        review(*db, case_id, "old", model::ReviewStatus::dismissed, "", "2026-01-01T00:00:00Z");
        const auto run = persist(*db, case_id, {finding("new", row.after, {"r"})});
        CHECK(run.carried.size() == (row.carried ? 1u : 0u));
        CHECK(status_of(*db, case_id, "new") ==
              (row.carried ? model::ReviewStatus::dismissed : model::ReviewStatus::open));
        REQUIRE(run.reviewed_gone.size() == 1);
        CHECK(run.reviewed_gone[0].carried_to.empty() == !row.carried);
    }
}

TEST_CASE("review carry: decisions of merged findings, oldest first, each once", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "k");
    // Two checkers' findings on the same figure, as stored before merging.
    persist(*db, case_id, {finding("interval", {"k1"}, {"k2"}), finding("typo", {"k1"}, {"k3"})});
    review(*db, case_id, "interval", model::ReviewStatus::confirmed, "first",
           "2026-01-01T00:00:00Z");
    review(*db, case_id, "typo", model::ReviewStatus::dismissed, "second", "2026-01-02T00:00:00Z");

    const auto run = persist(*db, case_id, {finding("merged", {"k1"}, {"k2", "k3"})});
    REQUIRE(run.carried.size() == 1);
    CHECK(run.carried[0].from == std::vector<std::string>{"interval", "typo"});
    auto history = list_reviews(*db, case_id).at("merged");
    REQUIRE(history.size() == 2);
    CHECK(history[0].note == "first");
    CHECK(history[0].carried_from == "interval");
    CHECK(history[1].note == "second");
    CHECK(history[1].carried_from == "typo");
    CHECK(status_of(*db, case_id, "merged") == model::ReviewStatus::dismissed); // the latest

    // That finding goes too, and a third takes the discrepancy: the decisions
    // arrive once each, still naming the findings they were given on.
    persist(*db, case_id, {finding("third", {"k1", "k4"})});
    history = list_reviews(*db, case_id).at("third");
    REQUIRE(history.size() == 2);
    CHECK(history[0].carried_from == "interval");
    CHECK(history[1].carried_from == "typo");
}

TEST_CASE("review carry: a finding's own decisions stand", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "k");
    persist(*db, case_id, {finding("a", {"k1"}), finding("b", {"k1", "k2"})});
    review(*db, case_id, "a", model::ReviewStatus::confirmed, "", "2026-01-01T00:00:00Z");
    review(*db, case_id, "b", model::ReviewStatus::dismissed, "", "2026-01-02T00:00:00Z");
    const auto run = persist(*db, case_id, {finding("b", {"k1", "k2"})});
    CHECK(run.carried.empty());
    CHECK(status_of(*db, case_id, "b") == model::ReviewStatus::dismissed);
    REQUIRE(run.reviewed_gone.size() == 1);
    CHECK(run.reviewed_gone[0].id == "a");
    CHECK(run.reviewed_gone[0].carried_to.empty());
}

TEST_CASE("review carry: an incomplete run carries but marks nothing gone", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "k");
    persist(*db, case_id, {finding("old", {"k1"})});
    review(*db, case_id, "old", model::ReviewStatus::confirmed, "", "2026-01-01T00:00:00Z");
    Transaction tx(*db);
    const auto run = persist_run(*db, case_id, {finding("new", {"k1"})},
                                 RunRecord{"2023-09-25T10:00:00Z", "rules", 0, 0, {"boom"}});
    tx.commit();
    CHECK(run.carried.size() == 1);
    CHECK(run.gone == 0);
    CHECK(run.reviewed_gone.empty());
}

TEST_CASE("finding store: reasons, side and rank are kept, and order the listing", "[store]") {
    auto db = migrated();
    const auto case_id = find_or_create_case(*db, "k");
    auto merged = finding("merged", {"k1"}, {"k2"});
    merged.reasons = {{"interval_conflict", model::Severity::high, "message of merged", false},
                      {"transcription", model::Severity::medium, "an extra zero", false}};
    merged.spread = 10;
    merged.as_of = "2023-09-25T09:00:00Z";
    auto nearer = finding("nearer", {"k3"});
    nearer.spread = 2;
    auto earlier = finding("earlier", {"k4"});
    earlier.spread = 2;
    earlier.as_of = "2023-09-20T09:00:00Z";
    nearer.as_of = "2023-09-21T09:00:00Z";
    auto sides = finding("sides", {"k5"});
    sides.spread = 50;
    sides.cross_side = true;
    auto medium = finding("medium", {"k6"});
    medium.severity = model::Severity::medium;
    medium.spread = 100;
    persist(*db, case_id, {sides, nearer, medium, earlier, merged});

    const auto listed = list_findings(*db, case_id);
    std::vector<std::string> ids;
    for (const auto& f : listed) {
        ids.push_back(f.id);
    }
    // Not cross-side first; then by severity, spread (wider first), time.
    CHECK(ids == std::vector<std::string>{"merged", "earlier", "nearer", "medium", "sides"});
    CHECK(listed[0].reasons == merged.reasons);
    CHECK(listed[0].spread == 10);
    CHECK(listed[0].as_of == "2023-09-25T09:00:00Z");
    CHECK(listed[4].cross_side);
    // A finding stored without reasons has its own as its one reason.
    REQUIRE(listed[1].reasons.size() == 1);
    CHECK(listed[1].reasons[0].checker == "interval_conflict");
    CHECK(listed[1].reasons[0].message == "message of earlier");
}
