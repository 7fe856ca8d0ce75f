#pragma once
// One worker's configured checkers: each checker the plan assigns to a
// metric, configured by its plugin's `init` on first use and kept for the
// job. Plugin states are never shared between threads (the ABI promises a
// state is never called concurrently), so each worker of a check job has
// its own; the first worker's are the ones check preparation configured to
// validate the plan, so each configuration goes through `init` once.

#include "host/plugin/plugin_registry.hpp"
#include "host/rules/check_plan.hpp"
#include "host/util/error.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <utility>

namespace crosscheck::engine {

class ConfiguredCheckers {
public:
    /// `registry` and `plan` must outlive this object.
    ConfiguredCheckers(const plugin::PluginRegistry& registry, const rules::CheckPlan& plan)
        : m_registry(registry), m_plan(plan) {}
    ConfiguredCheckers(const ConfiguredCheckers&) = delete;
    ConfiguredCheckers& operator=(const ConfiguredCheckers&) = delete;

    /// The checker of assignment `index` of `metric`'s list, configured now
    /// when it is not yet; fails with the registry's message (the plugin
    /// missing, or refusing its configuration).
    Expected<plugin::ConfiguredChecker*> get(const std::string& metric, std::size_t index);

    /// Configures every assignment of the plan, failing (naming the metric)
    /// on the first that cannot be.
    Expected<void> configure_all();

private:
    const plugin::PluginRegistry& m_registry;
    const rules::CheckPlan& m_plan;
    // Isolated plugins: one child process per plugin for this worker,
    // outliving the states in it (members are destroyed in reverse).
    plugin::ChildPool m_children;
    std::map<std::pair<std::string, std::size_t>, plugin::ConfiguredChecker> m_states;
};

} // namespace crosscheck::engine
