// Phase 3: how a figure gets its metric (host/extract/metric_binding.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

namespace {

// The metric `figure` binds to in `text` ("" for none), after a claim of
// `previous` ("" for none) in the same paragraph.
std::string metric_of(const std::string& text, const std::string& figure,
                      const std::string& previous = "") {
    const auto& phases = shipped_phases();
    const ReadSentence s(text);
    const std::size_t token = s.figure(figure);
    std::optional<std::size_t> previous_metric;
    for (std::size_t m = 0; m < phases.rules.metrics.size(); ++m) {
        if (phases.rules.metrics[m].name == previous) {
            previous_metric = phases.metrics.referent(m);
        }
    }
    const auto unit = phases.units.unit_of(s.words, token);
    const auto binding = phases.metrics.bind(s.words, token, unit, previous_metric);
    return binding ? phases.rules.metrics[binding->metric].name : std::string();
}

std::string words(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += "x ";
    }
    return out;
}

} // namespace

TEST_CASE("metric binding: a figure takes the nearest compatible keyword in its clause",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string metric; ///< "" = no claim
    };
    const std::vector<Row> rows = {
        {"200 people were killed", "200", "deaths"},
        {"The shelling killed at least 27 people.", "at least 27", "deaths"},
        {"The death toll rose to 45 on Tuesday.", "45", "deaths"},
        {"Officials put the death toll at 2,000, with 400 people injured.", "2,000", "deaths"},
        {"Officials put the death toll at 2,000, with 400 people injured.", "400", "injuries"},
        {"Armenia has reported more than 200 deaths and 400 injuries.", "more than 200", "deaths"},
        {"Armenia has reported more than 200 deaths and 400 injuries.", "400", "injuries"},
        {"Rescuers said 17 people remain missing.", "17", "missing"},
        {"2,906 people had entered the country from the region.", "2,906", "refugees"},
        {"The town, home to 15,000 residents, was shelled.", "15,000", "population"},
        {"Fighters surrendered 1,200 weapons and 130,000 rounds of ammunition.", "1,200",
         "weapons_surrendered"},
        {"Fighters surrendered 1,200 weapons and 130,000 rounds of ammunition.", "130,000",
         "ammunition"},
        {"27 people, two of them civilians, had been killed", "27", "deaths"},
        // Equal distance: the keyword to the right wins.
        {"killed 7 wounded", "7", "injuries"},
        // A unit word restricts the metrics to its unit; a metric that
        // requires a unit takes no bare figure.
        {"A convoy delivered 2,500 kg of flour.", "2,500", "food_aid"},
        {"The hospital received 40 metric tons of medical supplies.", "40", "aid"},
        {"They handed in 12 units of weapons.", "12", "weapons_surrendered"},
        {"They handed in 4 units of ammunition.", "4", "ammunition"},
        {"125,000 kilograms of weapons", "125,000", ""},
        {"Some 65 trucks of fuel waited at the border.", "Some 65", ""},
        // No keyword, or none close enough.
        {"Page views: 1,234,567", "1,234,567", ""},
        {"Peacekeepers sheltered several thousand civilians at their base.", "several thousand",
         ""},
        {"killed " + words(20) + "7", "7", "deaths"},
        {"killed " + words(21) + "7", "7", ""},
        {"7 " + words(20) + "killed", "7", "deaths"},
        {"7 " + words(21) + "killed", "7", ""},
        // Auxiliaries cost nothing, "and" as much as a comma: the keyword of
        // the figure's own verb wins over the previous figure's.
        {"More than 50 people have died and as many as 350 have been injured.", "as many as 350",
         "injuries"},
        {"At least 2,300 people dead and 10,000 thought to be missing.", "10,000", "missing"},
        {"At least 528 people have lost their lives and more than 4,500 have been hurt.",
         "more than 4,500", "injuries"},
        {"At least 528 people have lost their lives and more than 4,500 have been hurt.",
         "At least 528", "deaths"},
        {"killed " + words(10) + "have been have been 7", "7", "deaths"},
        // A comma costs two words, a strong break five.
        {"killed, " + words(18) + "7", "7", "deaths"},
        {"killed, " + words(19) + "7", "7", ""},
        {"killed; " + words(15) + "7", "7", "deaths"},
        {"killed; " + words(16) + "7", "7", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        CHECK(metric_of(row.text, row.figure) == row.metric);
    }
}

