#pragma once
// Stored claims as the engine hands them to plugins.

#include "host/store/claim_store.hpp"

#include <crosscheck/loader.hpp>

#include <string>
#include <vector>

namespace crosscheck::cli {

/// Converts the case's active claims for the engine, and appends each
/// claim's stable key to `keys` (`keys[i]` is the key of the i-th claim).
/// A subset ("ten of the dead were civilians") gets its own subject, so it
/// is never compared with the total it is part of. Consumes `rows`, moving
/// their text out: a large case's strings are never held twice.
[[nodiscard]] std::vector<loader::ClaimRecord> to_claim_records(std::vector<store::ClaimRow> rows,
                                                                std::vector<std::string>& keys);

} // namespace crosscheck::cli
