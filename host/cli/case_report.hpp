#pragma once
// Finding a case that has been checked, for the commands that read its
// findings (`report`, `findings`): a case never checked has no findings
// because nothing was looked for, which a report must not pass off as "no
// discrepancies".

#include "host/store/database.hpp"

#include <cstdint>
#include <string_view>

namespace crosscheck::cli {

/// The id of case `slug`. Throws a CommandError naming the case and the
/// command to run when there is no such case, when it has no sources, or
/// when it has never been checked.
[[nodiscard]] std::int64_t require_checked_case(store::Database& db, std::string_view slug);

} // namespace crosscheck::cli
