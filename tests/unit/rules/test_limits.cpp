// The [limits] table: defaults, overrides and the problems a bad value gets.

#include "host/ingest/readers.hpp"
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using rules::RuleText;

namespace {

std::string first_error(const std::string& toml) {
    const auto errors = rules::load({RuleText{"x.toml", toml}}).errors;
    return errors.empty() ? std::string() : errors.front().to_string();
}

} // namespace

TEST_CASE("limits: the defaults are those documented and those ingest uses", "[rules]") {
    const rules::Limits limits;
    CHECK(limits.max_source_bytes == 268435456);
    CHECK(limits.max_line_bytes == 8388608);
    CHECK(limits.max_html_depth == 512);
    CHECK(limits.max_claims_per_source == 10000);
    // Readers called without rules (tests, tools) use the same bounds.
    const ingest::SourceLimits source;
    CHECK(source.max_bytes == limits.max_source_bytes);
    CHECK(source.max_line_bytes == limits.max_line_bytes);
    CHECK(source.max_html_depth == limits.max_html_depth);

    const auto shipped = rules::effective_extraction_rules();
    REQUIRE(shipped);
    CHECK(shipped->limits.max_claims_per_source == 10000);
}

TEST_CASE("limits: a later file overrides key by key", "[rules]") {
    const auto loaded =
        rules::extraction_rules({RuleText{"a.toml", "[limits]\nmax_line_bytes = 100\n"},
                                 RuleText{"b.toml", "[limits]\nmax_html_depth = 64\n"}});
    REQUIRE(loaded);
    CHECK(loaded->limits.max_line_bytes == 100);
    CHECK(loaded->limits.max_html_depth == 64);
    CHECK(loaded->limits.max_source_bytes == 268435456);
    CHECK(loaded->limits.max_claims_per_source == 10000);
}

TEST_CASE("limits: bad keys and values are located errors", "[rules]") {
    struct Row {
        std::string toml;
        std::string error;
    };
    const std::vector<Row> rows = {
        {"[limits]\nmax_line_byte = 10\n",
         "x.toml:2:17: unknown key 'max_line_byte' in [limits] (did you mean 'max_line_bytes'?)"},
        {"[limits]\nsize = 10\n",
         "x.toml:2:8: unknown key 'size' in [limits]; known keys: max_source_bytes, "
         "max_line_bytes, max_html_depth, max_claims_per_source"},
        {"[limits]\nmax_source_bytes = \"50 MB\"\n",
         "x.toml:2:20: 'max_source_bytes' must be a whole number, not a string"},
        {"[limits]\nmax_claims_per_source = 1.5\n",
         "x.toml:2:25: 'max_claims_per_source' must be a whole number, not a number"},
        {"[limits]\nmax_html_depth = 0\n", "x.toml:2:18: 'max_html_depth' must be at least 1"},
        {"[limits]\nmax_line_bytes = -5\n", "x.toml:2:18: 'max_line_bytes' must be at least 1"},
        {"limits = 3\n", "x.toml:1:10: [limits] must be a table, not an integer"},
        {"[limts]\nmax_line_bytes = 5\n",
         "x.toml:1:1: unknown section [limts] (did you mean [limits]?)"},
    };
    for (const auto& row : rows) {
        INFO(row.toml);
        CHECK(first_error(row.toml) == row.error);
    }
}
