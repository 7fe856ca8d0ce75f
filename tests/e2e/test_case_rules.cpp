// End-to-end: what a fact-checker's case keeps between commands. The rule
// files `--rules` named are stored with the case and applied by later
// `check`, `claims` and `ingest` without `--rules`; `--rules` again changes
// them with a notice; `rules show --case` prints them; several files are
// kept and applied together. A slug on `ingest`
// that is new but close to an existing one stops with "did you mean"
// unless `--new`; `cases rename` and `cases delete` (refusing a case with
// reviews unless `--force`).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

using namespace crosscheck::testing;
using nlohmann::json;

namespace {

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

std::string source(const std::string& url, const std::string& published, const std::string& text) {
    return "+++\noutlet = \"" + url.substr(8, 5) + "\"\nurl = \"" + url +
           "\"\npublished = " + published + "\n+++\n\n" + text + "\n";
}

// A metric the shipped rules do not have, checked by one checker.
const char* k_arrests_rules = R"(
[metrics.arrests]
description = "people arrested"
unit = "people"
cumulative = false
keywords = ["arrested", "detained"]

[checks.arrests]
checkers = ["interval_conflict"]
)";

// The case's claims of `metric`, sorted, as `claims` lists them.
std::vector<double> values_of(const TempDir& dir, const std::string& slug,
                              const std::string& metric, std::string* err = nullptr) {
    const auto r = cc(dir, {"claims", "--case", slug, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    if (err != nullptr) {
        *err = r.err;
    }
    std::vector<double> out;
    const auto parsed = json::parse(r.out); // kept alive: the loop reads into it
    for (const auto& claim : parsed["claims"]) {
        if (claim["metric"] == metric) {
            out.push_back(claim["value"].get<double>());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The metrics of the findings `report --format json` lists.
std::multiset<std::string> finding_metrics(const TempDir& dir, const std::string& slug) {
    const auto r = cc(dir, {"report", "--case", slug, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::multiset<std::string> out;
    const auto parsed = json::parse(r.out); // kept alive: the loop reads into it
    for (const auto& finding : parsed["findings"]) {
        out.insert(finding["metric"].get<std::string>());
    }
    return out;
}

long long count_rows(const TempDir& dir, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2((dir / "test.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const long long n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

void ingest(const TempDir& dir, const std::string& slug, const std::filesystem::path& path,
            std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"ingest", "--case", slug};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(path.string());
    const auto r = cc(dir, args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

} // namespace

TEST_CASE("case rules: --rules once, and later check and claims apply them", "[e2e][rules]") {
    TempDir dir;
    ingest(dir, "riverton-floods",
           dir.write("s/a.md", source("https://aaaaa.example/1", "2024-05-03T09:00:00Z",
                                      "Police arrested 120 people after the protest.")));
    ingest(dir, "riverton-floods",
           dir.write("s/b.md", source("https://bbbbb.example/1", "2024-05-03T10:00:00Z",
                                      "Police arrested 480 people after the protest.")));
    const auto rules = dir.write("case.toml", k_arrests_rules);

    // Without the case's rules there is no such metric.
    CHECK(values_of(dir, "riverton-floods", "arrests").empty());

    auto r = cc(dir, {"check", "--case", "riverton-floods", "--rules", rules.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("keeps these rules") && Catch::Contains("case.toml"));
    CHECK(finding_metrics(dir, "riverton-floods").count("arrests") == 1);

    // Later commands, without --rules: the metric and its finding stay.
    std::string err;
    CHECK(values_of(dir, "riverton-floods", "arrests", &err) == std::vector<double>{120, 480});
    CHECK_THAT(err, Catch::Contains("applying its rules") && Catch::Contains("case.toml"));
    ingest(dir, "riverton-floods",
           dir.write("s/c.md", source("https://ccccc.example/1", "2024-05-03T11:00:00Z",
                                      "Police detained 130 people after the protest.")));
    CHECK(values_of(dir, "riverton-floods", "arrests") == std::vector<double>{120, 130, 480});
    r = cc(dir, {"check", "--case", "riverton-floods"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, !Catch::Contains("keeps these rules"));
    CHECK(finding_metrics(dir, "riverton-floods").count("arrests") >= 1);

    // rules show prints the stored text and its hash.
    r = cc(dir, {"rules", "show", "--case", "riverton-floods"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("case.toml") && Catch::Contains("sha256 ") &&
                          Catch::Contains("[metrics.arrests]") &&
                          Catch::Contains("keywords = [\"arrested\", \"detained\"]"));

    // An edit on disk is not applied silently: the stored text is, with a warning.
    dir.write("case.toml", "# emptied\n");
    CHECK(values_of(dir, "riverton-floods", "arrests", &err).size() == 3);
    CHECK_THAT(err, Catch::Contains("has changed since case 'riverton-floods' stored it"));

    // --rules again changes them, with a notice from what to what.
    const auto other = dir.write("other.toml", "# the defaults will do\n");
    r = cc(dir, {"check", "--case", "riverton-floods", "--rules", other.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("its rules change from") && Catch::Contains("case.toml") &&
                          Catch::Contains("other.toml"));
    CHECK(values_of(dir, "riverton-floods", "arrests").empty());
    r = cc(dir, {"rules", "show", "--case", "riverton-floods"});
    CHECK_THAT(r.out, Catch::Contains("other.toml") && !Catch::Contains("[metrics.arrests]"));

    // A case that was never given rules says so.
    ingest(dir, "elsewhere",
           dir.write("e/a.md", source("https://eeeee.example/1", "2024-05-03T09:00:00Z",
                                      "Police arrested 5 people.")));
    r = cc(dir, {"rules", "show", "--case", "elsewhere"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("keeps no rules of its own"));
}

TEST_CASE("case rules: a failed check does not change the case's rules", "[e2e][rules]") {
    TempDir dir;
    ingest(dir, "c",
           dir.write("s/a.md", source("https://aaaaa.example/1", "2024-05-03T09:00:00Z",
                                      "Police arrested 120 people.")));
    const auto bad = dir.write("bad.toml", "[checks.deaths]\ncheckers = [\"no_such_checker\"]\n");
    const auto r = cc(dir, {"check", "--case", "c", "--rules", bad.string()});
    CHECK(r.exit_code == 2);
    CHECK(count_rows(dir, "SELECT count(*) FROM case_rules") == 0);
}

TEST_CASE("ingest: a new slug close to an existing one stops with 'did you mean'",
          "[e2e][ingest]") {
    TempDir dir;
    const auto a = dir.write("a.md", source("https://aaaaa.example/1", "2024-05-03T09:00:00Z",
                                            "The flood killed 12 people."));
    const auto b = dir.write("b.md", source("https://bbbbb.example/1", "2024-05-03T10:00:00Z",
                                            "The flood killed 14 people."));
    ingest(dir, "riverton-floods", a);

    auto r = cc(dir, {"ingest", "--case", "riverton-flods", b.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err,
               Catch::Contains("did you mean 'riverton-floods'") && Catch::Contains("--new"));
    CHECK(count_rows(dir, "SELECT count(*) FROM cases") == 1);
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 1);

    // --new says the new case is meant; a slug far from any is never asked about.
    ingest(dir, "riverton-flods", b, {"--new"});
    ingest(dir, "harbor-strike", b);
    CHECK(count_rows(dir, "SELECT count(*) FROM cases") == 3);
    // An existing slug goes in as ever.
    ingest(dir, "riverton-floods", b);
    CHECK(count_rows(dir, "SELECT count(*) FROM cases") == 3);
}

TEST_CASE("cases rename and delete", "[e2e][ingest]") {
    TempDir dir;
    ingest(dir, "riverton",
           dir.write("a.md", source("https://aaaaa.example/1", "2024-05-03T09:00:00Z",
                                    "The flood killed 2,000 people.")));
    ingest(dir, "riverton",
           dir.write("b.md", source("https://bbbbb.example/1", "2024-05-03T09:30:00Z",
                                    "The flood killed 200 people.")));
    ingest(dir, "other",
           dir.write("o.md", source("https://ooooo.example/1", "2024-05-03T09:00:00Z",
                                    "Two people died.")));
    auto r = cc(dir, {"check", "--case", "riverton"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    r = cc(dir, {"cases", "rename", "riverton", "other"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("already a case named 'other'"));
    r = cc(dir, {"cases", "rename", "riverton", "riverton-floods"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(cc(dir, {"sources", "--case", "riverton"}).exit_code == 2);
    const auto findings = finding_metrics(dir, "riverton-floods");
    REQUIRE(findings.count("deaths") >= 1);

    // A reviewed case is only deleted with --force.
    const auto report =
        json::parse(cc(dir, {"report", "--case", "riverton-floods", "--format", "json"}).out);
    const auto id = report["findings"][0]["id"].get<std::string>();
    r = cc(dir, {"review", id, "--status", "confirmed", "--note", "checked"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    r = cc(dir, {"cases", "delete", "riverton-floods"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("1 review decision") && Catch::Contains("--force"));
    CHECK(count_rows(dir, "SELECT count(*) FROM cases") == 2);

    r = cc(dir, {"cases", "delete", "riverton-floods", "--force"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(count_rows(dir, "SELECT count(*) FROM cases") == 1);
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 1);
    CHECK(count_rows(dir, "SELECT count(*) FROM reviews") == 0);
    CHECK(count_rows(dir, "SELECT count(*) FROM findings") == 0);
    CHECK(count_rows(dir, "SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id "
                          "JOIN cases k ON k.id = s.case_id WHERE k.slug <> 'other'") == 0);
    // The other case is whole.
    CHECK(cc(dir, {"sources", "--case", "other"}).exit_code == 0);
    r = cc(dir, {"cases", "delete", "nope"});
    CHECK(r.exit_code == 2);
}

TEST_CASE("case rules: --rules takes several files, kept and applied together", "[e2e][rules]") {
    TempDir dir;
    ingest(
        dir, "c",
        dir.write("s/a.md", source("https://aaaaa.example/1", "2024-05-03T09:00:00Z",
                                   "Police arrested 120 people. Volunteers filled 400 sandbags.")));
    ingest(
        dir, "c",
        dir.write("s/b.md", source("https://bbbbb.example/1", "2024-05-03T10:00:00Z",
                                   "Police arrested 480 people. Volunteers filled 450 sandbags.")));
    const auto arrests = dir.write("arrests.toml", k_arrests_rules);
    const auto sandbags = dir.write("sandbags.toml", R"(
[metrics.sandbags]
description = "sandbags filled"
unit = "items"
cumulative = false
keywords = ["sandbags"]
)");
    auto r = cc(
        dir, {"check", "--case", "c", "--rules", arrests.string(), "--rules", sandbags.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // Both metrics, from both files, in later commands without --rules.
    CHECK(values_of(dir, "c", "arrests") == std::vector<double>{120, 480});
    CHECK(values_of(dir, "c", "sandbags") == std::vector<double>{400, 450});
    r = cc(dir, {"rules", "show", "--case", "c"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("arrests.toml") && Catch::Contains("sandbags.toml") &&
                          Catch::Contains("[metrics.arrests]") &&
                          Catch::Contains("[metrics.sandbags]"));
}
