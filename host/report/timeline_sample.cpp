#include "host/report/timeline_sample.hpp"

#include <algorithm>
#include <cassert>

namespace crosscheck::report::html {
namespace {

// `count` of `from`, evenly spread: the middle of each of `count` equal
// stretches, so neither end is favoured.
void take_evenly(const std::vector<std::size_t>& from, std::size_t count,
                 std::vector<std::size_t>& into) {
    if (count >= from.size()) {
        into.insert(into.end(), from.begin(), from.end());
        return;
    }
    for (std::size_t i = 0; i < count; ++i) {
        into.push_back(from[(2 * i + 1) * from.size() / (2 * count)]);
    }
}

} // namespace

std::vector<std::size_t> sample_figures(const std::vector<bool>& named, std::size_t cap) {
    assert(cap >= 2);
    const std::size_t n = named.size();
    std::vector<std::size_t> drawn;
    if (n <= cap) {
        for (std::size_t i = 0; i < n; ++i) {
            drawn.push_back(i);
        }
        return drawn;
    }
    // Between the ends: the named first, then the others in the room left.
    std::vector<std::size_t> inner_named;
    std::vector<std::size_t> inner_other;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        (named[i] ? inner_named : inner_other).push_back(i);
    }
    drawn = {0, n - 1};
    const std::size_t room = cap - 2;
    take_evenly(inner_named, room, drawn);
    take_evenly(inner_other, room - std::min(room, inner_named.size()), drawn);
    std::sort(drawn.begin(), drawn.end());
    return drawn;
}

} // namespace crosscheck::report::html
