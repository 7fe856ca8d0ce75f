#include "host/model/claim.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::model;

TEST_CASE("claim scope: a subset is a subject of its own, encoded once", "[model]") {
    struct Row {
        ClaimScope scope;
        const char* subject;
        const char* key;
    };
    const Row rows[] = {
        {{"", false, "", "", ""}, "", "||"},
        {{"civilians", false, "", "", ""}, "civilians", "civilians||"},
        {{"", true, "", "", ""}, "subset", "subset||"},
        {{"civilians", true, "", "", ""}, "civilians/subset", "civilians/subset||"},
        {{"", false, "explosion", "2020", ""}, "", "|explosion|2020"},
        {{"children", true, "earthquake", "", ""},
         "children/subset",
         "children/subset|earthquake|"},
        // A stated place joins the key; none leaves it as it was.
        {{"", false, "", "", "derna"}, "", "|||derna"},
        {{"", true, "", "", "syria+turkey"}, "subset", "subset|||syria+turkey"},
    };
    for (const auto& row : rows) {
        INFO(row.key);
        CHECK(row.scope.checked_subject() == row.subject);
        CHECK(row.scope.key() == row.key);
    }
}

TEST_CASE("claim: origin, status and qualifier names round-trip", "[model]") {
    CHECK(claim_origin_from_string(to_string(ClaimOrigin::manual)) == ClaimOrigin::manual);
    CHECK(claim_status_from_string(to_string(ClaimStatus::rejected)) == ClaimStatus::rejected);
    CHECK_FALSE(claim_status_from_string("gone"));
    for (const Qualifier q : {Qualifier::none, Qualifier::more_than, Qualifier::at_least,
                              Qualifier::less_than, Qualifier::at_most, Qualifier::nearly,
                              Qualifier::approximately, Qualifier::range, Qualifier::vague}) {
        CHECK(qualifier_from_string(to_string(q)) == q);
    }
    CHECK(to_string(Qualifier::more_than) == "more_than");
    CHECK_FALSE(qualifier_from_string("roughly"));
}

TEST_CASE("moment: ISO text keeps its seconds, or none when it does not parse", "[model]") {
    const Moment m = Moment::from_iso("2023-09-24T12:40:00Z");
    REQUIRE(m.seconds);
    CHECK(*m.seconds == 1695559200);
    CHECK(Moment::of(crosscheck::Timestamp{1695559200}).iso == "2023-09-24T12:40:00Z");
    const Moment bad = Moment::from_iso("someday");
    CHECK_FALSE(bad.seconds);
    CHECK(bad.iso == "someday");
}
