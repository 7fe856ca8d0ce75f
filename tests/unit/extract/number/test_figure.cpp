// Figures before qualifiers and ranges: digit literals and number words
// (host/extract/number/figure.hpp, digit_literal.hpp, word_number.hpp).

#include "host/extract/number/figure.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace crosscheck::extract::number;

namespace {

struct Parsed {
    Figure figure;
    std::string text; ///< what it covers
};

// The figure at the token where `text` starts its byte `at`.
Parsed parse_at(const std::string& text, std::size_t at = 0) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    const TokenizedText t(text, tokens);
    std::size_t i = 0;
    while (i < tokens.size() && tokens[i].start < at) {
        ++i;
    }
    Parsed p{FigureParser(t).parse(i), {}};
    if (p.figure.valid && p.figure.last > p.figure.first) {
        p.text = text.substr(tokens[p.figure.first].start,
                             tokens[p.figure.last - 1].end - tokens[p.figure.first].start);
    }
    return p;
}

} // namespace

TEST_CASE("figures: digit literals", "[extract]") {
    struct Row {
        std::string text;
        std::string figure; ///< the text the figure covers
        double value;
        NumberKind kind = NumberKind::quantity;
    };
    const std::vector<Row> rows = {
        {"2,906 people", "2,906", 2906},
        {"1,234,567 views", "1,234,567", 1234567},
        {"12,34,567 rupees", "12,34,567", 1234567}, // Indian grouping
        {"5,00 euros", "5,00", 5},                  // a decimal comma
        {"1.111,11 euros", "1.111,11", 1111.11},
        {"816 000 t", "816 000", 816000},
        {"1.5 million", "1.5 million", 1.5e6},
        {".08 percent", ".08 percent", 0.08},
        {"1e10 atoms", "1e10", 1e10},
        {"12e-1", "12e-1", 1.2},
        {"1.3x10^6", "1.3x10^6", 1.3e6},
        {"2^10", "2^10", 1024},
        {"3/4 of them", "3/4", 0.75},
        {"2 1/4 miles", "2 1/4", 2.25},
        {"120k viewers", "120k", 120000},
        {"3bn loan", "3bn", 3e9},
        {"10 bln", "10 bln", 1e10},
        {"10kg", "10", 10}, // "kg" is no suffix
        {"12%", "12%", 12},
        {"12 per cent", "12 per cent", 12},
        {"192.168.1.2", "192.168.1.2", 192, NumberKind::ip_address},
        {"v 2.3.1", "2.3.1", 2, NumberKind::version},
        {"21/09/2023", "21/09/2023", 21, NumberKind::date},
        {"on 21/9", "21/9", 21, NumberKind::date},
        {"on 9/11", "9/11", 9.0 / 11}, // a fraction before a date
        {"2023-09-21", "2023-09-21", 2023, NumberKind::date},
        {"20:00", "20:00", 20, NumberKind::clock_time},
        {"8:30:15", "8:30:15", 8, NumberKind::clock_time},
        {"21st", "21st", 21, NumberKind::ordinal},
        {"the 1,000th day", "1,000th", 1000, NumberKind::ordinal},
        {"1,000 days", "1,000", 1000},
        {"the 1990s", "1990s", 1990, NumberKind::year},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto p = parse_at(row.text, row.text.find(row.figure));
        REQUIRE(p.figure.valid);
        CHECK(p.text == row.figure);
        CHECK(p.figure.value == Approx(row.value));
        CHECK(p.figure.kind == row.kind);
    }
}

TEST_CASE("figures: number words", "[extract]") {
    struct Row {
        std::string text;
        std::string figure;
        double value;
    };
    const std::vector<Row> rows = {
        {"two hundred and five died", "two hundred and five", 205},
        {"twenty-six people", "twenty-six", 26},
        {"a hundred soldiers", "a hundred", 100},
        {"a dozen eggs", "a dozen", 12},
        {"three dozens", "three dozens", 36},
        {"half a million people", "half a million", 5e5},
        {"a quarter million", "a quarter million", 2.5e5},
        {"three fifths of them", "three fifths", 0.6},
        {"a fifth of them", "a fifth", 0.2},
        {"one and a half tonnes", "one and a half", 1.5},
        {"3 million and a half", "3 million and a half", 3.5e6},
        {"two thirds of a million", "two thirds of a million", 2e6 / 3},
        {"nine point nought four", "nine point nought four", 9.04},
        {"4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", 4321},
        {"put the injured at 2 thousand 323.", "2 thousand 323", 2323},
        {"2 thousand, 300 fled", "2 thousand", 2000},
        {"in 3 million 2023 was", "3 million", 3e6},
        {"2 thousand 1500 more", "2 thousand", 2000},
        {"three lakh crore", "three lakh crore", 3e12},
        {"minus five", "minus five", -5},
        {"-4.5 degrees", "-4.5", -4.5},
        {"one over three.", "one over three", 1.0 / 3},
        // "and" that joins nothing is given back.
        {"3 hundred and 2 hundred", "3 hundred", 300},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto p = parse_at(row.text, row.text.find(row.figure));
        REQUIRE(p.figure.valid);
        CHECK(p.text == row.figure);
        CHECK(p.figure.value == Approx(row.value));
    }
}

TEST_CASE("figures: what is no figure", "[extract]") {
    struct Row {
        std::string text;
        std::size_t skip; ///< tokens the scan may skip (0: just this one)
    };
    const std::vector<Row> rows = {
        {"a fifth attack", 0}, // an ordinal, not a fraction
        {"an apple", 0},
        {"minus the rest", 0},
        {"SCP-173", 0},
        {"1e309", 3}, // past a double: skipped whole
        {std::string(400, '9'), 1},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        std::vector<Token> tokens;
        tokenize(row.text, tokens);
        const TokenizedText t(row.text, tokens);
        const std::size_t i = row.text == "SCP-173" ? 1 : 0;
        const Figure f = FigureParser(t).parse(i);
        CHECK_FALSE(f.valid);
        CHECK(f.skip == row.skip);
    }
}
