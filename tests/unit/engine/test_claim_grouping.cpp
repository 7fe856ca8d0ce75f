// Claims are compared only with claims about the same metric and scope.
#include "host/engine/claim_grouping.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using crosscheck::loader::ClaimRecord;
using namespace crosscheck::engine;

namespace {

ClaimRecord claim(std::int64_t id, std::string metric, std::string subject,
                  std::string event = "offensive_2023", std::string period = "2023") {
    ClaimRecord c;
    c.id = id;
    c.metric = std::move(metric);
    c.value = static_cast<double>(id);
    c.scope_subject = std::move(subject);
    c.scope_event = std::move(event);
    c.scope_period = std::move(period);
    return c;
}

std::vector<std::int64_t> ids(const std::vector<ClaimRecord>& claims, const GroupMembers& g) {
    std::vector<std::int64_t> out;
    for (const std::size_t i : g.positions) {
        out.push_back(claims.at(i).id);
    }
    return out;
}

} // namespace

TEST_CASE("claim grouping: the scope key joins subject, event and period", "[engine]") {
    CHECK(scope_key(claim(1, "deaths", "armenian_side")) == "armenian_side|offensive_2023|2023");
    CHECK(scope_key(claim(1, "deaths", "", "", "")) == "||");
    CHECK(scope_key(claim(1, "deaths", "civilians", "", "1988-1994")) == "civilians||1988-1994");
}

TEST_CASE("claim grouping: by metric and scope, in order", "[engine]") {
    // "192 Azerbaijani servicemen killed" and "200 Armenians killed" part
    // ways; refugees are never compared with deaths.
    const std::vector<ClaimRecord> claims = {
        claim(1, "deaths", "azerbaijani_side"),
        claim(2, "refugees", ""),
        claim(3, "deaths", "armenian_side"),
        claim(4, "deaths", "azerbaijani_side"),
        claim(5, "deaths", "armenian_side", "offensive_2023", "1988-1994"),
        claim(6, "deaths", "armenian_side"),
        claim(7, "refugees", ""),
    };
    const auto groups = find_groups(claims);
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].metric == "deaths");
    CHECK(groups[0].scope_key == "armenian_side|offensive_2023|1988-1994");
    CHECK(ids(claims, groups[0]) == std::vector<std::int64_t>{5});
    CHECK(groups[1].scope_key == "armenian_side|offensive_2023|2023");
    CHECK(ids(claims, groups[1]) == std::vector<std::int64_t>{3, 6});
    CHECK(groups[2].scope_key == "azerbaijani_side|offensive_2023|2023");
    CHECK(ids(claims, groups[2]) == std::vector<std::int64_t>{1, 4});
    CHECK(groups[3].metric == "refugees");
    CHECK(ids(claims, groups[3]) == std::vector<std::int64_t>{2, 7});
    for (const auto& g : groups) {
        for (const std::size_t i : g.positions) {
            CHECK(claims[i].metric == g.metric);
            CHECK(scope_key(claims[i]) == g.scope_key);
        }
    }
}

TEST_CASE("claim grouping: no claims, no groups", "[engine]") {
    CHECK(find_groups({}).empty());
}
