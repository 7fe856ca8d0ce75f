#include "host/engine/finding_identity.hpp"

#include "host/util/sha256.hpp"

#include <algorithm>

namespace crosscheck::engine {
namespace {

std::string digest(const std::string& checker, const std::string& metric,
                   const std::vector<const std::string*>& sorted_keys) {
    Sha256 hash;
    hash.update(checker);
    hash.update("\n");
    hash.update(metric);
    for (const std::string* key : sorted_keys) {
        hash.update("\n");
        hash.update(*key);
    }
    return hash.hex_digest().substr(0, 12);
}

// Order-free: the same claims listed in another order are the same finding.
void sort_keys(std::vector<const std::string*>& keys) {
    std::sort(keys.begin(), keys.end(),
              [](const std::string* a, const std::string* b) { return *a < *b; });
}

} // namespace

std::string finding_id(const std::string& checker, const std::string& metric,
                       std::vector<std::string> claim_keys) {
    std::vector<const std::string*> keys;
    keys.reserve(claim_keys.size());
    for (const std::string& key : claim_keys) {
        keys.push_back(&key);
    }
    sort_keys(keys);
    return digest(checker, metric, keys);
}

std::string finding_id(const model::Finding& finding) {
    std::vector<const std::string*> keys;
    keys.reserve(finding.claims.size());
    for (const model::FindingClaim& c : finding.claims) {
        keys.push_back(&c.claim_key);
    }
    sort_keys(keys);
    return digest(finding.checker, finding.metric, keys);
}

} // namespace crosscheck::engine
