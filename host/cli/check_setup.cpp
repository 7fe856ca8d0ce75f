#include "host/cli/check_setup.hpp"

#include "host/util/spelling.hpp"

#include <chrono>
#include <map>
#include <set>

namespace crosscheck::cli {
namespace {

// [plugins.NAME] naming no loaded plugin, or pinning a file that does not
// match (checked again here for `rules check`, which loads without pins).
void plugin_rule_problems(const rules::CheckPlan& plan, const plugin::PluginRegistry& registry,
                          std::vector<Error>& problems) {
    std::vector<std::string> names;
    for (const auto* info : registry.plugins()) {
        names.push_back(info->name);
    }
    for (const auto& [name, rule] : plan.plugin_rules) {
        const plugin::PluginInfo* info = registry.find(name);
        if (info == nullptr) {
            const auto near = closest_match(name, names);
            problems.push_back({"[plugins." + name + "] names no loaded plugin" +
                                    (near ? " (did you mean '" + *near + "'?)" : ""),
                                rule.where});
            continue;
        }
        if (rule.sha256) {
            auto file = plugin::open_plugin_file(info->file);
            auto verified = file ? plugin::verify_pin(*file, *rule.sha256)
                                 : Expected<void>(std::unexpected(file.error()));
            if (!verified) {
                problems.push_back({verified.error().message, rule.where});
            }
        }
    }
}

// Checkers the plan names that no plugin provides, and configurations a
// checker refuses.
void checker_problems(const rules::CheckPlan& plan, const plugin::PluginRegistry& registry,
                      std::vector<Error>& problems) {
    std::vector<std::string> names;
    std::string known;
    for (const auto* info : registry.plugins()) {
        names.push_back(info->name);
        known += (known.empty() ? "" : ", ") + info->name;
    }
    // Isolated plugins validate their configuration in a child, one per plugin.
    plugin::ChildPool children;
    std::set<std::string> reported;
    for (const auto& [metric, assignments] : plan.by_metric) {
        for (const auto& a : assignments) {
            if (registry.find(a.checker) == nullptr) {
                if (reported.insert(a.checker).second) {
                    const auto near = closest_match(a.checker, names);
                    problems.push_back(
                        {"[checks." + metric + "] names checker '" + a.checker +
                             "', which no loaded plugin provides" +
                             (near ? " (did you mean '" + *near + "'?)"
                                   : " (loaded: " + (known.empty() ? "none" : known) + ")"),
                         a.where});
                }
                continue;
            }
            // The plugin validates its own configuration (unknown keys, wrong
            // types, tolerances out of range): ask it now, before any work.
            if (auto configured = registry.configure(a.checker, a.config, &children); !configured) {
                problems.push_back(
                    {"[checks." + metric + "] " + configured.error().message, a.where});
            }
        }
    }
}

plugin::RegistryOptions registry_options(const Context& context) {
    plugin::RegistryOptions options;
    options.search.plugin_dirs = context.plugin_dirs;
    options.allow_unsafe = context.allow_unsafe_plugins;
    // Plugins from elsewhere than the build are loaded in a child first.
    options.probe_program = "/proc/self/exe";
    return options;
}

} // namespace

rules::LoadedRules load_rules_for(const std::optional<std::string>& override_path) {
    return rules::load_effective(override_path ? std::vector<std::filesystem::path>{*override_path}
                                               : std::vector<std::filesystem::path>{});
}

std::vector<Error> rule_problems(const rules::LoadedRules& loaded,
                                 const plugin::PluginRegistry& registry) {
    std::vector<Error> problems = loaded.errors;
    plugin_rule_problems(loaded.plan, registry, problems);
    checker_problems(loaded.plan, registry, problems);
    return problems;
}

void require_valid_rules(const rules::LoadedRules& loaded, const plugin::PluginRegistry& registry) {
    const auto problems = rule_problems(loaded, registry);
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

plugin::PluginRegistry discover_plugins(const Context& context) {
    return plugin::PluginRegistry::discover(registry_options(context));
}

plugin::PluginRegistry discover_plugins_for_check(const Context& context,
                                                  const rules::CheckPlan& plan, bool isolate_all) {
    plugin::RegistryOptions options = registry_options(context);
    // Problems in the rules are reported with the others by
    // require_valid_rules, still before any work; only valid pins count here.
    const auto& plugin_rules = plan.plugin_rules;
    for (const auto& [name, rule] : plugin_rules) {
        if (rule.sha256) {
            options.pins[name] = *rule.sha256;
        }
    }
    plugin::PluginRegistry registry = plugin::PluginRegistry::discover(options);

    std::string refused;
    for (const auto& [name, rule] : plugin_rules) {
        if (!rule.sha256 || registry.find(name) != nullptr) {
            continue;
        }
        std::string why = "no plugin named '" + name + "' was found";
        for (const auto& f : registry.failures()) {
            if (f.file.stem() == name || f.reason.find("'" + name + "'") != std::string::npos) {
                why = f.reason;
            }
        }
        refused +=
            "\n  " + Error{"[plugins." + name + "] is pinned: " + why, rule.where}.to_string();
    }
    if (!refused.empty()) {
        throw CommandError("a pinned plugin cannot be used; nothing was checked:" + refused);
    }

    for (const auto* info : registry.plugins()) {
        const auto rule = plugin_rules.find(info->name);
        const rules::PluginRule* r = rule == plugin_rules.end() ? nullptr : &rule->second;
        bool isolate = !registry.from_build_dir(info->name);
        if (r != nullptr && r->isolate) {
            isolate = *r->isolate;
        }
        if (!isolate && !isolate_all) {
            continue;
        }
        plugin::IsolationSettings settings;
        const double seconds = r != nullptr ? r->timeout_seconds.value_or(k_default_timeout_seconds)
                                            : k_default_timeout_seconds;
        settings.limits.timeout =
            std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
        settings.limits.memory_mib =
            r != nullptr ? r->memory_mib.value_or(k_default_memory_mib) : k_default_memory_mib;
        registry.isolate(info->name, settings);
    }
    return registry;
}

} // namespace crosscheck::cli
