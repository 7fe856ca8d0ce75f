#pragma once
// The sections of the rules that configure checking rather than
// extraction: [checkers.NAME] (a checker's defaults), [checks.METRIC]
// (checkers = [...] and [checks.METRIC.NAME] overrides), [policy], [sides]
// and [plugins.NAME]. A checker's configuration can be spread over several
// files, so the sections fill a draft that `finish_check_plan` turns into
// the plan once every file is read. Internal to host/rules.

#include "host/rules/check_plan.hpp"
#include "host/rules/toml_reading.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::rules {

/// The check sections of every file read so far.
struct CheckPlanDraft {
    struct MetricChecks {
        std::vector<std::pair<std::string, Location>> checkers;
        std::map<std::string, TomlValue> overrides; ///< checker -> [checks.METRIC.NAME]
    };
    std::map<std::string, TomlValue> defaults; ///< checker -> merged [checkers.NAME]
    std::map<std::string, MetricChecks> metrics;
    CheckPlan plan; ///< policy, sides and plugin rules, complete as they are read
};

void load_checkers(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft);
void load_checks(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft);
void load_policy(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft);
void load_sides(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft);
void load_plugins(Diagnostics& diag, const TomlValue& section, CheckPlanDraft& draft);

/// The plan: each metric's checkers with their merged, flattened
/// configuration. A configuration value the ABI cannot carry is a problem
/// in `errors`.
[[nodiscard]] CheckPlan finish_check_plan(CheckPlanDraft draft, std::vector<Error>& errors);

} // namespace crosscheck::rules
