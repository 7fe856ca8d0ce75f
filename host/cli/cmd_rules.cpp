// `crosscheck rules check [PATH]`: validate the shipped rules and, when
// given, a rule file or folder over them; every problem as
// `file:line:col: message`.

#include "host/cli/check_setup.hpp"
#include "host/cli/commands.hpp"
#include "host/rules/rules.hpp"

#include <iostream>

namespace crosscheck::cli {

void add_rules_command(CLI::App& app, Context& context) {
    auto* cmd = app.add_subcommand("rules", "Work with rule files");
    cmd->require_subcommand(1);
    auto path = std::make_shared<std::optional<std::string>>();
    auto* check = cmd->add_subcommand(
        "check", "Validate the default rules and PATH (a file or folder) over them; checker "
                 "names are checked against the plugins found");
    check->add_option("path", *path, "Rule file or folder to check with the defaults");
    check->callback([path, &context] {
        const plugin::PluginRegistry registry = engine::discover_plugins(plugin_options(context));
        const rules::LoadedRules loaded = load_rules_for(*path);
        const auto problems = engine::prepare_check(loaded, registry).problems;
        if (problems.empty()) {
            std::cout << "rules OK: " << rules::default_rules_dir().string()
                      << (*path ? " + " + **path : std::string()) << '\n';
            return;
        }
        for (const auto& p : problems) {
            std::cerr << p.to_string() << '\n';
        }
        throw CommandError(std::to_string(problems.size()) + " problem(s) in the rules");
    });
}

} // namespace crosscheck::cli
