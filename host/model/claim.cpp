#include "host/model/claim.hpp"

namespace crosscheck::model {

std::string ClaimScope::checked_subject() const {
    if (!subset) {
        return subject;
    }
    return subject.empty() ? "subset" : subject + "/subset";
}

std::string ClaimScope::key() const {
    std::string k = checked_subject() + "|" + event + "|" + period;
    if (!place.empty()) {
        k += "|" + place; // keys of claims with no place stay as they were
    }
    return k;
}

std::string_view to_string(ClaimOrigin o) {
    return o == ClaimOrigin::manual ? "manual" : "extracted";
}

std::string_view to_string(ClaimStatus s) {
    return s == ClaimStatus::rejected ? "rejected" : "active";
}

std::optional<ClaimOrigin> claim_origin_from_string(std::string_view name) {
    if (name == "extracted") {
        return ClaimOrigin::extracted;
    }
    if (name == "manual") {
        return ClaimOrigin::manual;
    }
    return std::nullopt;
}

std::optional<ClaimStatus> claim_status_from_string(std::string_view name) {
    if (name == "active") {
        return ClaimStatus::active;
    }
    if (name == "rejected") {
        return ClaimStatus::rejected;
    }
    return std::nullopt;
}

} // namespace crosscheck::model
