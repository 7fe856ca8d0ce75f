#include "host/rules/check_sections.hpp"

#include "host/model/severity.hpp"
#include "host/rules/checker_config_toml.hpp"
#include "host/util/spelling.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace crosscheck::rules {
namespace {

// Merges `over` into `base` key by key (tables recursively).
void merge_into(TomlValue& base, const TomlValue& over) {
    if (!base.is_table() || !over.is_table()) {
        base = over;
        return;
    }
    for (const auto& [key, value] : over.as_table()) {
        auto& table = base.as_table();
        if (table.contains(key) && table.at(key).is_table() && value.is_table()) {
            merge_into(table.at(key), value);
        } else {
            table[key] = value;
        }
    }
}

bool is_hex_digest(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// The entries of a check section, each of which must be a table:
// "[checkers.NAME] must be a table".
template <class Load>
void for_each_table(Diagnostics& diag, const TomlValue& section, std::string_view name,
                    Load&& load) {
    for (const auto& [key, item] : in_file_order(section)) {
        if (!item->is_table()) {
            diag.error(*item, "[" + std::string(name) + "." + key + "] must be a table");
            continue;
        }
        load(key, *item);
    }
}

void load_isolate(Diagnostics& diag, const TomlValue& v, const std::string& section,
                  PluginRule& rule) {
    if (!v.is_boolean()) {
        diag.error(v, "'isolate' in " + section + " must be true or false");
        return;
    }
    rule.isolate = v.as_boolean();
}

void load_sha256(Diagnostics& diag, const TomlValue& v, const std::string& section,
                 PluginRule& rule) {
    if (!v.is_string() || !is_hex_digest(v.as_string().str)) {
        diag.error(v, "'sha256' in " + section +
                          " must be the plugin file's SHA-256 as 64 hex digits (sha256sum FILE)");
        return;
    }
    std::string hex = v.as_string().str;
    std::transform(hex.begin(), hex.end(), hex.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    rule.sha256 = hex;
    rule.where = diag.where(v);
}

void load_timeout(Diagnostics& diag, const TomlValue& v, const std::string& section,
                  PluginRule& rule) {
    const bool number = v.is_integer() || v.is_floating();
    const double seconds = v.is_integer()    ? static_cast<double>(v.as_integer())
                           : v.is_floating() ? v.as_floating()
                                             : 0.0;
    if (!number || !(seconds > 0 && seconds <= 86400)) {
        diag.error(v, "'timeout_seconds' in " + section +
                          " must be a number of seconds, > 0 and <= 86400");
        return;
    }
    rule.timeout_seconds = seconds;
}

void load_memory(Diagnostics& diag, const TomlValue& v, const std::string& section,
                 PluginRule& rule) {
    if (!v.is_integer() || v.as_integer() < 16 || v.as_integer() > (1 << 24)) {
        diag.error(v, "'memory_mib' in " + section + " must be an integer number of MiB, >= 16");
        return;
    }
    rule.memory_mib = static_cast<std::uint64_t>(v.as_integer());
}

// [plugins.NAME]: the keys of a plugin rule, through one table.
void load_plugin_rule(Diagnostics& diag, const std::string& name, const TomlValue& table,
                      PluginRule& rule) {
    using KeyLoader = void (*)(Diagnostics&, const TomlValue&, const std::string&, PluginRule&);
    static constexpr std::array<std::pair<std::string_view, KeyLoader>, 4> k_keys = {{
        {"isolate", load_isolate},
        {"sha256", load_sha256},
        {"timeout_seconds", load_timeout},
        {"memory_mib", load_memory},
    }};
    rule.where = diag.where(table);
    const std::string section = "[plugins." + name + "]";
    for (const auto& [key, v] : in_file_order(table)) {
        const auto known = std::find_if(k_keys.begin(), k_keys.end(),
                                        [&](const auto& k) { return k.first == key; });
        if (known != k_keys.end()) {
            known->second(diag, *v, section, rule);
            continue;
        }
        std::array<std::string_view, k_keys.size()> names{};
        std::transform(k_keys.begin(), k_keys.end(), names.begin(),
                       [](const auto& k) { return k.first; });
        const std::string hint = did_you_mean(key, names);
        diag.error(*v, "unknown key '" + key + "' in " + section +
                           (hint.empty() ? " (known: isolate, sha256, timeout_seconds, memory_mib)"
                                         : hint));
    }
}

// checkers = ["interval_conflict", ...] in [checks.METRIC] replaces the
// list the files before gave; checkers_add = [...] adds to it (a name
// already there stays where it is), so that a case's rules can run one
// more checker without restating the defaults.
void load_checker_list(Diagnostics& diag, const TomlValue& v, std::string_view key,
                       CheckPlanDraft::MetricChecks& checks) {
    if (!v.is_array()) {
        diag.error(v, "'" + std::string(key) + "' must be an array of checker names");
        return;
    }
    if (key == "checkers") {
        checks.checkers.clear();
    }
    for (const auto& name : v.as_array()) {
        if (!name.is_string()) {
            diag.error(name, "checker names must be strings");
            continue;
        }
        const std::string& text = name.as_string().str;
        const bool listed = key == "checkers_add" &&
                            std::any_of(checks.checkers.begin(), checks.checkers.end(),
                                        [&](const auto& checker) { return checker.first == text; });
        if (!listed) {
            checks.checkers.emplace_back(text, diag.where(name));
        }
    }
}

} // namespace

void load_checkers(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft) {
    for_each_table(diag, section, "checkers", [&](const std::string& name, const TomlValue& item) {
        merge_into(draft.defaults[name], item);
    });
}

void load_checks(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft) {
    for_each_table(diag, section, "checks", [&](const std::string& metric, const TomlValue& item) {
        auto& checks = draft.metrics[metric];
        // The list first, then the additions, whatever their order.
        if (item.contains("checkers")) {
            load_checker_list(diag, item.at("checkers"), "checkers", checks);
        }
        if (item.contains("checkers_add")) {
            load_checker_list(diag, item.at("checkers_add"), "checkers_add", checks);
        }
        for (const auto& [key, v] : in_file_order(item)) {
            if (key == "checkers" || key == "checkers_add") {
                continue;
            }
            if (v->is_table()) {
                merge_into(checks.overrides[key], *v);
            } else {
                const std::string hint =
                    did_you_mean(key, std::array<std::string_view, 2>{"checkers", "checkers_add"});
                diag.error(*v, "unknown key '" + key + "' in [checks." + metric + "]" +
                                   (hint.empty() ? " (expected 'checkers', 'checkers_add' or a "
                                                   "[checks." +
                                                       metric + ".CHECKER] table)"
                                                 : hint));
            }
        }
    });
}

void load_policy(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft) {
    for (const auto& [key, item] : in_file_order(section)) {
        if (key != "cross_side_ceiling") {
            diag.error(*item, "unknown key '" + key + "' in [policy] (known: cross_side_ceiling)");
        } else if (!item->is_string() || !model::severity_from_string(item->as_string().str)) {
            diag.error(*item,
                       "'cross_side_ceiling' must be \"high\", \"medium\", \"low\" or \"info\"");
        } else {
            draft.plan.cross_side_ceiling = item->as_string().str;
        }
    }
}

void load_sides(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft) {
    for (const auto& [attribution, item] : in_file_order(section)) {
        if (!item->is_string()) {
            diag.error(*item, "[sides] maps an attribution to a side name (a string)");
        } else {
            draft.plan.attribution_sides[attribution] = item->as_string().str;
        }
    }
}

void load_plugins(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft) {
    for_each_table(diag, section, "plugins", [&](const std::string& name, const TomlValue& item) {
        load_plugin_rule(diag, name, item, draft.plan.plugin_rules[name]);
    });
}

CheckPlan finish_check_plan(CheckPlanDraft draft, std::vector<Error>& errors) {
    CheckPlan plan = std::move(draft.plan);
    for (auto& [metric, checks] : draft.metrics) {
        for (const auto& [name, named_at] : checks.checkers) {
            TomlValue section =
                draft.defaults.contains(name) ? draft.defaults.at(name) : TomlValue{};
            if (auto o = checks.overrides.find(name); o != checks.overrides.end()) {
                if (section.is_uninitialized()) {
                    section = o->second;
                } else {
                    merge_into(section, o->second);
                }
            }
            // A value the ABI cannot carry is the checker's configuration's
            // problem, named where the metric names the checker.
            auto config = config_from_toml(section);
            if (!config) {
                errors.push_back(
                    {"[checks." + metric + "] plugin '" + name + "': " + config.error().message,
                     named_at});
            }
            plan.by_metric[metric].push_back(
                {name, config ? std::move(*config) : model::CheckerConfig{}, named_at});
        }
    }
    return plan;
}

} // namespace crosscheck::rules
