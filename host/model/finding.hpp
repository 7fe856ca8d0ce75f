#pragma once
// A finding: one discrepancy among the claims of one group, with the claims
// it puts in doubt and those it compares them with, every checker's reason
// for it, and where it stands with the reviewers.

#include "host/model/severity.hpp"

#include <array>
#include <cstddef>
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

/// Every review status, in declaration order.
inline constexpr std::array<ReviewStatus, 3> k_review_statuses = {
    ReviewStatus::open, ReviewStatus::confirmed, ReviewStatus::dismissed};

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

/// One checker's reason for a finding: what it said and how grave it rated
/// it (after the cross-side policy).
struct FindingReason {
    std::string checker;
    Severity severity = Severity::info;
    std::string message;
    bool cross_side = false; ///< lowered by the cross-side policy

    friend bool operator==(const FindingReason&, const FindingReason&) = default;
};

/// A finding: one discrepancy. A checker fills `checker`, `severity`,
/// `message` and the claims' ids and roles; the engine adds the rest (the
/// reasons, when the findings of several checkers question the same claims
/// and become one, host/engine/finding_merge.hpp; `id` from the questioned
/// claims, host/engine/finding_identity.hpp); the store keeps its state and
/// review status.
struct Finding {
    std::string id;      ///< stable: 12 hex digits
    std::string checker; ///< the first reason's: the most severe
    std::string metric;
    std::string scope_key;              ///< the group's "subject|event|period"
    Severity severity = Severity::info; ///< the most severe reason's
    std::string message;                ///< one line: the most severe reason's
    std::vector<FindingClaim> claims;   ///< questioned ones first
    /// How many further reference claims its checkers cited that `claims`
    /// leaves out: a merged finding lists a sample of its references, the
    /// earliest (engine::k_max_listed_references), and counts the rest.
    std::size_t more_references = 0;
    /// Every checker's reason, most severe first; empty until the engine
    /// merges (a checker reports one finding with one reason: its own).
    std::vector<FindingReason> reasons;
    /// Every reason was lowered by the cross-side policy: one party's figure
    /// against another's, which reports list apart.
    bool cross_side = false;
    /// How far apart its figures are: the highest value among its claims over
    /// the lowest (1 when they are equal; larger when a figure is 0 or below
    /// and another above). Reports rank by it.
    double spread = 1;
    std::string as_of; ///< the earliest as-of time of its questioned claims (ISO 8601)
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
    /// The finding the reviewer decided on, when it is not this one: the
    /// decision followed the discrepancy to this finding (its claims are the
    /// same or one's contain the other's). "" when given on this finding.
    std::string carried_from;
};

} // namespace crosscheck::model
