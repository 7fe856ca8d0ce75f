#pragma once
// Preparing a check: the plugins the rules call for (pins checked through
// the open file, each set to run isolated or in-process), and every problem
// of the rules against those plugins, found before any work: checkers and
// [plugins.NAME] sections naming no loaded plugin, pins that do not match,
// configurations a checker refuses. Each checker's configuration is
// validated once, by configuring it; the configured checkers are then the
// check job's first worker's (run_check_job), so none is configured twice.

#include "host/engine/configured_checkers.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rules.hpp"
#include "host/util/error.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace crosscheck::engine {

/// Default limits of an isolated plugin (rules: [plugins.NAME]).
inline constexpr double k_default_timeout_seconds = 10;
inline constexpr std::uint64_t k_default_memory_mib = 1024;

/// Where plugins are looked for and how far they are trusted.
struct PluginOptions {
    std::vector<std::filesystem::path> plugin_dirs; ///< --plugins, in order
    bool allow_unsafe = false;                      ///< --allow-unsafe-plugins
    bool isolate_all = false;                       ///< --isolate
    /// The program a plugin from outside the build is first loaded by (see
    /// plugin::RegistryOptions::probe_program); unset in tests that load
    /// plugins directly.
    std::optional<std::filesystem::path> probe_program;
};

/// The plugins found through the build folder, `options.plugin_dirs` and
/// $CROSSCHECK_PLUGIN_PATH, with no pins and nothing isolated: what
/// `plugins list` and `rules check` see.
[[nodiscard]] plugin::PluginRegistry discover_plugins(const PluginOptions& options);

/// The plugins for a check under `plan`: discovered as above, but a plugin
/// `plan` pins (`[plugins.NAME] sha256`) is hashed through its open file and
/// loaded only when it matches; then each plugin is set to run isolated or
/// in-process: isolated when `options.isolate_all`, else as its
/// `[plugins.NAME] isolate` says, else isolated unless it comes from the
/// build's own plugin folder, with the rule's timeout and memory limits.
/// Fails, naming each rule's `file:line:col`, when a pinned plugin is
/// missing or does not match (both digests and the file shown).
[[nodiscard]] Expected<plugin::PluginRegistry>
discover_plugins_for_check(const rules::CheckPlan& plan, const PluginOptions& options);

/// The outcome of preparing a check.
struct PreparedCheck {
    /// Every problem, as `file:line:col: message`: the rules' own first.
    /// When not empty, nothing is to be checked.
    std::vector<Error> problems;
    /// Every checker of the plan, configured (empty when there are
    /// problems): the first worker's checkers for run_check_job.
    std::unique_ptr<ConfiguredCheckers> checkers;
};

/// Checks `rules` against `registry`, configuring each checker once.
/// `rules` and `registry` must outlive the result.
[[nodiscard]] PreparedCheck prepare_check(const rules::LoadedRules& rules,
                                          const plugin::PluginRegistry& registry);

} // namespace crosscheck::engine
