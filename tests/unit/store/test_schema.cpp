#include "host/store/schema.hpp"

#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck::store;
using crosscheck::testing::TempDir;

TEST_CASE("schema: a new database is migrated to the latest version", "[store]") {
    auto db = Database::open_in_memory();
    CHECK(schema_version(*db) == 0);
    REQUIRE(migrate(*db).has_value());
    CHECK(schema_version(*db) == latest_schema_version());
    Statement tables(*db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                          "('cases', 'sources', 'ingest_batches')");
    REQUIRE(tables.step());
    CHECK(tables.column_int(0) == 3);
    // Migrating again is a no-op.
    REQUIRE(migrate(*db).has_value());
    CHECK(schema_version(*db) == latest_schema_version());
}

TEST_CASE("schema: a database from a newer crosscheck is refused, naming both versions",
          "[store]") {
    TempDir dir;
    const auto path = dir / "future.db";
    const int future = latest_schema_version() + 5;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        (*db)->exec("CREATE TABLE from_the_future(x)");
        (*db)->exec("PRAGMA user_version = " + std::to_string(future));
    }
    auto opened = open_store(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK_THAT(opened.error().message,
               Catch::Contains("schema version " + std::to_string(future)) &&
                   Catch::Contains("up to version " + std::to_string(latest_schema_version())));
    // Nothing was changed.
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(schema_version(**db) == future);
}

TEST_CASE("schema: migration is forward from an older version", "[store]") {
    TempDir dir;
    const auto path = dir / "old.db";
    {
        auto db = open_store(path);
        REQUIRE(db);
    }
    // Reopening an up-to-date file keeps its data and version.
    auto db = open_store(path);
    REQUIRE(db);
    CHECK(schema_version(**db) == latest_schema_version());
}
