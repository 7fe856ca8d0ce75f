// Claims are compared only with claims about the same metric and scope.
#include "host/engine/claim_grouping.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using crosscheck::model::Claim;
using namespace crosscheck::engine;

namespace {

Claim claim(std::int64_t id, std::string metric, std::string subject,
            std::string event = "offensive_2023", std::string period = "2023") {
    Claim c;
    c.id = id;
    c.metric = std::move(metric);
    c.value = static_cast<double>(id);
    c.scope.subject = std::move(subject);
    c.scope.event = std::move(event);
    c.scope.period = std::move(period);
    return c;
}

Claim subset(Claim c) {
    c.scope.subset = true;
    return c;
}

std::vector<std::int64_t> ids(const std::vector<Claim>& claims, const GroupMembers& g) {
    std::vector<std::int64_t> out;
    for (const std::size_t i : g.positions) {
        out.push_back(claims.at(i).id);
    }
    return out;
}

} // namespace

TEST_CASE("claim grouping: a group's scope key joins subject, event and period", "[engine]") {
    const std::vector<Claim> claims = {claim(1, "deaths", "armenian_side"),
                                       claim(2, "deaths", "", "", ""),
                                       claim(3, "deaths", "civilians", "", "1988-1994")};
    const auto groups = find_groups(claims);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].scope_key == "armenian_side|offensive_2023|2023");
    CHECK(groups[1].scope_key == "civilians||1988-1994");
    CHECK(groups[2].scope_key == "||");
}

TEST_CASE("claim grouping: a subset is a subject of its own, never compared with its total",
          "[engine]") {
    // "ten of the dead were civilians" is not a death toll of the civilians
    // to set against "200 civilians killed", nor of everyone.
    const std::vector<Claim> claims = {
        claim(1, "deaths", "civilians"), subset(claim(2, "deaths", "civilians")),
        claim(3, "deaths", ""), subset(claim(4, "deaths", "")),
        // Named like a subset: the checkers see the same subject, so one group.
        claim(5, "deaths", "civilians/subset")};
    const auto groups = find_groups(claims);
    REQUIRE(groups.size() == 4);
    CHECK(groups[0].scope_key == "civilians/subset|offensive_2023|2023");
    CHECK(ids(claims, groups[0]) == std::vector<std::int64_t>{2, 5});
    CHECK(groups[1].scope_key == "civilians|offensive_2023|2023");
    CHECK(ids(claims, groups[1]) == std::vector<std::int64_t>{1});
    CHECK(groups[2].scope_key == "subset|offensive_2023|2023");
    CHECK(ids(claims, groups[2]) == std::vector<std::int64_t>{4});
    CHECK(groups[3].scope_key == "|offensive_2023|2023");
    CHECK(ids(claims, groups[3]) == std::vector<std::int64_t>{3});
}

TEST_CASE("claim grouping: by metric and scope, in order", "[engine]") {
    // "192 Azerbaijani servicemen killed" and "200 Armenians killed" part
    // ways; refugees are never compared with deaths.
    const std::vector<Claim> claims = {
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
            CHECK(claims[i].scope.key() == g.scope_key);
        }
    }
}

TEST_CASE("claim grouping: no claims, no groups", "[engine]") {
    CHECK(find_groups({}).empty());
}

TEST_CASE("claim grouping: a place is a scope of its own, a combined place one more", "[engine]") {
    // Tolls per city, per country and for two countries together: no two
    // of these places are compared, a part never with a combined total.
    struct Row {
        std::string place;
        std::string key;
    };
    const std::vector<Row> rows = {
        {"", "||"},
        {"derna", "|||derna"},
        {"libya", "|||libya"},
        {"libya/elsewhere", "|||libya/elsewhere"},
        {"syria+turkey", "|||syria+turkey"},
        {"turkey", "|||turkey"},
    };
    std::vector<Claim> claims;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (int twice = 0; twice < 2; ++twice) {
            Claim c = claim(static_cast<std::int64_t>(claims.size() + 1), "deaths", "", "", "");
            c.scope.place = rows[i].place;
            claims.push_back(c);
        }
    }
    const auto groups = find_groups(claims);
    REQUIRE(groups.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO(rows[i].place);
        CHECK(groups[i].scope_key == rows[i].key);
        CHECK(groups[i].positions.size() == 2);
        CHECK(claims.at(groups[i].positions.at(0)).scope.place == rows[i].place);
    }
}

TEST_CASE("claim grouping: parts of a total of no named kind are not compared", "[engine]") {
    // "88 bodies identified" and "101 not identified", Monday's "three more
    // bodies" and Tuesday's "another 31": two unnamed parts are as likely
    // different parts as one part reported twice.
    struct Row {
        Claim claim;
        bool compared;
    };
    const std::vector<Row> rows = {
        {subset(claim(1, "deaths", "")), false},
        {subset(claim(2, "deaths", "", "", "")), false},
        {subset(claim(3, "deaths", "civilians")), true}, // a part of a named subject
        {claim(4, "deaths", ""), true},
        {claim(5, "deaths", "civilians"), true},
    };
    for (const auto& row : rows) {
        INFO(row.claim.id);
        const auto groups = find_groups({row.claim});
        REQUIRE(groups.size() == 1);
        CHECK(is_compared(groups[0]) == row.compared);
    }
}
