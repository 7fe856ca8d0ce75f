#include "host/store/database.hpp"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace crosscheck::store {
namespace {

// How long a writer waits for another job's lock before giving up.
constexpr int k_busy_timeout_ms = 10'000;

// k_busy_timeout_ms, or $CROSSCHECK_BUSY_TIMEOUT_MS when it holds a number
// of milliseconds: scripts that would rather fail at once than wait, and
// tests of the refusal that should not take ten seconds.
int busy_timeout_ms() {
    const char* env = std::getenv("CROSSCHECK_BUSY_TIMEOUT_MS");
    if (env == nullptr || *env == '\0') {
        return k_busy_timeout_ms;
    }
    const std::string_view text(env);
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
        spdlog::warn("CROSSCHECK_BUSY_TIMEOUT_MS='{}' is not a number of milliseconds; waiting "
                     "{} ms for a locked database",
                     text, k_busy_timeout_ms);
        return k_busy_timeout_ms;
    }
    return value;
}

// True when `path` is absent, empty, or starts with SQLite's file header.
// Checked before sqlite3_open so that a file that is not a database is
// never touched, let alone turned into one.
Expected<void> check_is_sqlite_or_absent(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        return {};
    }
    if (std::filesystem::is_directory(path, ec)) {
        return fail("database path '" + path.string() + "' is a directory");
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        return fail("cannot read database '" + path.string() + "': " + ec.message());
    }
    if (size == 0) {
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail("cannot open database '" + path.string() + "' for reading");
    }
    static constexpr std::string_view k_magic{"SQLite format 3\0", 16};
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    if (in.gcount() != 16 || std::string_view(header.data(), 16) != k_magic) {
        return fail("'" + path.string() +
                    "' is not a crosscheck database (not an SQLite file); refusing to "
                    "overwrite it. Pass --db with another path.");
    }
    return {};
}

// SQLite's answers that mean "another connection holds the locks": BUSY
// after the busy timeout, and PROTOCOL, which a reader gets after ~10 s of
// retries when the holder is a process paused in the middle of rebuilding
// the WAL index (it holds the writer's lock while the index is invalid).
// The connection is opened with extended result codes, so compare the
// primary code only (SQLITE_BUSY_RECOVERY, SQLITE_BUSY_TIMEOUT, ...).
bool is_lock_conflict(int rc) {
    const int primary = rc & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_PROTOCOL;
}

} // namespace

DatabaseLockedError::DatabaseLockedError(const std::filesystem::path& db)
    : DatabaseError("database '" + db.string() +
                    "' is locked by another crosscheck job; try again when it ends") {}

Statement::Statement(Database& db, std::string_view sql) : m_db(&db) {
    // Preparing reads the schema, so it can meet another job's locks too.
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (is_lock_conflict(rc)) {
        throw DatabaseLockedError(db.path());
    }
    if (rc != SQLITE_OK) {
        throw DatabaseError("cannot prepare statement: " + db.last_error() +
                            " in: " + std::string(sql));
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies, so temporaries are safe to bind.
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const std::string message = m_db->last_error();
    const char* sql = sqlite3_sql(m_stmt);
    sqlite3_reset(m_stmt);
    if (is_lock_conflict(rc)) {
        throw DatabaseLockedError(m_db->path());
    }
    throw DatabaseError("database error: " + message + " in: " + (sql ? sql : ""));
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::column_int(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::column_double(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::column_text(int column) const {
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<double> Statement::column_optional_double(int column) const {
    if (is_null(column)) {
        return std::nullopt;
    }
    return column_double(column);
}

Database::Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

Expected<std::unique_ptr<Database>> Database::open(const std::filesystem::path& path) {
    if (auto ok = check_is_sqlite_or_absent(path); !ok) {
        return std::unexpected(ok.error());
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                                       SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                                   nullptr);
    if (rc != SQLITE_OK) {
        std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        sqlite3_close_v2(raw);
        return fail("cannot open database '" + path.string() + "': " + message);
    }
    std::unique_ptr<Database> db(new Database(raw, path));
    const std::chrono::milliseconds wait = default_busy_timeout();
    db->set_busy_timeout(wait);
    // SQLite answers BUSY at once, without waiting, where waiting could
    // deadlock: several jobs switching a new database to WAL together. The
    // setup is retried until the busy timeout is spent.
    const auto give_up = std::chrono::steady_clock::now() + wait;
    for (int attempt = 0;; ++attempt) {
        try {
            // Reading the schema is the first real access: a corrupt or
            // foreign file fails here, before anything is written.
            {
                Statement probe(*db, "SELECT count(*) FROM sqlite_schema");
                probe.step();
            } // finalized here: an open statement would hold a read transaction
            db->exec("PRAGMA journal_mode=WAL");
            // NORMAL is durable across application crashes in WAL mode; only
            // a power loss can lose the last commits, never corrupt the file.
            db->exec("PRAGMA synchronous=NORMAL");
            db->exec("PRAGMA foreign_keys=ON");
            break;
        } catch (const DatabaseLockedError& e) {
            if (std::chrono::steady_clock::now() >= give_up) {
                return fail(e.what()); // already names the database and what to do
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1 + attempt % 20));
        } catch (const DatabaseError& e) {
            return fail("cannot use database '" + path.string() + "': " + e.what());
        }
    }
    return db;
}

std::unique_ptr<Database> Database::open_in_memory() {
    sqlite3* raw = nullptr;
    if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
        throw DatabaseError("cannot open an in-memory database");
    }
    std::unique_ptr<Database> db(new Database(raw, ":memory:"));
    db->exec("PRAGMA foreign_keys=ON");
    return db;
}

void Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    if (const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
        rc != SQLITE_OK) {
        std::string what = message ? message : "unknown error";
        sqlite3_free(message);
        if (is_lock_conflict(rc)) {
            throw DatabaseLockedError(m_path);
        }
        throw DatabaseError("database error: " + what + " in: " + text);
    }
}

void Database::set_busy_timeout(std::chrono::milliseconds wait) {
    sqlite3_busy_timeout(m_db, static_cast<int>(wait.count()));
}

std::chrono::milliseconds Database::default_busy_timeout() {
    return std::chrono::milliseconds(busy_timeout_ms());
}

std::int64_t Database::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

std::string Database::last_error() const {
    return sqlite3_errmsg(m_db);
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const std::exception& e) {
            spdlog::error("rollback failed: {}", e.what());
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace crosscheck::store
