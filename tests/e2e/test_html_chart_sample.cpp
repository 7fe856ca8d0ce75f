// A timeline series draws at most 200 figures (host/report/timeline_sample):
// through the real binary, a case of 250 death tolls, one a source, draws
// 200 of them (counted by their `data-claim-id`, which only points carry
// in a chart) with the "of 250 figures shown" note and every figure a
// finding names; a case of 20 draws all 20 and says nothing of a sample.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/text_search.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>
#include <string>

using crosscheck::testing::occurrences;
using crosscheck::testing::run_crosscheck_on_db;
using crosscheck::testing::TempDir;

namespace {

// `sources` JSONL sources, an hour apart, five outlets, each a death toll
// that grows (and one in fifty an extra zero, for a finding).
std::string death_tolls(int sources) {
    std::string lines;
    for (int i = 0; i < sources; ++i) {
        const int toll = (1000 + i * 37) * (i % 50 == 49 ? 10 : 1);
        char line[512];
        std::snprintf(
            line, sizeof line,
            R"({"outlet": "Outlet %d", "url": "https://news.example/%d", )"
            R"("published": "2023-09-%02dT%02d:00:00Z", )"
            R"("body": "The death toll from the floods rose to %d,%03d, the health ministry said."})"
            "\n",
            i % 5, i, 1 + i / 24, i % 24, toll / 1000, toll % 1000);
        lines += line;
    }
    return lines;
}

struct Chart {
    std::string html;             ///< the deaths timeline section
    nlohmann::json claims;        ///< the deaths claims, from `claims --format json`
    std::set<std::int64_t> named; ///< ids of deaths claims a finding names
};

Chart deaths_chart(int sources) {
    TempDir dir;
    const auto db = (dir / "test.db").string();
    const auto path = dir.write("in/batch.jsonl", death_tolls(sources));
    const auto ingest = run_crosscheck_on_db(db, {"ingest", "--case", "c", path.string()});
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    const auto check = run_crosscheck_on_db(db, {"check", "--case", "c"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    Chart chart;
    const auto claims = run_crosscheck_on_db(db, {"claims", "--case", "c", "--format", "json"});
    REQUIRE(claims.exit_code == 0);
    const auto all_claims = nlohmann::json::parse(claims.out); // kept alive: the loop reads it
    for (const auto& c : all_claims["claims"]) {
        if (c["metric"] == "deaths") {
            chart.claims.push_back(c);
        }
    }
    // Only the high findings, so that the figures they name (about one in
    // five) fit in a sample of 200 and each can be looked for.
    const auto json = run_crosscheck_on_db(
        db, {"report", "--case", "c", "--format", "json", "--severity", "high"});
    REQUIRE(json.exit_code == 0);
    const auto report = nlohmann::json::parse(json.out);
    for (const auto& f : report["findings"]) {
        for (const auto& c : f["claims"]) {
            if (c["metric"] == "deaths") {
                chart.named.insert(c["id"].get<std::int64_t>());
            }
        }
    }
    const auto html = run_crosscheck_on_db(
        db, {"report", "--case", "c", "--format", "html", "--severity", "high"});
    INFO(html.err);
    REQUIRE(html.exit_code == 0);
    const auto at = html.out.find("<section class=\"timeline\" id=\"metric-deaths\"");
    REQUIRE(at != std::string::npos);
    chart.html = html.out.substr(at, html.out.find("</section>", at) - at);
    return chart;
}

} // namespace

TEST_CASE("html chart sample: a series of 250 figures draws 200 and says so",
          "[e2e][html][chart]") {
    const auto chart = deaths_chart(250);
    // One toll a source, all of one scope: one series of 250 figures.
    REQUIRE(chart.claims.size() == 250);
    REQUIRE(occurrences(chart.html, "<li class=\"series-key\"") == 0);
    CHECK(occurrences(chart.html, " data-claim-id=\"") == 200);
    CHECK(occurrences(chart.html, "200 of 250 figures shown") >= 1);
    CHECK(occurrences(chart.html, "class=\"note sampled\" data-shown=\"200\" data-total=\"250\"") ==
          1);
    // The first and the last source's figures, and every one a finding
    // names, are among those drawn.
    REQUIRE_FALSE(chart.named.empty());
    REQUIRE(chart.named.size() < 198);
    std::set<std::int64_t> must = chart.named;
    std::int64_t first = chart.claims.front()["id"].get<std::int64_t>();
    std::int64_t last = first;
    for (const auto& c : chart.claims) {
        first = std::min(first, c["id"].get<std::int64_t>());
        last = std::max(last, c["id"].get<std::int64_t>());
    }
    must.insert(first); // ingested in time order, so the ids run in time order
    must.insert(last);
    for (const auto id : must) {
        INFO("claim " << id);
        CHECK(occurrences(chart.html, "data-claim-id=\"" + std::to_string(id) + "\"") == 1);
    }
}

TEST_CASE("html chart sample: a series of 20 figures draws them all, with no note",
          "[e2e][html][chart]") {
    const auto chart = deaths_chart(20);
    REQUIRE(chart.claims.size() == 20);
    CHECK(occurrences(chart.html, " data-claim-id=\"") == 20);
    CHECK(occurrences(chart.html, "figures shown") == 0);
    CHECK(occurrences(chart.html, "note sampled") == 0);
}
