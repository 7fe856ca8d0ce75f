#include "host/report/timeline_sample.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <vector>

using namespace crosscheck::report::html;

namespace {

std::vector<bool> named_at(std::size_t n, const std::set<std::size_t>& named) {
    std::vector<bool> out(n, false);
    for (const auto i : named) {
        out[i] = true;
    }
    return out;
}

} // namespace

TEST_CASE("timeline sample: which figures a series draws", "[report][html]") {
    struct Row {
        const char* what;
        std::size_t n;
        std::set<std::size_t> named;
        std::size_t cap;
        std::vector<std::size_t> drawn;
    };
    // Worked by hand: the ends, then the named, then the middles of equal
    // stretches of the others.
    const std::vector<Row> rows = {
        {"no figures", 0, {}, 4, {}},
        {"under the cap: all", 3, {}, 4, {0, 1, 2}},
        {"cap exactly hit: all", 4, {2}, 4, {0, 1, 2, 3}},
        {"one past the cap: one gap in the middle", 11, {}, 10, {0, 1, 2, 3, 4, 6, 7, 8, 9, 10}},
        {"first, last and an even spread", 10, {}, 4, {0, 3, 7, 9}},
        {"a named figure is kept", 10, {5}, 4, {0, 4, 5, 9}},
        {"a named figure beside the end is kept", 10, {8}, 4, {0, 4, 8, 9}},
        {"named ends count once", 10, {0, 9}, 3, {0, 5, 9}},
        {"more named than room: an even sample of them", 10, {1, 2, 3, 4, 5, 6}, 4, {0, 2, 5, 9}},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        CHECK(sample_figures(named_at(row.n, row.named), row.cap) == row.drawn);
    }
}

TEST_CASE("timeline sample: 10^4 figures give 200, ends and named kept, evenly spread",
          "[report][html]") {
    const std::size_t n = 10'000;
    std::set<std::size_t> named;
    for (std::size_t i = 50; i < n; i += 97) {
        named.insert(i);
    }
    const auto drawn = sample_figures(named_at(n, named));
    REQUIRE(drawn.size() == k_max_figures_drawn);
    CHECK(std::is_sorted(drawn.begin(), drawn.end()));
    CHECK(std::adjacent_find(drawn.begin(), drawn.end()) == drawn.end());
    CHECK(drawn.front() == 0);
    CHECK(drawn.back() == n - 1);
    for (const auto i : named) {
        CHECK(std::binary_search(drawn.begin(), drawn.end(), i));
    }
    // The others fill the 95 places left: no stretch of the series is
    // skipped much longer than an even share.
    const std::size_t share = n / (k_max_figures_drawn - 2 - named.size());
    std::size_t widest = 0;
    for (std::size_t i = 1; i < drawn.size(); ++i) {
        widest = std::max(widest, drawn[i] - drawn[i - 1]);
    }
    CHECK(widest <= 2 * share);
}
