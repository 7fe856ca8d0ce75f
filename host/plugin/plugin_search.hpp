#pragma once
// Where plugins are looked for, which files there are plugins, and which of
// them are safe to load. No plugin code runs here.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::plugin {

/// Which folders to search.
struct SearchOptions {
    /// Folders from `--plugins DIR`, in the order given.
    std::vector<std::filesystem::path> plugin_dirs;
    /// Search the build's own plugin folder (CROSSCHECK_PLUGIN_BUILD_DIR).
    bool use_build_dir = true;
    /// Search the folders of $CROSSCHECK_PLUGIN_PATH (colon-separated).
    bool use_environment = true;
};

/// The folders to search, in order: the build's plugin folder, `--plugins`
/// folders (each followed by its `plugins/` subfolder when it has one: a
/// plugin project's build folder), then $CROSSCHECK_PLUGIN_PATH. A folder named twice (after
/// resolving `..` and symlinks) appears once, where it first appears. The
/// build folder is dropped silently when it does not exist (an installed
/// binary); the others are kept so that loading can report them missing.
std::vector<std::filesystem::path> plugin_search_dirs(const SearchOptions& options);

/// The plugin files in `dir`: regular files (or symlinks to them) whose name
/// ends in ".so", not recursive, sorted by name. Empty when `dir` is missing.
std::vector<std::filesystem::path> plugin_files_in(const std::filesystem::path& dir);

/// Why loading `file` would be unsafe: the file, or the folder it is in,
/// is writable by its group or by others, so another user could swap in code
/// that runs as you. Empty when safe. Follows symlinks (checks the target).
std::optional<std::string> unsafe_reason(const std::filesystem::path& file);

} // namespace crosscheck::plugin
