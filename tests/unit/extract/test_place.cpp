// Phase 6b, per figure: the place a figure is stated for
// (host/extract/place.hpp), under the shipped rules plus a case file
// naming places as a user would.

#include "tests/unit/extract/phase_fixture.hpp"

#include "host/rules/rule_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::Phases;
using extract::testing::ReadSentence;

namespace {

const rules::RuleSet& rules_with_places() {
    static const rules::RuleSet rules = [] {
        auto texts = rules::read_effective_rule_files();
        if (!texts) {
            FAIL(texts.error().to_string());
        }
        texts->push_back({"places.toml", R"toml(
[places.derna]
aliases = ["Derna", "the city"]
[places.benghazi]
aliases = ["Benghazi"]
[places.libya]
aliases = ["Libya", "eastern Libya"]
[places.turkey]
aliases = ["Turkey", "Turkiye"]
[places.syria]
aliases = ["Syria"]
[places.provinces]
aliases = ["the affected provinces"]
)toml"});
        auto loaded = rules::extraction_rules(*texts);
        if (!loaded) {
            FAIL(loaded.error().to_string());
        }
        return std::move(*loaded);
    }();
    return rules;
}

const Phases& place_phases() {
    static const Phases phases(rules_with_places());
    return phases;
}

// The token of the figure whose mention holds `digits` ("At least 5,300").
std::size_t figure_holding(const ReadSentence& s, const std::string& digits) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (s.words.token(i).mention >= 0 &&
            s.words.mention_at(i).text.find(digits) != std::string::npos) {
            return i;
        }
    }
    FAIL("no figure '" << digits << "'");
    return 0;
}

} // namespace

TEST_CASE("place: the preposition phrase nearest the figure names its place", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        std::string place;
    };
    const std::vector<Row> rows = {
        {"At least 5,300 people died in Derna.", "5,300", "derna"},
        {"In Derna, 5,300 people died.", "5,300", "derna"},
        {"The toll in the city rose to 11,300.", "11,300", "derna"},
        {"Turkiye's AFAD said 40,000 people died in Turkey alone.", "40,000", "turkey"},
        // Each figure takes the place nearest to it.
        {"At least 5,300 died in Derna and 170 in Benghazi.", "5,300", "derna"},
        {"At least 5,300 died in Derna and 170 in Benghazi.", "170", "benghazi"},
        // Several places together are one combined place, names sorted.
        {"More than 50,000 people were killed in Turkey and Syria.", "50,000", "syria+turkey"},
        {"Across Turkey, Syria and Libya, 60,000 died.", "60,000", "libya+syria+turkey"},
        {"In Derna and the city, 5,300 died.", "5,300", "derna"},
        {"Across the affected provinces, 1.5 million people were displaced.", "1.5 million",
         "provinces"},
        // The rest of a place, less the part stated beside it.
        {"Another 170 people died elsewhere in Libya.", "170", "libya/elsewhere"},
        {"Another 170 people died elsewhere in the country.", "170", "elsewhere"},
        // An adjective between the preposition and the place.
        {"In neighbouring Syria, more than 5,500 deaths were confirmed.", "5,500", "syria"},
        // A place opening a clause of figures holds for the figures after it.
        {"Derna has 5,300 dead and 2,000 injured, Benghazi 170 dead and 90 injured.", "2,000",
         "derna"},
        {"Derna has 5,300 dead and 2,000 injured, Benghazi 170 dead and 90 injured.", "170",
         "benghazi"},
        {"Derna has 5,300 dead and 2,000 injured; Benghazi 170 dead.", "170", "benghazi"},
        // A possessive before a metric keyword.
        {"It brings Syria's death toll to at least 3,688.", "3,688", "syria"},
        // No preposition, or no place of the rules: no place.
        {"Officials in Ankara said Turkey had a plan for 40,000 tents.", "40,000", ""},
        {"Turkey's disaster agency said 40,000 people died.", "40,000", ""},
        {"About 30,000 people fled from Derna.", "30,000", ""},
        {"At least 5,300 people died in the flood.", "5,300", ""},
    };
    const auto& phases = place_phases();
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text, phases);
        CHECK(phases.places.place_of(s.words, figure_holding(s, row.figure)) == row.place);
    }
}

TEST_CASE("place: rules without places give every figure no place", "[extract]") {
    const auto& phases = extract::testing::shipped_phases();
    const ReadSentence s("At least 5,300 people died in Derna.");
    CHECK(phases.places.place_of(s.words, figure_holding(s, "5,300")).empty());
}
