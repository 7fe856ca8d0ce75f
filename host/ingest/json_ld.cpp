#include "host/ingest/json_ld.hpp"

#include <nlohmann/json.hpp>

#include <deque>
#include <utility>

namespace crosscheck::ingest {

std::string json_ld_date_published(std::string_view script) {
    // No exceptions: text that is not JSON gives a discarded value.
    const nlohmann::json root =
        nlohmann::json::parse(script.begin(), script.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        return {};
    }
    constexpr int k_max_depth = 16;
    std::deque<std::pair<const nlohmann::json*, int>> queue{{&root, 0}};
    while (!queue.empty()) {
        const auto [value, depth] = queue.front();
        queue.pop_front();
        if (value->is_object()) {
            if (const auto it = value->find("datePublished");
                it != value->end() && it->is_string() &&
                !it->get_ref<const std::string&>().empty()) {
                return it->get<std::string>();
            }
        }
        if (depth < k_max_depth && (value->is_object() || value->is_array())) {
            for (const auto& child : *value) {
                if (child.is_object() || child.is_array()) {
                    queue.emplace_back(&child, depth + 1);
                }
            }
        }
    }
    return {};
}

} // namespace crosscheck::ingest
