// A checker's TOML section flattened into the model's typed configuration.
#include "host/rules/checker_config.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using crosscheck::model::ConfigValue;
using crosscheck::rules::config_from_toml;

namespace {

toml::value parse(const std::string& text) {
    std::istringstream in(text);
    return toml::parse(in, "rules/checkers.toml");
}

} // namespace

TEST_CASE("checker config: nested tables become dotted keys with their place", "[rules]") {
    const auto root = parse("[checkers.spread]\n"
                            "max_ratio = 2.5\n"
                            "severity = \"high\"\n"
                            "[checkers.spread.tolerance]\n"
                            "relative = 1\n"
                            "metrics = [\"deaths\", \"injuries\"]\n"
                            "strict = true\n");
    const auto entries = config_from_toml(toml::find(root, "checkers", "spread"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 5);
    CHECK((*entries)[0].key == "max_ratio");
    CHECK((*entries)[0].value.type == ConfigValue::Type::number);
    CHECK((*entries)[0].value.number == 2.5);
    CHECK((*entries)[0].origin == "rules/checkers.toml:2:13");
    CHECK((*entries)[1].key == "severity");
    CHECK((*entries)[1].value.string == "high");
    CHECK((*entries)[2].key == "tolerance.metrics");
    CHECK((*entries)[2].value.type == ConfigValue::Type::array);
    REQUIRE((*entries)[2].value.items.size() == 2);
    CHECK((*entries)[2].value.items[1].string == "injuries");
    CHECK((*entries)[3].key == "tolerance.relative");
    CHECK((*entries)[3].value.type == ConfigValue::Type::integer);
    CHECK((*entries)[3].value.integer == 1);
    CHECK((*entries)[4].key == "tolerance.strict");
    CHECK((*entries)[4].value.boolean);
}

TEST_CASE("checker config: dates are refused with the key and place", "[rules]") {
    const auto root = parse("[checkers.spread]\nsince = 2023-09-19\n");
    const auto entries = config_from_toml(toml::find(root, "checkers", "spread"));
    REQUIRE_FALSE(entries);
    CHECK(entries.error().to_string() ==
          "rules/checkers.toml:2:9: 'since': dates and times are not supported in a plugin's "
          "configuration");
}

TEST_CASE("checker config: no section means no key", "[rules]") {
    const auto entries = config_from_toml(toml::value{});
    REQUIRE(entries);
    CHECK(entries->empty());
}
