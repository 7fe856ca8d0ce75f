// Rule files that once crashed a loader (found by fuzz/rules_fuzz.cpp, or by
// hand for the same kind of input), kept so they never do again. Each is
// also in fuzz/corpus/rules/.

#include "host/rules/check_rules.hpp"
#include "host/rules/rule_loader.hpp"

#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include <fstream>
#include <iterator>
#include <string>

using namespace crosscheck;
using rules::RuleText;

TEST_CASE("fuzz regressions: a rule file nested 200,000 arrays deep is an error, not a stack "
          "overflow",
          "[rules]") {
    const RuleText deep{"deep.toml", "[checkers.x]\nk = " + std::string(200000, '[') + "\n"};
    const auto errors = rules::check_rules({deep});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].to_string() == "deep.toml:2:69: nested deeper than 64 arrays or inline tables");
    const auto [plan, plan_errors] = rules::load_check_plan({deep});
    CHECK(plan_errors.empty()); // reported once, by the loader above
    CHECK(plan.by_metric.empty());
}

TEST_CASE("fuzz regressions: a toml11 error with an empty message still says something",
          "[rules]") {
    // fuzz/corpus/rules/crash-empty-toml-message-*.toml: toml11's message
    // had nothing after its "[error] toml::...: " prefix, so the problem
    // read "file:line:col: " and said nothing.
    for (const char* name :
         {"crash-empty-toml-message-1.toml", "crash-empty-toml-message-2.toml"}) {
        INFO(name);
        const std::filesystem::path path =
            std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "fuzz/corpus/rules" / name;
        REQUIRE(std::filesystem::exists(path));
        // read_file, not istreambuf_iterator: GCC 12 -Wnull-dereference
        // false positive in <streambuf>.
        const std::string text = crosscheck::testing::read_file(path);
        const auto errors = rules::check_rules({RuleText{"r.toml", text}});
        REQUIRE_FALSE(errors.empty());
        for (const auto& error : errors) {
            CHECK(error.where.file == "r.toml");
            CHECK(error.message.find_first_not_of(" \t") != std::string::npos);
        }
    }
}
