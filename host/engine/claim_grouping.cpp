#include "host/engine/claim_grouping.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace crosscheck::engine {

std::string scope_key(const loader::ClaimRecord& claim) {
    return claim.scope_subject + "|" + claim.scope_event + "|" + claim.scope_period;
}

std::vector<loader::ClaimGroupRecord> group_claims(std::vector<loader::ClaimRecord> claims) {
    std::map<std::pair<std::string, std::string>, std::vector<loader::ClaimRecord>> groups;
    for (auto& claim : claims) {
        auto key = std::make_pair(claim.metric, scope_key(claim));
        groups[std::move(key)].push_back(std::move(claim));
    }
    std::vector<loader::ClaimGroupRecord> out;
    out.reserve(groups.size());
    for (auto& [key, members] : groups) {
        out.push_back({key.first, key.second, std::move(members)});
    }
    return out;
}

} // namespace crosscheck::engine
