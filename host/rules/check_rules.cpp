#include "host/rules/check_rules.hpp"

#include "host/rules/checker_config.hpp"
#include "host/util/spelling.hpp"
#include "host/util/toml_guard.hpp"

#include <algorithm>
#include <sstream>

namespace crosscheck::rules {
namespace {

Location where(const std::string& file, const toml::value& v) {
    const auto loc = v.location();
    return Location{file, static_cast<std::uint32_t>(loc.line()),
                    static_cast<std::uint32_t>(loc.column())};
}

// Merges `over` into `base` key by key (tables recursively).
void merge_into(toml::value& base, const toml::value& over) {
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

bool valid_severity(std::string_view s) {
    return s == "high" || s == "medium" || s == "low" || s == "info";
}

bool is_hex_digest(const std::string& s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

// [plugins.NAME]: isolate, sha256, timeout_seconds, memory_mib.
void load_plugin_rule(const std::string& file, const std::string& name, const toml::value& table,
                      engine::PluginRule& rule, std::vector<Error>& errors) {
    static const std::vector<std::string> k_keys = {"isolate", "sha256", "timeout_seconds",
                                                    "memory_mib"};
    rule.where = where(file, table);
    const std::string section = "[plugins." + name + "]";
    for (const auto& [key, v] : table.as_table()) {
        const Location at = where(file, v);
        if (key == "isolate") {
            if (!v.is_boolean()) {
                errors.push_back({"'isolate' in " + section + " must be true or false", at});
                continue;
            }
            rule.isolate = v.as_boolean();
        } else if (key == "sha256") {
            if (!v.is_string() || !is_hex_digest(v.as_string().str)) {
                errors.push_back({"'sha256' in " + section +
                                      " must be the plugin file's SHA-256 as 64 hex digits "
                                      "(sha256sum FILE)",
                                  at});
                continue;
            }
            std::string hex = v.as_string().str;
            std::transform(hex.begin(), hex.end(), hex.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            rule.sha256 = hex;
            rule.where = at;
        } else if (key == "timeout_seconds") {
            const bool number = v.is_integer() || v.is_floating();
            const double seconds = v.is_integer()    ? static_cast<double>(v.as_integer())
                                   : v.is_floating() ? v.as_floating()
                                                     : 0.0;
            if (!number || !(seconds > 0 && seconds <= 86400)) {
                errors.push_back({"'timeout_seconds' in " + section +
                                      " must be a number of seconds, > 0 and <= 86400",
                                  at});
                continue;
            }
            rule.timeout_seconds = seconds;
        } else if (key == "memory_mib") {
            if (!v.is_integer() || v.as_integer() < 16 || v.as_integer() > (1 << 24)) {
                errors.push_back(
                    {"'memory_mib' in " + section + " must be an integer number of MiB, >= 16",
                     at});
                continue;
            }
            rule.memory_mib = static_cast<std::uint64_t>(v.as_integer());
        } else {
            const auto near = closest_match(key, k_keys);
            errors.push_back({"unknown key '" + key + "' in " + section +
                                  (near ? " (did you mean '" + *near + "'?)"
                                        : " (known: isolate, sha256, timeout_seconds, memory_mib)"),
                              at});
        }
    }
}

struct MetricChecks {
    std::vector<std::pair<std::string, Location>> checkers;
    std::map<std::string, toml::value> overrides;
};

} // namespace

bool is_check_section(std::string_view section) {
    return section == "checkers" || section == "checks" || section == "policy" ||
           section == "sides" || section == "plugins";
}

std::pair<engine::CheckPlan, std::vector<Error>>
load_check_plan(const std::vector<RuleText>& texts) {
    engine::CheckPlan plan;
    std::vector<Error> errors;
    std::map<std::string, toml::value> defaults;
    std::map<std::string, MetricChecks> metrics;
    for (const auto& file : texts) {
        toml::value root;
        if (toml_hazard(file.text, file.name)) {
            continue; // toml11 would trip over it; the other loader reports it
        }
        try {
            std::istringstream in(file.text);
            root = toml::parse(in, file.name);
        } catch (const std::exception&) {
            continue; // the extraction rules' loader reports syntax errors
        }
        for (const auto& [section, value] : root.as_table()) {
            if (!is_check_section(section)) {
                continue;
            }
            if (!value.is_table()) {
                errors.push_back({"[" + section + "] must be a table", where(file.name, value)});
                continue;
            }
            for (const auto& [key, item] : value.as_table()) {
                if (section == "checkers") {
                    if (!item.is_table()) {
                        errors.push_back(
                            {"[checkers." + key + "] must be a table", where(file.name, item)});
                        continue;
                    }
                    merge_into(defaults[key], item);
                } else if (section == "plugins") {
                    if (!item.is_table()) {
                        errors.push_back(
                            {"[plugins." + key + "] must be a table", where(file.name, item)});
                        continue;
                    }
                    load_plugin_rule(file.name, key, item, plan.plugin_rules[key], errors);
                } else if (section == "checks") {
                    if (!item.is_table()) {
                        errors.push_back(
                            {"[checks." + key + "] must be a table", where(file.name, item)});
                        continue;
                    }
                    auto& m = metrics[key];
                    for (const auto& [k, v] : item.as_table()) {
                        if (k == "checkers") {
                            if (!v.is_array()) {
                                errors.push_back({"'checkers' must be an array of checker names",
                                                  where(file.name, v)});
                                continue;
                            }
                            m.checkers.clear();
                            for (const auto& name : v.as_array()) {
                                if (!name.is_string()) {
                                    errors.push_back(
                                        {"checker names must be strings", where(file.name, name)});
                                    continue;
                                }
                                m.checkers.emplace_back(name.as_string().str,
                                                        where(file.name, name));
                            }
                        } else if (v.is_table()) {
                            merge_into(m.overrides[k], v);
                        } else {
                            errors.push_back({"unknown key '" + k + "' in [checks." + key +
                                                  "] (expected 'checkers' or a [checks." + key +
                                                  ".CHECKER] table)",
                                              where(file.name, v)});
                        }
                    }
                } else if (section == "policy") {
                    if (key != "cross_side_ceiling") {
                        errors.push_back(
                            {"unknown key '" + key + "' in [policy] (known: cross_side_ceiling)",
                             where(file.name, item)});
                    } else if (!item.is_string() || !valid_severity(item.as_string().str)) {
                        errors.push_back({"'cross_side_ceiling' must be \"high\", \"medium\", "
                                          "\"low\" or \"info\"",
                                          where(file.name, item)});
                    } else {
                        plan.cross_side_ceiling = item.as_string().str;
                    }
                } else if (section == "sides") {
                    if (!item.is_string()) {
                        errors.push_back({"[sides] maps an attribution to a side name (a string)",
                                          where(file.name, item)});
                    } else {
                        plan.attribution_sides[key] = item.as_string().str;
                    }
                }
            }
        }
    }
    for (auto& [metric, m] : metrics) {
        for (const auto& [name, named_at] : m.checkers) {
            toml::value config = defaults.contains(name) ? defaults.at(name) : toml::value{};
            if (auto o = m.overrides.find(name); o != m.overrides.end()) {
                if (config.is_uninitialized()) {
                    config = o->second;
                } else {
                    merge_into(config, o->second);
                }
            }
            auto flat = config_from_toml(config);
            if (!flat) {
                errors.push_back(
                    {"[checks." + metric + "] plugin '" + name + "': " + flat.error().message,
                     named_at});
            }
            plan.by_metric[metric].push_back(
                {name, flat ? std::move(*flat) : model::CheckerConfig{}, named_at});
        }
    }
    return {std::move(plan), std::move(errors)};
}

} // namespace crosscheck::rules
