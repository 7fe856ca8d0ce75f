#pragma once
// Stored claims as the engine checks them.

#include "host/model/claim.hpp"
#include "host/store/claim_store.hpp"

#include <vector>

namespace crosscheck::cli {

/// The case's active claims as the model's claims, each with its stable key.
/// Consumes `rows`, moving their text out: a large case's strings are never
/// held twice.
[[nodiscard]] std::vector<model::Claim> to_claims(std::vector<store::ClaimRow> rows);

} // namespace crosscheck::cli
