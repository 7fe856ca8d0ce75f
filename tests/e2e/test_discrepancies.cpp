// End-to-end: a finding is a discrepancy, not a checker's output. One
// inflated death toll that three checkers flag is one finding with three
// reasons; a decision on it survives `check`, late sources earlier and later
// in time, and the upgrade of a database written before findings were
// merged; a running total that rose between two statements of one voice is
// no misquote; `--fail-on` counts the discrepancy once.
//
// tests/data/discrepancy/: `sources/` (a ministry's toll of 31 copied as
// 310 by one outlet, 31 or 33 by four others), `late/` (one report earlier
// than all of them, one later), `growth/` ("rose to 31" at 18:00, "rose to
// 33" at 20:00, both per the health ministry), and `schema-v4.sql` (see
// the test that reads it).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_data =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests" / "data" / "discrepancy";

struct Workspace {
    TempDir dir;

    [[nodiscard]] std::filesystem::path db() const { return dir / "test.db"; }

    ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db().string()});
        return run_crosscheck(args);
    }

    void ok(const std::vector<std::string>& args) const {
        const auto r = run(args);
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
    }

    [[nodiscard]] nlohmann::json report() const {
        const auto r = run({"report", "--case", "d", "--format", "json"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.out);
    }

    /// Every row `sql` selects, its first column as text.
    [[nodiscard]] std::vector<std::string> column(const std::string& sql) const {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open_v2(db().c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
        std::vector<std::string> out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return out;
    }
};

// The outlets of the claims of `finding` with `role`, sorted.
std::vector<std::string> outlets(const nlohmann::json& finding, const std::string& role) {
    std::vector<std::string> out;
    for (const auto& c : finding["claims"]) {
        if (c["role"] == role) {
            out.push_back(c["source"]["outlet"]);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("discrepancies: three checkers flagging one figure give one finding, three reasons",
          "[e2e][check]") {
    Workspace ws;
    ws.ok({"ingest", "--case", "d", (k_data / "sources").string()});
    const auto check = ws.run({"check", "--case", "d"});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);
    CHECK(check.out.starts_with("1 distinct discrepancy (from 3 checker finding(s)); 1 open"));

    const auto report = ws.report();
    REQUIRE(report["findings"].size() == 1);
    const auto& f = report["findings"][0];
    // The contract's fields stay; the reasons are beside them.
    REQUIRE(f["reasons"].size() == 3);
    std::set<std::string> checkers;
    for (const auto& r : f["reasons"]) {
        checkers.insert(r["checker"].get<std::string>());
        CHECK(r["severity"] == "high");
        CHECK_THAT(r["message"].get<std::string>(), Catch::Contains("310"));
    }
    CHECK(checkers ==
          std::set<std::string>{"interval_conflict", "cumulative_timeline", "transcription"});
    CHECK(f["checker"] == f["reasons"][0]["checker"]);
    CHECK(f["message"] == f["reasons"][0]["message"]);
    CHECK(f["severity"] == "high");
    CHECK(f["cross_side"] == false);
    // The extra zero is in question; every faithful copy is what it is
    // compared with, once.
    CHECK(outlets(f, "questioned") == std::vector<std::string>{"Coastal Courier"});
    CHECK(outlets(f, "reference") == std::vector<std::string>{"Harbour Gazette", "Metro Daily",
                                                              "River Post", "Valley Herald"});

    // The text report shows one finding and every checker's reason.
    const auto text = ws.run({"report", "--case", "d", "--format", "text"});
    REQUIRE(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::Contains("\n1 distinct discrepancy: 1 high,"));
    CHECK(count_of(text.out, "CONTRADICTED") == 1);
    CHECK(count_of(text.out, "  + also ") == 2);

    // --fail-on counts the discrepancy once, on check and on report.
    const auto fail = ws.run({"check", "--case", "d", "--fail-on", "high"});
    CHECK(fail.exit_code == 1);
    CHECK_THAT(fail.err, Catch::Contains("crosscheck: 1 discrepancy at or above high is open or "
                                         "confirmed (--fail-on)"));
    const auto report_fail =
        ws.run({"report", "--case", "d", "--format", "csv", "--fail-on", "high"});
    CHECK(report_fail.exit_code == 1);
    CHECK_THAT(report_fail.err, Catch::Contains("1 discrepancy at or above high"));
}

TEST_CASE("discrepancies: a review survives check and late sources, earlier and later",
          "[e2e][review]") {
    Workspace ws;
    ws.ok({"ingest", "--case", "d", (k_data / "sources").string()});
    ws.ok({"check", "--case", "d"});
    const std::string id = ws.report()["findings"][0]["id"];
    // A prefix is enough, as with git.
    const auto review = ws.run({"review", id.substr(0, 6), "--status", "confirmed", "--note",
                                "the ministry said 31", "--reviewer", "alice"});
    INFO(review.err);
    REQUIRE(review.exit_code == 0);
    CHECK_THAT(review.out, Catch::StartsWith(id + " (case d): open -> confirmed, by alice"));

    const auto expect_kept = [&](const std::vector<std::string>& references) {
        const auto report = ws.report();
        REQUIRE(report["findings"].size() == 1);
        const auto& f = report["findings"][0];
        CHECK(f["id"] == id);
        CHECK(f["status"] == "confirmed");
        REQUIRE(f["review_history"].size() == 1);
        CHECK(f["review_history"][0]["note"] == "the ministry said 31");
        CHECK_FALSE(f["review_history"][0].contains("carried_from"));
        CHECK(outlets(f, "questioned") == std::vector<std::string>{"Coastal Courier"});
        CHECK(outlets(f, "reference") == references);
    };

    auto again = ws.run({"check", "--case", "d"});
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, Catch::Contains("(0 new, 0 no longer found); reviewed: 1 confirmed"));
    expect_kept({"Harbour Gazette", "Metro Daily", "River Post", "Valley Herald"});

    // A report published before all the others: a new reference, the same
    // discrepancy.
    ws.ok({"ingest", "--case", "d", (k_data / "late" / "06-dawn-wire-earlier.md").string()});
    again = ws.run({"check", "--case", "d"});
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, Catch::Contains("(0 new, 0 no longer found); reviewed: 1 confirmed"));
    expect_kept({"Dawn Wire", "Harbour Gazette", "Metro Daily", "River Post", "Valley Herald"});

    // And one after them all.
    ws.ok({"ingest", "--case", "d", (k_data / "late" / "07-night-bulletin-later.md").string()});
    again = ws.run({"check", "--case", "d"});
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, Catch::Contains("(0 new, 0 no longer found); reviewed: 1 confirmed"));
    expect_kept({"Dawn Wire", "Harbour Gazette", "Metro Daily", "Night Bulletin", "River Post",
                 "Valley Herald"});
    const auto confirmed = ws.run({"findings", "--case", "d", "--status", "confirmed"});
    CHECK_THAT(confirmed.out, Catch::Contains(id + "  high      confirmed"));
}

