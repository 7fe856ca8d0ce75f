#pragma once
// Typed queries over check runs and findings: persisting a check job's
// outcome (in the caller's transaction), and reading findings back with
// their current review status.

#include "host/engine/check_job.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::store {

/// What persisting a run did to the stored findings.
struct RunSummary {
    std::int64_t run_id = 0;
    int new_findings = 0; ///< ids never seen before in this case
    int still_found = 0;  ///< ids seen before, produced again
    int gone = 0;         ///< active before, not produced by this run
};

/// Records a check run and its findings: new ids are inserted, known ids
/// are updated (severity, message, claims) and keep their reviews, and
/// active findings the run did not produce are marked 'gone'. A run that
/// is incomplete does not mark anything gone (a failed checker's findings
/// were not looked for). Call inside a Transaction.
RunSummary persist_run(Database& db, std::int64_t case_id, const engine::CheckOutcome& outcome,
                       const std::string& started_at, const std::string& rules_hash);

/// A claim of a stored finding.
struct StoredFindingClaim {
    std::int64_t claim_id = 0;
    std::string claim_key;
    std::string role;
};

/// A finding as stored, with its latest review decision.
struct StoredFinding {
    std::string id;
    std::string checker;
    std::string metric;
    std::string scope_key;
    std::string severity;
    std::string message;
    std::string state;  ///< "active" or "gone"
    std::string status; ///< latest review: "open", "confirmed", "dismissed"
    std::vector<StoredFindingClaim> claims;
};

/// The case's findings, active ones only unless `include_gone`, most
/// severe first, then by metric and id.
[[nodiscard]] std::vector<StoredFinding> list_findings(Database& db, std::int64_t case_id,
                                                       bool include_gone = false);

} // namespace crosscheck::store
