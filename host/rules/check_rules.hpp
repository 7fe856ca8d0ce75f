#pragma once
// Transitional: the check plan's loader before rules::load (host/rules/rules.hpp)
// took its place. Removed once the branches that still use it are merged.

#include "host/rules/rules.hpp"

#include <utility>

namespace crosscheck::rules {

/// The check plan from `texts` and the problems of its sections.
[[nodiscard]] inline std::pair<CheckPlan, std::vector<Error>>
load_check_plan(const std::vector<RuleText>& texts) {
    LoadedRules loaded = load(texts);
    return {std::move(loaded.plan), std::move(loaded.errors)};
}

} // namespace crosscheck::rules
