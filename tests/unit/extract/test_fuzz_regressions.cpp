// Inputs on which the claim extractor once broke a property the fuzz target
// checks (fuzz/claims_fuzz.cpp), kept so it never does again. Each is also
// in the target's corpus, fuzz/corpus/claims/.

#include "host/extract/claim_extractor.hpp"
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck;

TEST_CASE("fuzz regressions: 'more than -400 injured' is an interval with its low below its "
          "high, not [-400, -800]",
          "[extract]") {
    // The shipped rules bound "more than N" by N times open_upper_factor
    // (2): for a negative N that bound fell below N.
    const auto rules = rules::effective_extraction_rules();
    REQUIRE(rules.has_value());
    const extract::ClaimExtractor extractor(*rules);
    const auto claims =
        extractor.extract("At least 200 people were killed and more than -400 injured during "
                          "the two days of fighting.",
                          *parse_timestamp("2023-09-25T21:05:00Z"));
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].metric == "deaths");
    REQUIRE(claims[0].high.has_value());
    CHECK(*claims[0].high == 400); // a positive figure keeps its bound
    CHECK(claims[1].metric == "injuries");
    CHECK(claims[1].value == -400);
    CHECK(claims[1].low == -400);
    CHECK_FALSE(claims[1].high.has_value());
}
