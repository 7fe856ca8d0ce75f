// Phase 1: a sentence's figures and rule phrases (host/extract/sentence_words.hpp).

#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::PhraseKind;
using extract::testing::ReadSentence;

TEST_CASE("sentence words: only quantities that are not percentages are figures", "[extract]") {
    struct Row {
        std::string text;
        std::vector<std::string> figures; ///< the mentions' texts
    };
    const std::vector<Row> rows = {
        {"At least 12 people were killed and 30 wounded.", {"At least 12", "30"}},
        {"Fighters surrendered 1,200 weapons and 130,000 rounds.", {"1,200", "130,000"}},
        {"Dozens of people were injured.", {"Dozens"}},
        {"Between 1988 and 1994, the war killed tens of thousands of people.",
         {"tens of thousands"}},
        {"Fuel prices rose 12% this week.", {}},
        {"In 2020 the war lasted 44 days.", {}},
        {"Officials met at 10 a.m. on Sept. 21.", {}},
        {"No figures here.", {}},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const ReadSentence s(row.text);
        std::vector<std::string> figures;
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            if (s.words.is_figure(i)) {
                figures.push_back(s.words.mention_at(i).text);
            }
        }
        CHECK(figures == row.figures);
    }
}

TEST_CASE("sentence words: each rule phrase is found once, by its first and last token",
          "[extract]") {
    struct Row {
        std::string text;
        std::string first; ///< the phrase's first word
        std::string last;  ///< its last word
        PhraseKind kind;
    };
    const std::vector<Row> rows = {
        {"The death toll rose to 45.", "death", "toll", PhraseKind::metric_keyword},
        {"125,000 kilograms of food arrived.", "kilograms", "kilograms", PhraseKind::unit_word},
        {"40 metric tons of medical supplies", "metric", "tons", PhraseKind::unit_word},
        {"Ten of the dead were civilians.", "of", "dead", PhraseKind::subset_after},
        {"Ten of the dead were civilians.", "civilians", "civilians", PhraseKind::subject},
        {"The toll rose, according to Russian peacekeepers.", "according", "to",
         PhraseKind::source_prefix},
        {"Armenia’s government said 2,906 people had entered.", "said", "said",
         PhraseKind::speech_verb},
        {"Putting the exact figure at 100,417.", "exact", "figure", PhraseKind::anaphora},
        {"The first Artsakh war killed 30,000.", "first", "war", PhraseKind::period},
        {"A depot fire injured 20.", "depot", "fire", PhraseKind::event},
    };
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.first << " .. " << row.last);
        const ReadSentence s(row.text);
        const std::size_t first = s.word(row.first);
        std::size_t last = first;
        while (last < s.words.size() && s.words.token(last).text != row.last) {
            ++last;
        }
        REQUIRE(last < s.words.size());
        CHECK(s.words.starts_phrase(first, row.kind));
        CHECK(s.words.ends_phrase(last, row.kind));
        std::size_t found = 0;
        for (const auto& hit : s.words.hits()) {
            found += hit.kind == row.kind && hit.first == first && hit.last == last ? 1 : 0;
        }
        CHECK(found == 1);
    }
}

TEST_CASE("sentence words: mentions are relative to the sentence, crossing ones left out",
          "[extract]") {
    const std::string text = "First one. Then 27 people died. 12";
    const auto mentions = extract::number::find_numbers(text);
    const auto& phrases = extract::testing::shipped_phases().phrases;
    extract::SentenceWords words;
    std::size_t next = 0;
    // The second sentence, as the splitter gives it.
    words.read(text, extract::Sentence{11, 31, 0}, mentions, next, phrases);
    REQUIRE(words.mentions().size() == 1);
    CHECK(words.mentions()[0].text == "27");
    CHECK(words.mentions()[0].start == 5);
    CHECK(words.text().substr(words.mentions()[0].start, 2) == "27");
    // A sentence that ends inside a mention leaves it out.
    next = 0;
    words.read(text, extract::Sentence{0, 17, 0}, mentions, next, phrases);
    CHECK(words.mentions().empty());
}
