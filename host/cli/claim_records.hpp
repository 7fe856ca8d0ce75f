#pragma once
// Stored claims as the engine hands them to plugins. (Goes when the plugin
// layer lays out model::Claim itself.)

#include "host/model/claim.hpp"

#include <crosscheck/loader.hpp>

#include <string>
#include <vector>

namespace crosscheck::cli {

/// Converts the case's active claims for the engine, and appends each
/// claim's stable key to `keys` (`keys[i]` is the key of the i-th claim).
/// Consumes `claims`, moving their text out: a large case's strings are
/// never held twice.
[[nodiscard]] std::vector<loader::ClaimRecord> to_claim_records(std::vector<model::Claim> claims,
                                                                std::vector<std::string>& keys);

} // namespace crosscheck::cli
