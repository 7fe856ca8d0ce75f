// transcription, loaded from the build as the host loads it: exact figures
// from the same attribution for the same moment that differ at all.
#include "tests/unit/plugins/news_claims.hpp"

#include <catch2/catch.hpp>

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
               wounded(2, 512, "Northern Ledger", "Armenian health ministry", 11 * 60 + 15)}));
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
                                             7 * 60 + 55, "weapons_surrendered"),
                                      report(3, 1200, "Atlas Press Agency", "Russian peacekeepers",
                                             8 * 60 + 40, "weapons_surrendered")}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == "high");
    CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{1});
    CHECK(reference_ids(findings[0]) == std::vector<std::int64_t>{2, 3});
    CHECK_THAT(findings[0].message, Catch::Contains("10x apart"));
    CHECK_THAT(findings[0].message, Catch::Contains("Northern Ledger and Atlas Press Agency"));
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
        {"not the same moment: 4 hours apart",
         wounded(1, 511, "A", "Armenian health ministry", 10 * 60),
         wounded(2, 512, "B", "Armenian health ministry", 14 * 60)},
        {"the same source", wounded(1, 511, "Meridian News", "Armenian health ministry", 10 * 60),
         same_source()},
        {"no attribution at all", unattributed(1, 511), unattributed(2, 512)},
        {"the same figure", wounded(1, 512, "A", "Armenian health ministry", 10 * 60),
         wounded(2, 512, "B", "Armenian health ministry", 11 * 60)},
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
                           wounded(2, 512, "B", "Armenian health ministry", 14 * 60)});
    auto plugin = transcription();
    CHECK(plugin.check(apart).empty());
    plugin.configure({{"window_hours", 6}});
    REQUIRE(plugin.check(apart).size() == 1);
    CHECK(plugin.check(apart)[0].severity == "medium");
    plugin.configure({{"window_hours", 6}, {"high_difference", 0.001}});
    CHECK(plugin.check(apart)[0].severity == "high");
    plugin.configure({{"window_hours", 6}, {"max_severity", "info"}});
    CHECK(plugin.check(apart)[0].severity == "info");
}

TEST_CASE("transcription: bad configuration values name the key", "[plugins]") {
    const std::pair<const char*, crosscheck::testing::ConfigValueRecord> rows[] = {
        {"window_hours", -3},
        {"high_difference", 0.0},
        {"high_difference", "half"},
        {"max_severity", "none"},
        {"window", 3},
    };
    for (const auto& [key, value] : rows) {
        INFO(key);
        auto plugin = transcription();
        CHECK_THAT(plugin.configure_error({{key, value}}),
                   Catch::Contains(std::string("'") + key + "'"));
    }
}
