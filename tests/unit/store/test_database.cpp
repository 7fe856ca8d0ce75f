#include "host/store/database.hpp"

#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace crosscheck::store;
using crosscheck::testing::TempDir;

TEST_CASE("database: a new file is created in WAL mode with foreign keys on", "[store]") {
    TempDir dir;
    auto db = Database::open(dir / "new.db");
    REQUIRE(db.has_value());
    Statement mode(**db, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.column_text(0) == "wal");
    Statement fk(**db, "PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.column_int(0) == 1);
}

TEST_CASE("database: a file that is not SQLite is refused and left untouched", "[store]") {
    TempDir dir;
    const std::string content = "these are my notes, not a database\n";
    const auto path = dir.write("notes.db", content);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK_THAT(db.error().message, Catch::Contains("is not a crosscheck database"));
    CHECK(crosscheck::testing::read_file(path) == content);
}

TEST_CASE("database: a short file is refused too", "[store]") {
    TempDir dir;
    const auto path = dir.write("tiny.db", "SQLite");
    CHECK_FALSE(Database::open(path).has_value());
}

TEST_CASE("database: a transaction not committed rolls back", "[store]") {
    auto db = Database::open_in_memory();
    db->exec("CREATE TABLE t(x INTEGER)");
    {
        Transaction tx(*db);
        Statement(*db, "INSERT INTO t VALUES (?1)").bind(1, 42).run();
    }
    Statement count(*db, "SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.column_int(0) == 0);
    {
        Transaction tx(*db);
        Statement(*db, "INSERT INTO t VALUES (?1)").bind(1, 42).run();
        tx.commit();
    }
    count.reset();
    REQUIRE(count.step());
    CHECK(count.column_int(0) == 1);
}

TEST_CASE("database: bound text that looks like SQL is stored verbatim", "[store]") {
    auto db = Database::open_in_memory();
    db->exec("CREATE TABLE t(x TEXT)");
    const std::string evil = "'); DROP TABLE t;--";
    Statement(*db, "INSERT INTO t VALUES (?1)").bind(1, evil).run();
    Statement read(*db, "SELECT x FROM t");
    REQUIRE(read.step());
    CHECK(read.column_text(0) == evil);
}

TEST_CASE("database: a failing statement names the error", "[store]") {
    auto db = Database::open_in_memory();
    CHECK_THROWS_WITH(Statement(*db, "SELECT * FROM nowhere"), Catch::Contains("no such table"));
}
