#include "host/engine/check_preparation.hpp"

#include "host/util/spelling.hpp"

#include <chrono>
#include <set>
#include <string>

namespace crosscheck::engine {
namespace {

plugin::RegistryOptions registry_options(const PluginOptions& options) {
    plugin::RegistryOptions out;
    out.search.plugin_dirs = options.plugin_dirs;
    out.allow_unsafe = options.allow_unsafe;
    out.probe_program = options.probe_program;
    return out;
}

std::vector<std::string> plugin_names(const plugin::PluginRegistry& registry) {
    std::vector<std::string> names;
    for (const auto* info : registry.plugins()) {
        names.push_back(info->name);
    }
    return names;
}

// [plugins.NAME] naming no loaded plugin, or pinning a file that does not
// match (checked again here for `rules check`, which loads without pins).
void plugin_rule_problems(const rules::CheckPlan& plan, const plugin::PluginRegistry& registry,
                          std::vector<Error>& problems) {
    const auto names = plugin_names(registry);
    for (const auto& [name, rule] : plan.plugin_rules) {
        const plugin::PluginInfo* info = registry.find(name);
        if (info == nullptr) {
            problems.push_back(
                {"[plugins." + name + "] names no loaded plugin" + did_you_mean(name, names),
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

// "looked in A, B; a plugin elsewhere is found with --plugins DIR ...": for
// every message about a plugin the rules name and the host did not find.
std::string where_looked(const plugin::PluginRegistry& registry) {
    std::string searched;
    for (const auto& dir : registry.search_dirs()) {
        searched += (searched.empty() ? "" : ", ") + dir.string();
    }
    return "looked in " + (searched.empty() ? "no folder" : searched) +
           "; a plugin elsewhere is found with --plugins DIR (DIR itself or DIR/plugins) or "
           "$CROSSCHECK_PLUGIN_PATH (folders separated by ':')";
}

// Why no plugin provides `checker`, when it is not a near miss of one that
// does: what was loaded, where the host looked (a file of that name it
// refused says why), and how to make it look elsewhere.
std::string not_found_detail(const plugin::PluginRegistry& registry, const std::string& checker,
                             const std::vector<std::string>& names) {
    std::string known;
    for (const auto& name : names) {
        known += (known.empty() ? "" : ", ") + name;
    }
    std::string detail = " (loaded: " + (known.empty() ? "none" : known) + ")";
    for (const auto& failure : registry.failures()) {
        if (failure.file.stem() == checker) {
            return detail + "; " + failure.file.string() + " was not loaded: " + failure.reason;
        }
    }
    return detail + "; " + where_looked(registry);
}

// Checkers the plan names that no plugin provides (each once), and
// configurations a checker refuses: each asked of the plugin itself by
// configuring it, before any work.
void checker_problems(const rules::CheckPlan& plan, const plugin::PluginRegistry& registry,
                      ConfiguredCheckers& checkers, std::vector<Error>& problems) {
    const auto names = plugin_names(registry);
    std::set<std::string> reported;
    for (const auto& [metric, assignments] : plan.by_metric) {
        for (std::size_t i = 0; i < assignments.size(); ++i) {
            const auto& a = assignments[i];
            if (registry.find(a.checker) == nullptr) {
                if (reported.insert(a.checker).second) {
                    const std::string hint = did_you_mean(a.checker, names);
                    problems.push_back(
                        {"[checks." + metric + "] names checker '" + a.checker +
                             "', which no loaded plugin provides" +
                             (hint.empty() ? not_found_detail(registry, a.checker, names) : hint),
                         a.where});
                }
                continue;
            }
            if (auto configured = checkers.get(metric, i); !configured) {
                problems.push_back(
                    {"[checks." + metric + "] " + configured.error().message, a.where});
            }
        }
    }
}

// How plugin `name` runs under `rule` (or the defaults), or nullopt when it
// runs in-process.
std::optional<plugin::IsolationSettings> isolation_for(const plugin::PluginRegistry& registry,
                                                       const std::string& name,
                                                       const rules::PluginRule* rule,
                                                       bool isolate_all) {
    bool isolate = !registry.from_build_dir(name);
    if (rule != nullptr && rule->isolate) {
        isolate = *rule->isolate;
    }
    if (!isolate && !isolate_all) {
        return std::nullopt;
    }
    plugin::IsolationSettings settings;
    const double seconds = rule != nullptr
                               ? rule->timeout_seconds.value_or(k_default_timeout_seconds)
                               : k_default_timeout_seconds;
    settings.limits.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
    settings.limits.memory_mib =
        rule != nullptr ? rule->memory_mib.value_or(k_default_memory_mib) : k_default_memory_mib;
    return settings;
}

} // namespace

plugin::PluginRegistry discover_plugins(const PluginOptions& options) {
    return plugin::PluginRegistry::discover(registry_options(options));
}

Expected<plugin::PluginRegistry> discover_plugins_for_check(const rules::CheckPlan& plan,
                                                            const PluginOptions& options) {
    plugin::RegistryOptions registry_opts = registry_options(options);
    // Problems in the rules are reported with the others by prepare_check,
    // still before any work; only valid pins count here.
    for (const auto& [name, rule] : plan.plugin_rules) {
        if (rule.sha256) {
            registry_opts.pins[name] = *rule.sha256;
        }
    }
    plugin::PluginRegistry registry = plugin::PluginRegistry::discover(registry_opts);

    std::string refused;
    for (const auto& [name, rule] : plan.plugin_rules) {
        if (!rule.sha256 || registry.find(name) != nullptr) {
            continue;
        }
        std::string why =
            "no plugin named '" + name + "' was found (" + where_looked(registry) + ")";
        for (const auto& f : registry.failures()) {
            if (f.file.stem() == name || f.reason.find("'" + name + "'") != std::string::npos) {
                why = f.reason;
            }
        }
        refused +=
            "\n  " + Error{"[plugins." + name + "] is pinned: " + why, rule.where}.to_string();
    }
    if (!refused.empty()) {
        return fail("a pinned plugin cannot be used; nothing was checked:" + refused);
    }
    for (const auto* info : registry.plugins()) {
        const auto rule = plan.plugin_rules.find(info->name);
        registry.isolate(info->name,
                         isolation_for(registry, info->name,
                                       rule == plan.plugin_rules.end() ? nullptr : &rule->second,
                                       options.isolate_all));
    }
    return registry;
}

PreparedCheck prepare_check(const rules::LoadedRules& rules,
                            const plugin::PluginRegistry& registry) {
    PreparedCheck out;
    out.problems = rules.errors;
    auto checkers = std::make_unique<ConfiguredCheckers>(registry, rules.plan);
    plugin_rule_problems(rules.plan, registry, out.problems);
    checker_problems(rules.plan, registry, *checkers, out.problems);
    if (out.problems.empty()) {
        out.checkers = std::move(checkers);
    }
    return out;
}

} // namespace crosscheck::engine
