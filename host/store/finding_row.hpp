#pragma once
// A stored finding as both of its readers select it (store::list_findings
// and store::FindingCursor): the columns of `findings f` with the latest
// review decision, the order a reviewer reads them in, and the row and
// reasons read back, written once so the two cannot drift apart.

#include "host/model/finding.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <string_view>

namespace crosscheck::store {

/// The columns `read_finding_row` reads, of `findings f`; the latest
/// decision ("open" when never reviewed) is named `status`.
inline constexpr std::string_view k_finding_row_columns = R"sql(
    f.id, f.checker, f.metric, f.scope_key, f.severity, f.message, f.state,
    coalesce((SELECT r.status FROM reviews r
              WHERE r.case_id = f.case_id AND r.finding_id = f.id
              ORDER BY r.id DESC LIMIT 1), 'open') AS status,
    f.cross_side, f.spread, f.as_of, f.more_references)sql";

/// Reading order, over those columns unqualified: those the cross-side
/// policy sets apart last, then most severe first, then the figures
/// furthest apart, then the earliest.
inline constexpr std::string_view k_finding_reading_order = R"sql(
    cross_side, CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2
                ELSE 3 END, spread DESC, as_of, id)sql";

/// A finding's reasons, most severe first: bind ?1 the case, ?2 the finding.
inline constexpr std::string_view k_finding_reasons_query =
    "SELECT checker, severity, message, cross_side FROM finding_reasons "
    "WHERE case_id = ?1 AND finding_id = ?2 ORDER BY position";

/// The finding of a row selected with `k_finding_row_columns` first; its
/// claims and reasons are left empty.
[[nodiscard]] model::Finding read_finding_row(const Statement& row);

/// Appends the reasons of `finding` to it, through `reasons` (prepared from
/// `k_finding_reasons_query`, reset here).
void read_finding_reasons(Statement& reasons, std::int64_t case_id, model::Finding& finding);

} // namespace crosscheck::store
