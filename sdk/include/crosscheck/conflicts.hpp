#pragma once
/// \file
/// Turning pairwise conflicts into findings a reviewer can act on. A checker
/// that compares claims two by two finds edges ("12,000 conflicts with 1,200",
/// "12,000 conflicts with the other 1,200"); reported as they are, one figure
/// against two agreeing ones would be two findings that each blame both
/// sides. `group_conflicts` gathers them: a claim that conflicts with two or
/// more claims that all lie on the same side of it, and agree with each
/// other, is the questioned one and they are its references; the remaining
/// edges are pairs in which both claims are questioned.
///
/// Example:
/// \code
/// std::vector<crosscheck::ConflictEdge> edges = {{0, 1}, {0, 2}};
/// auto groups = crosscheck::group_conflicts(3, edges, [&](std::size_t a, std::size_t b) {
///     return values[a] > values[b]; });
/// // one group: questioned {0}, reference {1, 2}
/// \endcode

#include <algorithm>
#include <cstddef>
#include <set>
#include <utility>
#include <vector>

namespace crosscheck {

/// Two claims (indices into a group) whose figures conflict.
struct ConflictEdge {
    std::size_t a = 0;
    std::size_t b = 0;
};

/// One finding's worth of claims.
struct ConflictGroup {
    std::vector<std::size_t> questioned;
    std::vector<std::size_t> reference;
};

/// Groups `edges` among `count` claims into findings. `above(a, b)` tells
/// whether claim a's figure lies above claim b's, for claims in an edge.
template <class Above>
std::vector<ConflictGroup> group_conflicts(std::size_t count,
                                           const std::vector<ConflictEdge>& edges, Above&& above) {
    std::vector<std::vector<std::size_t>> partners(count);
    std::set<std::pair<std::size_t, std::size_t>> live;
    for (const auto& e : edges) {
        const auto key = std::minmax(e.a, e.b);
        if (e.a == e.b || !live.insert(key).second) {
            continue;
        }
        partners[e.a].push_back(e.b);
        partners[e.b].push_back(e.a);
    }
    const auto connected = [&](std::size_t a, std::size_t b) {
        return live.contains(std::minmax(a, b));
    };
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
        order[i] = i;
    }
    // Most-conflicting claims first: they are the likeliest odd ones out.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return partners[x].size() > partners[y].size();
    });

    std::vector<ConflictGroup> out;
    std::vector<bool> in_open(count, false);
    for (const std::size_t c : order) {
        std::vector<std::size_t> open;
        for (const std::size_t p : partners[c]) {
            if (connected(c, p)) {
                open.push_back(p);
            }
        }
        if (open.size() < 2) {
            continue;
        }
        const bool all_below =
            std::all_of(open.begin(), open.end(), [&](std::size_t p) { return above(c, p); });
        const bool all_above =
            std::all_of(open.begin(), open.end(), [&](std::size_t p) { return above(p, c); });
        bool agree = all_below || all_above;
        // They agree when no live edge joins two of them: look along their
        // own edges (a few each) rather than at every pair of them, which
        // is quadratic when one figure stands against thousands.
        for (const std::size_t p : open) {
            in_open[p] = true;
        }
        for (std::size_t i = 0; agree && i < open.size(); ++i) {
            for (const std::size_t q : partners[open[i]]) {
                if (in_open[q] && connected(open[i], q)) {
                    agree = false;
                    break;
                }
            }
        }
        for (const std::size_t p : open) {
            in_open[p] = false;
        }
        if (!agree) {
            continue;
        }
        for (const std::size_t p : open) {
            live.erase(std::minmax(c, p));
        }
        std::sort(open.begin(), open.end());
        out.push_back({{c}, std::move(open)});
    }
    for (const auto& [a, b] : live) {
        out.push_back({{a, b}, {}});
    }
    return out;
}

} // namespace crosscheck
