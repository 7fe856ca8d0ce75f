// Words by stem (host/extract/stemmer.hpp) and rule phrases matched stem by
// stem (host/extract/lexicon.hpp).

#include "host/extract/lexicon.hpp"
#include "host/extract/stemmer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::extract;

TEST_CASE("stemmer: inflections share a stem, other words keep theirs", "[extract]") {
    struct Row {
        std::string word;
        std::string stem;
    };
    const std::vector<Row> rows = {
        {"killed", "kill"},
        {"killing", "kill"},
        {"kills", "kill"},
        {"residents", "resid"},
        {"residing", "resid"},
        {"evacuated", "evacu"},
        {"evacuation", "evacu"},
        {"crossed", "cross"},
        {"crossing", "cross"},
        {"fleeing", "flee"},
        {"dying", "die"},
        {"died", "die"},
        {"bodies", "bodi"},
        {"body", "bodi"},
        {"casualties", "casualti"},
        {"injuries", "injuri"},
        {"civilians", "civilian"},
        // Not stemmed: short words, digits, apostrophes.
        {"in", "in"},
        {"'s", "'s"},
        {"1988-1994", "1988-1994"},
        {"u.s", "u.s"},
    };
    Stemmer stemmer;
    for (const auto& row : rows) {
        INFO(row.word);
        CHECK(std::string(stemmer.stem(row.word)) == row.stem);
    }
}

TEST_CASE("stemmer: a phrase is stemmed word by word", "[extract]") {
    CHECK(stem_words("Lost their  Lives") == "lost their life");
    CHECK(stem_words("crossed from") == "cross from");
    CHECK(stem_words("Armenia’s government") == "armenia 's govern");
    CHECK(stem_words("") == "");
}

TEST_CASE("stemmer: the prefix filter never turns away a word whose stem it holds", "[extract]") {
    // Every word, its stem added: the filter must let the word through.
    const std::vector<std::string> words = {
        "killed",  "dying",    "lying", "tying",     "skies",   "injuries", "evacuated",
        "kg",      "t",        "as",    "residents", "fleeing", "arrivals", "homeless",
        "reports", "children", "men",   "women",     "tonnes",  "bodies",   "survivors"};
    Stemmer stemmer;
    for (const auto& word : words) {
        StemPrefixes prefixes;
        prefixes.add(stemmer.stem(word));
        INFO(word);
        CHECK(prefixes.may_match(word));
    }
    StemPrefixes none;
    CHECK_FALSE(none.may_match("killed"));
    StemPrefixes kill;
    kill.add("kill");
    CHECK_FALSE(kill.may_match("weapons"));
}

TEST_CASE("stemmer: a rule phrase matches every inflection of its words", "[extract]") {
    struct Row {
        std::string phrase; ///< as a rule writes it
        std::string text;   ///< a sentence that must match it
        bool matches;
    };
    const std::vector<Row> rows = {
        {"killed", "The quake is killing hundreds", true},
        {"killed", "Two people were killed", true},
        {"residents", "the 120,000 Armenians residing in the region", true},
        {"crossed into", "people who had crossed into Armenia", true},
        {"crossed into", "people crossing into Armenia", true},
        {"crossed into", "people had crossed from Karabakh", false},
        {"evacuated", "the evacuation of 3,000 people", true},
        {"death toll", "the death tolls rose", true},
        {"death toll", "the toll of deaths", false},
        {"lost their lives", "300 people lost their lives", true},
        {"lost their lives", "300 people lost their homes", false},
    };
    for (const auto& row : rows) {
        INFO(row.phrase << " / " << row.text);
        PhraseTable table;
        table.add(row.phrase, PhraseKind::metric_keyword, 0);
        std::string buffer;
        std::vector<Token> tokens;
        tokenize(row.text, {}, buffer, tokens);
        Stemmer stemmer;
        std::string stems;
        table.assign_stems(tokens, stemmer, stems);
        std::vector<PhraseHit> hits;
        table.find_all(tokens, hits);
        CHECK(hits.empty() == !row.matches);
    }
}
