// Phase 6: whose figure it is (host/extract/subject.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

namespace {

std::string x_words(std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += " x";
    }
    return out;
}

} // namespace

TEST_CASE("subject: the nearest subject keyword in the figure's clause", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string attribution;
        std::string subject; ///< "" = the story's main population
    };
    const std::vector<Row> rows = {
        {"Ten of the dead were civilians.", "Ten", "", "civilians"},
        {"The shelling killed 12 civilians and wounded 30.", "12", "", "civilians"},
        // The window is the clause, not the phrase: "and" does not end it.
        {"The shelling killed 12 civilians and wounded 30.", "30", "", "civilians"},
        {"Civilians, 30 were hurt.", "30", "", ""},
        {"civilians and 12 children", "12", "", "children"},
        {"5 Artsakh servicemen were killed.", "5", "", "armenian_forces"},
        {"40 Azerbaijani soldiers were wounded.", "40", "", "azerbaijani_forces"},
        {"At least 200 people were killed.", "At least 200", "", ""},
        // A subject another figure heads is that figure's, unless this one
        // leaves its noun unsaid.
        {"He said 12 civilians were among the 104 people killed.", "104", "", ""},
        {"He said 12 civilians were among the 104 people killed.", "12", "", "civilians"},
        // A possessive counts only for the party that says it.
        {"192 of its servicemen had been killed.", "192", "Azerbaijani defence ministry",
         "azerbaijani_forces"},
        {"192 of its servicemen had been killed.", "192", "Armenian government", "armenian_forces"},
        {"192 of its servicemen had been killed.", "192", "Karabakh ombudsman", "armenian_forces"},
        {"192 of its servicemen had been killed.", "192", "local doctors", ""},
        {"192 of its servicemen had been killed.", "192", "", ""},
        // Eight words to the left, six after the unit phrase.
        {"civilians" + x_words(7) + " 12", "12", "", "civilians"},
        {"civilians" + x_words(8) + " 12", "12", "", ""},
        {"12 people" + x_words(5) + " civilians", "12", "", "civilians"},
        {"12 people" + x_words(6) + " civilians", "12", "", ""},
    };
    const auto& phases = shipped_phases();
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure << " said by '" << row.attribution << "'");
        const ReadSentence s(row.text);
        const std::size_t figure = s.figure(row.figure);
        const auto unit = phases.units.unit_of(s.words, figure);
        CHECK(phases.subjects.subject_of(s.words, figure, unit.slot_last, row.attribution) ==
              row.subject);
    }
}
