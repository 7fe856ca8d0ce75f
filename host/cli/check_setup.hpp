#pragma once
// What the commands that load rules and plugins share: the effective rules
// (the shipped defaults, then --rules) and the plugin options the global
// flags give. Preparing a check itself is the engine's
// (host/engine/check_preparation.hpp).

#include "host/cli/context.hpp"
#include "host/engine/check_preparation.hpp"
#include "host/rules/rules.hpp"

#include <string>
#include <vector>

namespace crosscheck::cli {

/// The effective rules (the shipped defaults, then each of `paths`, files
/// or folders, in order), each file read and parsed once. For a case's own
/// rules, see case_rules.hpp.
[[nodiscard]] rules::LoadedRules load_rules_for(const std::vector<std::string>& paths);

/// Where plugins are looked for (--plugins) and how far they are trusted
/// (--allow-unsafe-plugins): a plugin from outside the build is first
/// loaded by a child of this program.
[[nodiscard]] engine::PluginOptions plugin_options(const Context& context);

/// Throws a CommandError listing `problems` (engine::PreparedCheck::problems)
/// when there are any.
void require_no_problems(const std::vector<Error>& problems);

} // namespace crosscheck::cli
