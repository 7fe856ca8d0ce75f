#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using rules::RuleText;

namespace {

// The minimum a metric needs: a unit table and the metric.
const char* k_base = R"([units.people]
words = { people = 1 }

[metrics.deaths]
unit = "people"
keywords = ["killed"]
)";

std::string first_error(std::vector<RuleText> texts) {
    const auto errors = rules::load(texts).errors;
    return errors.empty() ? std::string() : errors.front().to_string();
}

} // namespace

TEST_CASE("rules: the shipped defaults load", "[rules]") {
    const auto rules = rules::effective_extraction_rules();
    REQUIRE(rules);
    for (const char* metric :
         {"deaths", "injuries", "missing", "refugees", "displaced", "weapons_surrendered",
          "armoured_vehicles", "ammunition", "food_aid", "fuel", "aid", "population"}) {
        INFO(metric);
        CHECK(rules->find_metric(metric) != nullptr);
    }
    const auto* food = rules->find_metric("food_aid");
    REQUIRE(food);
    CHECK(food->unit == "tonnes");
    CHECK(food->require_unit);
    const auto* tonnes = rules->find_unit("tonnes");
    REQUIRE(tonnes);
    bool kilograms = false;
    for (const auto& w : tonnes->words) {
        kilograms = kilograms || (w.phrase == "kilograms" && w.factor == 0.001);
    }
    CHECK(kilograms);
    CHECK(rules->hash.size() == 64);
    CHECK_FALSE(rules->aliases.empty());
}

TEST_CASE("rules: errors carry file:line:col and the offending key", "[rules]") {
    struct Row {
        std::string toml;
        std::string error;
    };
    const std::vector<Row> rows = {
        {"[metrics.deaths]\nunit = \"people\"\nkeywrods = [\"killed\"]\n",
         "x.toml:3:12: unknown key 'keywrods' in [metrics.deaths] (did you mean 'keywords'?)"},
        {"[metrics.deaths]\nunit = 3\nkeywords = [\"killed\"]\n",
         "x.toml:2:8: 'unit' must be a string, not an integer"},
        {"[metrics.deaths]\nunit = \"people\"\nkeywords = \"killed\"\n",
         "x.toml:3:12: 'keywords' must be an array of strings, not a string"},
        {"[metrics.deaths]\nunit = \"people\"\nkeywords = [\"killed\", 2]\n",
         "x.toml:3:23: 'keywords' must hold only strings, not an integer"},
        {"[qualifiers]\napproximate_tolerance = 1.5\n",
         "x.toml:2:25: 'approximate_tolerance' must be a fraction in [0, 1), e.g. 0.1"},
        {"[qualifiers]\nvague_claims = 1\n",
         "x.toml:2:16: 'vague_claims' must be true or false, not an integer"},
        {"[vague]\ndozens = [99, 24]\n",
         "x.toml:2:10: vague amount 'dozens': low must be >= 0 and <= high"},
        {"[metricz.deaths]\nunit = \"people\"\n",
         "x.toml:1:1: unknown section [metricz] (did you mean [metrics]?)"},
        {"[units.tonnes]\nwords = { kg = -1 }\n", "x.toml:2:16: unit word 'kg' needs a factor > 0"},
        {"[time]\nlocal_offset = \"+4\"\n",
         "x.toml:2:16: 'local_offset' must be \"UTC\" or \"+HH:MM\"/\"-HH:MM\""},
        {"[metrics.refugees]\nunit = \"people\"\n",
         "x.toml:1:1: [metrics.refugees] needs 'keywords', e.g. keywords = [\"killed\"]"},
        {"[metrics.deaths\n", "x.toml:1:"},
    };
    for (const auto& row : rows) {
        INFO(row.toml);
        const std::string error = first_error({{"base.toml", k_base}, {"x.toml", row.toml}});
        CHECK(error.substr(0, row.error.size()) == row.error);
    }
}

TEST_CASE("rules: a metric naming an unknown unit is an error", "[rules]") {
    const std::string error =
        first_error({{"base.toml", k_base},
                     {"x.toml", "[metrics.fuel]\nunit = \"litres\"\nkeywords = [\"fuel\"]\n"}});
    CHECK(error.find("x.toml:1:") == 0);
    CHECK(error.find("names unit 'litres', which no [units] table defines") != std::string::npos);
}

TEST_CASE("rules: later files extend and override earlier ones", "[rules]") {
    const auto rules =
        rules::extraction_rules({{"base.toml", k_base}, {"case.toml", R"([metrics.deaths]
keywords = ["killed", "slain"]
cumulative = true

[metrics.detained]
unit = "people"
keywords = ["detained"]

[qualifiers]
approximate_tolerance = 0.2
)"}});
    REQUIRE(rules);
    REQUIRE(rules->metrics.size() == 2);
    const auto* deaths = rules->find_metric("deaths");
    REQUIRE(deaths);
    CHECK(deaths->unit == "people"); // kept from the defaults
    CHECK(deaths->cumulative);
    CHECK(deaths->keywords == std::vector<std::string>{"killed", "slain"});
    CHECK(rules->find_metric("detained") != nullptr);
    CHECK(rules->numbers.approximate_tolerance == 0.2);

    const auto disabled = rules::extraction_rules(
        {{"base.toml", k_base}, {"case.toml", "[metrics.deaths]\nenabled = false\n"}});
    REQUIRE(disabled);
    CHECK(disabled->metrics.empty());
}

TEST_CASE("rules: the hash changes with the rules", "[rules]") {
    const auto a = rules::extraction_rules({{"base.toml", k_base}});
    const auto b = rules::extraction_rules({{"base.toml", std::string(k_base) + "# comment\n"}});
    const auto a2 = rules::extraction_rules({{"base.toml", k_base}});
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a2);
    CHECK(a->hash != b->hash);
    CHECK(a->hash == a2->hash);
}

TEST_CASE("rules: a missing rule path is an error", "[rules]") {
    const auto texts = rules::read_rule_files("/nonexistent/rules.toml");
    REQUIRE_FALSE(texts);
    CHECK(texts.error().message == "rule file '/nonexistent/rules.toml' does not exist");
}
