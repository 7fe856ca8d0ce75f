#pragma once
// Opening the store and finding a case, the way every subcommand needs it:
// failures become CommandErrors with messages a fact-checker can act on.

#include "host/cli/context.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <memory>
#include <string_view>

namespace crosscheck::cli {

/// Opens and migrates the database named by `context.db_path`.
[[nodiscard]] std::unique_ptr<store::Database> open_store_or_throw(const Context& context);

/// The id of the case `slug`; throws a CommandError naming the known cases
/// when there is no such case.
[[nodiscard]] std::int64_t require_case(store::Database& db, std::string_view slug);

} // namespace crosscheck::cli
