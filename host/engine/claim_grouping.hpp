#pragma once
// Claims are compared only with claims about the same thing: the same
// metric and the same scope (subject, event, period). This is where "192
// Azerbaijani servicemen killed" and "200 Armenians killed" part ways.

#include <crosscheck/loader.hpp>

#include <string>
#include <vector>

namespace crosscheck::engine {

/// "subject|event|period", the key claims are grouped by.
[[nodiscard]] std::string scope_key(const loader::ClaimRecord& claim);

/// Splits `claims` into groups of equal metric and scope key, ordered by
/// metric then scope key; claims keep their order within a group. Groups of
/// one claim are kept (a checker may still have something to say).
[[nodiscard]] std::vector<loader::ClaimGroupRecord>
group_claims(std::vector<loader::ClaimRecord> claims);

} // namespace crosscheck::engine
