#pragma once
// A finding: a discrepancy a checker found among the claims of one group,
// with the claims it puts in doubt and those it compares them with, and
// where it stands with the reviewers.

#include "host/model/severity.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::model {

/// How a finding uses a claim (see the contract): `questioned` is put in
/// doubt, `reference` is only what it is compared against.
enum class ClaimRole { questioned, reference };

/// Whether the last check run still produced the finding.
enum class FindingState { active, gone };

/// A reviewer's latest decision on a finding.
enum class ReviewStatus { open, confirmed, dismissed };

[[nodiscard]] std::string_view to_string(ClaimRole r);
[[nodiscard]] std::string_view to_string(FindingState s);
[[nodiscard]] std::string_view to_string(ReviewStatus s);
[[nodiscard]] std::optional<ClaimRole> claim_role_from_string(std::string_view name);
[[nodiscard]] std::optional<FindingState> finding_state_from_string(std::string_view name);
[[nodiscard]] std::optional<ReviewStatus> review_status_from_string(std::string_view name);
/// "open", "confirmed", "dismissed": the choices of a command-line option.
[[nodiscard]] std::vector<std::string> review_status_names();
/// "open|confirmed|dismissed".
[[nodiscard]] std::string review_status_choices();

/// A claim a finding cites.
struct FindingClaim {
    std::int64_t claim_id = 0;
    std::string claim_key; ///< the claim's stable key; "" until the engine sets it
    ClaimRole role = ClaimRole::questioned;

    friend bool operator==(const FindingClaim&, const FindingClaim&) = default;
};

/// A finding. A checker fills `checker`, `severity`, `message` and the
/// claims' ids and roles; the engine adds the rest (`id` from what the
/// finding is about, host/engine/finding_identity.hpp); the store keeps its
/// state and review status.
struct Finding {
    std::string id; ///< stable: 12 hex digits
    std::string checker;
    std::string metric;
    std::string scope_key; ///< the group's "subject|event|period"
    Severity severity = Severity::info;
    std::string message; ///< one line
    std::vector<FindingClaim> claims;
    FindingState state = FindingState::active;
    ReviewStatus status = ReviewStatus::open;
};

/// One decision in a finding's review history.
struct ReviewDecision {
    std::int64_t id = 0; ///< increasing: later decisions have larger ids
    std::string finding_id;
    ReviewStatus status = ReviewStatus::open;
    std::string note;
    std::string reviewer;
    std::string decided_at; ///< ISO 8601 UTC
};

} // namespace crosscheck::model
