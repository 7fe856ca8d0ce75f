// End-to-end: a `check` with nothing new reuses the stored run (the same
// sources, claims, rules, plugins and program); a new source or a changed
// rule file runs the checkers again (host/cli/check_reuse.hpp).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_example =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023" / "sources";

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

std::vector<std::string> finding_ids(const TempDir& dir) {
    const auto r = cc(dir, {"report", "--case", "k", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> ids;
    const auto report = nlohmann::json::parse(r.out); // kept: the loop reads into it
    for (const auto& f : report["findings"]) {
        ids.push_back(f["id"].get<std::string>());
    }
    return ids;
}

constexpr const char* k_reused = "nothing new since run ";

} // namespace

TEST_CASE("check reuse: a check with nothing new reuses the stored run", "[e2e][check]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "k", k_example.string()}).exit_code == 0);
    const auto first = cc(dir, {"check", "--case", "k"});
    REQUIRE(first.exit_code == 0);
    CHECK_THAT(first.out, !Catch::Contains(k_reused));
    const auto ids = finding_ids(dir);
    REQUIRE(!ids.empty());

    const auto second = cc(dir, {"check", "--case", "k"});
    INFO(second.out << second.err);
    REQUIRE(second.exit_code == 0);
    CHECK_THAT(second.out, Catch::Contains("nothing new since run 1 ") &&
                               Catch::Contains("no checker ran") &&
                               Catch::Contains("(0 new, 0 no longer found)") &&
                               Catch::Contains(std::to_string(ids.size()) + " distinct"));
    // No run was recorded: a third check still names run 1.
    CHECK_THAT(cc(dir, {"check", "--case", "k"}).out, Catch::Contains("nothing new since run 1 "));
    CHECK(finding_ids(dir) == ids);
    // --fail-on holds over the reused findings (the example has high ones).
    CHECK(cc(dir, {"check", "--case", "k", "--fail-on", "high"}).exit_code == 1);
    // --rerun runs the checkers anyway, and records run 2.
    CHECK_THAT(cc(dir, {"check", "--case", "k", "--rerun"}).out, !Catch::Contains(k_reused));
    CHECK_THAT(cc(dir, {"check", "--case", "k"}).out, Catch::Contains("nothing new since run 2 "));
    CHECK(finding_ids(dir) == ids);
}

TEST_CASE("check reuse: a changed rule file reruns", "[e2e][check]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "k", k_example.string()}).exit_code == 0);
    const auto rules = dir.write("case.toml", "# the case's rules\n");
    REQUIRE(cc(dir, {"check", "--case", "k", "--rules", rules.string()}).exit_code == 0);
    CHECK_THAT(cc(dir, {"check", "--case", "k"}).out, Catch::Contains(k_reused));
    // The same file with other text: the case's rules changed.
    dir.write("case.toml", "# the case's rules, edited\n");
    const auto again = cc(dir, {"check", "--case", "k", "--rules", rules.string()});
    INFO(again.out << again.err);
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, !Catch::Contains(k_reused) && Catch::Contains("distinct discrepanc"));
    CHECK_THAT(cc(dir, {"check", "--case", "k"}).out, Catch::Contains("nothing new since run 2 "));
}

TEST_CASE("check reuse: a new source reruns", "[e2e][check]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "k", k_example.string()}).exit_code == 0);
    REQUIRE(cc(dir, {"check", "--case", "k"}).exit_code == 0);
    const auto late = dir.write("late/late-wire.md", R"(+++
outlet = "Late Wire"
url = "https://late-wire.example/2023/09/27/karabakh-toll"
published = 2023-09-27T10:00:00Z
title = "Karabakh toll"
language = "en"
+++

Karabakh's human rights ombudsman said on Wednesday that 2,000 people had been killed.
)");
    REQUIRE(cc(dir, {"ingest", "--case", "k", late.parent_path().string()}).exit_code == 0);
    const auto again = cc(dir, {"check", "--case", "k"});
    INFO(again.out << again.err);
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, !Catch::Contains(k_reused));
    CHECK_THAT(cc(dir, {"check", "--case", "k"}).out, Catch::Contains("nothing new since run 2 "));
}