TEST_CASE("metric binding: keywords match their inflections by stem", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string metric;
    };
    const std::vector<Row> rows = {
        {"the approximately 120,000 Armenians residing in the region", "approximately 120,000",
         "population"},
        {"13,400 people had crossed from Karabakh by noon", "13,400", "refugees"},
        {"some 3,000 people were evacuated from the coast", "some 3,000", "displaced"},
        {"about 700 people were injuring themselves", "about 700", "injuries"},
        {"the floods killing 11,300 people", "11,300", "deaths"},
        {"the quake claimed 300 lives", "300", "deaths"},
        {"79 people lost their lives", "79", "deaths"},
    };
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        CHECK(metric_of(row.text, row.figure) == row.metric);
    }
}

TEST_CASE("metric binding: casualties count the killed and injured together", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string metric;
    };
    const std::vector<Row> rows = {
        {"tens of thousands of casualties and over a million displaced", "tens of thousands",
         "casualties"},
        {"tens of thousands of casualties and over a million displaced", "over a million",
         "displaced"},
        {"The clashes left 1,200 dead and injured.", "1,200", "casualties"},
        {"The clashes left 1,200 dead and 300 injured.", "1,200", "deaths"},
        {"The clashes left 1,200 dead and 300 injured.", "300", "injuries"},
    };
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        CHECK(metric_of(row.text, row.figure) == row.metric);
    }
}

TEST_CASE("metric binding: an anaphora keyword takes the paragraph's previous metric",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string previous;
        std::string metric;
    };
    const std::vector<Row> rows = {
        {"Officials put the total at 5,000.", "5,000", "deaths", "deaths"},
        {"Officials put the total at 5,000.", "5,000", "refugees", "refugees"},
        {"Officials put the total at 5,000.", "5,000", "", ""},
        // A metric in another unit is not compatible with the figure's unit.
        {"The total reached 65 tonnes.", "65", "deaths", ""},
        {"The total reached 65 tonnes.", "65", "fuel", "fuel"},
        // A keyword nearer than the anaphora wins.
        {"The tally of 30 dead", "30", "refugees", "deaths"},
    };
    for (const auto& row : rows) {
        INFO(row.text << " after " << row.previous);
        CHECK(metric_of(row.text, row.figure, row.previous) == row.metric);
    }
}

TEST_CASE("metric binding: the factor converts the figure to the metric's unit", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        double factor;
    };
    const std::vector<Row> rows = {
        {"125,000 kilograms of food", "125,000", 0.001},
        {"65 tonnes of fuel", "65", 1},
        {"200 people were killed", "200", 1},
        {"1,200 weapons", "1,200", 1},
    };
    const auto& phases = shipped_phases();
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text);
        const std::size_t token = s.figure(row.figure);
        const auto binding =
            phases.metrics.bind(s.words, token, phases.units.unit_of(s.words, token), {});
        REQUIRE(binding.has_value());
        CHECK(binding->factor == row.factor);
    }
}

TEST_CASE("metric binding: clause costs", "[extract]") {
    using extract::Token;
    using extract::TokenKind;
    struct Row {
        TokenKind kind;
        int cost;
    };
    const std::vector<Row> rows = {
        {TokenKind::word, 1},         {TokenKind::other_number, 1}, {TokenKind::comma, 2},
        {TokenKind::strong_punct, 5}, {TokenKind::quantity, 8},
    };
    for (const auto& row : rows) {
        Token t;
        t.kind = row.kind;
        CHECK(extract::clause_cost(t) == row.cost);
    }
}
