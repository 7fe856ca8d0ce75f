// interval_conflict, loaded from the build as the host loads it: figures
// for comparable times whose intervals do not overlap after the tolerance.
#include "tests/unit/plugins/news_claims.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace crosscheck::testing;
using namespace crosscheck::testing::news;

namespace {

PluginHarness interval_conflict() {
    return PluginHarness{INTERVAL_CONFLICT_PLUGIN};
}

} // namespace

TEST_CASE("interval conflict: two exact figures the same morning", "[plugins]") {
    struct Row {
        const char* what;
        double a;
        double b;
        const char* severity; // "" = not flagged
    };
    // Default tolerance 0.05, medium from 1.5x, high from 3x.
    const Row rows[] = {
        {"2,000 vs 200 dead: 10x", 2000, 200, "high"},
        {"3,000 vs 1,000: exactly 3x", 3000, 1000, "high"},
        {"2,000 vs 1,200: 1.7x", 2000, 1200, "medium"},
        {"2,000 vs 1,800: beyond the 5% widening", 2000, 1800, "low"},
        {"2,000 vs 1,850: overlap once widened by 5%", 2000, 1850, ""},
        {"2,000 vs 2,000: the same figure", 2000, 2000, ""},
        {"200 vs 2,000: order does not matter", 200, 2000, "high"},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = interval_conflict();
        const auto findings = plugin.check(
            group("deaths",
                  {report(1, row.a, "Stepanakert Observer", "Karabakh ombudsman", 9 * 60),
                   report(2, row.b, "Atlas Press Agency", "Karabakh ombudsman", 10 * 60 + 30)}));
        if (std::string(row.severity).empty()) {
            CHECK(findings.empty());
            continue;
        }
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].severity == row.severity);
        CHECK(findings[0].checker == "interval_conflict");
        // A pair: neither figure is more credible, both are questioned.
        CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{1, 2});
        CHECK(reference_ids(findings[0]).empty());
    }
}

TEST_CASE("interval conflict: severity grows with the gap", "[plugins]") {
    const auto severity_for = [](double other) {
        auto plugin = interval_conflict();
        const auto findings = plugin.check(
            group("deaths", {report(1, 1000, "A", "X", 0), report(2, other, "B", "X", 0)}));
        REQUIRE(findings.size() == 1);
        return findings[0].severity;
    };
    CHECK(severity_for(1200) == "low");
    CHECK(severity_for(1600) == "medium");
    CHECK(severity_for(4000) == "high");
    CHECK(severity_for(100000) == "high");
}

TEST_CASE("interval conflict: tolerance and severity thresholds are configurable", "[plugins]") {
    auto plugin = interval_conflict();
    const auto pair = group("deaths", {report(1, 2000, "A", "X", 0), report(2, 1850, "B", "X", 0)});
    CHECK(plugin.check(pair).empty()); // default 5% covers 8%
    plugin.configure({{"relative_tolerance", 0.01}});
    REQUIRE(plugin.check(pair).size() == 1);
    CHECK(plugin.check(pair)[0].severity == "low");

    plugin.configure({{"medium_ratio", 1.05}, {"high_ratio", 1.06}, {"relative_tolerance", 0.0}});
    REQUIRE(plugin.check(pair).size() == 1);
    CHECK(plugin.check(pair)[0].severity == "high");

    plugin.configure({{"max_severity", "low"}});
    const auto capped =
        plugin.check(group("deaths", {report(1, 2000, "A", "X", 0), report(2, 200, "B", "X", 0)}));
    REQUIRE(capped.size() == 1);
    CHECK(capped[0].severity == "low");
}

TEST_CASE("interval conflict: only figures within the time window are compared", "[plugins]") {
    // 2,000 on Sep 25 09:00, 200 on Sep 27 09:00: two days apart.
    const auto apart = group("deaths", {report(1, 2000, "Meridian News", "X", 9 * 60),
                                        report(2, 200, "Northern Ledger", "X", 57 * 60)});
    auto plugin = interval_conflict();
    CHECK(plugin.check(apart).empty()); // default window 24 h

    plugin.configure({{"window_hours", 72}});
    CHECK(plugin.check(apart).size() == 1);

    plugin.configure({{"window_hours", 47.5}});
    CHECK(plugin.check(apart).empty());

    // 0 = any time: levels that change slowly (missing persons) are
    // compared across the whole case.
    plugin.configure({{"window_hours", 0}});
    CHECK(plugin.check(apart).size() == 1);
    const auto far = group("missing", {report(1, 4000, "A", "X", 0, "missing"),
                                       report(2, 400, "B", "X", 60 * 24 * 300, "missing")});
    CHECK(plugin.check(far).size() == 1);
}

