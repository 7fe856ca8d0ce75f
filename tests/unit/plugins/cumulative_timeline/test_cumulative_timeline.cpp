// cumulative_timeline, loaded from the build as the host loads it: a running
// total that falls below a figure reported earlier.
#include "tests/unit/plugins/news_claims.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::testing;
using namespace crosscheck::testing::news;

namespace {

PluginHarness cumulative_timeline() {
    return PluginHarness{CUMULATIVE_TIMELINE_PLUGIN};
}

constexpr std::int64_t k_day = 24 * 60; // minutes

ClaimRecord arrivals(std::int64_t id, double value, std::string outlet, std::int64_t minutes) {
    return report(id, value, std::move(outlet), "Armenian government", minutes, "refugees");
}

} // namespace

TEST_CASE("cumulative timeline: growth is never a finding, however fast", "[plugins]") {
    auto plugin = cumulative_timeline();
    // Refugee arrivals over a week: 100 -> 1,050 -> 28,120 -> 100,417.
    CHECK(plugin
              .check(group("refugees", {arrivals(1, 100, "A", 0), arrivals(2, 1050, "B", k_day),
                                        arrivals(3, 28120, "C", 2 * k_day),
                                        arrivals(4, 100417, "D", 6 * k_day)}))
              .empty());
    // Listed out of time order: the plugin orders by as-of time.
    CHECK(
        plugin
            .check(group("refugees", {arrivals(4, 100417, "D", 6 * k_day), arrivals(1, 100, "A", 0),
                                      arrivals(3, 28120, "C", 2 * k_day)}))
            .empty());
    // Steady figures repeated are not a fall either.
    CHECK(
        plugin
            .check(group("refugees", {arrivals(1, 28120, "A", 0), arrivals(2, 28120, "B", k_day)}))
            .empty());
}

TEST_CASE("cumulative timeline: a later figure below an earlier one is flagged", "[plugins]") {
    // "Some 13,000 have now arrived" on Wednesday evening after 28,120 on
    // Tuesday evening.
    auto plugin = cumulative_timeline();
    const auto findings =
        plugin.check(group("refugees", {arrivals(1, 28120, "Northern Ledger", 18 * 60),
                                        arrivals(2, 13000, "Meridian News", k_day + 19 * 60)}));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{2});
    CHECK(reference_ids(f) == std::vector<std::int64_t>{1});
    CHECK(f.severity == "medium"); // 2.2x lower: between 1.2x and 3x
    CHECK_THAT(f.message, Catch::Contains("Meridian News"));
    CHECK_THAT(f.message, Catch::Contains("Northern Ledger"));
    CHECK_THAT(f.message, Catch::Contains("Sep 26 19:00"));
    CHECK_THAT(f.message, Catch::Contains("Sep 25 18:00"));
    CHECK_THAT(f.message, Catch::Contains("cannot fall"));
}

TEST_CASE("cumulative timeline: the highest earlier floor is the reference", "[plugins]") {
    auto plugin = cumulative_timeline();
    const auto findings = plugin.check(group(
        "refugees", {arrivals(1, 6500, "A", 0), arrivals(2, 28120, "B", k_day),
                     arrivals(3, 19000, "C", k_day + 60), arrivals(4, 2000, "D", 3 * k_day)}));
    // 19,000 after 28,120 and 2,000 after both fall; 6,500 -> 28,120 grows.
    REQUIRE(findings.size() == 2);
    for (const auto& f : findings) {
        CHECK(reference_ids(f) == std::vector<std::int64_t>{2});
    }
    const bool low_is_high = questioned_ids(findings[0]) == std::vector<std::int64_t>{4};
    const auto& drop_to_2000 = low_is_high ? findings[0] : findings[1];
    const auto& drop_to_19000 = low_is_high ? findings[1] : findings[0];
    CHECK(questioned_ids(drop_to_2000) == std::vector<std::int64_t>{4});
    CHECK(drop_to_2000.severity == "high"); // 14x
    CHECK(questioned_ids(drop_to_19000) == std::vector<std::int64_t>{3});
    CHECK(drop_to_19000.severity == "medium"); // 1.5x
}

TEST_CASE("cumulative timeline: small drops within the tolerance are rounding", "[plugins]") {
    struct Row {
        const char* what;
        double later;
        const char* severity; // "" = not flagged
    };
    const Row rows[] = {
        {"28,000 after 28,120: rounding", 28000, ""},
        {"27,600 after 28,120: 1.9%, within 2%", 27600, ""},
        {"27,000 after 28,120: 4%", 27000, "low"},
        {"20,000 after 28,120: 1.4x", 20000, "medium"},
        {"2,812 after 28,120: a dropped zero", 2812, "high"},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = cumulative_timeline();
        const auto findings = plugin.check(
            group("refugees", {arrivals(1, 28120, "A", 0), arrivals(2, row.later, "B", k_day)}));
        if (std::string(row.severity).empty()) {
            CHECK(findings.empty());
        } else {
            REQUIRE(findings.size() == 1);
            CHECK(findings[0].severity == row.severity);
        }
    }
    auto strict = cumulative_timeline();
    strict.configure({{"relative_tolerance", 0.0}});
    CHECK(
        strict
            .check(group("refugees", {arrivals(1, 28120, "A", 0), arrivals(2, 28000, "B", k_day)}))
            .size() == 1);
}

TEST_CASE("cumulative timeline: figures closer than min_gap are left alone", "[plugins]") {
    const auto close = group(
        "refugees", {arrivals(1, 28120, "A", 18 * 60), arrivals(2, 13000, "B", 18 * 60 + 30)});
    auto plugin = cumulative_timeline();
    CHECK(plugin.check(close).empty()); // 30 minutes < 1 hour
    plugin.configure({{"min_gap_hours", 0.25}});
    CHECK(plugin.check(close).size() == 1);
    plugin.configure({{"min_gap_hours", 2}});
    CHECK(plugin.check(close).empty());
}

TEST_CASE("cumulative timeline: hedged figures fall only when their whole interval does",
          "[plugins]") {
    auto plugin = cumulative_timeline();
    // "more than 10,000" after 28,120 may still be 28,120 or more.
    CHECK(plugin
              .check(group("refugees",
                           {arrivals(1, 28120, "A", 0), more_than(arrivals(2, 10000, "B", k_day))}))
              .empty());
    // "between 20,000 and 30,000" after 28,120: may be 28,120.
    CHECK(plugin
              .check(group("refugees", {arrivals(1, 28120, "A", 0),
                                        between(arrivals(2, 20000, "B", k_day), 20000, 30000)}))
              .empty());
    // An earlier "more than 50,000" sets a floor of 50,000.
    const auto findings = plugin.check(
        group("refugees", {more_than(arrivals(1, 50000, "A", 0)), arrivals(2, 30000, "B", k_day)}));
    REQUIRE(findings.size() == 1);
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{2});
}

TEST_CASE("cumulative timeline: bad configuration values name the key", "[plugins]") {
    const std::pair<const char*, crosscheck::testing::ConfigValueRecord> rows[] = {
        {"relative_tolerance", 1.0}, {"relative_tolerance", -0.5}, {"min_gap_hours", -1},
        {"medium_ratio", 0.9},       {"max_severity", "urgent"},   {"min_gap", 1},
    };
    for (const auto& [key, value] : rows) {
        INFO(key);
        auto plugin = cumulative_timeline();
        CHECK_THAT(plugin.configure_error({{key, value}}),
                   Catch::Contains(std::string("'") + key + "'"));
    }
}
