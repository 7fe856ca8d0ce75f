#include "tests/support/store_audit.hpp"

#include <array>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <stdexcept>

namespace crosscheck::testing {
namespace {

namespace fs = std::filesystem;

// A minimal connection: the audit must not depend on the code under test.
class Connection {
public:
    explicit Connection(const fs::path& path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close(m_db);
            throw std::runtime_error("cannot open " + path.string() + ": " + message);
        }
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Every row of `sql`, each column as text ("NULL" for null).
    std::vector<std::vector<std::string>> rows(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw std::runtime_error(std::string("audit query failed: ") + sqlite3_errmsg(m_db) +
                                     " in: " + sql);
        }
        std::vector<std::vector<std::string>> out;
        int rc = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const auto* text = sqlite3_column_text(stmt, i);
                row.emplace_back(text ? reinterpret_cast<const char*>(text) : "NULL");
            }
            out.push_back(std::move(row));
        }
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            throw std::runtime_error("audit query failed: " + message + " in: " + sql);
        }
        return out;
    }

    std::int64_t count(const std::string& sql) { return std::stoll(rows(sql).at(0).at(0)); }

private:
    sqlite3* m_db = nullptr;
};

bool has_table(Connection& db, const std::string& name) {
    return db.count("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + name +
                    "'") > 0;
}

void audit(Connection& db, StoreAudit& out) {
    const auto integrity = db.rows("PRAGMA integrity_check");
    if (integrity.size() != 1 || integrity[0][0] != "ok") {
        for (const auto& row : integrity) {
            out.problems.push_back("integrity_check: " + row[0]);
        }
        return; // counting rows of a corrupt file proves nothing
    }
    for (const auto& row : db.rows("PRAGMA foreign_key_check")) {
        out.problems.push_back("foreign_key_check: a row of " + row[0] + " (rowid " + row[1] +
                               ") points to a missing row of " + row[2]);
    }
    if (!has_table(db, "ingest_batches")) {
        return; // killed before the first migration committed: nothing stored
    }
    out.batches = db.count("SELECT count(*) FROM ingest_batches");
    out.sources = db.count("SELECT count(*) FROM sources");
    for (const auto& row : db.rows(R"sql(
            SELECT b.id, b.new_count + b.updated_count,
                   (SELECT count(*) FROM sources s WHERE s.batch_id = b.id)
            FROM ingest_batches b)sql")) {
        if (row[1] != row[2]) {
            out.problems.push_back("ingest batch " + row[0] + " says it stored " + row[1] +
                                   " source(s) but " + row[2] + " are there");
        }
    }
    if (!has_table(db, "check_runs")) {
        return;
    }
    out.runs = db.count("SELECT count(*) FROM check_runs");
    out.findings = db.count("SELECT count(*) FROM findings");
    for (const auto& row : db.rows(R"sql(
            SELECT r.id, r.new_finding_count,
                   (SELECT count(*) FROM findings f WHERE f.first_run_id = r.id)
            FROM check_runs r WHERE r.new_finding_count IS NOT NULL)sql")) {
        if (row[1] != row[2]) {
            out.problems.push_back("check run " + row[0] + " says it found " + row[1] +
                                   " new finding(s) but " + row[2] + " are there");
        }
    }
    if (db.count("SELECT count(*) FROM check_runs WHERE new_finding_count IS NULL OR "
                 "finding_claim_count IS NULL") > 0) {
        out.problems.push_back("a check run has no new_finding_count or finding_claim_count");
    }
    // A case's latest run: what it produced is what is there now (later runs
    // rewrite last_run_id, so only the latest can be counted this way).
    for (const auto& row : db.rows(R"sql(
            SELECT r.id, r.finding_count,
                   (SELECT count(*) FROM findings f WHERE f.last_run_id = r.id),
                   r.finding_claim_count,
                   (SELECT count(*) FROM finding_claims c JOIN findings f
                        ON f.case_id = c.case_id AND f.id = c.finding_id
                    WHERE f.last_run_id = r.id),
                   r.status,
                   (SELECT count(*) FROM findings f WHERE f.case_id = r.case_id
                        AND f.state = 'active')
            FROM check_runs r
            WHERE r.id = (SELECT max(id) FROM check_runs l WHERE l.case_id = r.case_id))sql")) {
        if (row[1] != row[2]) {
            out.problems.push_back("latest check run " + row[0] + " says it produced " + row[1] +
                                   " finding(s) but " + row[2] + " carry its id");
        }
        if (row[3] != row[4]) {
            out.problems.push_back("latest check run " + row[0] + " says it linked " + row[3] +
                                   " claim(s) to its findings but " + row[4] + " links are there");
        }
        if (row[5] == "complete" && row[1] != row[6]) {
            out.problems.push_back("latest check run " + row[0] + " is complete with " + row[1] +
                                   " finding(s) but " + row[6] + " are active");
        }
    }
}

} // namespace

std::string StoreAudit::report() const {
    std::string out;
    for (const auto& p : problems) {
        out += p + "\n";
    }
    return out;
}

StoreAudit audit_store(const fs::path& db, const fs::path& scratch) {
    StoreAudit out;
    fs::create_directories(scratch);
    const fs::path copy = scratch / "audit.db";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(copy.string() + suffix);
    }
    if (!fs::exists(db)) {
        return out;
    }
    fs::copy_file(db, copy);
    // The -shm index is rebuilt from the WAL; the WAL itself holds every
    // commit not yet checkpointed, so it must come along.
    if (const fs::path wal = db.string() + "-wal"; fs::exists(wal)) {
        fs::copy_file(wal, copy.string() + "-wal");
    }
    Connection connection(copy);
    audit(connection, out);
    return out;
}

bool write_transaction_open(const fs::path& db) {
    const int fd = ::open((db.string() + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false; // no -shm: no connection in WAL mode
    }
    // SQLite's WAL index keeps its locks as bytes from offset 120; the
    // first is the writer's (WAL_WRITE_LOCK in sqlite3.c).
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 120;
    probe.l_len = 1;
    const bool held = fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    // Byte 122 is WAL_RECOVER_LOCK: a connection rebuilding the WAL index
    // also holds the writer's byte for those microseconds, and is not in a
    // transaction (readers told to wait for a stopped recovery give up
    // with SQLITE_PROTOCOL).
    struct flock recovery {};
    recovery.l_type = F_WRLCK;
    recovery.l_whence = SEEK_SET;
    recovery.l_start = 122;
    recovery.l_len = 1;
    const bool recovering = fcntl(fd, F_GETLK, &recovery) == 0 && recovery.l_type != F_UNLCK;
    // Before it takes that byte, a first connection holds the writer's byte
    // over a WAL index that is not yet built (the -shm file truncated).
    // Inside a transaction the index header is valid: its two 48-byte
    // copies agree and isInit (byte 12) is set.
    std::array<unsigned char, 96> header{};
    const bool header_valid =
        ::pread(fd, header.data(), header.size(), 0) == static_cast<ssize_t>(header.size()) &&
        header[12] == 1 && std::memcmp(header.data(), header.data() + 48, 48) == 0;
    ::close(fd);
    return held && !recovering && header_valid;
}

} // namespace crosscheck::testing
