// loader::MarshalledGroup: the C struct a plugin sees, laid out from a
// group's records or, without moving a claim, from positions in a case.
#include <crosscheck/loader.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using crosscheck::loader::ClaimGroupRecord;
using crosscheck::loader::ClaimRecord;
using crosscheck::loader::MarshalledGroup;

namespace {

ClaimRecord claim(std::int64_t id, double value, std::string attribution) {
    ClaimRecord c;
    c.id = id;
    c.metric = "deaths";
    c.value = value;
    c.low = value;
    c.high.reset(); // "more than": no upper bound
    c.unit = "people";
    c.text = "more than " + std::to_string(static_cast<long>(value));
    c.attribution = std::move(attribution);
    c.as_of.epoch_seconds = 1695600000 + id;
    c.as_of.iso = "2023-09-25T00:00:0" + std::to_string(id) + "Z";
    c.source_outlet = "Outlet " + std::to_string(id);
    c.quote = "A quote long enough to live on the heap, number " + std::to_string(id);
    return c;
}

std::string_view view(const crosscheck_string& s) {
    return {s.data, s.size};
}

} // namespace

TEST_CASE("marshalling: a group from positions in a case is the group of those claims, in that "
          "order, pointing into the case",
          "[sdk]") {
    const std::vector<ClaimRecord> case_claims = {claim(1, 100, "ministry"), claim(2, 200, ""),
                                                  claim(3, 300, "ombudsman")};
    const std::string metric = "deaths";
    const std::string scope = "armenian_side||2023";
    const MarshalledGroup from_positions(metric, scope, case_claims, {2, 0});
    const auto& g = from_positions.get();
    CHECK(view(g.metric) == "deaths");
    CHECK(view(g.scope_key) == scope);
    REQUIRE(g.claim_count == 2);
    CHECK(g.claims[0]->id == 3);
    CHECK(g.claims[1]->id == 1);
    // No copy: the strings are the case's own.
    CHECK(g.claims[0]->quote.data == case_claims[2].quote.c_str());
    CHECK(g.claims[1]->attribution.data == case_claims[0].attribution.c_str());

    // The same fields as a group built from records.
    const ClaimGroupRecord record{metric, scope, {case_claims[2], case_claims[0]}};
    const MarshalledGroup from_record(record);
    const auto& r = from_record.get();
    REQUIRE(r.claim_count == g.claim_count);
    for (std::size_t i = 0; i < r.claim_count; ++i) {
        const crosscheck_claim& a = *g.claims[i];
        const crosscheck_claim& b = *r.claims[i];
        CHECK(a.struct_size == sizeof(crosscheck_claim));
        CHECK(a.id == b.id);
        CHECK(a.value == b.value);
        CHECK(a.has_low == 1);
        CHECK(a.low == b.low);
        CHECK(a.has_high == 0);
        CHECK(view(a.text) == view(b.text));
        CHECK(view(a.attribution) == view(b.attribution));
        CHECK(a.as_of.has_value == 1);
        CHECK(a.as_of.epoch_seconds == b.as_of.epoch_seconds);
        CHECK(view(a.as_of.iso) == view(b.as_of.iso));
        CHECK(view(a.source.outlet) == view(b.source.outlet));
        CHECK(view(a.quote) == view(b.quote));
    }
    CHECK(view(r.claims[0]->quote) == "A quote long enough to live on the heap, number 3");
}

TEST_CASE("marshalling: a position outside the case is an error, not a read past its end",
          "[sdk]") {
    const std::vector<ClaimRecord> case_claims = {claim(1, 100, "")};
    const std::string metric = "deaths";
    CHECK_THROWS_AS(MarshalledGroup(metric, metric, case_claims, {0, 1}), std::out_of_range);
}
