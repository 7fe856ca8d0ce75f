// Ranges of two figures and bounds that meet (host/extract/number/range.hpp).

#include "host/extract/number/context_classifier.hpp"
#include "host/extract/number/range.hpp"
#include "host/extract/number/scanner.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace crosscheck::extract::number;
using crosscheck::model::Qualifier;

TEST_CASE("ranges: two figures joined by a dash, 'to', 'or' or 'between ... and'", "[extract]") {
    struct Row {
        std::string text;
        std::string first;                ///< where the first figure starts
        std::optional<std::string> range; ///< the text the range covers; nullopt = none
        double low = 0;
        double high = 0;
        NumberKind kind = NumberKind::quantity;
    };
    const std::vector<Row> rows = {
        {"between 20 and 30 people", "20", "between 20 and 30", 20, 30},
        {"from 20 to 30 people", "20", "from 20 to 30", 20, 30},
        {"20-30 people", "20", "20-30", 20, 30},
        {"20 \u2013 30 people", "20", "20 \u2013 30", 20, 30},
        {"20 to 30 million", "20", "20 to 30 million", 20e6, 30e6},
        {"20 or 30 people", "20", "20 or 30", 20, 30},
        {"1988-1994", "1988", "1988-1994", 1988, 1994, NumberKind::year},
        {"from 1988 to 1994", "1988", "from 1988 to 1994", 1988, 1994, NumberKind::year},
        {"2012-13", "2012", "2012-13", 2012, 2013, NumberKind::year},
        {"1995-01", "1995", "1995-01", 1995, 1995, NumberKind::date},
        // Not ranges.
        {"rose from 20 to 30", "20", std::nullopt},
        {"30 to 20", "30", std::nullopt},
        {"10 bln or 10 tln", "10", std::nullopt},
        {"two or 3", "two", std::nullopt},
        {"20 to\n30", "20", std::nullopt},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        std::vector<Token> tokens;
        tokenize(row.text, tokens);
        const TokenizedText t(row.text, tokens);
        const FigureParser parser(t);
        std::size_t i = 0;
        while (i < tokens.size() && tokens[i].start < row.text.find(row.first)) {
            ++i;
        }
        const Figure a = parser.parse(i);
        REQUIRE(a.valid);
        const auto range = read_range(t, parser, a, classify_in_context(t, a));
        REQUIRE(range.has_value() == row.range.has_value());
        if (!range) {
            continue;
        }
        const std::size_t start = tokens[range->first].start;
        CHECK(row.text.substr(start, tokens[range->last - 1].end - start) == *row.range);
        CHECK(range->low == row.low);
        CHECK(range->high == row.high);
        CHECK(range->kind == row.kind);
    }
}

TEST_CASE("ranges: a lower and an upper bound joined by 'and', 'but' or a comma make one",
          "[extract]") {
    struct Row {
        std::string text;
        std::size_t mentions;
        double low;
        double high;
    };
    const std::vector<Row> rows = {
        {"more than 100 and less than 300", 1, 100, 300},
        {"at most 300 but at least 20", 1, 20, 300},
        {"over 100, under 300", 1, 100, 300},
        {"more than 300 and less than 100", 2, 300, 300}, // no overlap: two figures
        {"more than 100 and more than 300", 2, 100, 100},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto ms = find_numbers(row.text);
        REQUIRE(ms.size() == row.mentions);
        CHECK(ms[0].low == row.low);
        if (row.mentions == 1) {
            CHECK(ms[0].qualifier == Qualifier::range);
            CHECK(ms[0].high == row.high);
            CHECK(ms[0].text == row.text);
        }
    }
}