TEST_CASE("discrepancies: a reviewed finding that goes away stays visible with its decision",
          "[e2e][review]") {
    Workspace ws;
    ws.ok({"ingest", "--case", "d", (k_data / "sources").string()});
    ws.ok({"check", "--case", "d"});
    const auto f = ws.report()["findings"][0];
    const std::string id = f["id"];
    ws.ok({"review", id, "--status", "confirmed", "--note", "an extra zero", "--reviewer", "bob"});
    // The reviewer rejects the misread figure: the discrepancy goes.
    std::int64_t questioned = 0;
    for (const auto& c : f["claims"]) {
        if (c["role"] == "questioned") {
            questioned = c["id"];
        }
    }
    ws.ok({"claims", "reject", std::to_string(questioned), "--note", "misprint"});
    const auto check = ws.run({"check", "--case", "d"});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);
    CHECK(check.out.starts_with("0 distinct discrepancies"));
    CHECK_THAT(check.out,
               Catch::Contains("1 reviewed finding(s) no longer found:\n  " + id +
                               " (confirmed by bob: an extra zero): its decision stays with it "
                               "(crosscheck findings --case d --status gone)"));

    const auto gone = ws.run({"findings", "--case", "d", "--status", "gone"});
    INFO(gone.err);
    REQUIRE(gone.exit_code == 0);
    CHECK_THAT(gone.out, Catch::Contains(id + "  high      confirmed  deaths"));
    CHECK_THAT(gone.out, Catch::Contains("    - confirmed by bob, ") &&
                             Catch::Contains(" UTC: an extra zero\n"));
    // The other listings show only what the latest check found.
    CHECK(ws.run({"findings", "--case", "d", "--status", "confirmed"}).out.empty());
}

