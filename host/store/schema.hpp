#pragma once
// The database schema as a list of forward migrations. The schema version is
// SQLite's `user_version`; opening a database brings it up to the newest
// version this program knows, in one transaction, and refuses a database
// written by a newer crosscheck.

#include "host/store/database.hpp"

namespace crosscheck::store {

/// The schema version this build writes.
[[nodiscard]] int latest_schema_version();

/// The schema version stored in `db` (0 for a new, empty file).
[[nodiscard]] int schema_version(Database& db);

/// Applies every migration newer than the stored version, up to `up_to`
/// (default: the latest), all in one transaction. Fails (changing nothing)
/// when the database's version is newer than `latest_schema_version()`,
/// naming both versions. Safe when several jobs open the same new database
/// at once: one migrates, the others wait for its lock (busy timeout) and
/// find the schema current. An older `up_to` builds the schema an older
/// crosscheck wrote (the migrations never change once shipped), which is
/// how tests make a database of an earlier version.
[[nodiscard]] Expected<void> migrate(Database& db, int up_to = latest_schema_version());

/// Opens the database at `path` and migrates it: what every command uses.
[[nodiscard]] Expected<std::unique_ptr<Database>> open_store(const std::filesystem::path& path);

} // namespace crosscheck::store
