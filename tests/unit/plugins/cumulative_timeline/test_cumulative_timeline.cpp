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

TEST_CASE("cumulative timeline: each fall is measured against the nearest floor that stands",
          "[plugins]") {
    auto plugin = cumulative_timeline();
    const auto findings = plugin.check(group(
        "refugees", {arrivals(1, 6500, "A", 0), arrivals(2, 28120, "B", k_day),
                     arrivals(3, 19000, "C", k_day + 60), arrivals(4, 2000, "D", 3 * k_day)}));
    // 6,500 -> 28,120 grows. 19,000 an hour after 28,120 falls below it.
    // Both figures after 28,120 fall below it, so it is no floor for the
    // 2,000; the 19,000 (nothing but the 2,000 after it) stands, and the
    // 2,000 falls below that.
    REQUIRE(findings.size() == 2);
    const bool low_is_first = questioned_ids(findings[0]) == std::vector<std::int64_t>{4};
    const auto& drop_to_2000 = low_is_first ? findings[0] : findings[1];
    const auto& drop_to_19000 = low_is_first ? findings[1] : findings[0];
    CHECK(questioned_ids(drop_to_2000) == std::vector<std::int64_t>{4});
    CHECK(reference_ids(drop_to_2000) == std::vector<std::int64_t>{3});
    CHECK(drop_to_2000.severity == "high"); // 9.5x
    CHECK(questioned_ids(drop_to_19000) == std::vector<std::int64_t>{3});
    CHECK(reference_ids(drop_to_19000) == std::vector<std::int64_t>{2});
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

TEST_CASE("cumulative timeline: between voices a fall must exceed cross_voice_tolerance",
          "[plugins]") {
    // Each side, and each outlet for its own estimates, counts its own way:
    // 27,000 from Baku a day after 28,120 from Yerevan is a difference in
    // counting; the same 27,000 from Yerevan is Yerevan's count falling.
    struct Row {
        const char* what;
        const char* earlier_attribution;
        const char* later_outlet;
        const char* later_attribution;
        double later;
        bool flagged;
    };
    const Row rows[] = {
        {"4% lower, same ministry", "Armenian government", "B", "Armenian government", 27000, true},
        {"4% lower, the other side", "Armenian government", "B", "Azerbaijani government", 27000,
         false},
        {"15% lower, the other side", "Armenian government", "B", "Azerbaijani government", 24000,
         true},
        {"4% lower, another outlet's own estimate", "", "B", "", 27000, false},
        {"4% lower, the same outlet's own estimate", "", "A", "", 27000, true},
        {"15% lower, another outlet's own estimate", "", "B", "", 24000, true},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = cumulative_timeline();
        const auto findings = plugin.check(group(
            "refugees",
            {report(1, 28120, "A", row.earlier_attribution, 0, "refugees"),
             report(2, row.later, row.later_outlet, row.later_attribution, k_day, "refugees")}));
        CHECK(findings.size() == (row.flagged ? 1u : 0u));
    }
    auto strict = cumulative_timeline();
    strict.configure({{"cross_voice_tolerance", 0.02}});
    CHECK(strict
              .check(group("refugees",
                           {report(1, 28120, "A", "Armenian government", 0, "refugees"),
                            report(2, 27000, "B", "Azerbaijani government", k_day, "refugees")}))
              .size() == 1);
    // A relative_tolerance above the default cross-voice one raises it too.
    auto loose = cumulative_timeline();
    CHECK(loose.configure_error({{"relative_tolerance", 0.3}}).empty());
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
        {"relative_tolerance", 1.0},     {"relative_tolerance", -0.5}, {"min_gap_hours", -1},
        {"medium_ratio", 0.9},           {"max_severity", "urgent"},   {"min_gap", 1},
        {"cross_voice_tolerance", 0.01}, // below relative_tolerance
    };
    for (const auto& [key, value] : rows) {
        INFO(key);
        auto plugin = cumulative_timeline();
        CHECK_THAT(plugin.configure_error({{key, value}}),
                   Catch::Contains(std::string("'") + key + "'"));
    }
}

TEST_CASE("cumulative timeline: an inflated figure is questioned once, not every one after it",
          "[plugins]") {
    // Arrivals growing 1,000 a day, and one report with an extra zero on
    // day 1: every later figure is below it, but they bear each other out
    // and not it. One finding questions the inflated figure.
    std::vector<ClaimRecord> claims;
    const char* outlets[] = {"A", "B", "C", "D"};
    std::int64_t id = 1;
    for (int day = 0; day < 6; ++day) {
        for (int k = 0; k < 4; ++k) {
            claims.push_back(
                arrivals(id++, 1000.0 * (day + 1) + 10 * k, outlets[k], day * k_day + k * 60));
        }
    }
    claims.push_back(arrivals(100, 20000, "Meridian News", k_day + 5 * 60));
    auto plugin = cumulative_timeline();
    const auto findings = plugin.check(group("refugees", claims));
    REQUIRE(findings.size() == 1);
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{100});
    CHECK(reference_ids(findings[0]).size() == 4); // the earliest figure of each other outlet
    CHECK(findings[0].severity == "high");
    CHECK_THAT(findings[0].message, Catch::Contains("Meridian News: 20,000"));
    CHECK_THAT(findings[0].message, Catch::Contains("later figures from 4 other outlets"));

    // Repeated by a second outlet, it is still not borne out: each copy is
    // questioned once, and the figures after them are not flagged.
    claims.push_back(arrivals(101, 20500, "Northern Ledger", k_day + 9 * 60));
    const auto again = plugin.check(group("refugees", claims));
    for (const auto& f : again) {
        const auto q = questioned_ids(f);
        REQUIRE(q.size() == 1);
        CHECK((q[0] == 100 || q[0] == 101));
    }
    CHECK(!again.empty());
    CHECK(again.size() <= 2);
}

TEST_CASE("cumulative timeline: one later figure below a lone one is flagged as before",
          "[plugins]") {
    // 28,120 with nothing after it but 13,000: one outlet's word against
    // another's; the later, lower figure is the questioned one.
    auto plugin = cumulative_timeline();
    const auto findings =
        plugin.check(group("refugees", {arrivals(1, 28120, "Harbour Times", 18 * 60),
                                        arrivals(2, 13000, "Caucasus Wire", k_day + 19 * 60)}));
    REQUIRE(findings.size() == 1);
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{2});
    CHECK(reference_ids(findings[0]) == std::vector<std::int64_t>{1});
    CHECK_THAT(plugin.configure_error({{"support_hours", -1.0}}), Catch::Contains("support_hours"));
}
