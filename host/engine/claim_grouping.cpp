#include "host/engine/claim_grouping.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace crosscheck::engine {

std::string scope_key(const loader::ClaimRecord& claim) {
    return claim.scope_subject + "|" + claim.scope_event + "|" + claim.scope_period;
}

std::vector<GroupMembers> find_groups(const std::vector<loader::ClaimRecord>& claims) {
    // Keyed by views into the claims, so that a million claims cost no
    // million key strings; hashed, since the groups are ordered afterwards
    // by metric and scope key anyway.
    using Key = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept {
            const std::hash<std::string_view> h;
            std::size_t seed = h(std::get<0>(k));
            for (const std::string_view part : {std::get<1>(k), std::get<2>(k), std::get<3>(k)}) {
                seed ^= h(part) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2);
            }
            return seed;
        }
    };
    std::unordered_map<Key, std::size_t, KeyHash> index;
    std::vector<GroupMembers> found;
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const auto& c = claims[i];
        const Key key{c.metric, c.scope_subject, c.scope_event, c.scope_period};
        auto [it, added] = index.try_emplace(key, found.size());
        if (added) {
            found.push_back({c.metric, scope_key(c), {}});
        }
        found[it->second].positions.push_back(i);
    }
    std::sort(found.begin(), found.end(), [](const GroupMembers& a, const GroupMembers& b) {
        return std::tie(a.metric, a.scope_key) < std::tie(b.metric, b.scope_key);
    });
    return found;
}

} // namespace crosscheck::engine
