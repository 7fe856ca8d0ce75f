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
        {"29 of the 295 people killed are still waiting.", "29", true},
        {"29 of the 295 people killed are still waiting.", "295", false},
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

TEST_CASE("subset: an increment counts what was added, not the total", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        bool adds_to_previous; ///< the claim before it has the figure's metric
        bool subset;
    };
    const std::vector<Row> rows = {
        {"Three more bodies were found on Monday.", "Three", false, true},
        {"The storm killed about 170 more people elsewhere.", "about 170", false, true},
        {"The toll rose to 40,689, 47 more than on Saturday.", "47", true, true},
        {"The toll rose to 40,689, 47 more than on Saturday.", "40,689", false, false},
        {"More than 50 people have died.", "More than 50", false, false},
        // "another" adds to the figure before it only when that counts the same.
        {"Another 31 bodies were recovered on Sunday.", "31", true, true},
        {"A further 2,000 people fled.", "2,000", true, true},
        {"An additional 40 people were hurt.", "40", true, true},
        {"Another 10,000 people are still missing.", "10,000", false, false},
        {"Another day passed, and 300 people were killed.", "300", true, false},
    };
    const auto& phases = shipped_phases();
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        const ReadSentence s(row.text);
        const std::size_t figure = s.figure(row.figure);
        const auto unit = phases.units.unit_of(s.words, figure);
        CHECK(phases.subsets.marks_subset(s.words, figure, unit.slot_last, row.adds_to_previous) ==
              row.subset);
    }
}

TEST_CASE("subset: a state in the figure's clause makes what it counts a part", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        bool subset;
    };
    const std::vector<Row> rows = {
        {"Of those 275, he said, 88 bodies have been identified.", "88", true},
        {"With 187 bodies still unidentified, families wait.", "187", true},
        {"By then 793 passengers had gone home.", "793", true},
        {"The remaining 382 were still being treated.", "382", true},
        {"Medics declared 211 passengers dead at the spot.", "211", true},
        {"He said 78 bodies had been handed over by Sunday.", "78", true},
        {"He said 1,700 people had died in one of the two districts and 500 in the other.", "1,700",
         true},
        {"He said 1,700 people had died in one of the two districts and 500 in the other.", "500",
         true},
        // The whole a part is taken from, and the state of another clause.
        {"He added that 88 of the 275 bodies had been identified.", "275", false},
        {"Of the 275, he said, 88 bodies have been identified.", "275", false},
        {"In all 1,175 injured people were referred to hospitals.", "1,175", false},
        {"The toll stands at 288, and 88 bodies have been identified.", "288", false},
        // Too far from the figure.
        {"288 people were killed in the crash near the station, officials who identified them "
         "said.",
         "288", false},
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
