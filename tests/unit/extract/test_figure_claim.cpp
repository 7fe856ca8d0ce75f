// The last phase: the claim a bound figure makes (host/extract/figure_claim.hpp).

#include "host/extract/figure_claim.hpp"
#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;

TEST_CASE("figure claim: conversions are rounded to 12 significant digits", "[extract]") {
    struct Row {
        double value;
        double factor;
        double expected;
    };
    const std::vector<Row> rows = {
        {125000, 0.001, 125},
        {2500, 0.001, 2.5},
        {0.1, 3, 0.3},
        {27, 1, 27},
        {-400, 1, -400},
        {1.5e6, 1, 1.5e6},
        {123456789012, 1, 123456789012},
        {1234567890123, 1, 1234567890120}, // thirteen digits are rounded to twelve
        {0.1 + 0.2, 1, 0.3},
        {1e16, 0.001, 1e13}, // past 1e15: not rounded
    };
    for (const auto& row : rows) {
        INFO(row.value << " * " << row.factor);
        CHECK(extract::convert(row.value, row.factor) == row.expected);
    }
}

TEST_CASE("figure claim: quotes have their whitespace collapsed", "[extract]") {
    struct Row {
        std::string text;
        std::string quote;
    };
    const std::vector<Row> rows = {
        {"12 people  were\nkilled.", "12 people were killed."},
        {"  leading and trailing \t", "leading and trailing"},
        {"a\r\n\fb", "a b"},
        {"", ""},
    };
    for (const auto& row : rows) {
        CHECK(extract::collapse_whitespace(row.text) == row.quote);
    }
}

TEST_CASE("figure claim: code points are counted forward", "[extract]") {
    const std::string text = "Émile ™ 12";
    extract::CodePointCursor cursor(text);
    struct Row {
        std::size_t byte;
        std::size_t code_points;
    };
    const std::vector<Row> rows = {{0, 0}, {2, 1}, {7, 6}, {10, 7}, {11, 8}, {99, 10}};
    for (const auto& row : rows) {
        INFO("byte " << row.byte);
        CHECK(cursor.at(row.byte) == row.code_points);
    }
}

TEST_CASE("figure claim: value, interval, text and spans of the figure", "[extract]") {
    const ReadSentence s("Some 125,000 kilograms of food arrived.");
    const auto& rules = extract::testing::shipped_rules();
    const rules::Metric* food = rules.find_metric("food_aid");
    REQUIRE(food != nullptr);
    extract::CodePointCursor cursor("Some 125,000 kilograms of food arrived.");
    std::string quote;
    const auto claim =
        extract::figure_claim(*food, 0.001, s.words, s.figure("Some 125,000"), cursor, quote);
    CHECK(claim.metric == "food_aid");
    CHECK(claim.unit == "tonnes");
    CHECK(claim.value == 125);
    REQUIRE(claim.low.has_value());
    REQUIRE(claim.high.has_value());
    CHECK(*claim.low == Approx(112.5));
    CHECK(*claim.high == Approx(137.5));
    CHECK(claim.qualifier == model::Qualifier::approximately);
    CHECK(claim.text == "Some 125,000");
    // The sentence read here is the whole text.
    const model::TextSpan figure{0, 12};
    const model::TextSpan sentence{0, 39};
    CHECK(claim.span == figure);
    CHECK(claim.cp_span == figure);
    CHECK(claim.sentence == sentence);
    CHECK(quote == "Some 125,000 kilograms of food arrived.");
    CHECK(claim.quote == quote);
    CHECK(claim.key.empty());
    CHECK(claim.id == 0);
}
