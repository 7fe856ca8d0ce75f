#include "host/model/finding.hpp"

#include <array>
#include <utility>

namespace crosscheck::model {
namespace {

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [e, name] : table) {
        if (e == value) {
            return name;
        }
    }
    return table.front().second;
}

template <class E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, std::string_view>, N>& table,
                       std::string_view name) {
    for (const auto& [e, text] : table) {
        if (text == name) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ClaimRole, std::string_view>, 2> k_roles = {
    {{ClaimRole::questioned, "questioned"}, {ClaimRole::reference, "reference"}}};
constexpr std::array<std::pair<FindingState, std::string_view>, 2> k_states = {
    {{FindingState::active, "active"}, {FindingState::gone, "gone"}}};
constexpr std::array<std::pair<ReviewStatus, std::string_view>, 3> k_statuses = {
    {{ReviewStatus::open, "open"},
     {ReviewStatus::confirmed, "confirmed"},
     {ReviewStatus::dismissed, "dismissed"}}};

} // namespace

std::string_view to_string(ClaimRole r) {
    return name_of(k_roles, r);
}
std::string_view to_string(FindingState s) {
    return name_of(k_states, s);
}
std::string_view to_string(ReviewStatus s) {
    return name_of(k_statuses, s);
}
std::optional<ClaimRole> claim_role_from_string(std::string_view name) {
    return parse(k_roles, name);
}
std::optional<FindingState> finding_state_from_string(std::string_view name) {
    return parse(k_states, name);
}
std::optional<ReviewStatus> review_status_from_string(std::string_view name) {
    return parse(k_statuses, name);
}

std::vector<std::string> review_status_names() {
    std::vector<std::string> out;
    for (const auto& [status, name] : k_statuses) {
        out.emplace_back(name);
    }
    return out;
}

std::string review_status_choices() {
    std::string out;
    for (const auto& [status, name] : k_statuses) {
        if (!out.empty()) {
            out += '|';
        }
        out += name;
    }
    return out;
}

} // namespace crosscheck::model
