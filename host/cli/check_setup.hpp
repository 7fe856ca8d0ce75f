#pragma once
// What `check` and `rules check` share: loading the effective rules (the
// shipped defaults, then --rules) both for extraction and as a check plan,
// and discovering the plugins the plan names.

#include "host/cli/context.hpp"
#include "host/engine/check_plan.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rule_set.hpp"

#include <optional>
#include <string>
#include <vector>

namespace crosscheck::cli {

struct LoadedRules {
    rules::RuleSet rules;   ///< extraction rules
    engine::CheckPlan plan; ///< which checkers run where
};

/// Every problem in the effective rules, as `file:line:col: message`,
/// including checkers the plan names that no loaded plugin provides.
[[nodiscard]] std::vector<Error> rule_problems(const std::optional<std::string>& override_path,
                                               const plugin::PluginRegistry& registry);

/// The effective rules; throws a CommandError listing every problem.
[[nodiscard]] LoadedRules load_rules_for_check(const std::optional<std::string>& override_path,
                                               const plugin::PluginRegistry& registry);

/// The plugins found through the build folder, --plugins and
/// $CROSSCHECK_PLUGIN_PATH.
[[nodiscard]] plugin::PluginRegistry discover_plugins(const Context& context);

} // namespace crosscheck::cli
