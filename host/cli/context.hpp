#pragma once
// What every subcommand gets from the command line's global options, and
// where it leaves its exit status.

#include "host/util/error.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::cli {

struct Context {
    /// --db, else $CROSSCHECK_DB, else "crosscheck.db".
    std::filesystem::path db_path;
    /// Plugin folders from --plugins (repeatable), in the order given.
    std::vector<std::filesystem::path> plugin_dirs;
    /// --allow-unsafe-plugins.
    bool allow_unsafe_plugins = false;
    /// Set by a subcommand that finished but wants a non-zero status
    /// (--fail-on, an incomplete run). Errors are thrown as CommandError.
    ExitCode exit_code = ExitCode::ok;
};

} // namespace crosscheck::cli
