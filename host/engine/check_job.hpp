#pragma once
// A check job in memory: group the claims, hand each group to the checkers
// the plan names, in parallel, and collect findings with stable ids. Nothing
// is written here; host/store/finding_store.hpp persists the outcome in one
// transaction, so an interrupted job leaves the database as it was.

#include "host/engine/check_plan.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/util/error.hpp"

#include <crosscheck/loader.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace crosscheck::engine {

/// A claim in a produced finding.
struct FindingClaimRef {
    std::int64_t claim_id = 0;
    std::string claim_key; ///< stable across re-extraction
    std::string role;      ///< "questioned" or "reference"
};

/// A finding as the job produced it, ready to persist.
struct ProducedFinding {
    std::string id; ///< stable (finding_identity.hpp)
    std::string checker;
    std::string metric;
    std::string scope_key;
    std::string severity;
    std::string message;
    std::vector<FindingClaimRef> claims;
};

struct CheckOutcome {
    std::vector<ProducedFinding> findings; ///< sorted by id, no duplicates
    /// One line per checker failure: which checker, which group, why.
    std::vector<std::string> errors;
    std::size_t claim_count = 0;
    std::size_t group_count = 0;

    [[nodiscard]] bool complete() const { return errors.empty(); }
};

/// Runs `plan` over `claims`. `claim_keys[i]` is the stable key of
/// `claims[i]` (a vector as long as `claims`). Fails before any check when
/// a checker the plan names is not loaded or refuses its configuration; a
/// checker failing on a group is recorded in `errors` and the other
/// checkers' findings are kept.
[[nodiscard]] Expected<CheckOutcome> run_check_job(const plugin::PluginRegistry& registry,
                                                   const CheckPlan& plan,
                                                   std::vector<loader::ClaimRecord> claims,
                                                   std::vector<std::string> claim_keys);

} // namespace crosscheck::engine
