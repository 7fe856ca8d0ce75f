#pragma once
// What `check` and `rules check` share: loading the effective rules (the
// shipped defaults, then --rules) both for extraction and as a check plan,
// and discovering the plugins the plan names.

#include "host/cli/context.hpp"
#include "host/engine/check_plan.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rule_set.hpp"

#include <cstdint>
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

/// Default limits of an isolated plugin (rules: [plugins.NAME]).
inline constexpr double k_default_timeout_seconds = 10;
inline constexpr std::uint64_t k_default_memory_mib = 1024;

/// The plugins for a check: discovered as above, but a plugin the effective
/// rules pin (`[plugins.NAME] sha256`) is hashed through its open file and
/// loaded only when it matches; then each plugin is set to run isolated or
/// in-process: isolated when `isolate_all` (--isolate), else as its
/// `[plugins.NAME] isolate` says, else isolated unless it comes from the
/// build's own plugin folder. Throws a CommandError naming the rule's
/// `file:line:col` when a pinned plugin is missing or does not match (both
/// digests and the file shown).
[[nodiscard]] plugin::PluginRegistry
discover_plugins_for_check(const Context& context, const std::optional<std::string>& override_path,
                           bool isolate_all);

} // namespace crosscheck::cli
