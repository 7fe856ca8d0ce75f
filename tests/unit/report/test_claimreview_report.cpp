#include "host/report/claimreview_report.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using crosscheck::report::render_claimreview;

TEST_CASE("claimreview: confirmed findings only, one review per questioned figure", "[report]") {
    const auto out = render_claimreview(crosscheck::testing::sample_report(), "");
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
    CHECK(review["claimReviewed"] == "Officials put the toll at 2,000, a \"record\" | sources");
    CHECK(review["itemReviewed"]["@type"] == "Claim");
    CHECK(review["itemReviewed"]["appearance"]["url"] == "https://example.org/1");
    CHECK(review["itemReviewed"]["appearance"]["author"]["name"] == "Observer");
    CHECK(review["itemReviewed"]["appearance"]["datePublished"] == "2023-09-24T12:40:00Z");
    CHECK(review["author"] == nlohmann::json{{"@type", "Person"}, {"name", "alice"}});
    CHECK(review["datePublished"] == "2026-11-28T10:00:00Z");
    CHECK(review["reviewRating"]["alternateName"] == "Contradicted by other sources");
    CHECK(review["reviewRating"]["ratingExplanation"] ==
          "2,000 (Observer) vs 200 (Atlas): no overlap, 10x apart. Reviewer's note: Checked with "
          "*both* desks, line break");
}

TEST_CASE("claimreview: a decision without a reviewer needs the organisation", "[report]") {
    auto report = crosscheck::testing::sample_report();
    report.findings[0].history.back().reviewer = "unknown";
    const auto refused = render_claimreview(report, "");
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message,
               Catch::Contains("aaaaaaaaaaaa") && Catch::Contains("--organisation"));
    const auto out = render_claimreview(report, "Example Fact Check");
    REQUIRE(out);
    CHECK(nlohmann::json::parse(*out)[0]["author"] ==
          nlohmann::json{{"@type", "Organization"}, {"name", "Example Fact Check"}});
}

TEST_CASE("claimreview: nothing confirmed is an empty array", "[report]") {
    auto report = crosscheck::testing::sample_report();
    report.findings[0].finding.status = crosscheck::model::ReviewStatus::dismissed;
    const auto out = render_claimreview(report, "");
    REQUIRE(out);
    CHECK(*out == "[]\n");
}
