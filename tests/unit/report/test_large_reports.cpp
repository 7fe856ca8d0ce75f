// Reports of many findings: the HTML page shows the first 100 of a severity
// group whole and the rest briefly under a collapsed <details>, each with
// its anchor; the JSON, written a finding at a time, is the same document
// one dump would give, with a finding's count of the references it does
// not list.
#include "host/report/html_report.hpp"
#include "host/report/json_report.hpp"
#include "tests/support/text_search.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace crosscheck;

using crosscheck::testing::occurrences;

namespace {

// `n` open high findings, each citing one claim with a distinctive quote.
report::Report many_high_findings(int n) {
    report::Report r;
    r.case_slug = "many";
    r.generated_at = "2026-11-28T10:00:00Z";
    r.checked_at = "2026-11-28T09:59:00Z";
    for (int i = 0; i < n; ++i) {
        report::ReportFinding rf;
        char id[16];
        std::snprintf(id, sizeof id, "f%011d", i);
        rf.finding.id = id;
        rf.finding.checker = "interval_conflict";
        rf.finding.metric = "deaths";
        rf.finding.severity = model::Severity::high;
        rf.finding.message = "message " + std::to_string(i);
        rf.claims.push_back(
            {testing::sample_claim(i + 1, 100 + i, std::to_string(100 + i), "Outlet",
                                   "quote-of-finding-" + std::to_string(i) + "."),
             model::ClaimRole::questioned});
        r.findings.push_back(std::move(rf));
    }
    return r;
}

} // namespace

TEST_CASE("html: past 100 findings in a group, the rest are brief and collapsed",
          "[report][html]") {
    const auto html = report::render_html(many_high_findings(130));
    CHECK(occurrences(html, "<article class=\"finding severity-high\"") == 100);
    CHECK(occurrences(html, "<article class=\"finding brief severity-high\"") == 30);
    CHECK(occurrences(html, "<details class=\"more-findings\"><summary>30 more high finding(s)") ==
          1);
    // Every finding keeps its anchor and its message; only the whole ones
    // quote their claims.
    for (const int i : {0, 99, 100, 129}) {
        char id[16];
        std::snprintf(id, sizeof id, "f%011d", i);
        INFO(id);
        CHECK(occurrences(html, std::string("id=\"finding-") + id + "\"") == 1);
        CHECK(html.find("message " + std::to_string(i) + "<") != std::string::npos);
        const bool quoted =
            html.find("quote-of-finding-" + std::to_string(i) + ".") != std::string::npos;
        CHECK(quoted == (i < 100));
    }
    // The group closes before the timelines begin.
    CHECK(html.find("</details></div></section>") != std::string::npos);

    // A group of 100 or fewer has no brief part.
    const auto small = report::render_html(many_high_findings(100));
    CHECK(small.find("more-findings") == std::string::npos);
    CHECK(occurrences(small, "<article class=\"finding severity-high\"") == 100);
}

TEST_CASE("json: written a finding at a time, the document one dump would give", "[report][json]") {
    auto r = many_high_findings(3);
    r.findings[1].finding.more_references = 7;
    const std::string text = report::render_json(r);
    const auto parsed = nlohmann::ordered_json::parse(text);
    // The same bytes as the parsed document dumped whole, two spaces.
    CHECK(text == parsed.dump(2) + "\n");
    REQUIRE(parsed["findings"].size() == 3);
    CHECK(parsed["findings"][1]["more_references"] == 7);
    CHECK_FALSE(parsed["findings"][0].contains("more_references"));
    CHECK(parsed["findings"][2]["claims"][0]["quote"] == "quote-of-finding-2.");

    report::Report none = many_high_findings(0);
    const std::string empty = report::render_json(none);
    CHECK(empty == nlohmann::ordered_json::parse(empty).dump(2) + "\n");
    CHECK(nlohmann::json::parse(empty)["findings"].empty());
}
