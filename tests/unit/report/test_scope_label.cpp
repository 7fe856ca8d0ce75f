// A claim's scope in words, as the HTML timelines label their series.
#include "host/report/scope_label.hpp"

#include <catch2/catch.hpp>

#include <string>

using crosscheck::model::ClaimScope;
using crosscheck::report::scope_label;

namespace {

ClaimScope scope(std::string subject, bool subset, std::string event, std::string period,
                 std::string place) {
    ClaimScope s;
    s.subject = std::move(subject);
    s.subset = subset;
    s.event = std::move(event);
    s.period = std::move(period);
    s.place = std::move(place);
    return s;
}

} // namespace

TEST_CASE("scope_label: each part in words, the main count when none is stated", "[report]") {
    CHECK(scope_label(ClaimScope{}) == "the main count");
    CHECK(scope_label(scope("civilians", false, "", "", "")) == "civilians");
    CHECK(scope_label(scope("civilians", true, "", "", "")) == "civilians (part of a total)");
    CHECK(scope_label(scope("", true, "", "", "")) == "part of a total");
    CHECK(scope_label(scope("azerbaijani_forces", false, "", "", "")) == "azerbaijani forces");
    CHECK(scope_label(scope("", false, "explosion", "1988-1994", "")) == "explosion, 1988-1994");
}

TEST_CASE("scope_label: places as the rules key them, as a reader says them", "[report]") {
    CHECK(scope_label(scope("", false, "", "", "derna")) == "in Derna");
    CHECK(scope_label(scope("", false, "", "", "syria+turkey")) == "in Syria and Turkey");
    CHECK(scope_label(scope("", false, "", "", "a+b+c")) == "in A, B and C");
    CHECK(scope_label(scope("", false, "", "", "libya/elsewhere")) == "elsewhere in Libya");
    CHECK(scope_label(scope("", false, "", "", "elsewhere")) == "elsewhere");
    CHECK(scope_label(scope("children", true, "flood", "", "derna")) ==
          "children (part of a total), flood, in Derna");
}
