#include "host/report/claimreview_report.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using crosscheck::report::fill_url_template;
using crosscheck::report::render_claimreview;

namespace {
const std::string k_template = "https://factcheck.example/{case}/{finding}#claim-{claim}";
}

TEST_CASE("claimreview: confirmed findings only, one review per questioned figure", "[report]") {
    const auto report = crosscheck::testing::sample_report();
    const auto out = render_claimreview(report, {"", k_template});
    REQUIRE(out);
    const auto doc = nlohmann::json::parse(*out);
    REQUIRE(doc.is_array());
    // The open finding is left out; of the confirmed one, only the
    // questioned figure is rated (the reference is what it is compared with).
    REQUIRE(doc.size() == 1);
    const auto& review = doc[0];
    CHECK(review["@context"] == "https://schema.org");
    CHECK(review["@type"] == "ClaimReview");
    CHECK(review["identifier"] == "aaaaaaaaaaaa:1");
    CHECK(review["url"] ==
          "https://factcheck.example/" + report.case_slug + "/aaaaaaaaaaaa#claim-1");
    CHECK(review["claimReviewed"] == "Officials put the toll at 2,000, a \"record\" | sources");
    CHECK(review["itemReviewed"]["@type"] == "Claim");
    CHECK(review["itemReviewed"]["appearance"]["url"] == "https://example.org/1");
    CHECK(review["itemReviewed"]["appearance"]["author"]["name"] == "Observer");
    CHECK(review["itemReviewed"]["appearance"]["datePublished"] == "2023-09-24T12:40:00Z");
    CHECK(review["author"] == nlohmann::json{{"@type", "Person"}, {"name", "alice"}});
    CHECK(review["datePublished"] == "2026-11-28T10:00:00Z");
    CHECK(review["reviewRating"]["alternateName"] == "Contradicted by other sources");
    // The sample's confirmed finding is high: the worst rating of the scale.
    CHECK(review["reviewRating"]["ratingValue"] == 1);
    CHECK(review["reviewRating"]["worstRating"] == 1);
    CHECK(review["reviewRating"]["bestRating"] == 5);
    CHECK(review["reviewRating"]["ratingExplanation"] ==
          "2,000 (Observer) vs 200 (Atlas): no overlap, 10x apart. Reviewer's note: Checked with "
          "*both* desks, line break");
}

TEST_CASE("claimreview: a decision without a reviewer needs the organisation", "[report]") {
    auto report = crosscheck::testing::sample_report();
    report.findings[0].history.back().reviewer = "unknown";
    const auto refused = render_claimreview(report, {"", k_template});
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message,
               Catch::Contains("aaaaaaaaaaaa") && Catch::Contains("--organisation"));
    const auto out = render_claimreview(report, {"Example Fact Check", k_template});
    REQUIRE(out);
    CHECK(nlohmann::json::parse(*out)[0]["author"] ==
          nlohmann::json{{"@type", "Organization"}, {"name", "Example Fact Check"}});
}

TEST_CASE("claimreview: the organisation, when given, is the author even over a named reviewer",
          "[report]") {
    // The reviewer's name comes from $USER when --reviewer is not given; a
    // desk publishes under its own name.
    const auto out = render_claimreview(crosscheck::testing::sample_report(),
                                        {"Example Fact Check", k_template});
    REQUIRE(out);
    CHECK(nlohmann::json::parse(*out)[0]["author"] ==
          nlohmann::json{{"@type", "Organization"}, {"name", "Example Fact Check"}});
}

TEST_CASE("claimreview: a review needs the fact-check's url", "[report]") {
    const auto refused = render_claimreview(crosscheck::testing::sample_report(), {"", ""});
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message, Catch::Contains("--url-template"));
}

TEST_CASE("claimreview: url template placeholders", "[report]") {
    CHECK(*fill_url_template("https://x.example/{case}/{finding}/{claim}", "c", "f1", "7") ==
          "https://x.example/c/f1/7");
    CHECK(*fill_url_template("https://x.example/all", "c", "f1", "7") == "https://x.example/all");
    const auto unknown = fill_url_template("https://x.example/{id}", "c", "f1", "7");
    REQUIRE_FALSE(unknown);
    CHECK_THAT(unknown.error().message, Catch::Contains("{id}") && Catch::Contains("column 19"));
    const auto unclosed = fill_url_template("https://x.example/{case", "c", "f1", "7");
    REQUIRE_FALSE(unclosed);
    CHECK_THAT(unclosed.error().message, Catch::Contains("never closed"));
}

TEST_CASE("claimreview: nothing confirmed is refused, not an empty export", "[report]") {
    auto report = crosscheck::testing::sample_report();
    report.findings[0].finding.status = crosscheck::model::ReviewStatus::dismissed;
    const auto out = render_claimreview(report, {"", k_template});
    REQUIRE_FALSE(out);
    CHECK_THAT(out.error().message, Catch::Contains("no confirmed findings"));
}