TEST_CASE("discrepancies: a database written before findings were merged keeps its decisions",
          "[e2e][review][store]") {
    // schema-v4.sql is `sqlite3 DB .dump` of a database that crosscheck at
    // commit 1c6d37f (schema version 4, one finding per checker, ids from
    // the checker, the metric and every claim key) wrote for sources/:
    //   crosscheck --db DB ingest --case d tests/data/discrepancy/sources
    //   crosscheck --db DB check --case d
    //   crosscheck --db DB review ID --status confirmed ...   (the interval_conflict finding)
    //   crosscheck --db DB review ID --status dismissed ...   (the transcription finding)
    Workspace ws;
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(ws.db().c_str(), &handle) == SQLITE_OK);
        char* error = nullptr;
        const auto rc = sqlite3_exec(handle, read_file(k_data / "schema-v4.sql").c_str(), nullptr,
                                     nullptr, &error);
        INFO((error == nullptr ? "" : error));
        sqlite3_free(error);
        sqlite3_close(handle);
        REQUIRE(rc == SQLITE_OK);
    }
    REQUIRE(ws.column("PRAGMA user_version") == std::vector<std::string>{"4"});
    const auto old_reviewed = ws.column("SELECT finding_id FROM reviews ORDER BY id");
    REQUIRE(old_reviewed.size() == 2);
    const auto old_ids = ws.column("SELECT id FROM findings ORDER BY id");
    REQUIRE(old_ids.size() >= 3); // the same figure, once per checker

    // Upgraded when opened, the decisions are where they were before any
    // check: on the old ids.
    const auto before = ws.run({"findings", "--case", "d", "--status", "confirmed"});
    INFO(before.err);
    REQUIRE(before.exit_code == 0);
    CHECK_THAT(before.out, Catch::Contains(old_reviewed[0] + "  "));

    // The first check finds the figure once, and the decisions follow it.
    const auto check = ws.run({"check", "--case", "d"});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);
    CHECK(check.out.starts_with("1 distinct discrepancy (from 3 checker finding(s))"));
    const auto report = ws.report();
    REQUIRE(report["findings"].size() == 1);
    const auto& f = report["findings"][0];
    const std::string id = f["id"];
    CHECK(std::find(old_ids.begin(), old_ids.end(), id) == old_ids.end());
    CHECK_THAT(check.out, Catch::Contains("2 reviewed finding(s) no longer found:"));
    for (const auto& old : old_reviewed) {
        CHECK_THAT(check.out, Catch::Contains("  " + old + " (") &&
                                  Catch::Contains("its decision now applies to " + id));
    }
    // The latest decision is the status; the history says where each was given.
    CHECK(f["status"] == "dismissed");
    REQUIRE(f["review_history"].size() == 2);
    CHECK(f["review_history"][0]["status"] == "confirmed");
    CHECK(f["review_history"][0]["carried_from"] == old_reviewed[0]);
    CHECK(f["review_history"][1]["status"] == "dismissed");
    CHECK(f["review_history"][1]["carried_from"] == old_reviewed[1]);
    const auto text = ws.run({"report", "--case", "d", "--format", "text"});
    CHECK_THAT(text.out, Catch::Contains("(given on finding " + old_reviewed[0] + ")"));

    // The old findings are gone, their decisions in sight.
    const auto gone = ws.run({"findings", "--case", "d", "--status", "gone"});
    REQUIRE(gone.exit_code == 0);
    for (const auto& old : old_ids) {
        CHECK_THAT(gone.out, Catch::Contains(old + "  "));
    }
    CHECK(count_of(gone.out, "    decisions carried to " + id) == 2);

    // A second check changes nothing.
    const auto rerun = ws.run({"check", "--case", "d"});
    CHECK_THAT(rerun.out, Catch::Contains("(0 new, 0 no longer found); reviewed: 0 confirmed, 1 "
                                          "dismissed"));
    CHECK(ws.report()["findings"][0]["review_history"].size() == 2);
}

TEST_CASE("discrepancies: 'rose to 31' then 'rose to 33' two hours later from one voice is "
          "growth, not a finding",
          "[e2e][check]") {
    Workspace ws;
    ws.ok({"ingest", "--case", "d", (k_data / "growth").string()});
    // The same voice, two hours apart: what the test is about.
    const auto claims = ws.run({"claims", "--case", "d", "--format", "json"});
    REQUIRE(claims.exit_code == 0);
    const auto listed = nlohmann::json::parse(claims.out)["claims"];
    REQUIRE(listed.size() == 2);
    CHECK(listed[0]["attribution"] == listed[1]["attribution"]);
    CHECK_FALSE(listed[0]["attribution"].get<std::string>().empty());
    CHECK(listed[0]["value"] == 31);
    CHECK(listed[1]["value"] == 33);

    const auto check = ws.run({"check", "--case", "d"});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);
    CHECK(check.out.starts_with("0 distinct discrepancies (from 0 checker finding(s))"));
    CHECK(ws.report()["findings"].empty());
}
