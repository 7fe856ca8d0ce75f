#pragma once
// Where rule files come from: the shipped defaults' folder, then the files
// or folders a user names (`--rules PATH`). Read once; rules::load parses.

#include "host/util/error.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::rules {

/// One rule file's name (as shown in errors) and its TOML text.
struct RuleText {
    std::string name;
    std::string text;
};

/// The rule files at `path`: the file itself, or every `*.toml` directly in
/// the folder, sorted by name. Fails when `path` is absent or unreadable.
[[nodiscard]] Expected<std::vector<RuleText>> read_rule_files(const std::filesystem::path& path);

/// The folder of the shipped defaults: $CROSSCHECK_RULES_DIR when set, else
/// the `rules/` folder of the source tree this program was built from.
[[nodiscard]] std::filesystem::path default_rules_dir();

/// The defaults, then each of `overrides` (files or folders) in order: what
/// `--rules PATH` means for every command.
[[nodiscard]] Expected<std::vector<RuleText>>
read_effective_rule_files(const std::vector<std::filesystem::path>& overrides = {});

} // namespace crosscheck::rules
