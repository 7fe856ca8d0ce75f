#include "host/util/toml_depth.hpp"

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
