#pragma once
// Typed queries over check runs and findings: persisting a check job's
// outcome (in the caller's transaction), with the reviews that follow a
// discrepancy to a new finding, and reading findings back with their
// reasons and current review status.

#include "host/model/finding.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::store {

/// A reviewed finding this run no longer produced.
struct ReviewedGone {
    std::string id;
    model::ReviewStatus status = model::ReviewStatus::open; ///< its latest decision
    /// The findings of this run its decisions were carried to (empty: none;
    /// the decision stays with the gone finding, `findings --status gone`).
    std::vector<std::string> carried_to;
};

/// Decisions copied to a finding of this run from reviewed findings it does
/// not produce any more (see `persist_run`).
struct CarriedReviews {
    std::string to;
    std::vector<std::string> from;
};

/// What persisting a run did to the stored findings.
struct RunSummary {
    std::int64_t run_id = 0;
    int new_findings = 0; ///< ids never seen before in this case
    int still_found = 0;  ///< ids seen before, produced again
    int gone = 0;         ///< active before, not produced by this run
    std::vector<CarriedReviews> carried;
    /// Of the `gone`, those with a review decision, by id.
    std::vector<ReviewedGone> reviewed_gone;
};

/// What a check run did, as the run's row records it.
struct RunRecord {
    std::string started_at; ///< ISO 8601 UTC
    std::string rules_hash;
    std::size_t claim_count = 0;
    std::size_t group_count = 0;
    /// One line per checker failure; empty when the run is complete.
    std::vector<std::string> errors;
    std::size_t checker_finding_count = 0; ///< before the engine merged them

    [[nodiscard]] bool complete() const { return errors.empty(); }
};

/// Records a check run and its findings: new ids are inserted, known ids
/// are updated (severity, message, claims, reasons, rank) and keep their
/// reviews, and active findings the run did not produce are marked 'gone'.
/// A run that is incomplete does not mark anything gone (a failed
/// checker's findings were not looked for).
///
/// Reviews follow the discrepancy: a finding of the run that has no
/// decision of its own gets a copy of every decision on each stored finding
/// the run does not produce whose questioned claims (by key) are the same as
/// its own, contain them or lie within them, oldest first, each with
/// `carried_from` naming the finding it was given on. So a decision
/// survives a change of id: the merge of several checkers' findings, the
/// ids of schema version 4, a late source that makes a checker question one
/// claim of a pair. Call inside a Transaction.
RunSummary persist_run(Database& db, std::int64_t case_id,
                       const std::vector<model::Finding>& findings, const RunRecord& run);

/// The case's findings with their reasons, state and latest review status
/// (open when never reviewed), active ones only unless `include_gone`, in
/// the order a reviewer reads them: those not `cross_side` first, then most
/// severe first, then the figures furthest apart, then the earliest, then
/// by id. Only the first `detailed` have their claims and reasons read (a
/// summary that shows a few need not read every finding's).
[[nodiscard]] std::vector<model::Finding>
list_findings(Database& db, std::int64_t case_id, bool include_gone = false,
              std::size_t detailed = static_cast<std::size_t>(-1));

/// The first `limit` active findings still open (never reviewed, or
/// reopened), in `list_findings`' order, with their claims and reasons:
/// what a check's summary shows, read without listing the others (their
/// counts are `tally_active_findings`').
[[nodiscard]] std::vector<model::Finding> list_open_findings(Database& db, std::int64_t case_id,
                                                             std::size_t limit);

} // namespace crosscheck::store
