#pragma once
// The rule sections that configure checking rather than extraction:
//   [checkers.NAME]     default configuration of checker NAME (its keys are
//                       the plugin's to validate, at init)
//   [checks.METRIC]     checkers = ["interval_conflict", ...] for the metric,
//                       plus [checks.METRIC.NAME] overrides of NAME's config
//   [policy]            cross_side_ceiling = "low"
//   [sides]             "Armenian government" = "armenia": attributions that
//                       speak for the same party
//   [plugins.NAME]      isolate, sha256, timeout_seconds, memory_mib: how
//                       plugin NAME runs (a later file overrides key by key)
// They live in the same rule files as the rest (rules/checks.toml ships the
// defaults); host/rules/rule_loader.cpp leaves these sections to this loader.

#include "host/engine/check_plan.hpp"
#include "host/rules/rule_loader.hpp"
#include "host/util/error.hpp"

#include <vector>

namespace crosscheck::rules {

/// Builds the check plan from `texts` (later files override earlier ones
/// key by key). Every problem is returned as `file:line:col: message`; a
/// checker that no plugin provides is reported by the caller, who knows the
/// plugins (see `check_plan_problems`).
[[nodiscard]] std::pair<engine::CheckPlan, std::vector<Error>>
load_check_plan(const std::vector<RuleText>& texts);

/// The sections this loader owns, so that the extraction rules' loader can
/// skip them.
[[nodiscard]] bool is_check_section(std::string_view section);

} // namespace crosscheck::rules
