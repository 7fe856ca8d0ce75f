#include "host/engine/finding_identity.hpp"

#include "host/util/sha256.hpp"

#include <algorithm>

namespace crosscheck::engine {

std::string finding_id(const std::string& metric, std::vector<std::string> questioned_keys) {
    // Order-free and set-like: the same claims listed in another order, or
    // one claim cited twice, are the same discrepancy.
    std::sort(questioned_keys.begin(), questioned_keys.end());
    questioned_keys.erase(std::unique(questioned_keys.begin(), questioned_keys.end()),
                          questioned_keys.end());
    Sha256 hash;
    hash.update(metric);
    for (const std::string& key : questioned_keys) {
        hash.update("\n");
        hash.update(key);
    }
    return hash.hex_digest().substr(0, 12);
}

std::vector<std::string> questioned_keys(const model::Finding& finding) {
    std::vector<std::string> keys;
    for (const model::FindingClaim& c : finding.claims) {
        if (c.role == model::ClaimRole::questioned) {
            keys.push_back(c.claim_key);
        }
    }
    if (keys.empty()) {
        for (const model::FindingClaim& c : finding.claims) {
            keys.push_back(c.claim_key);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

std::string finding_id(const model::Finding& finding) {
    return finding_id(finding.metric, questioned_keys(finding));
}

} // namespace crosscheck::engine
