#pragma once
// Runs a program as a child process and captures what it prints, for tests
// that drive the real crosscheck binary.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace crosscheck::testing {

struct ProcessResult {
    int exit_code = -1; ///< exit status, or -signal when killed by a signal
    std::string out;    ///< everything written to stdout
    std::string err;    ///< everything written to stderr
};

struct ProcessOptions {
    std::filesystem::path cwd;              ///< empty: inherit
    std::string stdin_text;                 ///< written to the child's stdin
    std::map<std::string, std::string> env; ///< added to (or replacing in) the environment
    std::vector<std::string> unset_env;     ///< removed from the environment
};

/// Options that keep the test's own $CROSSCHECK_PLUGIN_PATH (a developer's
/// shell may set one) from adding plugins to what a test expects to load.
inline ProcessOptions without_plugin_path() {
    ProcessOptions options;
    options.unset_env = {"CROSSCHECK_PLUGIN_PATH"};
    return options;
}

/// Runs `program` with `args`, waits for it, and returns its status and output.
ProcessResult run_process(const std::filesystem::path& program,
                          const std::vector<std::string>& args, const ProcessOptions& options = {});

/// Runs the crosscheck binary under test with `args`.
ProcessResult run_crosscheck(const std::vector<std::string>& args,
                             const ProcessOptions& options = {});

/// Runs the crosscheck binary under test with `--db db` before `args`.
ProcessResult run_crosscheck_on_db(const std::filesystem::path& db, std::vector<std::string> args,
                                   const ProcessOptions& options = {});

} // namespace crosscheck::testing
