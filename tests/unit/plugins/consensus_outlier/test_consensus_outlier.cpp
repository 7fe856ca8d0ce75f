// consensus_outlier, loaded from the build as the host loads it: with three
// or more outlets, one figure far from the robust centre.
#include "tests/unit/plugins/news_claims.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::testing;
using namespace crosscheck::testing::news;

namespace {

PluginHarness consensus_outlier() {
    return PluginHarness{CONSENSUS_OUTLIER_PLUGIN};
}

ClaimRecord population(std::int64_t id, double value, std::string outlet) {
    return report(id, value, std::move(outlet), "", 0, "population");
}

} // namespace

TEST_CASE("consensus outlier: 50,000 against three sources near 120,000", "[plugins]") {
    auto plugin = consensus_outlier();
    const auto findings =
        plugin.check(group("population", {population(1, 120000, "Northern Ledger"),
                                          population(2, 50000, "Meridian News"),
                                          population(3, 118000, "Atlas Press Agency"),
                                          population(4, 121000, "Stepanakert Observer")}));
    REQUIRE(findings.size() == 1);
    const auto& f = findings[0];
    CHECK(questioned_ids(f) == std::vector<std::int64_t>{2});
    CHECK(reference_ids(f) == std::vector<std::int64_t>{1, 3, 4});
    CHECK(f.severity == "medium"); // 2.4x below: under high_ratio 3
    CHECK_THAT(f.message, Catch::Contains("Meridian News"));
    CHECK_THAT(f.message, Catch::Contains("below"));
    CHECK_THAT(f.message, Catch::Contains("50,000"));
    // Each outlet beside its own figure.
    CHECK_THAT(f.message, Catch::Contains("(Northern Ledger: 120,000; Atlas Press Agency: "
                                          "118,000; Stepanakert Observer: 121,000)"));
}

TEST_CASE("consensus outlier: how far from the consensus", "[plugins]") {
    struct Row {
        const char* what;
        double odd;
        const char* severity; // "" = not flagged
    };
    const Row rows[] = {
        {"an extra zero: 1,200,000", 1200000, "high"},
        {"a missing zero: 12,000", 12000, "high"},
        {"50,000: 2.4x", 50000, "medium"},
        {"100,000: within the 1.5x minimum ratio", 100000, ""},
        {"125,000: part of the consensus", 125000, ""},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        auto plugin = consensus_outlier();
        const auto findings = plugin.check(
            group("population", {population(1, 120000, "A"), population(2, 119000, "B"),
                                 population(3, 120500, "C"), population(4, row.odd, "D")}));
        if (std::string(row.severity).empty()) {
            CHECK(findings.empty());
        } else {
            REQUIRE(findings.size() == 1);
            CHECK(findings[0].severity == row.severity);
            CHECK(questioned_ids(findings[0]) == std::vector<std::int64_t>{4});
        }
    }
}

TEST_CASE("consensus outlier: fewer than three independent outlets is no consensus", "[plugins]") {
    auto plugin = consensus_outlier();
    // Two outlets only.
    CHECK(plugin.check(group("population", {population(1, 120000, "A"), population(2, 50000, "B")}))
              .empty());
    // Four claims, but the three agreeing ones come from one outlet.
    auto same_outlet = [](std::int64_t id, double v) {
        auto c = population(id, v, "Northern Ledger");
        return c;
    };
    CHECK(plugin
              .check(group("population", {same_outlet(1, 120000), same_outlet(2, 119000),
                                          same_outlet(3, 121000), population(4, 50000, "B")}))
              .empty());
    // min_sources can demand more.
    plugin.configure({{"min_sources", 5}});
    CHECK(plugin
              .check(group("population", {population(1, 120000, "A"), population(2, 119000, "B"),
                                          population(3, 121000, "C"), population(4, 12000, "D")}))
              .empty());
}

TEST_CASE("consensus outlier: a hedged interval that holds the centre agrees", "[plugins]") {
    auto plugin = consensus_outlier();
    // "between 50,000 and 130,000" holds 120,000.
    CHECK(plugin
              .check(group("population", {population(1, 120000, "A"), population(2, 119000, "B"),
                                          population(3, 121000, "C"),
                                          between(population(4, 50000, "D"), 50000, 130000)}))
              .empty());
    // "more than 50,000" too.
    CHECK(plugin
              .check(group("population",
                           {population(1, 120000, "A"), population(2, 119000, "B"),
                            population(3, 121000, "C"), more_than(population(4, 50000, "D"))}))
              .empty());
    // "up to 50,000" does not.
    auto up_to = between(population(4, 50000, "D"), 0, 50000);
    CHECK(plugin
              .check(group("population", {population(1, 120000, "A"), population(2, 119000, "B"),
                                          population(3, 121000, "C"), up_to}))
              .size() == 1);
}

TEST_CASE("consensus outlier: configuration errors name the key", "[plugins]") {
    auto plugin = consensus_outlier();
    CHECK_THAT(plugin.configure_error({{"min_sources", 2}}), Catch::Contains("'min_sources'"));
    CHECK_THAT(plugin.configure_error({{"min_sources", 3.0}}), Catch::Contains("'min_sources'"));
    CHECK_THAT(plugin.configure_error({{"threshold", 0.0}}), Catch::Contains("'threshold'"));
    CHECK_THAT(plugin.configure_error({{"max_severity", "top"}}),
               Catch::Contains("'max_severity'"));
    CHECK(plugin.configure_error({{"min_sources", 3}}).empty());
}

TEST_CASE("consensus outlier: against many figures it cites the earliest five, and keeps them",
          "[plugins]") {
    // 30 outlets put the population near 120,000; one says 12,000. The
    // finding cites the five earliest reports, so that reports arriving
    // later leave its claims (and so its id and review) as they are.
    std::vector<ClaimRecord> claims{report(100, 12000, "Meridian News", "", 90, "population")};
    for (std::int64_t i = 1; i <= 30; ++i) {
        claims.push_back(report(i, 120000 + static_cast<double>(i % 7) * 100,
                                "Outlet " + std::to_string(i), "", 60 - i, "population"));
    }
    auto plugin = consensus_outlier();
    const auto first = plugin.check(group("population", claims));
    REQUIRE(first.size() == 1);
    CHECK(questioned_ids(first[0]) == std::vector<std::int64_t>{100});
    // The earliest: outlet 30 reported at minute 30 ... outlet 26 at 34.
    CHECK(reference_ids(first[0]) == std::vector<std::int64_t>{26, 27, 28, 29, 30});
    CHECK_THAT(first[0].message, Catch::Contains("the consensus of 30 other figure(s)"));
    CHECK_THAT(first[0].message, Catch::Contains("and 25 more)"));

    claims.push_back(report(31, 120500, "Late Outlet", "", 600, "population"));
    const auto later = plugin.check(group("population", claims));
    REQUIRE(later.size() == 1);
    CHECK(reference_ids(later[0]) == reference_ids(first[0]));
}
