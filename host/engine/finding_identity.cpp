#include "host/engine/finding_identity.hpp"

#include "host/util/sha256.hpp"

#include <algorithm>

namespace crosscheck::engine {

std::string finding_id(const std::string& checker, const std::string& metric,
                       std::vector<std::string> claim_keys) {
    // Order-free: the same claims listed in another order are the same finding.
    std::sort(claim_keys.begin(), claim_keys.end());
    Sha256 hash;
    hash.update(checker);
    hash.update("\n");
    hash.update(metric);
    for (const auto& key : claim_keys) {
        hash.update("\n");
        hash.update(key);
    }
    return hash.hex_digest().substr(0, 12);
}

} // namespace crosscheck::engine
