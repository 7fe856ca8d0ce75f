#pragma once
// Reading rule files: TOML (toml11 v3) into a validated, merged RuleSet.
// Files are applied in order; a later file extends or overrides an earlier
// one section by section (rules/README.md, "Overriding"). Every problem is
// reported as "file:line:col: message", unknown keys included.

#include "host/rules/rule_set.hpp"
#include "host/util/error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::rules {

/// One rule file's name (as shown in errors) and its TOML text.
struct RuleText {
    std::string name;
    std::string text;
};

/// Every problem found in `texts`, in order; empty when they load. The
/// defaults in this build are not included unless passed.
[[nodiscard]] std::vector<Error> check_rules(const std::vector<RuleText>& texts);

/// The merged rules from `texts`, or the first problem found.
[[nodiscard]] Expected<RuleSet> load_rules(const std::vector<RuleText>& texts);

/// The rule files at `path`: the file itself, or every `*.toml` directly in
/// the folder, sorted by name. Fails when `path` is absent or unreadable.
[[nodiscard]] Expected<std::vector<RuleText>> read_rule_files(const std::filesystem::path& path);

/// The folder of the shipped defaults: $CROSSCHECK_RULES_DIR when set, else
/// the `rules/` folder of the source tree this program was built from.
[[nodiscard]] std::filesystem::path default_rules_dir();

/// The defaults, then `override_path` (a file or folder) when given: what
/// `--rules PATH` means for every command.
[[nodiscard]] Expected<RuleSet>
load_effective_rules(const std::optional<std::filesystem::path>& override_path = std::nullopt);

} // namespace crosscheck::rules
