// transcription, loaded from the build as the host loads it: exact figures
// from the same attribution for the same statement that differ at all.
#include "tests/unit/plugins/news_claims.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace crosscheck::testing;
using namespace crosscheck::testing::news;

namespace {

PluginHarness transcription() {
    return PluginHarness{TRANSCRIPTION_PLUGIN};
}

ClaimRecord wounded(std::int64_t id, double value, std::string outlet, std::string attribution,
                    std::int64_t minutes) {
    return report(id, value, std::move(outlet), std::move(attribution), minutes, "injuries");
}

} // namespace

TEST_CASE("transcription: 511 vs 512 wounded in one ministry statement", "[plugins]") {
    auto plugin = transcription();
    const auto findings = plugin.check(
        group("injuries",
              {wounded(1, 511, "Meridian News", "Armenian health ministry", 10 * 60),
               wounded(2, 512, "Northern Ledger", "Armenian health ministry", 10 * 60 + 25)}));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(f.severity == "medium"); // a difference of 0.2%: under high_difference
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{1, 2});
    CHECK_THAT(f.message, Catch::Contains("511"));
    CHECK_THAT(f.message, Catch::Contains("512"));
    CHECK_THAT(f.message, Catch::Contains("per Armenian health ministry"));
    CHECK_THAT(f.message, Catch::Contains("off by 1"));
    // The interval checker's tolerance would hide this one.
    auto intervals = PluginHarness{INTERVAL_CONFLICT_PLUGIN};
    CHECK(
        intervals
            .check(group("injuries", {wounded(1, 511, "A", "M", 0), wounded(2, 512, "B", "M", 0)}))
            .empty());
}

TEST_CASE("transcription: an extra zero against two faithful copies", "[plugins]") {
    auto plugin = transcription();
    const auto findings = plugin.check(
        group("weapons_surrendered", {report(1, 12000, "Meridian News", "Russian peacekeepers",
                                             9 * 60 + 20, "weapons_surrendered"),
                                      report(2, 1200, "Northern Ledger", "Russian peacekeepers",
                                             8 * 60 + 55, "weapons_surrendered"),
                                      report(3, 1200, "Atlas Press Agency", "Russian peacekeepers",
                                             8 * 60 + 40, "weapons_surrendered")}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == "high");
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{1});
    CHECK(reference_ids(findings[0]) == std::vector<std::int64_t>{2, 3});
    CHECK_THAT(findings[0].message, Catch::Contains("10x apart"));
    // The outlets that gave the same figure share it.
    CHECK_THAT(findings[0].message,
               Catch::Contains("vs Atlas Press Agency and Northern Ledger: 1,200 ("));
}

TEST_CASE("transcription: each outlet stands beside its own figure", "[plugins]") {
    // Not "X: 330 vs Y and Z: 31" when Z said 29: the figures below 330 are
    // not all the same.
    auto plugin = transcription();
    const auto findings = plugin.check(
        group("deaths", {report(1, 330, "Meridian News", "health ministry", 10 * 60),
                         report(2, 31, "Northern Ledger", "health ministry", 10 * 60 + 5),
                         report(3, 29, "Atlas Press Agency", "health ministry", 10 * 60 + 10),
                         report(4, 31, "Harbor Times", "health ministry", 10 * 60 + 15)}));
    // Two misquotes: 330, and 29 against the two 31s.
    REQUIRE(findings.size() == 2);
    const auto odd = std::find_if(findings.begin(), findings.end(), [](const auto& f) {
        return questioned_ids(f) == std::vector<std::int64_t>{1};
    });
    REQUIRE(odd != findings.end());
    CHECK(reference_ids(*odd) == std::vector<std::int64_t>{2, 3, 4});
    const auto& message = odd->message;
    INFO(message);
    CHECK_THAT(message, Catch::StartsWith("Meridian News: 330 deaths"));
    CHECK_THAT(message, Catch::Contains("vs Northern Ledger and Harbor Times: 31; Atlas Press "
                                        "Agency: 29 ("));
    // How far apart: against the furthest of them, as the severity is.
    CHECK_THAT(message, Catch::Contains("11x apart"));
}

