// Rule files that once crashed a loader (found by fuzz/rules_fuzz.cpp, or by
// hand for the same kind of input), kept so they never do again. Each is
// also in fuzz/corpus/rules/.

#include "host/rules/rules.hpp"

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
    const auto loaded = rules::load({deep});
    REQUIRE(loaded.errors.size() == 1); // reported once, though [checkers] is a check section
    CHECK(loaded.errors[0].to_string() ==
          "deep.toml:2:69: nested deeper than 64 arrays or inline tables");
    CHECK(loaded.plan.by_metric.empty());
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
        const auto errors = rules::load({RuleText{"r.toml", text}}).errors;
        REQUIRE_FALSE(errors.empty());
        for (const auto& error : errors) {
            CHECK(error.where.file == "r.toml");
            CHECK(error.message.find_first_not_of(" \t") != std::string::npos);
        }
    }
}

TEST_CASE("fuzz regressions: invalid UTF-8 in a literal string is an error, not a read out of "
          "bounds",
          "[rules]") {
    // fuzz/corpus/rules/crash-literal-string-invalid-utf8.toml is the three
    // bytes '\xFF': toml11 3.7.1 checked the string's UTF-8 in a copy, then
    // counted newlines from the copy to the file (ASan: heap-buffer-overflow).
    const std::filesystem::path path = std::filesystem::path(CROSSCHECK_SOURCE_DIR) /
                                       "fuzz/corpus/rules/crash-literal-string-invalid-utf8.toml";
    REQUIRE(std::filesystem::exists(path));
    const auto errors =
        rules::load({RuleText{"r.toml", crosscheck::testing::read_file(path)}}).errors;
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].to_string() == "r.toml:1:2: not valid UTF-8 (byte 0xFF)");

    // The same in a value, after valid lines, and in a multi-line literal string.
    for (const std::string text :
         {"[metrics.deaths]\nunit = 'people\xC3'\n", "[metrics.deaths]\nunit = '''\n\xC3\n'''\n"}) {
        INFO(text);
        const auto more = rules::load({RuleText{"r.toml", text}}).errors;
        REQUIRE(more.size() == 1); // once, for both kinds of section
        CHECK(more[0].where.line == (text.find("'''") == std::string::npos ? 2u : 3u));
        CHECK(more[0].message == "not valid UTF-8 (byte 0xC3)");
    }
}
