// Phase 4: a part of a total stated elsewhere (host/extract/subset.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

TEST_CASE("subset: a subset phrase right after the figure's slot or right before it marks a "
          "part",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        bool subset;
    };
    const std::vector<Row> rows = {
        {"Ten of the dead were civilians.", "Ten", true},
        {"12 of them were children.", "12", true},
        {"30 people of the wounded were children.", "30", true}, // after the unit word
        {"The dead, of whom 10 were children, were buried.", "10", true},
        {"They killed 40 people, including 10 children.", "10", true},
        {"Among them 4 soldiers.", "4", true},
        {"At least 200 people were killed.", "At least 200", false},
        {"200 people of the region died.", "200", false},
        {"They killed 40 people, including 10 children.", "40", false},
        // Not next to the figure.
        {"Of the dead, 10 were children.", "10", false},
        {"10 children were of the dead.", "10", false},
    };
    const auto& phases = shipped_phases();
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        const ReadSentence s(row.text);
        const std::size_t figure = s.figure(row.figure);
        const auto unit = phases.units.unit_of(s.words, figure);
        CHECK(phases.subsets.marks_subset(s.words, figure, unit.slot_last) == row.subset);
    }
}
