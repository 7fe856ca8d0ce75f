// The check sections of the rules: [checkers], [checks], [policy], [sides],
// through rules::load.
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using crosscheck::rules::RuleText;

namespace {

// The value of `key` in a checker's configuration, or nullptr.
const crosscheck::model::ConfigValue* value_of(const crosscheck::model::CheckerConfig& config,
                                               const std::string& key) {
    const auto it =
        std::find_if(config.begin(), config.end(), [&](const auto& e) { return e.key == key; });
    return it == config.end() ? nullptr : &it->value;
}

} // namespace

TEST_CASE("check rules: per-metric overrides merge over checker defaults", "[rules]") {
    const std::vector<RuleText> texts = {{"defaults.toml", R"(
[checkers.interval_conflict]
window_hours = 24
relative_tolerance = 0.05

[checks.deaths]
checkers = ["interval_conflict", "transcription"]
[checks.deaths.interval_conflict]
window_hours = 12
)"},
                                         {"case.toml", R"(
[checks.deaths.interval_conflict]
relative_tolerance = 0.1
[policy]
cross_side_ceiling = "info"
[sides]
"Armenian officials" = "armenian"
)"}};
    const auto loaded = crosscheck::rules::load(texts);
    REQUIRE(loaded.errors.empty());
    const auto& plan = loaded.plan;
    REQUIRE(plan.by_metric.contains("deaths"));
    const auto& deaths = plan.by_metric.at("deaths");
    REQUIRE(deaths.size() == 2);
    CHECK(deaths[0].checker == "interval_conflict");
    REQUIRE(value_of(deaths[0].config, "window_hours") != nullptr);
    CHECK(value_of(deaths[0].config, "window_hours")->integer == 12);
    REQUIRE(value_of(deaths[0].config, "relative_tolerance") != nullptr);
    CHECK(value_of(deaths[0].config, "relative_tolerance")->number == 0.1);
    // Each value keeps the place it was written: the override in case.toml.
    const auto tolerance =
        std::find_if(deaths[0].config.begin(), deaths[0].config.end(),
                     [](const auto& e) { return e.key == "relative_tolerance"; });
    CHECK(tolerance->origin == "case.toml:3:22");
    CHECK(deaths[1].checker == "transcription");
    CHECK(deaths[1].config.empty());
    CHECK(deaths[0].where.to_string() == "defaults.toml:7:13");
    CHECK(plan.cross_side_ceiling == "info");
    CHECK(plan.attribution_sides.at("Armenian officials") == "armenian");
}

TEST_CASE("check rules: problems carry file:line:col", "[rules]") {
    struct Row {
        const char* text;
        const char* expected;
    };
    const Row rows[] = {
        {"[checks.deaths]\ncheckers = \"interval_conflict\"\n",
         "bad.toml:2:12: 'checkers' must be an array of checker names"},
        {"[checks.deaths]\ncheckerz = [\"x\"]\n", "bad.toml:2:12: unknown key 'checkerz'"},
        {"[policy]\ncross_side_ceiling = \"lowish\"\n",
         "bad.toml:2:22: 'cross_side_ceiling' must be"},
        {"[policy]\nceiling = \"low\"\n", "bad.toml:2:11: unknown key 'ceiling' in [policy]"},
        {"[sides]\n\"Armenian officials\" = 3\n", "bad.toml:2:24: [sides] maps an attribution"},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto errors = crosscheck::rules::load({{"bad.toml", row.text}}).errors;
        REQUIRE(errors.size() == 1);
        CHECK_THAT(errors[0].to_string(), Catch::StartsWith(row.expected));
    }
}

TEST_CASE("check rules: a value no checker configuration can hold is a problem of the plan",
          "[rules]") {
    const auto loaded = crosscheck::rules::load({{"bad.toml", "[checkers.spread]\n"
                                                              "since = 2023-09-19\n"
                                                              "[checks.deaths]\n"
                                                              "checkers = [\"spread\"]\n"}});
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].to_string() ==
          "bad.toml:4:13: [checks.deaths] plugin 'spread': 'since': dates and times are not "
          "supported in a plugin's configuration");
    REQUIRE(loaded.plan.by_metric.at("deaths").size() == 1);
    CHECK(loaded.plan.by_metric.at("deaths")[0].config.empty());
}
