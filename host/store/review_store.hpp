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
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::store {

/// The ids of the cases that have a finding with this id (usually one; the
/// same sources ingested into two cases give the same ids in both).
[[nodiscard]] std::vector<std::int64_t> cases_with_finding(Database& db,
                                                           std::string_view finding_id);

/// A finding an id or an id's prefix names, in one case.
struct FindingMatch {
    std::int64_t case_id = 0;
    std::string id;
    std::string metric;
    std::string message;
    model::FindingState state = model::FindingState::active;
};

/// The findings `id_or_prefix` names, as git names commits: those whose id it
/// is, if any; else those whose id starts with it. In every case, or in case
/// `case_id` only when given; by id, then case. Empty when none.
[[nodiscard]] std::vector<FindingMatch>
findings_matching(Database& db, std::string_view id_or_prefix,
                  std::optional<std::int64_t> case_id = std::nullopt);

/// Appends a decision. Fails when the finding does not exist in the case.
/// Call inside a Transaction when it must go with other writes.
Expected<model::ReviewDecision> record_review(Database& db, std::int64_t case_id,
                                              std::string_view finding_id,
                                              model::ReviewStatus status, std::string_view note,
                                              std::string_view reviewer,
                                              std::string_view decided_at);

/// The columns of `reviews` that `read_review_row` reads, in its order.
inline constexpr std::string_view k_review_columns =
    "id, finding_id, status, note, reviewer, decided_at, carried_from";

/// The decision of a row selected with `k_review_columns` first.
[[nodiscard]] model::ReviewDecision read_review_row(const Statement& row);

/// Every decision of the case, oldest first, by finding id; a decision
/// carried from another finding names it in `carried_from`.
[[nodiscard]] std::map<std::string, std::vector<model::ReviewDecision>>
list_reviews(Database& db, std::int64_t case_id);

} // namespace crosscheck::store