TEST_CASE("transcription: one statement, not one voice", "[plugins]") {
    // A running total that rose between two statements of the same service is
    // growth, not a misquote; two reports of one statement are a misquote
    // however far apart they were published.
    const auto stated_at = [](ClaimRecord c, std::int64_t minutes) {
        c.as_of.epoch_seconds = k_sep25 + minutes * 60;
        c.as_of_stated = true;
        return c;
    };
    struct Row {
        const char* what;
        ClaimRecord a;
        ClaimRecord b;
        bool flagged;
    };
    const Row rows[] = {
        {"'rose to 31' at 18:00, 'rose to 33' at 20:00: two statements",
         report(1, 31, "A", "emergency service", 18 * 60),
         report(2, 33, "B", "emergency service", 20 * 60), false},
        {"published 20 minutes apart without a stated time: one statement",
         report(1, 31, "A", "emergency service", 18 * 60),
         report(2, 33, "B", "emergency service", 18 * 60 + 20), true},
        {"published 61 minutes apart: past the window",
         report(1, 31, "A", "emergency service", 18 * 60),
         report(2, 33, "B", "emergency service", 19 * 60 + 1), false},
        {"both as of 18:00, whenever published: one statement",
         stated_at(report(1, 31, "A", "emergency service", 0), 18 * 60),
         stated_at(report(2, 33, "B", "emergency service", 0), 18 * 60), true},
        {"as of 18:00 and as of 18:30: two statements, even within the window",
         stated_at(report(1, 31, "A", "emergency service", 0), 18 * 60),
         stated_at(report(2, 33, "B", "emergency service", 0), 18 * 60 + 30), false},
        {"as of 18:00 against one published at 18:10 without a time: the same moment",
         stated_at(report(1, 31, "A", "emergency service", 0), 18 * 60),
         report(2, 33, "B", "emergency service", 18 * 60 + 10), true},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = transcription();
        CHECK(plugin.check(group("deaths", {row.a, row.b})).size() == (row.flagged ? 1u : 0u));
    }
}

TEST_CASE("transcription: what is not a transcription error", "[plugins]") {
    struct Row {
        const char* what;
        ClaimRecord a;
        ClaimRecord b;
    };
    const auto same_source = [] {
        auto c = wounded(2, 512, "Meridian News", "Armenian health ministry", 10 * 60 + 30);
        c.source_id = 1; // a correction within one article
        return c;
    };
    const auto unattributed = [](std::int64_t id, double v) { return wounded(id, v, "A", "", 0); };
    const Row rows[] = {
        {"different attributions: two sides' counts",
         wounded(1, 511, "A", "Armenian health ministry", 10 * 60),
         wounded(2, 512, "B", "Azerbaijani defence ministry", 10 * 60)},
        {"a hedged figure ('about 500')",
         about(wounded(1, 500, "A", "Armenian health ministry", 10 * 60), 450, 550),
         wounded(2, 512, "B", "Armenian health ministry", 10 * 60)},
        {"'more than 500' vs 512", more_than(wounded(1, 500, "A", "Armenian health ministry", 0)),
         wounded(2, 512, "B", "Armenian health ministry", 0)},
        {"not the same statement: 4 hours apart",
         wounded(1, 511, "A", "Armenian health ministry", 10 * 60),
         wounded(2, 512, "B", "Armenian health ministry", 14 * 60)},
        {"the same source", wounded(1, 511, "Meridian News", "Armenian health ministry", 10 * 60),
         same_source()},
        {"no attribution at all", unattributed(1, 511), unattributed(2, 512)},
        {"the same figure", wounded(1, 512, "A", "Armenian health ministry", 10 * 60),
         wounded(2, 512, "B", "Armenian health ministry", 10 * 60 + 30)},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = transcription();
        CHECK(plugin.check(group("injuries", {row.a, row.b})).empty());
    }
}

TEST_CASE("transcription: the window and the severity are configurable", "[plugins]") {
    const auto apart =
        group("injuries", {wounded(1, 511, "A", "Armenian health ministry", 10 * 60),
                           wounded(2, 512, "B", "Armenian health ministry", 11 * 60 + 30)});
    auto plugin = transcription();
    CHECK(plugin.check(apart).empty());
    plugin.configure({{"window_minutes", 120}});
    REQUIRE(plugin.check(apart).size() == 1);
    CHECK(plugin.check(apart)[0].severity == "medium");
    plugin.configure({{"window_minutes", 120}, {"high_difference", 0.001}});
    CHECK(plugin.check(apart)[0].severity == "high");
    plugin.configure({{"window_minutes", 120}, {"max_severity", "info"}});
    CHECK(plugin.check(apart)[0].severity == "info");
}

TEST_CASE("transcription: bad configuration values name the key", "[plugins]") {
    const std::pair<const char*, crosscheck::testing::ConfigValueRecord> rows[] = {
        {"window_minutes", -3},   {"window_hours", 3}, // before 1.1: now an unknown key
        {"high_difference", 0.0}, {"high_difference", "half"},
        {"max_severity", "none"}, {"window", 3},
    };
    for (const auto& [key, value] : rows) {
        INFO(key);
        auto plugin = transcription();
        CHECK_THAT(plugin.configure_error({{key, value}}),
                   Catch::Contains(std::string("'") + key + "'"));
    }
}
