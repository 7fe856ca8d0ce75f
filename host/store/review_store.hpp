#pragma once
// Reviewers' decisions on findings. Every decision is a new row (who, when,
// what and why), never an overwrite: a finding's status is its latest
// decision, and its history is all of them. Decisions hang off the finding
// id, which a rerun of `check` keeps, so they survive reruns.

#include "host/model/finding.hpp"
#include "host/store/database.hpp"
#include "host/util/error.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::store {

/// The ids of the cases that have a finding with this id (usually one; the
/// same sources ingested into two cases give the same ids in both).
[[nodiscard]] std::vector<std::int64_t> cases_with_finding(Database& db,
                                                           std::string_view finding_id);

/// Appends a decision. Fails when the finding does not exist in the case.
/// Call inside a Transaction when it must go with other writes.
Expected<model::ReviewDecision> record_review(Database& db, std::int64_t case_id,
                                              std::string_view finding_id,
                                              model::ReviewStatus status, std::string_view note,
                                              std::string_view reviewer,
                                              std::string_view decided_at);

/// Every decision of the case, oldest first, by finding id.
[[nodiscard]] std::map<std::string, std::vector<model::ReviewDecision>>
list_reviews(Database& db, std::int64_t case_id);

} // namespace crosscheck::store
