#pragma once
// Reads a crosscheck database as SQLite itself sees it, for tests that
// interrupt jobs: is the file intact, and is every ingest batch and every
// check run either wholly stored or absent? The rows say what they should
// come with (host/store/schema.cpp): a batch stored new_count + updated_count
// sources; a run first produced new_finding_count findings, and the latest
// run of a case produced finding_count findings with finding_claim_count
// claim links.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::testing {

struct StoreAudit {
    /// Every way the database falls short; empty when it is sound.
    std::vector<std::string> problems;
    std::int64_t batches = 0;
    std::int64_t sources = 0;
    std::int64_t runs = 0;
    std::int64_t findings = 0;

    [[nodiscard]] bool ok() const { return problems.empty(); }
    /// The problems, one per line, for a failure message.
    [[nodiscard]] std::string report() const;
};

/// Audits the database at `db`. The file and its `-wal` (what a killed job
/// leaves) are first copied into `scratch`, and the copy is audited, so that
/// the original is left exactly as the job left it for the next job to
/// recover. A missing database audits as empty and sound.
StoreAudit audit_store(const std::filesystem::path& db, const std::filesystem::path& scratch);

/// True while some process holds SQLite's WAL write lock on the database at
/// `db`, i.e. has a write transaction open (BEGIN IMMEDIATE takes it, COMMIT
/// or ROLLBACK release it). Read from the `-shm` file's POSIX lock, so the
/// test process takes no lock of its own.
bool write_transaction_open(const std::filesystem::path& db);

} // namespace crosscheck::testing
