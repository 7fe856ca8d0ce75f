#include "host/engine/configured_checkers.hpp"

namespace crosscheck::engine {

Expected<plugin::ConfiguredChecker*> ConfiguredCheckers::get(const std::string& metric,
                                                             std::size_t index) {
    const auto key = std::make_pair(metric, index);
    if (auto it = m_states.find(key); it != m_states.end()) {
        return &it->second;
    }
    const rules::CheckerAssignment& a = m_plan.by_metric.at(metric)[index];
    auto configured = m_registry.configure(a.checker, a.config, &m_children);
    if (!configured) {
        return std::unexpected(configured.error());
    }
    return &m_states.emplace(key, std::move(*configured)).first->second;
}

Expected<void> ConfiguredCheckers::configure_all() {
    for (const auto& [metric, assignments] : m_plan.by_metric) {
        for (std::size_t i = 0; i < assignments.size(); ++i) {
            if (auto configured = get(metric, i); !configured) {
                return fail("metric '" + metric + "': " + configured.error().to_string());
            }
        }
    }
    return {};
}

} // namespace crosscheck::engine
