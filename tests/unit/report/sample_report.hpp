#pragma once
// A small report built by hand for the renderers' unit tests: two findings
// on deaths (one found by two checkers, confirmed with a history whose last
// decision was carried from another finding; one open, setting one side
// against another), with hostile text in the places that come from sources
// and reviewers.

#include "host/report/report_model.hpp"

namespace crosscheck::testing {

inline model::Claim sample_claim(std::int64_t id, double value, std::string text,
                                 std::string outlet, std::string quote) {
    model::Claim c;
    c.id = id;
    c.metric = "deaths";
    c.value = value;
    c.low = value;
    c.high = value;
    c.unit = "people";
    c.text = std::move(text);
    c.quote = std::move(quote);
    c.as_of = model::Moment::from_iso("2023-09-24T12:40:00Z");
    c.source.url = "https://example.org/" + std::to_string(id);
    c.source.outlet = std::move(outlet);
    c.source.published = model::Moment::from_iso("2023-09-24T12:40:00Z");
    return c;
}

inline report::Report sample_report() {
    report::Report r;
    r.case_slug = "sample";
    r.generated_at = "2026-11-28T10:00:00Z";
    r.checked_at = "2026-11-28T09:59:00Z";

    report::ReportFinding high;
    high.finding.id = "aaaaaaaaaaaa";
    high.finding.checker = "interval_conflict";
    high.finding.metric = "deaths";
    high.finding.severity = model::Severity::high;
    high.finding.status = model::ReviewStatus::confirmed;
    high.finding.message = "2,000 (Observer) vs 200 (Atlas): no overlap, 10x apart";
    high.claims.push_back({sample_claim(1, 2000, "2,000", "Observer",
                                        "Officials put the toll at 2,000, a \"record\" | sources"),
                           model::ClaimRole::questioned});
    high.claims.push_back(
        {sample_claim(2, 200, "200", "=HYPERLINK(\"http://evil\")", "Some 200 died."),
         model::ClaimRole::reference});
    high.finding.reasons = {
        {"interval_conflict", model::Severity::high, high.finding.message, false},
        {"transcription", model::Severity::medium, "2,000 vs 200: the same statement | copied",
         false}};
    high.history.push_back(
        {1, high.finding.id, model::ReviewStatus::open, "", "bob", "2026-11-28T09:59:30Z", ""});
    high.history.push_back({2, high.finding.id, model::ReviewStatus::confirmed,
                            "Checked with *both* desks, line\nbreak", "alice",
                            "2026-11-28T10:00:00Z", "cccccccccccc"});

    report::ReportFinding low;
    low.finding.id = "bbbbbbbbbbbb";
    low.finding.checker = "consensus_outlier";
    low.finding.metric = "deaths";
    low.finding.severity = model::Severity::low;
    low.finding.status = model::ReviewStatus::open;
    low.finding.message = "-5 is odd";
    low.finding.cross_side = true;
    low.finding.reasons = {{"consensus_outlier", model::Severity::low, "-5 is odd", true}};
    low.claims.push_back(
        {sample_claim(3, 5, "5", "Ledger", "# 5 dead"), model::ClaimRole::questioned});

    r.findings = {high, low};
    return r;
}

} // namespace crosscheck::testing
