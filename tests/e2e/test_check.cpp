// End-to-end: ingest, check and report on the example case, scored with the
// evaluation script against the corpus's expected.toml (every must_flag and
// must_not_flag, hard ones included, and the not-a-claim list).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_source_dir = CROSSCHECK_SOURCE_DIR;

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir / "test.db").string()});
    return run_crosscheck(args);
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
    // Nothing was recorded.
    const auto report =
        nlohmann::json::parse(cc(dir, {"report", "--case", "k", "--format", "json"}).out);
    CHECK(report["findings"].empty());
}
