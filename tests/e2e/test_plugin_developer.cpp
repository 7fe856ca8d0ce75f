// End-to-end: what a plugin developer meets making the host run a checker
// of their own. `checkers_add` runs one more checker without restating the
// defaults; a checker no plugin provides is reported with where the host
// looked and how to make it look elsewhere; `--plugins DIR` also searches
// DIR/plugins/, where a plugin project's build puts its plugins.
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_plugins = CROSSCHECK_TEST_PLUGIN_DIR;

// Two sources that disagree ten to one on one death toll.
struct DisputedCase {
    TempDir dir;

    DisputedCase() {
        dir.write("sources/a.md", "+++\noutlet = \"Lakeside Herald\"\n"
                                  "url = \"https://lakeside.example/a\"\n"
                                  "published = 2023-09-20T09:00:00Z\n+++\n\n"
                                  "The health ministry said 200 people were killed in the "
                                  "fighting on Tuesday.\n");
        dir.write("sources/b.md", "+++\noutlet = \"Valley Courier\"\n"
                                  "url = \"https://valley.example/b\"\n"
                                  "published = 2023-09-20T10:00:00Z\n+++\n\n"
                                  "The health ministry said 2,000 people were killed in the "
                                  "fighting on Tuesday.\n");
        const auto r = cc({"ingest", "--case", "k", (dir / "sources").string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }

    ProcessResult cc(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", (dir / "test.db").string()});
        return run_crosscheck(args, without_plugin_path());
    }

    // Every checker that found something, whether or not its finding was
    // merged with another's.
    std::set<std::string> checkers_with_findings() const {
        const auto r = cc({"report", "--case", "k", "--format", "json"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        std::set<std::string> out;
        const auto parsed = nlohmann::json::parse(r.out); // kept alive: the loop reads into it
        // A discrepancy found by several checkers is one finding: each of
        // them is among its reasons.
        for (const auto& f : parsed["findings"]) {
            for (const auto& reason : f["reasons"]) {
                out.insert(reason["checker"].get<std::string>());
            }
        }
        return out;
    }
};

} // namespace

TEST_CASE("plugin developer: checkers_add runs one more checker next to the defaults",
          "[e2e][plugins]") {
    DisputedCase c;
    const auto rules =
        c.dir.write("mine.toml", "[checks.deaths]\ncheckers_add = [\"good_spread\"]\n");
    const auto r = c.cc({"--plugins", (k_plugins / "good_spread").string(), "check", "--case", "k",
                         "--rules", rules.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto checkers = c.checkers_with_findings();
    CHECK(checkers.count("good_spread") == 1);
    CHECK(checkers.count("interval_conflict") == 1); // the defaults still run

    // `checkers` still replaces the list.
    DisputedCase d;
    const auto only = d.dir.write("only.toml", "[checks.deaths]\ncheckers = [\"good_spread\"]\n");
    REQUIRE(d.cc({"--plugins", (k_plugins / "good_spread").string(), "check", "--case", "k",
                  "--rules", only.string()})
                .exit_code == 0);
    CHECK(d.checkers_with_findings() == std::set<std::string>{"good_spread"});
}

TEST_CASE("plugin developer: a checker no plugin provides says where the host looked",
          "[e2e][plugins]") {
    DisputedCase c;
    const auto rules =
        c.dir.write("mine.toml", "[checks.deaths]\ncheckers_add = [\"no_overlap\"]\n");
    const auto elsewhere = c.dir.write("elsewhere/readme", "no plugins here\n").parent_path();
    const auto r =
        c.cc({"--plugins", elsewhere.string(), "check", "--case", "k", "--rules", rules.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("mine.toml:2:") && Catch::Contains("'no_overlap'") &&
                          Catch::Contains("looked in") && Catch::Contains(elsewhere.string()) &&
                          Catch::Contains("--plugins DIR") &&
                          Catch::Contains("$CROSSCHECK_PLUGIN_PATH"));
}

TEST_CASE("plugin developer: --plugins DIR also finds the plugins in DIR/plugins",
          "[e2e][plugins]") {
    TempDir project;
    std::filesystem::create_directories(project / "build" / "plugins");
    std::filesystem::copy_file(k_plugins / "good_spread" / "good_spread.so",
                               project / "build" / "plugins" / "good_spread.so");
    const auto r = run_crosscheck({"--plugins", (project / "build").string(), "plugins", "list"},
                                  without_plugin_path());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out,
               Catch::Contains("good_spread  1.2.3") &&
                   Catch::Contains((project / "build" / "plugins" / "good_spread.so").string()));
}
