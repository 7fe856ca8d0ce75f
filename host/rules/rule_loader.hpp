#pragma once
// Transitional: the entry points of the extraction rules' loader before
// rules::load (host/rules/rules.hpp) took its place, each a thin call of it.
// Removed once the branches that still use them are merged.

#include "host/rules/rules.hpp"

#include <optional>

namespace crosscheck::rules {

/// Every problem found in `texts`; empty when they load.
[[nodiscard]] inline std::vector<Error> check_rules(const std::vector<RuleText>& texts) {
    return load(texts).errors;
}

/// The merged extraction rules from `texts`, or the first problem found.
[[nodiscard]] inline Expected<RuleSet> load_rules(const std::vector<RuleText>& texts) {
    return extraction_rules(texts);
}

/// The defaults, then `override_path` when given.
[[nodiscard]] inline Expected<RuleSet>
load_effective_rules(const std::optional<std::filesystem::path>& override_path = std::nullopt) {
    return effective_extraction_rules(override_path ? std::vector{*override_path}
                                                    : std::vector<std::filesystem::path>{});
}

} // namespace crosscheck::rules
