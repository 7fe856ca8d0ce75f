#pragma once
// Claims are compared only with claims about the same thing: the same
// metric and the same scope (subject, event, period, place; a subset is a
// subject of its own, a combined place such as "syria+turkey" a place of its
// own). This is where "192 Azerbaijani servicemen killed" and "200
// Armenians killed" part ways.

#include "host/model/claim.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace crosscheck::engine {

/// One group's claims, by their positions in the case's claims. A check
/// job finds its groups this way and checks each in place: a case of a
/// million claims is never moved or held twice.
struct GroupMembers {
    std::string metric;
    std::string scope_key;              ///< `ClaimScope::key()` of every member
    std::vector<std::size_t> positions; ///< ascending
};

/// The groups of `claims`: equal metric and scope key, ordered by metric
/// then scope key. Groups of one claim are kept (a checker may still have
/// something to say).
[[nodiscard]] std::vector<GroupMembers> find_groups(const std::vector<model::Claim>& claims);

/// Whether checkers compare the group's claims at all. Parts of a total
/// whose kind no rule names ("ten of the dead", "three more bodies", "88
/// bodies identified": the checked subject "subset") are not: two of them
/// are as likely two different parts (the identified and the unidentified,
/// Monday's increment and Tuesday's) as two reports of one, and a part that
/// falls (bodies still unidentified) is no running total. A part of a named
/// subject ("12 Pakistanis among the survivors") is compared as before.
[[nodiscard]] bool is_compared(const GroupMembers& group);

} // namespace crosscheck::engine