TEST_CASE("interval conflict: the window slides, a late claim meets only recent ones",
          "[plugins]") {
    // 200 at 00:00, 2,000 at 20:00 and 2,050 at 40:00. The last is within
    // 24 h of the second (agree) but not of the first (would conflict).
    auto plugin = interval_conflict();
    const auto findings = plugin.check(
        group("deaths", {report(1, 200, "A", "X", 0), report(2, 2000, "B", "X", 20 * 60),
                         report(3, 2050, "C", "X", 40 * 60)}));
    REQUIRE(findings.size() == 1);
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{1, 2});
}

TEST_CASE("interval conflict: one figure against two agreeing ones is one finding", "[plugins]") {
    // The extra zero: 12,000 weapons vs 1,200 in two other reports of the
    // same briefing.
    auto plugin = interval_conflict();
    const auto findings = plugin.check(
        group("weapons_surrendered", {report(1, 12000, "Meridian News", "Russian peacekeepers",
                                             9 * 60 + 20, "weapons_surrendered"),
                                      report(2, 1200, "Northern Ledger", "Russian peacekeepers",
                                             7 * 60 + 55, "weapons_surrendered"),
                                      report(3, 1200, "Atlas Press Agency", "Russian peacekeepers",
                                             8 * 60 + 40, "weapons_surrendered")}));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(f.severity == "high");
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{1});
    CHECK(reference_ids(f) == std::vector<std::int64_t>{2, 3});
    // The message names the figures, outlets, times, and why.
    CHECK_THAT(f.message, Catch::Contains("Meridian News"));
    CHECK_THAT(f.message, Catch::Contains("12,000"));
    CHECK_THAT(f.message, Catch::Contains("weapons surrendered"));
    CHECK_THAT(f.message, Catch::Contains("Sep 25 09:20"));
    CHECK_THAT(f.message, Catch::Contains("per Russian peacekeepers"));
    CHECK_THAT(f.message, Catch::Contains("Northern Ledger and Atlas Press Agency"));
    CHECK_THAT(f.message, Catch::Contains("Sep 25 07:55-08:40"));
    CHECK_THAT(f.message, Catch::Contains("same attribution"));
    CHECK_THAT(f.message, Catch::Contains("10x apart"));
}

TEST_CASE("interval conflict: two figures that disagree with each other are not a consensus",
          "[plugins]") {
    // 1,000 vs 3,000 and 10,000: the two others conflict with each other
    // too, so no single figure is the odd one out.
    auto plugin = interval_conflict();
    const auto findings =
        plugin.check(group("deaths", {report(1, 1000, "A", "X", 0), report(2, 3000, "B", "X", 0),
                                      report(3, 10000, "C", "X", 0)}));
    REQUIRE(findings.size() == 3);
    for (const auto& f : findings) {
        CHECK(questioned_ids(f).size() == 2);
        CHECK(reference_ids(f).empty());
    }
}

TEST_CASE("interval conflict: hedged and unbounded figures", "[plugins]") {
    struct Row {
        const char* what;
        crosscheck::testing::ClaimRecord a;
        crosscheck::testing::ClaimRecord b;
        bool flagged;
    };
    const Row rows[] = {
        {"'more than 200' and 2,000 agree", more_than(report(1, 200, "A", "X", 0)),
         report(2, 2000, "B", "X", 0), false},
        {"'more than 2,900' vs 1,500 cannot both be right", more_than(report(1, 2900, "A", "X", 0)),
         report(2, 1500, "B", "X", 0), true},
        {"'more than 200' vs 'more than 2,000' both unbounded above",
         more_than(report(1, 200, "A", "X", 0)), more_than(report(2, 2000, "B", "X", 0)), false},
        {"'about 120,000' vs 'approximately 120,000'",
         about(report(1, 120000, "A", "X", 0), 110000, 130000),
         about(report(2, 120000, "B", "X", 0), 108000, 132000), false},
        {"'about 120,000' vs exact 100,000 (outside after widening)",
         about(report(1, 120000, "A", "X", 0), 115000, 125000), report(2, 100000, "B", "X", 0),
         true},
        {"'between 5,000 and 7,000' vs 6,500", between(report(1, 5000, "A", "X", 0), 5000, 7000),
         report(2, 6500, "B", "X", 0), false},
        {"'between 5,000 and 7,000' vs 15,000", between(report(1, 5000, "A", "X", 0), 5000, 7000),
         report(2, 15000, "B", "X", 0), true},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = interval_conflict();
        const auto findings = plugin.check(group("deaths", {row.a, row.b}));
        CHECK(findings.size() == (row.flagged ? 1u : 0u));
    }
}

