#pragma once
/// \file
/// Turning pairwise conflicts into findings a reviewer can act on. A checker
/// that compares claims two by two finds edges ("12,000 conflicts with 1,200",
/// "12,000 conflicts with the other 1,200"); reported as they are, one figure
/// against two agreeing ones would be two findings that each blame both
/// sides. `group_conflicts` gathers them: a claim that conflicts with three
/// or more claims that all lie on the same side of it, or with two that also
/// agree with each other, is the questioned one and they are its
/// references; the remaining edges are pairs in which both claims are
/// questioned.
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
#include <cstdint>
#include <utility>
#include <vector>

namespace crosscheck {

/// Two claims (indices into a group) whose figures conflict.
struct ConflictEdge {
    std::size_t a = 0;
    std::size_t b = 0;
    /// How far apart they are (say, the log of the ratio of their figures);
    /// the claims furthest from the rest are judged first.
    double weight = 1.0;
};

/// One finding's worth of claims.
struct ConflictGroup {
    std::vector<std::size_t> questioned;
    std::vector<std::size_t> reference;
};

/// How many references a finding cites at most: the message names them, and
/// the finding's id derives from its claims.
inline constexpr std::size_t k_max_cited_references = 5;

/// From how many conflicts on both sides of it a figure is one finding
/// against them all rather than a pair with each (see `group_conflicts`).
inline constexpr std::size_t k_min_disputed = 3;

/// How many of a side's earliest figures a message looks through for the
/// outlets and attributions it names (it names k_max_cited_references and
/// counts the rest): an extra zero in a month-long level can stand against
/// 20,000 figures, and naming must not cost a pass over them all.
inline constexpr std::size_t k_scanned_for_names = 64;

/// The earliest `limit` of `indices` into `claims` (by as-of time, then
/// claim id), in that order: the references a finding cites when many
/// figures stand behind it. The earliest, because later articles then leave
/// the finding's claims, and so its id and review status, as they are.
template <class Claims>
std::vector<std::size_t> earliest_references(const Claims& claims, std::vector<std::size_t> indices,
                                             std::size_t limit = k_max_cited_references) {
    const auto earlier = [&](std::size_t a, std::size_t b) {
        const auto ta = claims[a].as_of().value_or(0);
        const auto tb = claims[b].as_of().value_or(0);
        return ta != tb ? ta < tb : claims[a].id() < claims[b].id();
    };
    if (indices.size() > limit) {
        std::nth_element(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(limit),
                         indices.end(), earlier);
        indices.resize(limit);
    }
    std::sort(indices.begin(), indices.end(), earlier);
    return indices;
}

/// Groups `edges` among `count` claims into findings. `above(a, b)` tells
/// whether claim a's figure lies above claim b's, for claims in an edge.
template <class Above>
std::vector<ConflictGroup> group_conflicts(std::size_t count,
                                           const std::vector<ConflictEdge>& edges, Above&& above) {
    std::vector<double> distance(count, 0.0); // sum of the weights of a claim's edges
    // The distinct edges, sorted, each alive until a group takes it: a
    // sorted vector rather than a set, since an extra zero among a
    // month-long level's figures has an edge to every one of them, and
    // millions of tree nodes cost more than the check itself.
    // 32-bit indices halve what the links take; a group of 4 billion
    // claims would not fit in memory anyway.
    using Index = std::uint32_t;
    using Link = std::pair<Index, Index>; // (lower index, higher)
    const auto ordered = [](std::size_t a, std::size_t b) {
        const auto x = static_cast<Index>(a), y = static_cast<Index>(b);
        return x < y ? Link{x, y} : Link{y, x};
    };
    std::vector<Link> links;
    links.reserve(edges.size());
    for (const auto& e : edges) {
        if (e.a != e.b) {
            links.push_back(ordered(e.a, e.b));
        }
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    std::vector<char> alive(links.size(), 1);
    const auto link_of = [&](std::size_t a, std::size_t b) {
        const Link key = ordered(a, b);
        const auto it = std::lower_bound(links.begin(), links.end(), key);
        return it != links.end() && *it == key ? static_cast<std::size_t>(it - links.begin())
                                               : links.size();
    };
    // partners[c]: (the other claim, its link), for every link of c;
    // reserved exactly, since a claim may have a link to every other.
    std::vector<std::size_t> degree(count, 0);
    for (const auto& [a, b] : links) {
        ++degree[a];
        ++degree[b];
    }
    std::vector<std::vector<std::pair<Index, Index>>> partners(count);
    for (std::size_t c = 0; c < count; ++c) {
        partners[c].reserve(degree[c]);
    }
    for (std::size_t l = 0; l < links.size(); ++l) {
        partners[links[l].first].emplace_back(links[l].second, static_cast<Index>(l));
        partners[links[l].second].emplace_back(links[l].first, static_cast<Index>(l));
    }
    // An edge listed twice counts once, with its first weight.
    std::vector<char> weighed(links.size(), 0);
    for (const auto& e : edges) {
        if (e.a == e.b) {
            continue;
        }
        const std::size_t l = link_of(e.a, e.b);
        if (!weighed[l]) {
            weighed[l] = 1;
            distance[e.a] += e.weight;
            distance[e.b] += e.weight;
        }
    }
    const auto connected = [&](std::size_t a, std::size_t b) {
        const std::size_t l = link_of(a, b);
        return l < links.size() && alive[l] != 0;
    };
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
        order[i] = i;
    }
    // The claims furthest from the rest first: they are the likeliest odd
    // ones out. An extra zero (10x from each of its partners) comes before
    // the first figure of a growing series (a little below each of the
    // later ones), though both conflict with as many claims.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return distance[x] > distance[y]; });

    std::vector<ConflictGroup> out;
    for (const std::size_t c : order) {
        std::vector<std::size_t> open;
        for (const auto& [p, l] : partners[c]) {
            if (alive[l]) {
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
        if (!all_below && !all_above) {
            continue;
        }
        // Against three or more figures all on one side of it, a figure is
        // the odd one out even if some of them also disagree with each
        // other (their own conflicts stay, as findings of their own): an
        // extra zero in a window of figures that rounded differently is
        // still one error, not one per figure it meets. Against two, they
        // must agree, or it is one figure's word against the other's.
        if (open.size() == 2 && connected(open[0], open[1])) {
            continue;
        }
        for (const auto& [p, l] : partners[c]) {
            alive[l] = 0;
        }
        std::sort(open.begin(), open.end());
        out.push_back({{c}, std::move(open)});
    }
    // What is left are figures that disagree with others on both sides of
    // them: ten towns' tolls that no rule tells apart, growing by day, put
    // every figure between some it is too high for and some it is too low
    // for. Left as pairs, the findings would grow with the pairs of claims,
    // not with the claims. A figure that still conflicts with
    // k_min_disputed or more is one finding, questioned against them (the
    // finding cites a sample); furthest first, as above. Afterwards every
    // claim has fewer than k_min_disputed live links, so the pairs left
    // number at most the claims not yet taken, and a group's findings at
    // most its claims.
    for (const std::size_t c : order) {
        std::vector<std::size_t> open;
        for (const auto& [p, l] : partners[c]) {
            if (alive[l]) {
                open.push_back(p);
            }
        }
        if (open.size() < k_min_disputed) {
            continue;
        }
        for (const auto& [p, l] : partners[c]) {
            alive[l] = 0;
        }
        std::sort(open.begin(), open.end());
        out.push_back({{c}, std::move(open)});
    }
    for (std::size_t l = 0; l < links.size(); ++l) {
        if (alive[l]) {
            out.push_back({{links[l].first, links[l].second}, {}});
        }
    }
    return out;
}

} // namespace crosscheck
