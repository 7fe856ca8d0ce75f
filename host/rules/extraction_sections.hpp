#pragma once
// The sections of the extraction rules: one loader per section, each
// reading one TOML table into the RuleSet and reporting every problem with
// its place. host/rules/rules.cpp dispatches to them through its section
// table. Internal to host/rules.

#include "host/rules/rule_set.hpp"
#include "host/rules/toml_reading.hpp"

#include <vector>

namespace crosscheck::rules {

void load_qualifiers(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_vague(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_units(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_metrics(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_aliases(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_subjects(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_events(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_periods(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_places(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_subsets(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_anaphora(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_actors(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_attribution(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_time(Diagnostics& diag, const TomlValue& section, RuleSet& rules);
void load_limits(Diagnostics& diag, const TomlValue& section, RuleSet& rules);

/// Checks that need every file merged: a metric's unit must exist.
void check_merged_rules(std::vector<Error>& errors, const RuleSet& rules);

} // namespace crosscheck::rules
