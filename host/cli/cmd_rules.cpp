// `crosscheck rules check [PATH]...`: validate the shipped rules and, when
// given, rule files or folders over them; every problem as
// `file:line:col: message`.
// `crosscheck rules show --case SLUG`: the rule files the case keeps (what
// `--rules` last named for it), each with its hash and text.
// `crosscheck rules forget --case SLUG`: the case goes back to the defaults.

#include "host/cli/case_rules.hpp"
#include "host/cli/check_setup.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/store_access.hpp"
#include "host/rules/rules.hpp"
#include "host/store/case_rule_store.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace crosscheck::cli {
namespace {

void run_rules_check(const std::vector<std::string>& paths, Context& context) {
    const plugin::PluginRegistry registry = engine::discover_plugins(plugin_options(context));
    const rules::LoadedRules loaded = load_rules_for(paths);
    const auto problems = engine::prepare_check(loaded, registry).problems;
    if (problems.empty()) {
        std::cout << "rules OK: " << rules::default_rules_dir().string();
        for (const auto& path : paths) {
            std::cout << " + " << path;
        }
        std::cout << '\n';
        return;
    }
    for (const auto& p : problems) {
        std::cerr << p.to_string() << '\n';
    }
    throw CommandError(std::to_string(problems.size()) + " problem(s) in the rules");
}

void run_rules_show(const std::string& slug, Context& context) {
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, slug);
    const auto files = store::list_case_rules(*db, case_id);
    if (files.empty()) {
        std::cout << "case '" << slug << "' keeps no rules of its own: it is checked with the "
                  << "defaults in " << rules::default_rules_dir().string()
                  << " (`--rules PATH` on check, claims or ingest gives it some)\n";
        return;
    }
    std::cout << "case '" << slug << "' is checked with the defaults in "
              << rules::default_rules_dir().string() << ", then " << files.size()
              << " rule file(s) of its own:\n";
    for (const auto& f : files) {
        std::cout << "\n# " << f.name << "  (sha256 " << f.sha256 << ", stored " << f.stored_at
                  << ")\n"
                  << f.text;
        if (!f.text.empty() && f.text.back() != '\n') {
            std::cout << '\n';
        }
    }
}

void run_rules_forget(const std::string& slug, Context& context) {
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, slug);
    store::Transaction transaction(*db);
    const auto files = store::list_case_rules(*db, case_id);
    store::replace_case_rules(*db, case_id, {});
    transaction.commit();
    if (files.empty()) {
        std::cout << "case '" << slug << "' kept no rules of its own; nothing changed\n";
        return;
    }
    std::cout << "case '" << slug << "' no longer keeps " << rule_file_names(files)
              << ": later commands on it apply the defaults alone\n";
}

} // namespace

void add_rules_command(CLI::App& app, Context& context) {
    auto* cmd = app.add_subcommand("rules", "Work with rule files");
    cmd->require_subcommand(1);
    auto paths = std::make_shared<std::vector<std::string>>();
    auto* check = cmd->add_subcommand(
        "check", "Validate the default rules and PATH... (files or folders) over them; checker "
                 "names are checked against the plugins found");
    check->add_option("path", *paths, "Rule files or folders to check with the defaults")
        ->type_name("PATH");
    check->callback([paths, &context] { run_rules_check(*paths, context); });

    auto slug = std::make_shared<std::string>();
    auto* show = cmd->add_subcommand(
        "show", "Print the rule files a case keeps (what --rules last named for it)");
    show->add_option("--case", *slug, "Case")->required();
    show->callback([slug, &context] { run_rules_show(*slug, context); });

    auto* forget = cmd->add_subcommand(
        "forget", "Make a case forget its rule files: later commands apply the defaults alone");
    forget->add_option("--case", *slug, "Case")->required();
    forget->callback([slug, &context] { run_rules_forget(*slug, context); });
}

} // namespace crosscheck::cli
