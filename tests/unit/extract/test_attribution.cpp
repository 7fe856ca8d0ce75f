// Phase 5: who states a figure (host/extract/attribution.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::Attribution;
using extract::testing::ReadSentence;
using extract::testing::shipped_phases;

namespace {

std::vector<extract::Speaker> speakers_of(const ReadSentence& s) {
    std::vector<extract::Speaker> speakers;
    shipped_phases().attribution.find_speakers(s.words, speakers);
    return speakers;
}

} // namespace

TEST_CASE("attribution: the speaker of a figure is the nearest actor, else as written",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string carried; ///< the paragraph's speaker so far
        std::string attribution;
    };
    const std::vector<Row> rows = {
        {"Armenia's government said 2,906 people had entered the country.", "2,906", "",
         "Armenian government"},
        {"Some 13,000 refugees have now reached Armenia, the Armenian government said.",
         "Some 13,000", "", "Armenian government"},
        {"The toll rose to 45, according to Russian peacekeepers.", "45", "",
         "Russian peacekeepers"},
        // Aliases before actor patterns.
        {"Artsakh's ombudsman said 27 people had been killed.", "27", "", "Karabakh ombudsman"},
        // "in" belongs to a speaker before the verb.
        {"Russian peacekeepers in Nagorno-Karabakh said 1,200 weapons were handed over.", "1,200",
         "", "Russian peacekeepers"},
        // Fillers between speaker and verb are dropped.
        {"Armenia has reported more than 200 deaths.", "more than 200", "", "Armenian government"},
        // After the verb only with a determiner: ", said the health ministry".
        {"12 people were killed, said the health ministry.", "12", "", "health officials"},
        {"12 people were killed, said officials.", "12", "", ""},
        // No actor: the phrase as written, lower case, its determiner dropped.
        {"Local doctors said 30 people were wounded.", "30", "", "local doctors"},
        {"The ministry said on Monday that 12 people died.", "12", "", "ministry"},
        // The nearest actor, and an actor over a nearer phrase kept as written.
        {"Azerbaijan said 5 soldiers died, and Armenia said 7 died.", "5", "",
         "Azerbaijani government"},
        {"Azerbaijan said 5 soldiers died, and Armenia said 7 died.", "7", "",
         "Armenian government"},
        {"Witnesses said 30 people were wounded, the Armenian government said.", "30", "",
         "Armenian government"},
        // A pronoun refers to the paragraph's speaker.
        {"Ten of the dead were civilians, he said.", "Ten", "Karabakh ombudsman",
         "Karabakh ombudsman"},
        {"Ten of the dead were civilians, he said.", "Ten", "", ""},
        // No speaker: the outlet itself.
        {"At least 30 people were wounded.", "At least 30", "Karabakh ombudsman", ""},
        // A passive with no agent is no speaker.
        {"In Syria, 2,600 deaths have been reported.", "2,600", "", ""},
        {"More than 500 deaths were reported on Monday.", "More than 500", "", ""},
        // Nor a negation, nor a noun the verb's stem matches.
        {"Not counted in that total are 375 Syrians.", "375", "", ""},
        {"Yunus Sezer told reporters that 9 provinces were searched.", "9", "", "yunus sezer"},
        {"The toll was revised to 275 once double countings were removed.", "275", "", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        const ReadSentence s(row.text);
        CHECK(Attribution::attribution_for(speakers_of(s), s.figure(row.figure), row.carried) ==
              row.attribution);
    }
}

TEST_CASE("attribution: a speaker phrase is an actor, a pronoun, or kept as written", "[extract]") {
    struct Row {
        std::string phrase; ///< normalised, as the sentence's words give it
        std::string name;
        bool matched;
        bool pronoun;
    };
    const std::vector<Row> rows = {
        {"armenia 's government", "Armenian government", true, false},
        {"artsakh 's ombudsman", "Karabakh ombudsman", true, false},
        {"russia 's defence ministry", "Russian defence ministry", true, false},
        // The longest pattern wins: "azerbaijan's defence ministry" over "azerbaijan".
        {"azerbaijan 's defence ministry", "Azerbaijani defence ministry", true, false},
        {"armenian officials", "Armenian officials", true, false},
        {"he", "", false, true},
        {"the ministry", "", false, true},
        {"local doctors", "local doctors", false, false},
        {"karabakh 's mayor", "karabakh's mayor", false, false},
    };
    const auto& attribution = shipped_phases().attribution;
    for (const auto& row : rows) {
        INFO(row.phrase);
        const auto speaker = attribution.name_speaker(row.phrase, 3);
        CHECK(speaker.name == row.name);
        CHECK(speaker.matched == row.matched);
        CHECK(speaker.pronoun == row.pronoun);
        CHECK(speaker.token == 3);
    }
}

TEST_CASE("attribution: the paragraph's speaker is a sentence's first actor, else its last "
          "speaker",
          "[extract]") {
    struct Row {
        std::string text;
        std::string before;
        std::string after;
    };
    const std::vector<Row> rows = {
        {"Karabakh's ombudsman said 200 were killed.", "", "Karabakh ombudsman"},
        {"He said 10 were civilians.", "Karabakh ombudsman", "Karabakh ombudsman"},
        {"Local doctors said 30 were hurt.", "Karabakh ombudsman", "local doctors"},
        {"Witnesses said 3 died, Armenia said.", "", "Armenian government"},
        {"Armenia said 3 died, witnesses said.", "", "Armenian government"},
        {"Witnesses said 3 died, doctors said.", "", "doctors"},
        {"Three people died.", "local doctors", "local doctors"},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text);
        CHECK(Attribution::carried_speaker(speakers_of(s), row.before) == row.after);
    }
}
