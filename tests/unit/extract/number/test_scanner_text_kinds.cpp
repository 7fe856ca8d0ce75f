// The number scanner (host/extract/number/scanner.hpp) on text of other
// kinds than tolls (issue 12, "figures bound by grammar"): labels, model
// numbers, phone numbers, a change that is no range, number words with a
// decimal point, ordinals, and ranges with a unit after each bound. Each row
// lists every quantity the scanner must find in its text, in order, and
// nothing else: a row that lists none says its text holds no quantity.

#include "host/extract/number/scanner.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

using namespace crosscheck::extract::number;
using crosscheck::model::Qualifier;

namespace {

struct Quantity {
    std::string text; ///< the mention's whole text
    double value = 0;
    double low = 0;
    double high = 0;
    Qualifier qualifier = Qualifier::none;
    bool percent = false;
};

struct Row {
    std::string input;
    std::vector<Quantity> quantities;                  ///< every quantity mention, in order
    std::optional<std::string> ordinal = std::nullopt; ///< an ordinal mention the text holds
};

bool near(double expected, const std::optional<double>& got) {
    return got.has_value() &&
           std::fabs(*got - expected) <= 1e-9 * std::max(1.0, std::fabs(expected));
}

std::string describe(const std::vector<NumberMention>& ms) {
    std::string out;
    for (const auto& m : ms) {
        out += "[" + m.text + " = " + std::to_string(m.value) + " " +
               std::string(to_string(m.qualifier)) + " " + std::string(to_string(m.kind)) +
               (m.percent ? " %" : "") + "] ";
    }
    return out;
}

} // namespace

TEST_CASE("scanner on other text: labels, phone numbers, changes, ordinals, ranges with units",
          "[extract]") {
    const std::vector<Row> rows = {
        // A change by a percentage to a count is no percent range.
        {"Sales fell 12% to 880 units.",
         {{"12%", 12, 12, 12, Qualifier::none, true}, {"880", 880, 880, 880}}},
        {"Sales fell 12% to 15% of the market.",
         {{"12% to 15%", 13.5, 12, 15, Qualifier::range, true}}},
        {"between 20 and 30% of voters",
         {{"between 20 and 30%", 25, 20, 30, Qualifier::range, true}}},
        // Labels, model numbers, an event's name and a phone number.
        {"Board at Gate 3B.", {}},
        {"the leading team (L2) won", {}},
        {"a Core i7 860 processor", {}},
        {"since the 9/11 attacks", {}},
        {"call 555-123-4567 today", {}},
        {"call 555-123-4567 for 3 tickets", {{"3", 3, 3, 3}}},
        {"COVID-19 killed 30 people", {{"30", 30, 30, 30}}},
        {"the 2/3 majority", {{"2/3", 2.0 / 3, 2.0 / 3, 2.0 / 3}}},
        // Number words with a decimal point.
        {"two point two million people", {{"two point two million", 2.2e6, 2.2e6, 2.2e6}}},
        // Ordinals are never counts.
        {"the twenty-first century", {}, "twenty-first"},
        {"one hundred thirty-second", {}, "one hundred thirty-second"},
        {"twenty-one people", {{"twenty-one", 21, 21, 21}}},
        {"on the 1,000th day of the war", {}, "1,000th"},
        // Ranges whose bounds each carry a unit; the unit after the second
        // is left for the claim extractor to read.
        {"from -18 \u00b0C to -34 \u00b0C overnight",
         {{"from -18 \u00b0C to -34", -26, -34, -18, Qualifier::range}}},
        {"a dose of 44 mg to 50 mg daily", {{"44 mg to 50", 47, 44, 50, Qualifier::range}}},
        // Two figures with different units are no range.
        {"44 mg to 50 ml", {{"44", 44, 44, 44}, {"50", 50, 50, 50}}},
    };
    for (const Row& row : rows) {
        INFO("input: " << row.input);
        const auto ms = find_numbers(row.input);
        INFO("found: " << describe(ms));
        std::vector<const NumberMention*> quantities;
        for (const auto& m : ms) {
            if (m.kind == NumberKind::quantity) {
                quantities.push_back(&m);
            }
        }
        REQUIRE(quantities.size() == row.quantities.size());
        for (std::size_t k = 0; k < quantities.size(); ++k) {
            const NumberMention& m = *quantities[k];
            const Quantity& q = row.quantities[k];
            CHECK(m.text == q.text);
            CHECK(near(q.value, m.value));
            CHECK(near(q.low, m.low));
            CHECK(near(q.high, m.high));
            CHECK(m.qualifier == q.qualifier);
            CHECK(m.percent == q.percent);
        }
        if (row.ordinal) {
            bool found = false;
            for (const auto& m : ms) {
                found = found || (m.kind == NumberKind::ordinal && m.text == *row.ordinal);
            }
            CHECK(found);
        }
    }
}
