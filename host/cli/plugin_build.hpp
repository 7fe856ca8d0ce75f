#pragma once
// `crosscheck plugin new`'s build: which SDK the new project is configured
// against, and running cmake with its output on stderr (stdout stays the
// command's own).

#include "host/util/error.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::cli {

/// The CMAKE_PREFIX_PATH a new plugin project is configured with: `given`
/// (--sdk) when set; else the program's own prefix when an SDK is installed
/// there; else, for a program run from its build tree, that build's SDK,
/// installed (on first use, then refreshed) into BUILD/sdk-prefix; else
/// nothing, and cmake looks where it always does ($CMAKE_PREFIX_PATH, /usr).
[[nodiscard]] Expected<std::optional<std::filesystem::path>>
sdk_prefix_for(const std::filesystem::path& program,
               const std::optional<std::filesystem::path>& given);

/// "Ninja" when cmake's default generator cannot work here (no `make` on
/// $PATH, `ninja` there, $CMAKE_GENERATOR unset), else nothing: Debian's
/// g++ does not bring make, and ./dev installs ninja-build.
[[nodiscard]] std::optional<std::string> fallback_generator();

/// Runs `argv` (argv[0] looked up on $PATH unless it holds a '/') with its
/// stdout sent to this process's stderr; its exit status (128 + signal when
/// killed), or an error when it could not be started.
[[nodiscard]] Expected<int> run_tool(const std::vector<std::string>& argv);

} // namespace crosscheck::cli
