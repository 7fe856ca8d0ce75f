// Qualifiers before and after a figure, and the intervals they make
// (host/extract/number/qualifier_phrases.hpp).

#include "host/extract/number/qualifier_phrases.hpp"

#include <catch2/catch.hpp>

#include <limits>
#include <optional>
#include <string>
#include <vector>

using namespace crosscheck::extract::number;
using crosscheck::model::Qualifier;
using crosscheck::rules::NumberSemantics;

namespace {

struct Tokens {
    explicit Tokens(std::string s) : text(std::move(s)) { tokenize(text, tokens); }
    Tokens(const Tokens&) = delete;
    Tokens& operator=(const Tokens&) = delete;

    [[nodiscard]] TokenizedText view() const { return {text, tokens}; }
    // The first token at or after byte `at`.
    [[nodiscard]] std::size_t at(std::size_t byte) const {
        std::size_t i = 0;
        while (i < tokens.size() && tokens[i].start < byte) {
            ++i;
        }
        return i;
    }

    std::string text;
    std::vector<Token> tokens;
};

} // namespace

TEST_CASE("qualifiers: the longest prefix right before a figure, stacked ones too", "[extract]") {
    struct Row {
        std::string text; ///< a prefix, then the figure "200"
        Qualifier nearest;
        std::string prefix; ///< the text the prefixes cover; "" = none
    };
    const std::vector<Row> rows = {
        {"more than 200", Qualifier::more_than, "more than"},
        {"no fewer than 200", Qualifier::at_least, "no fewer than"},
        {"greater than or equal to 200", Qualifier::at_least, "greater than or equal to"},
        {"in excess of 200", Qualifier::more_than, "in excess of"},
        {"up to 200", Qualifier::at_most, "up to"},
        {"nearly 200", Qualifier::nearly, "nearly"},
        {"an estimated 200", Qualifier::approximately, "an estimated"},
        {">= 200", Qualifier::at_least, ">="},
        {"\u2264 200", Qualifier::at_most, "\u2264"},
        {"exactly 200", Qualifier::none, "exactly"},
        {"about more than 200", Qualifier::more_than, "about more than"},
        {"killed 200", Qualifier::none, ""},
        // Not hedges: a suggestion, a phrasal verb's particle.
        {"how about 200", Qualifier::none, ""},
        {"they handed over 200", Qualifier::none, ""},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const Tokens t(row.text);
        const std::size_t figure = t.at(row.text.find("200"));
        const auto prefix = stacked_prefix(t.view(), figure);
        if (row.prefix.empty()) {
            CHECK_FALSE(prefix.has_value());
            continue;
        }
        REQUIRE(prefix.has_value());
        CHECK(prefix->nearest == row.nearest);
        CHECK(row.text.substr(t.tokens[prefix->start].start,
                              t.tokens[figure - 1].end - t.tokens[prefix->start].start) ==
              row.prefix);
    }
}

TEST_CASE("qualifiers: a postfix after a figure unless another figure follows", "[extract]") {
    struct Row {
        std::string text; ///< the figure "200", then a postfix
        std::optional<Qualifier> qualifier;
    };
    const std::vector<Row> rows = {
        {"200 or more", Qualifier::at_least},
        {"200 or less", Qualifier::at_most},
        {"200 and above", Qualifier::at_least},
        {"200-odd", Qualifier::approximately},
        {"200 odd", Qualifier::approximately},
        {"200+", Qualifier::at_least},
        {"200 or so", Qualifier::approximately},
        {"200 or less than 600", std::nullopt},
        {"200 or more than", Qualifier::at_least},
        {"200 and more or less", std::nullopt},
        {"200 + 3", std::nullopt},
        {"200 people", std::nullopt},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const Tokens t(row.text);
        const TokenizedText view = t.view();
        const FigureParser parser(view);
        const Figure f = parser.parse(0);
        REQUIRE(f.valid);
        const auto postfix = postfix_qualifier(view, parser, f, f.last);
        CHECK(postfix.has_value() == row.qualifier.has_value());
        if (postfix && row.qualifier) {
            CHECK(postfix->qualifier == *row.qualifier);
        }
    }
    // "-odd" after a figure below ten is no hedge ("5-odd" is not "about 5").
    const Tokens small("5-odd");
    const TokenizedText view = small.view();
    const FigureParser parser(view);
    CHECK_FALSE(postfix_qualifier(view, parser, parser.parse(0), 1).has_value());
}

TEST_CASE("qualifiers: each qualifier's interval under the rules' semantics", "[extract]") {
    constexpr double k_open = std::numeric_limits<double>::quiet_NaN();
    struct Row {
        Qualifier q;
        double value;
        double factor; ///< open_upper_factor
        double low;    ///< NaN = unbounded
        double high;
    };
    const std::vector<Row> rows = {
        {Qualifier::none, 200, 0, 200, 200},
        {Qualifier::more_than, 200, 0, 200, k_open},
        {Qualifier::at_least, 200, 2, 200, 400},
        {Qualifier::more_than, -400, 2, -400, k_open}, // never a bound below the figure
        {Qualifier::more_than, 0, 2, 0, k_open},
        {Qualifier::less_than, 200, 0, k_open, 200},
        {Qualifier::at_most, 200, 2, k_open, 200},
        {Qualifier::nearly, 200, 0, 180, 200},
        {Qualifier::nearly, -200, 0, -200, -180}, // the bounds in order
        {Qualifier::approximately, 200, 0, 180, 220},
    };
    const auto same = [](double expected, const std::optional<double>& got) {
        return std::isnan(expected) ? !got.has_value() : got && *got == Approx(expected);
    };
    for (const auto& row : rows) {
        INFO(crosscheck::model::to_string(row.q) << " " << row.value << " factor " << row.factor);
        NumberSemantics semantics;
        semantics.open_upper_factor = row.factor;
        const Interval interval = qualified_interval(row.q, row.value, semantics);
        CHECK(same(row.low, interval.low));
        CHECK(same(row.high, interval.high));
    }
}
