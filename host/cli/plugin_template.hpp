#pragma once
// `crosscheck plugin new`'s files: the SDK's plugin template (sdk/template/),
// found where an installed crosscheck or the build tree keeps it, written
// into a new folder with the plugin's name substituted everywhere.

#include "host/util/error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::cli {

/// Why `name` cannot name a plugin, or nothing when it can: lower-case
/// letters, digits and single underscores, starting with a letter, since it
/// becomes a file name, a CMake target, a macro prefix and a class name.
[[nodiscard]] std::optional<std::string> plugin_name_problem(std::string_view name);

/// The three spellings the template writes its name in: `my_checker` (the
/// plugin's registered name, its files and targets), `MY_CHECKER` (CMake
/// options, macros) and `MyChecker` (its class).
struct PluginSpellings {
    std::string name;
    std::string upper;
    std::string camel;
};
[[nodiscard]] PluginSpellings spell_plugin_name(std::string_view name);

/// Where the template is looked for, first found wins: next to an installed
/// program (PREFIX/share/crosscheck/plugin-template, then the SDK's copy in
/// PREFIX/share/doc/crosscheck-sdk/template), then the source tree this
/// program was built from.
[[nodiscard]] std::vector<std::filesystem::path>
plugin_template_candidates(const std::filesystem::path& program);

/// The first candidate holding a template (a CMakeLists.txt), or an error
/// naming every folder looked in.
[[nodiscard]] Expected<std::filesystem::path>
find_plugin_template(const std::filesystem::path& program);

/// Writes the template into `dir` (which must not exist or be empty) with
/// every spelling of `my_checker` replaced by the plugin's, in file names as
/// in contents. All or nothing: the files are written into a hidden sibling
/// folder first and moved into place at the end. Returns the written files,
/// relative to `dir`, sorted.
[[nodiscard]] Expected<std::vector<std::filesystem::path>>
write_plugin_project(const std::filesystem::path& template_dir, const PluginSpellings& spellings,
                     const std::filesystem::path& dir);

} // namespace crosscheck::cli
