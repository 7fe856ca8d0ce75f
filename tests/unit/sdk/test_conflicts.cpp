// group_conflicts: pairwise conflicts turned into findings a reviewer can
// act on; one odd figure is one finding, not one per figure it meets.
#include <crosscheck/conflicts.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

using crosscheck::ConflictEdge;
using crosscheck::ConflictGroup;

namespace {

// Conflicts among `values` as a checker would find them: two figures
// conflict when one is more than `factor` times the other.
std::vector<ConflictGroup> grouped(const std::vector<double>& values, double factor = 1.5) {
    std::vector<ConflictEdge> edges;
    for (std::size_t a = 0; a < values.size(); ++a) {
        for (std::size_t b = a + 1; b < values.size(); ++b) {
            const double hi = std::max(values[a], values[b]);
            const double lo = std::min(values[a], values[b]);
            if (hi > lo * factor) {
                edges.push_back({a, b, std::log(hi / lo)});
            }
        }
    }
    return crosscheck::group_conflicts(values.size(), edges, [&](std::size_t a, std::size_t b) {
        return values[a] > values[b] * factor;
    });
}

std::vector<std::size_t> sorted(std::vector<std::size_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("conflicts: one figure against two that agree is one finding", "[sdk]") {
    const auto groups = grouped({12000, 1200, 1200});
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].questioned == std::vector<std::size_t>{0});
    CHECK(sorted(groups[0].reference) == std::vector<std::size_t>{1, 2});
}

TEST_CASE("conflicts: a lone pair is questioned on both sides", "[sdk]") {
    const auto groups = grouped({2000, 200});
    REQUIRE(groups.size() == 1);
    CHECK(sorted(groups[0].questioned) == std::vector<std::size_t>{0, 1});
    CHECK(groups[0].reference.empty());
}

TEST_CASE("conflicts: against two that disagree with each other, pairs stay pairs", "[sdk]") {
    // 10,000 vs 100 and 1,000, which also conflict: no one is the odd one out.
    const auto groups = grouped({10000, 100, 1000});
    CHECK(groups.size() == 3);
    for (const auto& g : groups) {
        CHECK(g.questioned.size() == 2);
        CHECK(g.reference.empty());
    }
}

TEST_CASE("conflicts: an extra zero among many figures that disagree a little is one finding",
          "[sdk]") {
    // A toll that grew within the window (100 -> 160) and one figure with an
    // extra zero: the 10x figure is questioned once, with all the others as
    // references, and the growth pair keeps its own finding.
    const std::vector<double> values = {100, 110, 120, 140, 160, 1200};
    const auto groups = grouped(values);
    std::size_t with_extra_zero = 0;
    for (const auto& g : groups) {
        const bool names_it =
            std::find(g.questioned.begin(), g.questioned.end(), 5) != g.questioned.end() ||
            std::find(g.reference.begin(), g.reference.end(), 5) != g.reference.end();
        if (names_it) {
            ++with_extra_zero;
            CHECK(g.questioned == std::vector<std::size_t>{5});
            CHECK(sorted(g.reference) == std::vector<std::size_t>{0, 1, 2, 3, 4});
        }
    }
    CHECK(with_extra_zero == 1);
    // 160 vs 100 is more than 1.5x: that pair is still reported, on its own.
    CHECK(groups.size() == 2);
}

TEST_CASE("conflicts: a figure with conflicts on both sides is judged after the outer one",
          "[sdk]") {
    // 1,000 lies above three 100s and below 10,000. The 10,000 conflicts
    // with all four (all below it), and is the furthest from them: the odd
    // one out, first. What remains of
    // the 1,000 is three 100s, all below it: questioned against them.
    const auto groups = grouped({100, 100, 100, 1000, 10000});
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].questioned == std::vector<std::size_t>{4});
    CHECK(sorted(groups[0].reference) == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(groups[1].questioned == std::vector<std::size_t>{3});
    CHECK(sorted(groups[1].reference) == std::vector<std::size_t>{0, 1, 2});
}

