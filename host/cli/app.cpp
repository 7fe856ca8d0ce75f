#include "host/cli/app.hpp"

#include "host/cli/commands.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace crosscheck::cli {
namespace {

// Diagnostics go to stderr, results to stdout: the logger never writes to
// stdout, so `crosscheck report --format json > out.json` stays clean.
void configure_logging(int verbosity) {
    auto logger = spdlog::stderr_color_mt("crosscheck");
    logger->set_pattern("crosscheck: %^%l%$: %v");
    spdlog::set_default_logger(logger);
    if (verbosity < 0) {
        spdlog::set_level(spdlog::level::err);
    } else if (verbosity == 1) {
        spdlog::set_level(spdlog::level::debug);
    } else if (verbosity > 1) {
        spdlog::set_level(spdlog::level::trace);
    } else {
        spdlog::set_level(spdlog::level::info);
    }
}

std::filesystem::path default_db_path() {
    if (const char* env = std::getenv("CROSSCHECK_DB"); env != nullptr && *env != '\0') {
        return env;
    }
    return "crosscheck.db";
}

} // namespace

int run(int argc, char** argv) {
    CLI::App app{"crosscheck: find and explain discrepancies between the figures news "
                 "sources state",
                 "crosscheck"};
    app.set_version_flag("--version", CROSSCHECK_VERSION);
    app.require_subcommand(1);
    app.fallthrough();

    Context context;
    std::string db_option;
    int verbose = 0;
    bool quiet = false;
    app.add_option("--db", db_option,
                   "SQLite database (default: $CROSSCHECK_DB, else crosscheck.db)");
    app.add_flag("-v,--verbose", verbose, "More diagnostics (repeat for more)");
    app.add_flag("-q,--quiet", quiet, "Only errors on stderr");
    app.add_option("--plugins", context.plugin_dirs, "Also load plugins from DIR (repeatable)")
        ->type_name("DIR");
    app.add_flag("--allow-unsafe-plugins", context.allow_unsafe_plugins,
                 "Load plugin files that others can write to");
    app.parse_complete_callback([&] {
        configure_logging(quiet ? -1 : verbose);
        context.db_path = db_option.empty() ? default_db_path() : std::filesystem::path(db_option);
    });

    add_all_commands(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with exit code 0 in CLI11.
        const int code = app.exit(e);
        return code == 0 ? 0 : static_cast<int>(ExitCode::input_error);
    } catch (const CommandError& e) {
        std::fflush(stdout);
        std::cerr << "crosscheck: error: " << e.what() << '\n';
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        std::fflush(stdout);
        std::cerr << "crosscheck: error: " << e.what() << '\n';
        return static_cast<int>(ExitCode::input_error);
    }
    return static_cast<int>(context.exit_code);
}

} // namespace crosscheck::cli
