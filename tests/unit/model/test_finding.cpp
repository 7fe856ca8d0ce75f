#include "host/model/finding.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::model;

TEST_CASE("finding: role, state and review status names round-trip", "[model]") {
    CHECK(to_string(ClaimRole::questioned) == "questioned");
    CHECK(claim_role_from_string("reference") == ClaimRole::reference);
    CHECK_FALSE(claim_role_from_string("outlier"));
    CHECK(finding_state_from_string(to_string(FindingState::gone)) == FindingState::gone);
    for (const ReviewStatus s :
         {ReviewStatus::open, ReviewStatus::confirmed, ReviewStatus::dismissed}) {
        CHECK(review_status_from_string(to_string(s)) == s);
    }
    CHECK_FALSE(review_status_from_string("accepted"));
    CHECK(review_status_choices() == "open|confirmed|dismissed");
}
