#include "host/cli/check_setup.hpp"

#include "host/rules/check_rules.hpp"
#include "host/rules/rule_loader.hpp"
#include "host/util/spelling.hpp"

#include <set>

namespace crosscheck::cli {
namespace {

struct Loaded {
    std::optional<LoadedRules> rules;
    std::vector<Error> problems;
};

Loaded load(const std::optional<std::string>& override_path,
            const plugin::PluginRegistry& registry) {
    Loaded out;
    auto texts = rules::read_rule_files(rules::default_rules_dir());
    if (!texts) {
        out.problems.push_back(texts.error());
        return out;
    }
    if (override_path) {
        auto extra = rules::read_rule_files(*override_path);
        if (!extra) {
            out.problems.push_back(extra.error());
            return out;
        }
        texts->insert(texts->end(), extra->begin(), extra->end());
    }
    auto extraction = rules::check_rules(*texts);
    out.problems.insert(out.problems.end(), extraction.begin(), extraction.end());
    auto [plan, plan_errors] = rules::load_check_plan(*texts);
    out.problems.insert(out.problems.end(), plan_errors.begin(), plan_errors.end());
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
                if (auto configured = registry.configure(a.checker, a.config); !configured) {
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
    plugin::RegistryOptions options;
    options.search.plugin_dirs = context.plugin_dirs;
    options.allow_unsafe = context.allow_unsafe_plugins;
    return plugin::PluginRegistry::discover(options);
}

} // namespace crosscheck::cli
