#include "host/cli/commands.hpp"

#include <array>

namespace crosscheck::cli {

void add_all_commands(CLI::App& app, Context& context) {
    // Order here is the order `crosscheck --help` lists them in. One per
    // line, so adding a command is a one-line change.
    // clang-format off
    static constexpr std::array k_commands = {
        add_ingest_command,
        add_sources_command,
        add_cases_command,
        add_check_command,
        add_report_command,
        add_findings_command,
        add_review_command,
        add_rules_command,
        add_plugins_command,
        add_plugin_command,
        add_claims_command,
        add_numbers_command,
        add_plugin_host_command,
    };
    // clang-format on
    for (const CommandRegistration add : k_commands) {
        add(app, context);
    }
}

} // namespace crosscheck::cli
