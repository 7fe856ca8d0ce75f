#pragma once
// A finding's id is derived from the discrepancy it is about, never from
// how or when it was found: the metric and the stable keys of the claims it
// questions. Neither the checkers that found it (one or several, in any
// order) nor the references it is compared with (which later sources add
// to) change it, so a rerun that finds the same discrepancy keeps its id and
// its review decisions.

#include "host/model/finding.hpp"

#include <string>
#include <vector>

namespace crosscheck::engine {

/// 12 hex characters of SHA-256 over the metric and the sorted, distinct
/// keys of the questioned claims. Claim keys must survive re-extraction (a
/// claim's row id does not): the claim store provides them.
[[nodiscard]] std::string finding_id(const std::string& metric,
                                     std::vector<std::string> questioned_keys);

/// The keys of the claims `finding` questions, sorted and distinct; every
/// claim's key when it questions none (a finding that names only
/// references has no side singled out).
[[nodiscard]] std::vector<std::string> questioned_keys(const model::Finding& finding);

/// The id of `finding` from its metric and its questioned claims' keys.
[[nodiscard]] std::string finding_id(const model::Finding& finding);

} // namespace crosscheck::engine
