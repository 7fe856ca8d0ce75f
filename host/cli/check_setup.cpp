#include "host/cli/check_setup.hpp"

#include "host/rules/check_rules.hpp"
#include "host/rules/rule_loader.hpp"
#include "host/util/spelling.hpp"

#include <chrono>
#include <map>
#include <set>

namespace crosscheck::cli {
namespace {

struct Loaded {
    std::optional<LoadedRules> rules;
    std::vector<Error> problems;
};

// The shipped defaults, then `override_path`.
Expected<std::vector<rules::RuleText>> read_texts(const std::optional<std::string>& override_path) {
    auto texts = rules::read_rule_files(rules::default_rules_dir());
    if (!texts) {
        return texts;
    }
    if (override_path) {
        auto extra = rules::read_rule_files(*override_path);
        if (!extra) {
            return extra;
        }
        texts->insert(texts->end(), extra->begin(), extra->end());
    }
    return texts;
}

// [plugins.NAME] naming no loaded plugin, or pinning a file that does not
// match (checked again here for `rules check`, which loads without pins).
void plugin_rule_problems(const engine::CheckPlan& plan, const plugin::PluginRegistry& registry,
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

Loaded load(const std::optional<std::string>& override_path,
            const plugin::PluginRegistry& registry) {
    Loaded out;
    auto texts = read_texts(override_path);
    if (!texts) {
        out.problems.push_back(texts.error());
        return out;
    }
    auto extraction = rules::check_rules(*texts);
    out.problems.insert(out.problems.end(), extraction.begin(), extraction.end());
    auto [plan, plan_errors] = rules::load_check_plan(*texts);
    out.problems.insert(out.problems.end(), plan_errors.begin(), plan_errors.end());
    plugin_rule_problems(plan, registry, out.problems);
    // Isolated plugins validate their configuration in a child, one per plugin.
    plugin::ChildPool children;
    std::set<std::string> reported;
    for (const auto& [metric, assignments] : plan.by_metric) {
        for (const auto& a : assignments) {
            if (registry.find(a.checker) == nullptr && reported.insert(a.checker).second) {
                std::vector<std::string> names;
                std::string known;
                for (const auto* info : registry.plugins()) {
                    names.push_back(info->name);
                    known += (known.empty() ? "" : ", ") + info->name;
                }
                const auto near = closest_match(a.checker, names);
                out.problems.push_back(
                    {"[checks." + metric + "] names checker '" + a.checker +
                         "', which no loaded plugin provides" +
                         (near ? " (did you mean '" + *near + "'?)"
                               : " (loaded: " + (known.empty() ? "none" : known) + ")"),
                     a.where});
                continue;
            }
            // The plugin validates its own configuration (unknown keys, wrong
            // types, tolerances out of range): ask it now, before any work.
            if (registry.find(a.checker) != nullptr) {
                if (auto configured = registry.configure(a.checker, a.config, &children);
                    !configured) {
                    out.problems.push_back(
                        {"[checks." + metric + "] " + configured.error().message, a.where});
                }
            }
        }
    }
    if (!out.problems.empty()) {
        return out;
    }
    auto merged = rules::load_rules(*texts);
    if (!merged) {
        out.problems.push_back(merged.error());
        return out;
    }
    out.rules = LoadedRules{std::move(*merged), std::move(plan)};
    return out;
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

std::vector<Error> rule_problems(const std::optional<std::string>& override_path,
                                 const plugin::PluginRegistry& registry) {
    return load(override_path, registry).problems;
}

LoadedRules load_rules_for_check(const std::optional<std::string>& override_path,
                                 const plugin::PluginRegistry& registry) {
    auto loaded = load(override_path, registry);
    if (!loaded.problems.empty()) {
        std::string message = "the rules have " + std::to_string(loaded.problems.size()) +
                              " problem(s); nothing was checked:";
        for (const auto& p : loaded.problems) {
            message += "\n  " + p.to_string();
        }
        throw CommandError(message);
    }
    return std::move(*loaded.rules);
}

plugin::PluginRegistry discover_plugins(const Context& context) {
    return plugin::PluginRegistry::discover(registry_options(context));
}

plugin::PluginRegistry discover_plugins_for_check(const Context& context,
                                                  const std::optional<std::string>& override_path,
                                                  bool isolate_all) {
    plugin::RegistryOptions options = registry_options(context);
    // Problems in the rules are reported with the others by
    // load_rules_for_check, still before any work; only valid pins count here.
    std::map<std::string, engine::PluginRule> plugin_rules;
    if (auto texts = read_texts(override_path)) {
        plugin_rules = rules::load_check_plan(*texts).first.plugin_rules;
    }
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
        const engine::PluginRule* r = rule == plugin_rules.end() ? nullptr : &rule->second;
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
