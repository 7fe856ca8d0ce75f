#pragma once
// Reviewers' decisions on findings. Every decision is a new row (who, when,
// what and why), never an overwrite: a finding's status is its latest
// decision, and its history is all of them. Decisions hang off the finding
// id, which a rerun of `check` keeps, so they survive reruns.

#include "host/store/database.hpp"
#include "host/util/error.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::store {

/// One recorded decision.
struct ReviewDecision {
    std::int64_t id = 0; ///< increasing: later decisions have larger ids
    std::string finding_id;
    std::string status; ///< "open", "confirmed" or "dismissed"
    std::string note;
    std::string reviewer;
    std::string decided_at; ///< ISO 8601 UTC
};

/// True for the statuses a decision may set.
[[nodiscard]] bool is_review_status(std::string_view status);

/// The ids of the cases that have a finding with this id (usually one; the
/// same sources ingested into two cases give the same ids in both).
[[nodiscard]] std::vector<std::int64_t> cases_with_finding(Database& db,
                                                           std::string_view finding_id);

/// Appends a decision. Fails when the finding does not exist in the case or
/// the status is not one of `is_review_status`. Call inside a Transaction
/// when it must go with other writes.
Expected<ReviewDecision> record_review(Database& db, std::int64_t case_id,
                                       std::string_view finding_id, std::string_view status,
                                       std::string_view note, std::string_view reviewer,
                                       std::string_view decided_at);

/// Every decision of the case, oldest first, by finding id.
[[nodiscard]] std::map<std::string, std::vector<ReviewDecision>> list_reviews(Database& db,
                                                                              std::int64_t case_id);

} // namespace crosscheck::store
