#pragma once
// Stored claims as the engine hands them to plugins.

#include "host/store/claim_store.hpp"

#include <crosscheck/loader.hpp>

#include <map>
#include <vector>

namespace crosscheck::cli {

/// Converts the case's active claims for the engine, and fills `keys` with
/// each claim's stable key. A subset ("ten of the dead were civilians") gets
/// its own subject, so it is never compared with the total it is part of.
[[nodiscard]] std::vector<loader::ClaimRecord>
to_claim_records(const std::vector<store::ClaimRow>& rows,
                 std::map<std::int64_t, std::string>& keys);

} // namespace crosscheck::cli
