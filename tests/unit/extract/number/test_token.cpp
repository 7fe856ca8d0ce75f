// The number scanner's tokens (host/extract/number/token.hpp).

#include "host/extract/number/token.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::extract::number;

namespace {

// Each token as <gap><type>:<text>, gaps as "" (glued), "_" (one space),
// "~" (narrow), "=" (wide), "/" (newline); types D digits, W word, S
// symbol, V vulgar fraction.
std::string describe(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    std::string out;
    for (const auto& t : tokens) {
        static constexpr const char* k_gaps[] = {"", "_", "~", "=", "/"};
        static constexpr char k_types[] = {'W', 'D', 'S', 'V'};
        if (!out.empty()) {
            out += ' ';
        }
        out += k_gaps[static_cast<int>(t.gap)];
        out += k_types[static_cast<int>(t.type)];
        out += ':';
        out += text.substr(t.start, t.end - t.start);
    }
    return out;
}

} // namespace

TEST_CASE("number tokens: words, digit runs and symbols, with the whitespace between them",
          "[extract]") {
    struct Row {
        std::string text;
        std::string tokens;
    };
    const std::vector<Row> rows = {
        {"1,234", "D:1 S:, D:234"},
        {"1.5 million", "D:1 S:. D:5 _W:million"},
        {"40\u2009000", "D:40 ~D:000"},
        {"40\u00a0000", "D:40 ~D:000"},
        {"40  000", "D:40 =D:000"},
        {"40\t000", "D:40 =D:000"},
        {"one\n\ntwo", "W:one /W:two"},
        {"twenty-six", "W:twenty S:- W:six"},
        {"120k", "D:120 W:k"},
        {"\u00bd of them", "V:\u00bd _W:of _W:them"},
        {"\u20ac5bn", "S:\u20ac D:5 W:bn"},
        {"5 \u2013 7", "D:5 _S:\u2013 _D:7"},
        {"\u2265 30", "S:\u2265 _D:30"},
        {"Émile 12", "W:Émile _D:12"},
        {"\xff 12", "W:\xff _D:12"},
        {"a\x01"
         "b",
         "W:a =W:b"},
        {"", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(describe(row.text) == row.tokens);
    }
}

TEST_CASE("number tokens: the lexicon knows what a word can be in a number", "[extract]") {
    struct Row {
        std::string word;
        Cardinal cardinal;
        Ordinal ordinal;
        double value;
        bool plural;
    };
    const std::vector<Row> rows = {
        {"seven", Cardinal::unit, Ordinal::none, 7, false},
        {"Twelve", Cardinal::teen, Ordinal::none, 12, false},
        {"forty", Cardinal::tens, Ordinal::none, 40, false},
        {"hundreds", Cardinal::hundred, Ordinal::none, 100, true},
        {"lakh", Cardinal::scale, Ordinal::none, 1e5, false},
        {"fifths", Cardinal::none, Ordinal::unit, 5, true},
        {"twentieth", Cardinal::none, Ordinal::tens, 20, false},
        {"millionth", Cardinal::none, Ordinal::scale, 1e6, false},
        {"nought", Cardinal::zero, Ordinal::none, 0, false},
    };
    for (const auto& row : rows) {
        INFO(row.word);
        const WordInfo* w = lookup_word(row.word);
        REQUIRE(w != nullptr);
        CHECK(w->cardinal == row.cardinal);
        CHECK(w->ordinal == row.ordinal);
        CHECK(w->value == row.value);
        CHECK(w->plural == row.plural);
    }
    CHECK(lookup_word("bn")->scale_suffix == 1e9);
    CHECK(lookup_word("half")->fraction_word);
    CHECK(lookup_word("dozens")->dozen);
    CHECK(lookup_word("weeks")->time_unit);
    CHECK(lookup_word("sept")->month);
    CHECK(lookup_word("since")->year_cue);
    CHECK(lookup_word("people") == nullptr);
    CHECK(lookup_word("seventeenseventeen") == nullptr); // longer than any entry
    CHECK(lookup_word("caf\xc3\xa9") == nullptr);
}
