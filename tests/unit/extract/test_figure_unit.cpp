// Phase 2: the unit a figure is stated in (host/extract/figure_unit.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

TEST_CASE("figure unit: a unit word right after a figure, or after 'of', names its unit",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::vector<std::string> units; ///< in the order the rules name them
        std::vector<double> factors;
        std::string slot_last; ///< the last word of figure and unit; "" = the figure
    };
    const std::vector<Row> rows = {
        {"125,000 kilograms of food", "125,000", {"tonnes"}, {0.001}, "kilograms"},
        {"2,500 kg of flour", "2,500", {"tonnes"}, {0.001}, "kg"},
        {"65 tonnes of fuel", "65", {"tonnes"}, {1}, "tonnes"},
        // The longest phrase wins.
        {"40 metric tons of medical supplies", "40", {"tonnes"}, {1}, "tons"},
        {"130,000 rounds of ammunition", "130,000", {"rounds"}, {1}, "rounds"},
        // "units" is a word of two units: both are kept, in the rules' order.
        {"130,000 units of ammunition", "130,000", {"items", "rounds"}, {1, 1}, "units"},
        {"tens of thousands of people fled", "tens of thousands", {"people"}, {1}, "people"},
        {"5,000 people crossed", "5,000", {"people"}, {1}, "people"},
        // A noun that counts people is a word of the people unit.
        {"More than 5,000 refugees crossed", "More than 5,000", {"people"}, {1}, "refugees"},
        {"125 bodies were recovered", "125", {"people"}, {1}, "bodies"},
        {"120 houses collapsed", "120", {"buildings"}, {1}, "houses"},
        // No unit word where one may stand.
        {"1,200 weapons were handed over", "1,200", {}, {}, ""},
        {"17 coaches derailed", "17", {}, {}, ""},
        {"12 of the people", "12", {}, {}, ""},
        {"30 wounded people", "30", {}, {}, ""},
    };
    const auto& units = shipped_phases().units;
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text);
        const std::size_t figure = s.figure(row.figure);
        const auto unit = units.unit_of(s.words, figure);
        std::vector<int> expected;
        for (const auto& name : row.units) {
            expected.push_back(units.index_of(name));
        }
        CHECK(unit.units == expected);
        CHECK(unit.factors == row.factors);
        CHECK(unit.slot_last == (row.slot_last.empty() ? figure : s.word(row.slot_last)));
    }
}

TEST_CASE("figure unit: unit names index the rules' units", "[extract]") {
    const auto& units = shipped_phases().units;
    CHECK(units.index_of("buildings") == 0); // the rules' units in name order
    CHECK(units.index_of("items") == 1);
    CHECK(units.index_of("tonnes") == 4);
    CHECK(units.index_of("furlongs") == -1);
}
