#pragma once
// Typed queries over check runs and findings: persisting a check job's
// outcome (in the caller's transaction), and reading findings back with
// their current review status.

#include "host/model/finding.hpp"
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

/// What a check run did, as the run's row records it.
struct RunRecord {
    std::string started_at; ///< ISO 8601 UTC
    std::string rules_hash;
    std::size_t claim_count = 0;
    std::size_t group_count = 0;
    /// One line per checker failure; empty when the run is complete.
    std::vector<std::string> errors;

    [[nodiscard]] bool complete() const { return errors.empty(); }
};

/// Records a check run and its findings: new ids are inserted, known ids
/// are updated (severity, message, claims) and keep their reviews, and
/// active findings the run did not produce are marked 'gone'. A run that
/// is incomplete does not mark anything gone (a failed checker's findings
/// were not looked for). Call inside a Transaction.
RunSummary persist_run(Database& db, std::int64_t case_id,
                       const std::vector<model::Finding>& findings, const RunRecord& run);

/// The case's findings with their state and latest review status (open
/// when never reviewed), active ones only unless `include_gone`, most
/// severe first, then by metric and id.
[[nodiscard]] std::vector<model::Finding> list_findings(Database& db, std::int64_t case_id,
                                                        bool include_gone = false);

} // namespace crosscheck::store
