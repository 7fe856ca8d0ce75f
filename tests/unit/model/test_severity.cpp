#include "host/model/severity.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::model;

TEST_CASE("severity: at or above follows high > medium > low > info", "[model]") {
    CHECK(at_or_above(Severity::high, Severity::medium));
    CHECK(at_or_above(Severity::medium, Severity::medium));
    CHECK_FALSE(at_or_above(Severity::low, Severity::medium));
    CHECK(at_or_above(Severity::info, Severity::info));
    CHECK_FALSE(at_or_above(Severity::info, Severity::low));
    CHECK(most_severe(Severity::low, Severity::medium) == Severity::medium);
    CHECK(most_severe(Severity::high, Severity::info) == Severity::high);
}

TEST_CASE("severity: one name table, parsed back exactly", "[model]") {
    for (const Severity s : k_severities) {
        CHECK(severity_from_string(to_string(s)) == s);
    }
    CHECK(to_string(Severity::high) == "high");
    CHECK(to_string(Severity::info) == "info");
    CHECK_FALSE(severity_from_string("severe"));
    CHECK_FALSE(severity_from_string("High")); // names are lower case, as the rules write them
    CHECK(severity_choices() == "high|medium|low|info");
    CHECK(rank(Severity::high) == 0);
    CHECK(rank(Severity::info) == 3);
}
