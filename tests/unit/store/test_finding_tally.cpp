// Counting a case's active findings in SQL: the same counts as listing
// them, each finding under its latest decision, gone ones and other cases
// left out.
#include "host/store/finding_tally.hpp"

#include "host/store/finding_store.hpp"
#include "host/store/review_store.hpp"
#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::store;
using model::ReviewStatus;
using model::Severity;

namespace {

model::Finding finding(std::string id, Severity severity) {
    model::Finding f;
    f.id = std::move(id);
    f.checker = "interval_conflict";
    f.metric = "deaths";
    f.scope_key = "scope";
    f.severity = severity;
    f.message = "2,000 vs 200: 10x apart";
    f.claims = {{11, "key-a", model::ClaimRole::questioned}};
    return f;
}

void persist(Database& db, std::int64_t case_id, const std::vector<model::Finding>& findings) {
    Transaction tx(db);
    (void)persist_run(db, case_id, findings, RunRecord{"2023-09-25T10:00:00Z", "rules", 1, 1, {}});
    tx.commit();
}

void review(Database& db, std::int64_t case_id, std::string_view id, ReviewStatus status) {
    REQUIRE(record_review(db, case_id, id, status, "", "alice", "2023-09-26T10:00:00Z"));
}

} // namespace

TEST_CASE("finding tally: counts by severity and latest decision", "[store]") {
    auto db = Database::open_in_memory();
    REQUIRE(migrate(*db).has_value());
    const auto case_id = find_or_create_case(*db, "a");
    const auto other_case = find_or_create_case(*db, "b");

    persist(*db, case_id,
            {finding("h1", Severity::high), finding("h2", Severity::high),
             finding("m1", Severity::medium), finding("l1", Severity::low),
             finding("gone", Severity::high)});
    persist(*db, other_case, {finding("x1", Severity::high)});
    // A second run without "gone": it is kept, but no longer active.
    persist(*db, case_id,
            {finding("h1", Severity::high), finding("h2", Severity::high),
             finding("m1", Severity::medium), finding("l1", Severity::low)});
    review(*db, case_id, "h1", ReviewStatus::dismissed);
    review(*db, case_id, "m1", ReviewStatus::dismissed);
    review(*db, case_id, "m1", ReviewStatus::confirmed); // the latest decision counts
    review(*db, case_id, "h2", ReviewStatus::confirmed);
    review(*db, case_id, "h2", ReviewStatus::open);        // reopened
    review(*db, case_id, "gone", ReviewStatus::confirmed); // not active: not counted

    const auto tally = tally_active_findings(*db, case_id);
    CHECK(tally.total() == 4);
    CHECK(tally.of(Severity::high, ReviewStatus::open) == 1);
    CHECK(tally.of(Severity::high, ReviewStatus::dismissed) == 1);
    CHECK(tally.of(Severity::medium, ReviewStatus::confirmed) == 1);
    CHECK(tally.of(Severity::medium, ReviewStatus::dismissed) == 0);
    CHECK(tally.of(Severity::low, ReviewStatus::open) == 1);
    CHECK(tally.of(Severity::info, ReviewStatus::open) == 0);
    CHECK(tally.with_status(ReviewStatus::open) == 2);
    CHECK(tally.with_status(ReviewStatus::confirmed) == 1);
    CHECK(tally.with_status(ReviewStatus::dismissed) == 1);

    // The same counts as listing the findings.
    FindingTally listed;
    for (const auto& f : list_findings(*db, case_id)) {
        listed.add(f.severity, f.status, 1);
    }
    for (const auto severity : model::k_severities) {
        for (const auto status : model::k_review_statuses) {
            INFO(model::to_string(severity) << " " << model::to_string(status));
            CHECK(tally.of(severity, status) == listed.of(severity, status));
        }
    }
    CHECK(tally_active_findings(*db, other_case).total() == 1);
    CHECK(tally_active_findings(*db, 999).total() == 0);
}