TEST_CASE("interval conflict: a group of one, or of none, has nothing to compare", "[plugins]") {
    auto plugin = interval_conflict();
    CHECK(plugin.check(group("deaths", {})).empty());
    CHECK(plugin.check(group("deaths", {report(1, 2000, "A", "X", 0)})).empty());
}

TEST_CASE("interval conflict: bad configuration values name the key", "[plugins]") {
    struct Row {
        const char* key;
        crosscheck::testing::ConfigValueRecord value;
    };
    const Row rows[] = {
        {"relative_tolerance", 1.5}, {"relative_tolerance", -0.1}, {"window_hours", -1.0},
        {"window_hours", "24"},      {"medium_ratio", 0.5},        {"max_severity", "severe"},
        {"window_hourz", 12},
    };
    for (const auto& row : rows) {
        INFO(row.key);
        auto plugin = interval_conflict();
        const std::string error = plugin.configure_error({{row.key, row.value}});
        CHECK_THAT(error, Catch::Contains(std::string("'") + row.key + "'"));
    }
    auto plugin = interval_conflict();
    CHECK_THAT(plugin.configure_error({{"medium_ratio", 4.0}, {"high_ratio", 2.0}}),
               Catch::Contains("medium_ratio"));
    CHECK(plugin.configure_error({{"window_hours", 0}, {"relative_tolerance", 0}}).empty());
}

TEST_CASE("interval conflict: a running total may grow by growth_per_day within the window",
          "[plugins]") {
    struct Row {
        const char* what;
        double earlier;
        double later;
        int minutes_apart;
        bool flagged;
    };
    // growth_per_day 3: 3^(12/24) = 1.73x in 12 hours, 1.05x in one hour,
    // on top of the 5% widening of each figure (0.95 x later > 1.05 x
    // earlier x growth is a conflict).
    const Row rows[] = {
        {"100 -> 150 over 12 hours: growth", 100, 150, 12 * 60, false},
        {"100 -> 170 over 12 hours: growth, within the widening", 100, 170, 12 * 60, false},
        {"100 -> 200 over 12 hours: faster than 3x a day", 100, 200, 12 * 60, true},
        {"1,200 -> 12,000 within the hour: an extra zero", 1200, 12000, 60, true},
        {"100 -> 115 within the hour: within the widening and an hour's growth", 100, 115, 60,
         false},
        {"100 -> 120 within the hour: beyond them", 100, 120, 60, true},
        {"200 -> 100 over 12 hours: a fall is never growth", 200, 100, 12 * 60, true},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = interval_conflict();
        plugin.configure({{"window_hours", 24}, {"growth_per_day", 3.0}});
        const auto findings = plugin.check(group(
            "deaths",
            {report(1, row.earlier, "Stepanakert Observer", "Karabakh ombudsman", 0),
             report(2, row.later, "Atlas Press Agency", "Karabakh ombudsman", row.minutes_apart)}));
        CHECK(findings.size() == (row.flagged ? 1U : 0U));
    }
    // A level (the default, growth_per_day 1) may not grow at all.
    auto plugin = interval_conflict();
    CHECK(plugin
              .check(group("deaths",
                           {report(1, 100, "Stepanakert Observer", "Karabakh ombudsman", 0),
                            report(2, 150, "Atlas Press Agency", "Karabakh ombudsman", 12 * 60)}))
              .size() == 1);
    CHECK_THAT(plugin.configure_error({{"growth_per_day", 0.5}}),
               Catch::Contains("growth_per_day"));
}

