#pragma once
// A finding's id is derived from what it is about, never from when it was
// found: the checker, the metric, and the stable keys of the claims it
// involves. A rerun that finds the same discrepancy gets the same id, so it
// keeps its review decisions.

#include "host/model/finding.hpp"

#include <string>
#include <vector>

namespace crosscheck::engine {

/// 12 hex characters of SHA-256 over the checker, the metric and the sorted
/// claim keys. Claim keys must survive re-extraction (a claim's row id does
/// not): the claim store provides them.
[[nodiscard]] std::string finding_id(const std::string& checker, const std::string& metric,
                                     std::vector<std::string> claim_keys);

/// The id of `finding` from its checker, metric and its claims' keys.
[[nodiscard]] std::string finding_id(const model::Finding& finding);

} // namespace crosscheck::engine
