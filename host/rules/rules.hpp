#pragma once
// The rules, loaded: every rule file read, guarded (host/util/toml_guard)
// and parsed once, each section handed to its loader through one table,
// the files merged in order (a later file extends or overrides an earlier
// one section by section; rules/README.md). What comes out is everything a
// job needs from the rules: the extraction rules, the check plan, and every
// problem as `file:line:col: message`.

#include "host/rules/check_plan.hpp"
#include "host/rules/rule_set.hpp"
#include "host/rules/rule_text.hpp"
#include "host/util/error.hpp"

#include <filesystem>
#include <vector>

namespace crosscheck::rules {

struct LoadedRules {
    RuleSet extraction; ///< what the extractor uses
    CheckPlan plan;     ///< which checkers run where, and the policies
    /// Every problem, extraction sections first, then the check sections,
    /// each in file order. When not empty, neither of the above is to be
    /// used.
    std::vector<Error> errors;

    [[nodiscard]] bool ok() const { return errors.empty(); }
};

/// Loads `texts` (applied in order). The defaults in this build are not
/// included unless passed (read_effective_rule_files).
[[nodiscard]] LoadedRules load(const std::vector<RuleText>& texts);

/// The shipped defaults, then `overrides`, loaded; a file that cannot be
/// read is the one problem.
[[nodiscard]] LoadedRules load_effective(const std::vector<std::filesystem::path>& overrides = {});

/// The extraction rules of the defaults and `overrides`, or the first
/// problem: for commands that extract but never check.
[[nodiscard]] Expected<RuleSet>
effective_extraction_rules(const std::vector<std::filesystem::path>& overrides = {});

/// The extraction rules of `texts`, or the first problem.
[[nodiscard]] Expected<RuleSet> extraction_rules(const std::vector<RuleText>& texts);

} // namespace crosscheck::rules
