#pragma once
// A thin RAII layer over SQLite: one connection, prepared statements with
// bound parameters (text from a source is never spliced into SQL), and
// transactions that roll back unless committed.

#include "host/util/error.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace crosscheck::store {

/// A failure reported by SQLite, with the statement or operation that failed.
class DatabaseError : public CommandError {
public:
    using CommandError::CommandError;
};

/// Another process holds the database's locks past the busy timeout: a job
/// still writing, or one paused (or stuck) while it held them.
class DatabaseLockedError : public DatabaseError {
public:
    explicit DatabaseLockedError(const std::filesystem::path& db);
};

class Database;

/// A prepared statement. Bind parameters by 1-based index, `step` through
/// rows, read columns by 0-based index. Reusable after `reset`.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind_null(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    /// Advances to the next row; false when there is none. Throws
    /// DatabaseError on failure.
    bool step();
    /// Runs a statement that returns no rows.
    void run() {
        while (step()) {
        }
    }
    /// Resets the statement so it can be bound and stepped again.
    void reset();

    [[nodiscard]] bool is_null(int column) const;
    [[nodiscard]] std::int64_t column_int(int column) const;
    [[nodiscard]] double column_double(int column) const;
    [[nodiscard]] std::string column_text(int column) const;
    [[nodiscard]] std::optional<double> column_optional_double(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// An open SQLite database file.
class Database {
public:
    /// Opens (creating if absent) the database at `path`, refusing a file
    /// that exists but is not an SQLite database, so it is never overwritten.
    /// Sets WAL mode, foreign keys and a busy timeout: a job that finds the
    /// database locked by another waits up to 10 s (or
    /// $CROSSCHECK_BUSY_TIMEOUT_MS milliseconds), then fails with a message
    /// saying another crosscheck job holds it. Does not migrate.
    static Expected<std::unique_ptr<Database>> open(const std::filesystem::path& path);
    /// An in-memory database, for tests.
    static std::unique_ptr<Database> open_in_memory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that take no parameters (schema, pragmas).
    void exec(std::string_view sql);
    [[nodiscard]] std::int64_t last_insert_rowid() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    /// How long a statement waits for another job's lock before failing
    /// with DatabaseLockedError.
    void set_busy_timeout(std::chrono::milliseconds wait);
    /// The wait set at open (10 s, or $CROSSCHECK_BUSY_TIMEOUT_MS).
    [[nodiscard]] static std::chrono::milliseconds default_busy_timeout();
    /// The latest SQLite error message on this connection.
    [[nodiscard]] std::string last_error() const;

private:
    Database(sqlite3* db, std::filesystem::path path);
    sqlite3* m_db;
    std::filesystem::path m_path;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless `commit`
/// was called. IMMEDIATE takes the write lock up front, so two writers wait
/// for each other (busy timeout) instead of failing half-way.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace crosscheck::store
