#pragma once
// A check job in memory: group the claims, hand each group to the checkers
// the plan names, in parallel, merge each group's findings into one per
// discrepancy (host/engine/finding_merge.hpp) and collect them with stable
// ids. Nothing
// is written here; host/store/finding_store.hpp persists the outcome in one
// transaction, so an interrupted job leaves the database as it was.

#include "host/engine/configured_checkers.hpp"
#include "host/model/claim.hpp"
#include "host/model/finding.hpp"
#include "host/rules/check_plan.hpp"
#include "host/util/error.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace crosscheck::engine {

struct CheckOutcome {
    /// One per discrepancy, sorted by id, no duplicates; each with its id,
    /// checker, metric, scope key, severity, message, claims (id, key,
    /// role), reasons, cross-side mark, spread and as-of time.
    std::vector<model::Finding> findings;
    /// How many findings the checkers reported before they were merged.
    std::size_t checker_findings = 0;
    /// One line per checker failure: which checker, which group, why.
    std::vector<std::string> errors;
    std::size_t claim_count = 0;
    std::size_t group_count = 0;

    [[nodiscard]] bool complete() const { return errors.empty(); }
};

/// Runs `plan` over `claims`, each with its stable key (`Claim::key`, which
/// the findings' ids derive from). Fails before any check when a checker the
/// plan names is not loaded or refuses its configuration; a checker failing
/// on a group is recorded in `errors` and the other checkers' findings are
/// kept.
///
/// `first`, when given, are the first worker's checkers, configured by
/// check preparation (host/engine/check_preparation.hpp), which has
/// validated the plan: none is configured again.
[[nodiscard]] Expected<CheckOutcome>
run_check_job(const plugin::PluginRegistry& registry, const rules::CheckPlan& plan,
              std::vector<model::Claim> claims,
              std::unique_ptr<ConfiguredCheckers> first = nullptr);

} // namespace crosscheck::engine