TEST_CASE("conflicts: the furthest figure is judged first, not the first listed", "[sdk]") {
    // A growing series (each figure conflicts with those 1.5x away) and an
    // extra zero: 100 conflicts with as many figures as 1,400 does, but
    // 1,400 is further from them, so it is the one questioned against all.
    const auto groups = grouped({100, 120, 140, 160, 1400}, 1.15);
    REQUIRE(!groups.empty());
    CHECK(groups[0].questioned == std::vector<std::size_t>{4});
    CHECK(sorted(groups[0].reference) == std::vector<std::size_t>{0, 1, 2, 3});
}

TEST_CASE("conflicts: a figure in dispute on both sides with three or more is one finding",
          "[sdk]") {
    // Claim 0 is too high for 1 and 2 and too low for 3 and 4 (figures
    // that grow by day can be: "above" allows for the growth between them),
    // and nothing else conflicts. No side wins, yet it is one figure in
    // dispute with four: one finding citing them, not four pairs.
    const std::vector<ConflictEdge> edges = {{0, 1, 10}, {0, 2, 10}, {0, 3, 10}, {0, 4, 10}};
    const auto groups = crosscheck::group_conflicts(5, edges, [](std::size_t a, std::size_t b) {
        return (a == 0 && b <= 2) || (b == 0 && a >= 3);
    });
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].questioned == std::vector<std::size_t>{0});
    CHECK(sorted(groups[0].reference) == std::vector<std::size_t>{1, 2, 3, 4});
}

TEST_CASE("conflicts: findings are at most the claims, however many pairs conflict", "[sdk]") {
    // A dense graph whose "above" is no order (as with figures that grow by
    // day): as pairs, about n^2/6 findings.
    constexpr std::size_t n = 60;
    std::vector<ConflictEdge> edges;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            if ((a * 7 + b * 13) % 3 == 0) {
                edges.push_back({a, b, 1.0 + static_cast<double>((a * b) % 5)});
            }
        }
    }
    REQUIRE(edges.size() > 4 * n);
    // Antisymmetric: above(a, b) is !above(b, a) for a != b.
    const auto above = [](std::size_t a, std::size_t b) { return ((a + b) % 2 == 0) == (a > b); };
    const auto groups = crosscheck::group_conflicts(n, edges, above);
    CHECK(!groups.empty());
    CHECK(groups.size() <= n);
    // Every conflict is still in some finding: none is dropped.
    const auto in = [](const std::vector<std::size_t>& v, std::size_t x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    std::size_t covered = 0;
    for (const auto& e : edges) {
        for (const auto& g : groups) {
            const bool a = in(g.questioned, e.a), b = in(g.questioned, e.b);
            if ((a && b) || (a && in(g.reference, e.b)) || (b && in(g.reference, e.a))) {
                ++covered;
                break;
            }
        }
    }
    CHECK(covered == edges.size());
}

TEST_CASE("conflicts: duplicate and self edges are ignored", "[sdk]") {
    const std::vector<ConflictEdge> edges = {{0, 1}, {1, 0}, {0, 0}};
    const auto groups =
        crosscheck::group_conflicts(2, edges, [](std::size_t a, std::size_t) { return a == 0; });
    REQUIRE(groups.size() == 1);
    CHECK(sorted(groups[0].questioned) == std::vector<std::size_t>{0, 1});
}

namespace {
// What earliest_references needs of a claim: an as-of time and an id.
struct Dated {
    std::optional<std::int64_t> t;
    std::int64_t claim_id;
    std::optional<std::int64_t> as_of() const { return t; }
    std::int64_t id() const { return claim_id; }
};
} // namespace

TEST_CASE("conflicts: earliest_references keeps the earliest, by time then id", "[sdk]") {
    const std::vector<Dated> claims{{50, 1}, {10, 2}, {10, 3}, {40, 4}, {std::nullopt, 5}, {30, 6}};
    CHECK(crosscheck::earliest_references(claims, {0, 1, 2, 3, 5}, 3) ==
          std::vector<std::size_t>{1, 2, 5});
    // Fewer than the limit: all of them, ordered.
    CHECK(crosscheck::earliest_references(claims, {3, 0}, 5) == std::vector<std::size_t>{3, 0});
    // No time counts as the earliest (0).
    CHECK(crosscheck::earliest_references(claims, {0, 4}, 1) == std::vector<std::size_t>{4});
}
