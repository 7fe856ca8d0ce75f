#include "host/cli/check_setup.hpp"

namespace crosscheck::cli {

rules::LoadedRules load_rules_for(const std::vector<std::string>& paths) {
    return rules::load_effective(std::vector<std::filesystem::path>(paths.begin(), paths.end()));
}

engine::PluginOptions plugin_options(const Context& context) {
    engine::PluginOptions options;
    options.plugin_dirs = context.plugin_dirs;
    options.allow_unsafe = context.allow_unsafe_plugins;
    // Plugins from elsewhere than the build are loaded in a child first.
    options.probe_program = "/proc/self/exe";
    return options;
}

void require_no_problems(const std::vector<Error>& problems) {
    if (problems.empty()) {
        return;
    }
    std::string message =
        "the rules have " + std::to_string(problems.size()) + " problem(s); nothing was checked:";
    for (const auto& p : problems) {
        message += "\n  " + p.to_string();
    }
    throw CommandError(message);
}

} // namespace crosscheck::cli
