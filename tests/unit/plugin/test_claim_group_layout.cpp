// plugin::ClaimGroupLayout: the C struct a plugin sees, laid out from the
// model's claims at positions in a case, without moving or copying a claim.
#include "host/plugin/claim_group_layout.hpp"

#include <crosscheck/crosscheck_plugin.h>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using crosscheck::model::Claim;
using crosscheck::plugin::ClaimGroupLayout;

namespace {

Claim claim(std::int64_t id, double value, std::string attribution) {
    Claim c;
    c.id = id;
    c.key = "key-" + std::to_string(id);
    c.metric = "deaths";
    c.value = value;
    c.low = value;
    c.high.reset(); // "more than": no upper bound
    c.unit = "people";
    c.qualifier = crosscheck::model::Qualifier::more_than;
    c.text = "more than " + std::to_string(static_cast<long>(value));
    c.attribution = std::move(attribution);
    c.as_of.seconds = 1695600000 + id;
    c.as_of.iso = "2023-09-25T00:00:0" + std::to_string(id) + "Z";
    c.source.outlet = "Outlet " + std::to_string(id);
    c.quote = "A quote long enough to live on the heap, number " + std::to_string(id);
    c.span = crosscheck::model::TextSpan{10 * static_cast<std::size_t>(id), 100};
    return c;
}

std::string_view view(const crosscheck_string& s) {
    return {s.data, s.size};
}

} // namespace

TEST_CASE("claim group layout: the claims at positions, in that order, pointing into the case",
          "[plugin]") {
    const std::vector<Claim> case_claims = {claim(1, 100, "ministry"), claim(2, 200, ""),
                                            claim(3, 300, "ombudsman")};
    const std::string metric = "deaths";
    const std::string scope = "armenian_side||2023";
    const std::vector<std::size_t> positions = {2, 0};
    const ClaimGroupLayout layout(metric, scope, case_claims, positions);
    CHECK(layout.size() == 2);
    CHECK(&layout.claim(0) == &case_claims[2]);
    const auto& g = layout.abi();
    CHECK(g.struct_size == sizeof(crosscheck_claim_group));
    CHECK(view(g.metric) == "deaths");
    CHECK(view(g.scope_key) == scope);
    REQUIRE(g.claim_count == 2);
    CHECK(g.claims[0]->id == 3);
    CHECK(g.claims[1]->id == 1);
    // No copy: the strings are the case's own.
    CHECK(g.claims[0]->quote.data == case_claims[2].quote.c_str());
    CHECK(g.claims[1]->attribution.data == case_claims[0].attribution.c_str());

    const crosscheck_claim& a = *g.claims[0];
    CHECK(a.struct_size == sizeof(crosscheck_claim));
    CHECK(a.value == 300);
    CHECK(a.has_low == 1);
    CHECK(a.low == 300);
    CHECK(a.has_high == 0);
    CHECK(view(a.unit) == "people");
    CHECK(view(a.qualifier) == "more_than");
    CHECK(a.qualifier.data[a.qualifier.size] == '\0');
    CHECK(view(a.text) == "more than 300");
    CHECK(a.as_of.has_value == 1);
    CHECK(a.as_of.epoch_seconds == 1695600003);
    CHECK(view(a.as_of.iso) == "2023-09-25T00:00:03Z");
    CHECK(a.source.published.has_value == 0);
    CHECK(view(a.source.outlet) == "Outlet 3");
    CHECK(a.span_start == 30);
    CHECK(a.span_end == 100);
}

TEST_CASE("claim group layout: what a plugin sees of an exact figure, a subset, a hand-added "
          "claim",
          "[plugin]") {
    std::vector<Claim> claims = {claim(1, 100, ""), claim(2, 10, ""), claim(3, 5, "")};
    claims[0].qualifier = crosscheck::model::Qualifier::none;
    claims[1].scope.subject = "civilians";
    claims[1].scope.subset = true;
    claims[2].scope.subset = true;
    claims[2].span.reset();
    const std::string metric = "deaths";
    const std::string scope = "||";
    const ClaimGroupLayout layout(metric, scope, claims);
    const auto& g = layout.abi();
    REQUIRE(g.claim_count == 3);
    CHECK(view(g.claims[0]->qualifier).empty());
    CHECK(g.claims[0]->qualifier.data != nullptr);
    CHECK(view(g.claims[0]->scope.subject).empty());
    // A subset is a subject of its own, exactly as checkers always got it.
    CHECK(view(g.claims[1]->scope.subject) == "civilians/subset");
    CHECK(view(g.claims[2]->scope.subject) == "subset");
    CHECK(g.claims[2]->scope.subject.data[g.claims[2]->scope.subject.size] == '\0');
    CHECK(g.claims[2]->span_start == 0);
    CHECK(g.claims[2]->span_end == 0);
}

TEST_CASE("claim group layout: a position outside the case is an error, not a read past its end",
          "[plugin]") {
    const std::vector<Claim> case_claims = {claim(1, 100, "")};
    const std::string metric = "deaths";
    const std::vector<std::size_t> positions = {0, 1};
    CHECK_THROWS_AS(ClaimGroupLayout(metric, metric, case_claims, positions), std::out_of_range);
}
