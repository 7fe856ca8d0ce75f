#include "host/model/severity.hpp"

namespace crosscheck::model {
namespace {

constexpr std::array<std::string_view, 4> k_names = {"high", "medium", "low", "info"};

} // namespace

std::string_view to_string(Severity s) {
    return k_names[static_cast<std::size_t>(rank(s))];
}

std::optional<Severity> severity_from_string(std::string_view name) {
    for (const Severity s : k_severities) {
        if (to_string(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

std::vector<std::string> severity_names() {
    return {k_names.begin(), k_names.end()};
}

std::string severity_choices() {
    std::string out;
    for (const Severity s : k_severities) {
        if (!out.empty()) {
            out += '|';
        }
        out += to_string(s);
    }
    return out;
}

} // namespace crosscheck::model
