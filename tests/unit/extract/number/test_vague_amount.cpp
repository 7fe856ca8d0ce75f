// Vague amounts (host/extract/number/vague_amount.hpp).

#include "host/extract/number/vague_amount.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace crosscheck::extract::number;
using crosscheck::model::Qualifier;
using crosscheck::rules::NumberSemantics;

TEST_CASE("vague amounts: the rules' phrases, longest first, with a scale or a qualifier",
          "[extract]") {
    constexpr double k_open = std::numeric_limits<double>::quiet_NaN();
    struct Row {
        std::string text;                  ///< the phrase starts at its first word
        std::optional<std::string> amount; ///< what it covers; nullopt = none
        double low = 0;
        double high = 0;
        Qualifier qualifier = Qualifier::vague;
    };
    NumberSemantics semantics;
    semantics.vague_amounts = {{"dozens", 24, 99},
                               {"thousands", 2000, 9999},
                               {"tens of thousands", 20000, 99999},
                               {"several", 3, 9},
                               {"scores", 40, 99}};
    const std::vector<Row> rows = {
        {"dozens of people", "dozens", 24, 99},
        {"Dozens of people", "Dozens", 24, 99},
        {"tens of thousands of people", "tens of thousands", 20000, 99999},
        {"thousands fled", "thousands", 2000, 9999},
        {"several thousand people", "several thousand", 3000, 9000},
        {"several hundred people", "several", 3, 9}, // "hundred" is no scale word
        {"several million people", "several million", 3e6, 9e6},
        {"at least several thousand", "at least several thousand", 3000, k_open,
         Qualifier::at_least},
        {"up to dozens", "up to dozens", k_open, 99, Qualifier::at_most},
        {"about dozens", "about dozens", 24, 99}, // a hedge on a vague amount stays vague
        {"scores of people", "scores", 40, 99},
        {"he scores goals", std::nullopt},
        {"a dozen", std::nullopt},
    };
    const VagueTable& table = vague_table(semantics);
    const auto same = [](double expected, const std::optional<double>& got) {
        return std::isnan(expected) ? !got.has_value() : got && *got == expected;
    };
    for (const auto& row : rows) {
        INFO(row.text);
        std::vector<Token> tokens;
        tokenize(row.text, tokens);
        const TokenizedText t(row.text, tokens);
        std::size_t i = 0;
        while (i < tokens.size() &&
               (!table.may_start_at(t, i) || !read_vague_amount(t, i, table).has_value())) {
            ++i;
        }
        REQUIRE((i < tokens.size()) == row.amount.has_value());
        if (!row.amount) {
            continue;
        }
        const auto v = read_vague_amount(t, i, table);
        const std::size_t start = tokens[v->first].start;
        CHECK(row.text.substr(start, tokens[v->last - 1].end - start) == *row.amount);
        CHECK(v->value == (std::isnan(row.low) ? v->value : row.low));
        CHECK(same(row.low, v->low));
        CHECK(same(row.high, v->high));
        CHECK(v->qualifier == row.qualifier);
    }
}

TEST_CASE("vague amounts: the table is built once per set of phrases", "[extract]") {
    NumberSemantics a;
    a.vague_amounts = {{"dozens", 24, 99}};
    NumberSemantics b;
    b.vague_amounts = {{"scores", 40, 99}, {"dozens", 24, 99}};
    const VagueTable* first = &vague_table(a);
    CHECK(first->entries.size() == 1);
    CHECK(&vague_table(a) == first);
    CHECK(vague_table(b).entries.size() == 2);
    CHECK(vague_table(a).entries.size() == 1);
}
