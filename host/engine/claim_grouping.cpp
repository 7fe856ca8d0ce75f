#include "host/engine/claim_grouping.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace crosscheck::engine {

std::vector<GroupMembers> find_groups(const std::vector<model::Claim>& claims) {
    // Keyed by views into the claims, so that a million claims cost no
    // million key strings; hashed, since the groups are ordered afterwards
    // by metric and scope key anyway.
    using Key = std::tuple<std::string_view, std::string_view, bool, std::string_view,
                           std::string_view, std::string_view>;
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept {
            const std::hash<std::string_view> h;
            std::size_t seed = h(std::get<0>(k)) ^ (std::get<2>(k) ? 0x51ed27ULL : 0);
            for (const std::string_view part :
                 {std::get<1>(k), std::get<3>(k), std::get<4>(k), std::get<5>(k)}) {
                seed ^= h(part) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
            }
            return seed;
        }
    };
    std::unordered_map<Key, std::size_t, KeyHash> index;
    std::vector<GroupMembers> found;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const model::Claim& c = claims[i];
        // A place is part of the scope: "derna", "libya" and the combined
        // "syria+turkey" are three groups, never compared with each other.
        const Key key{c.metric,      c.scope.subject, c.scope.subset,
                      c.scope.event, c.scope.period,  c.scope.place};
        auto [it, added] = index.try_emplace(key, found.size());
        if (added) {
            found.push_back({c.metric, c.scope.key(), {}});
        }
        found[it->second].positions.push_back(i);
    }
    std::sort(found.begin(), found.end(), [](const GroupMembers& a, const GroupMembers& b) {
        return std::tie(a.metric, a.scope_key) < std::tie(b.metric, b.scope_key);
    });
    // A subset and a subject named like one ("civilians/subset") have the
    // same scope key: one group, as the checkers see one subject.
    std::vector<GroupMembers> groups;
    groups.reserve(found.size());
    for (GroupMembers& g : found) {
        if (!groups.empty() && groups.back().metric == g.metric &&
            groups.back().scope_key == g.scope_key) {
            std::vector<std::size_t> merged;
            merged.reserve(groups.back().positions.size() + g.positions.size());
            std::merge(groups.back().positions.begin(), groups.back().positions.end(),
                       g.positions.begin(), g.positions.end(), std::back_inserter(merged));
            groups.back().positions = std::move(merged);
            continue;
        }
        groups.push_back(std::move(g));
    }
    return groups;
}

bool is_compared(const GroupMembers& group) {
    // The scope key starts with the checked subject (model::ClaimScope::key).
    return !group.scope_key.starts_with("subset|");
}

} // namespace crosscheck::engine
