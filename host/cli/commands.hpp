#pragma once
// The table of subcommands. Each lives in its own cmd_<name>.cpp and
// registers itself on the CLI11 app through one function listed here.

#include "host/cli/context.hpp"

#include "host/cli/cli11.hpp"

namespace crosscheck::cli {

/// Adds a subcommand to `app`; its callback reads and writes `context`.
using CommandRegistration = void (*)(CLI::App& app, Context& context);

void add_ingest_command(CLI::App& app, Context& context);
void add_sources_command(CLI::App& app, Context& context);
void add_cases_command(CLI::App& app, Context& context);
void add_check_command(CLI::App& app, Context& context);
void add_report_command(CLI::App& app, Context& context);
void add_review_command(CLI::App& app, Context& context);
void add_findings_command(CLI::App& app, Context& context);
void add_rules_command(CLI::App& app, Context& context);
void add_plugins_command(CLI::App& app, Context& context);
void add_plugin_command(CLI::App& app, Context& context);
void add_claims_command(CLI::App& app, Context& context);
void add_numbers_command(CLI::App& app, Context& context);
void add_plugin_host_command(CLI::App& app, Context& context);

/// Registers every subcommand on `app`.
void add_all_commands(CLI::App& app, Context& context);

} // namespace crosscheck::cli
