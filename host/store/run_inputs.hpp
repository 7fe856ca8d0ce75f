#pragma once
// What a check of a case reads from the store, as a digest, and the last
// run stored: a `check` with nothing new compares the two and reuses the
// stored run rather than redoing it (host/cli/check_reuse.hpp adds the
// rules, the plugins and the program to the digest).

#include "host/store/database.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace crosscheck::store {

/// A digest of the case's inputs to a check: every source version (id and
/// content hash, in id order), the claims (how many, their ids, values and
/// statuses, so a new extraction, a manual claim or an edit shows) and the
/// claims reviewers rejected. Read in one pass over each table's rows of
/// the case; no claim text is hashed.
[[nodiscard]] std::string case_input_digest(Database& db, std::int64_t case_id);

/// The latest check run of a case, as its row records it.
struct StoredRun {
    std::int64_t id = 0;
    bool complete = false;
    std::string input_fingerprint; ///< "" for runs before schema version 7
    std::size_t claim_count = 0;
    std::size_t group_count = 0;
    std::size_t checker_finding_count = 0;
};

/// Records what run `run_id` was given (host/cli/check_reuse.hpp). Call in
/// the run's transaction.
void record_input_fingerprint(Database& db, std::int64_t run_id, const std::string& fingerprint);

/// The case's latest run, or nothing when it was never checked.
[[nodiscard]] std::optional<StoredRun> latest_run(Database& db, std::int64_t case_id);

} // namespace crosscheck::store
