#pragma once
// How many active findings a case has, by severity and latest review
// decision, counted in SQL: what a check's summary and `--fail-on` need,
// without reading every finding (a `check` with nothing new spent a fifth
// of its time listing 2,500 findings to count them).

#include "host/model/finding.hpp"
#include "host/model/severity.hpp"
#include "host/store/database.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace crosscheck::store {

/// Active findings by severity and latest review status.
class FindingTally {
public:
    /// Counts `n` more findings of `severity` whose latest decision is `status`.
    void add(model::Severity severity, model::ReviewStatus status, std::size_t n);
    /// Moves `n` of the findings of `severity` counted as open to `status`
    /// (their latest decision); at most as many as are counted open.
    void move_open(model::Severity severity, model::ReviewStatus status, std::size_t n);
    [[nodiscard]] std::size_t of(model::Severity severity, model::ReviewStatus status) const;
    /// Every active finding: the case's distinct discrepancies.
    [[nodiscard]] std::size_t total() const;
    /// Those whose latest decision is `status`, of any severity.
    [[nodiscard]] std::size_t with_status(model::ReviewStatus status) const;

private:
    // [severity rank][review status]
    std::array<std::array<std::size_t, model::k_review_statuses.size()>, model::k_severities.size()>
        m_counts{};
};

/// The case's active findings counted, each under its latest review
/// decision ("open" when never reviewed), as `list_findings` reads them.
[[nodiscard]] FindingTally tally_active_findings(Database& db, std::int64_t case_id);

} // namespace crosscheck::store
