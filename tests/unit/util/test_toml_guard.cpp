#include "host/util/toml_guard.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck;

TEST_CASE("toml depth: nesting past the limit is found at its bracket", "[util]") {
    CHECK_FALSE(toml_too_deep("a = [[1, 2], {b = [3]}]\n[x.y]\n[[z]]\n", "r.toml"));
    CHECK_FALSE(toml_too_deep(std::string(64, '[') + std::string(64, ']'), "r.toml"));

    const auto deep = toml_too_deep("x = 1\n\u00e9 = " + std::string(100, '['), "r.toml");
    REQUIRE(deep);
    CHECK(deep->to_string() == "r.toml:2:69"); // the 65th '[', columns in code points
    CHECK(toml_too_deep("a = {b = {c = 1}}", "r.toml", 1)->to_string() == "r.toml:1:10");
    // Closed levels do not add up.
    std::string flat;
    for (int i = 0; i < 1000; ++i) {
        flat += "a" + std::to_string(i) + " = [[1]]\n";
    }
    CHECK_FALSE(toml_too_deep(flat, "r.toml", 2));
}

TEST_CASE("toml depth: brackets in strings and comments do not count", "[util]") {
    const std::string many(200, '[');
    for (const std::string& text :
         {"a = \"" + many + "\"", "a = '" + many + "'", "a = \"\"\"\n" + many + "\n\"\"\"",
          "a = '''" + many + "'''", "# " + many, "a = \"\\\"" + many + "\"",
          "\"" + many + "\" = 1"}) {
        INFO(text);
        CHECK_FALSE(toml_too_deep(text, "r.toml"));
    }
    // An unterminated one-line string ends at its line.
    CHECK(toml_too_deep("a = \"open\nb = " + many, "r.toml")->to_string() == "r.toml:2:69");
}

TEST_CASE("toml guard: invalid UTF-8 is found before toml11 sees it, with the byte and its place",
          "[util]") {
    // toml11 3.7.1 reads out of bounds on invalid UTF-8 in a literal string.
    const auto bad = toml_hazard("a = 1\n\u00e9 = 'x\xfay'\n", "r.toml");
    REQUIRE(bad);
    CHECK(bad->to_string() == "r.toml:2:7: not valid UTF-8 (byte 0xFA)");
    // A truncated sequence and a surrogate are as invalid as a stray byte.
    CHECK(toml_hazard("k = \"\xe2\x82\"", "r.toml")->to_string() ==
          "r.toml:1:6: not valid UTF-8 (byte 0xE2)");
    CHECK(toml_hazard("# \xed\xa0\x80\n", "r.toml")->message == "not valid UTF-8 (byte 0xED)");
    // Valid text passes, nesting included up to the limit.
    CHECK_FALSE(toml_hazard(
        "t = '\u00e9\u4e2d\U0001F600'\n" + std::string(64, '[') + std::string(64, ']'), "r.toml"));
    CHECK(toml_hazard("a = " + std::string(65, '['), "r.toml")->to_string() ==
          "r.toml:1:69: nested deeper than 64 arrays or inline tables");
}