TEST_CASE("interval conflict: an extra zero among growing figures is one finding", "[plugins]") {
    // A toll growing through the day, reported by five outlets, and one
    // report with an extra zero: one finding questions it, with the others
    // as references, however the others disagree among themselves.
    auto plugin = interval_conflict();
    plugin.configure({{"window_hours", 24}});
    const auto findings = plugin.check(
        group("deaths", {report(1, 100, "Stepanakert Observer", "Karabakh ombudsman", 0),
                         report(2, 120, "Atlas Press Agency", "Karabakh ombudsman", 120),
                         report(3, 140, "Northern Ledger", "Karabakh ombudsman", 240),
                         report(4, 1400, "Meridian News", "Karabakh ombudsman", 300),
                         report(5, 160, "Caucasus Wire", "Karabakh ombudsman", 360)}));
    std::size_t naming_it = 0;
    for (const auto& f : findings) {
        const auto q = questioned_ids(f);
        if (std::find(q.begin(), q.end(), 4) != q.end()) {
            ++naming_it;
            CHECK(q == std::vector<std::int64_t>{4});
            CHECK(reference_ids(f) == std::vector<std::int64_t>{1, 2, 3, 5});
            CHECK(f.severity == "high");
        }
    }
    CHECK(naming_it == 1);
}

TEST_CASE("interval conflict: against many figures it names and cites the earliest five",
          "[plugins]") {
    // 12,000 against twelve reports of 1,200 that morning.
    std::vector<ClaimRecord> claims{report(100, 12000, "Meridian News", "Russian peacekeepers",
                                           9 * 60 + 20, "weapons_surrendered")};
    for (std::int64_t i = 1; i <= 12; ++i) {
        claims.push_back(report(i, 1200, "Outlet " + std::to_string(i), "Russian peacekeepers",
                                8 * 60 + i, "weapons_surrendered"));
    }
    auto plugin = interval_conflict();
    const auto findings = plugin.check(group("weapons_surrendered", claims));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{100});
    CHECK(reference_ids(f) == std::vector<std::int64_t>{1, 2, 3, 4, 5});
    CHECK_THAT(f.message, Catch::Contains("vs Outlet 1, Outlet 2, Outlet 3, Outlet 4 and Outlet 5: "
                                          "1,200 and 7 more (Sep 25 08:01-08:12"));
}

namespace {
constexpr std::int64_t k_minutes_per_day = 24 * 60;
} // namespace

TEST_CASE("interval conflict: against thousands of figures it counts them and names a few",
          "[plugins]") {
    // An extra zero in a level compared over the whole case: 2,000 reports
    // of a population near 120,000, one of 1,200,000.
    std::vector<ClaimRecord> claims{
        report(100000, 1200000, "Meridian News", "", 30 * k_minutes_per_day, "population")};
    for (std::int64_t i = 1; i <= 2000; ++i) {
        claims.push_back(report(i, 120000 + static_cast<double>(i % 50) * 10,
                                "Outlet " + std::to_string(i % 20), "", i * 20, "population"));
    }
    auto plugin = interval_conflict();
    plugin.configure({{"window_hours", 0.0}});
    const auto findings = plugin.check(group("population", claims));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{100000});
    // Compared with the first 100 it conflicts with, no more: past that it
    // is the odd one out, and more comparisons would only cost time. The
    // first met are the lowest: 120,000 (ids 50, 100, ..., 40 of them),
    // 120,010 (ids 1, 51, ...) and half of 120,020 (ids 2, 52, ...); it cites
    // the earliest five of those.
    CHECK(reference_ids(f) == std::vector<std::int64_t>{1, 2, 50, 51, 52});
    CHECK_THAT(f.message, Catch::Contains("vs at least 100 figures, such as Outlet 1 and Outlet "
                                          "11: 120,010; Outlet 2 and Outlet 12: 120,020; Outlet "
                                          "10: 120,000 and others ("));
    CHECK_THAT(f.message, Catch::Contains("10x apart"));

    // The same extra zero reported first: each later figure meets it until
    // it has met 100; still one finding, questioning it.
    claims.front().as_of.epoch_seconds = claims[1].as_of.epoch_seconds.value_or(0) - 60;
    const auto early = plugin.check(group("population", claims));
    REQUIRE(early.size() == 1);
    CHECK(questioned_ids(early[0]) == std::vector<std::int64_t>{100000});
    CHECK(reference_ids(early[0]) == std::vector<std::int64_t>{1, 2, 3, 4, 5});
    CHECK_THAT(early[0].message, Catch::Contains("vs at least 100 figures, such as"));
}
