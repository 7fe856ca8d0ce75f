#pragma once
// What `check` and `rules check` share: loading the effective rules (the
// shipped defaults, then --rules) both for extraction and as a check plan,
// and discovering the plugins the plan names.

#include "host/cli/context.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rules.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::cli {

/// The effective rules (the shipped defaults, then `override_path`), each
/// file read and parsed once.
[[nodiscard]] rules::LoadedRules load_rules_for(const std::optional<std::string>& override_path);

/// Every problem of `loaded`, as `file:line:col: message`: the rules' own,
/// then checkers and `[plugins.NAME]` sections naming no loaded plugin,
/// pins that do not match, and configurations a checker refuses.
[[nodiscard]] std::vector<Error> rule_problems(const rules::LoadedRules& loaded,
                                               const plugin::PluginRegistry& registry);

/// Throws a CommandError listing every problem of `loaded` (rule_problems).
void require_valid_rules(const rules::LoadedRules& loaded, const plugin::PluginRegistry& registry);

/// The plugins found through the build folder, --plugins and
/// $CROSSCHECK_PLUGIN_PATH.
[[nodiscard]] plugin::PluginRegistry discover_plugins(const Context& context);

/// Default limits of an isolated plugin (rules: [plugins.NAME]).
inline constexpr double k_default_timeout_seconds = 10;
inline constexpr std::uint64_t k_default_memory_mib = 1024;

/// The plugins for a check: discovered as above, but a plugin `plan` pins (`[plugins.NAME] sha256`)
/// is hashed through its open file and loaded only when it matches; then each plugin is set to run
/// isolated or in-process: isolated when `isolate_all` (--isolate), else as its
/// `[plugins.NAME] isolate` says, else isolated unless it comes from the
/// build's own plugin folder. Throws a CommandError naming the rule's
/// `file:line:col` when a pinned plugin is missing or does not match (both
/// digests and the file shown).
[[nodiscard]] plugin::PluginRegistry
discover_plugins_for_check(const Context& context, const rules::CheckPlan& plan, bool isolate_all);

} // namespace crosscheck::cli
