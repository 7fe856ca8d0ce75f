// End-to-end: ingest, check and report on the example case, scored with the
// evaluation script against the corpus's expected.toml (every must_flag and
// must_not_flag, hard ones included, and the not-a-claim list).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_source_dir = CROSSCHECK_SOURCE_DIR;

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

} // namespace

TEST_CASE("check: the example case scores every expectation", "[e2e][check]") {
    TempDir dir;
    const auto example = k_source_dir / "examples" / "karabakh-2023";
    REQUIRE(cc(dir, {"ingest", "--case", "k", (example / "sources").string()}).exit_code == 0);
    auto r = cc(dir, {"check", "--case", "k"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("open finding(s)"));
    REQUIRE(
        cc(dir, {"report", "--case", "k", "--format", "json", "-o", (dir / "report.json").string()})
            .exit_code == 0);
    const auto claims = cc(dir, {"claims", "--case", "k", "--format", "json"});
    REQUIRE(claims.exit_code == 0);
    dir.write("claims.json", claims.out);

    const auto score = run_process(
        "/usr/bin/python3", {(k_source_dir / "tests" / "data" / "eval" / "score.py").string(),
                             (example / "expected.toml").string(), (dir / "report.json").string(),
                             (dir / "claims.json").string()});
    INFO(score.out << score.err);
    CHECK(score.exit_code == 0);
    CHECK_THAT(score.out, Catch::Contains(", 0 failed"));
    // The hard traps (sub-events, subsets) are asserted too.
    CHECK_THAT(score.out, Catch::Contains("hard expectations missed: 0"));
}

TEST_CASE("check: a rerun keeps finding ids and marks nothing new", "[e2e][check]") {
    TempDir dir;
    const auto example = k_source_dir / "examples" / "karabakh-2023" / "sources";
    REQUIRE(cc(dir, {"ingest", "--case", "k", example.string()}).exit_code == 0);
    REQUIRE(cc(dir, {"check", "--case", "k"}).exit_code == 0);
    const auto first =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    const auto again = cc(dir, {"check", "--case", "k"});
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, Catch::Contains("(0 new, 0 no longer found)"));
    const auto second =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    REQUIRE(first["findings"].size() == second["findings"].size());
    for (std::size_t i = 0; i < first["findings"].size(); ++i) {
        CHECK(first["findings"][i]["id"] == second["findings"][i]["id"]);
    }
}

TEST_CASE("check: --fail-on exits 1 when open findings reach the severity", "[e2e][check]") {
    TempDir dir;
    const auto example = k_source_dir / "examples" / "karabakh-2023" / "sources";
    REQUIRE(cc(dir, {"ingest", "--case", "k", example.string()}).exit_code == 0);
    CHECK(cc(dir, {"check", "--case", "k", "--fail-on", "high"}).exit_code == 1);
}

TEST_CASE("check: a rule naming a checker no plugin provides stops the job", "[e2e][check]") {
    TempDir dir;
    const auto example = k_source_dir / "examples" / "karabakh-2023" / "sources";
    REQUIRE(cc(dir, {"ingest", "--case", "k", example.string()}).exit_code == 0);
    const auto rules =
        dir.write("extra.toml", "[checks.deaths]\ncheckers = [\"no_such_checker\"]\n");
    const auto r = cc(dir, {"check", "--case", "k", "--rules", rules.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no_such_checker") && Catch::Contains("nothing was checked"));
    // Nothing was recorded: no run, so the case still counts as never checked.
    const auto report = cc(dir, {"report", "--case", "k", "--format", "json"});
    CHECK(report.exit_code == 2);
    CHECK_THAT(report.err, Catch::Contains("case 'k' has not been checked yet"));
}

TEST_CASE("check: until the next check, findings keep citing the claims of an edited source",
          "[e2e][check]") {
    // An edited article is a new source version with new claims. Until a
    // check replaces the findings, they still cite the old version's claims,
    // and the report must show them (it once showed such findings with no
    // claims at all).
    TempDir dir;
    const auto sources = dir / "sources";
    std::filesystem::copy(k_source_dir / "examples" / "karabakh-2023" / "sources", sources);
    REQUIRE(cc(dir, {"ingest", "--case", "k", sources.string()}).exit_code == 0);
    REQUIRE(cc(dir, {"check", "--case", "k"}).exit_code == 0);
    const auto before =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    REQUIRE(before["findings"].size() > 0);

    // Edit every Markdown source: a sentence more at the end.
    for (const auto& entry : std::filesystem::directory_iterator(sources)) {
        if (entry.path().extension() == ".md") {
            std::ofstream(entry.path(), std::ios::app) << "\nThis article was updated.\n";
        }
    }
    REQUIRE(cc(dir, {"ingest", "--case", "k", sources.string()}).exit_code == 0);
    const auto extracted = cc(dir, {"claims", "--case", "k"});
    INFO(extracted.err);
    REQUIRE(extracted.exit_code == 0);
    CHECK_THAT(extracted.err, Catch::Contains("extracted"));
    const auto between =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    CHECK(between["findings"] == before["findings"]);

    REQUIRE(cc(dir, {"check", "--case", "k"}).exit_code == 0);
    const auto after =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    REQUIRE(after["findings"].size() > 0);
    // Now the findings cite the claims listed, those of the new versions.
    const auto listed =
        nlohmann::json::parse(cc(dir, {"claims", "--case", "k", "--format", "json"}).out)["claims"];
    std::set<std::int64_t> listed_ids;
    for (const auto& claim : listed) {
        listed_ids.insert(claim["id"].get<std::int64_t>());
    }
    for (const auto& finding : after["findings"]) {
        INFO(finding["message"]);
        CHECK(finding["claims"].size() >= 2);
        for (const auto& claim : finding["claims"]) {
            CHECK(listed_ids.count(claim["id"].get<std::int64_t>()) == 1);
        }
    }
}
