// End-to-end: two crosscheck processes on one database at once. A job that
// finds another holding the write lock waits for it (busy timeout, 10 s by
// default) and then runs; if the lock is held longer it refuses with a
// message naming the cause, exit status 2. Readers (report, sources, claims)
// are never blocked by a writer (WAL). Nothing is corrupted either way.
//
// To hold a writer inside its transaction for as long as a test needs, the
// writer is stopped (SIGSTOP) while it holds the lock and resumed later.

#include "tests/support/background_process.hpp"
#include "tests/support/generated_corpus.hpp"
#include "tests/support/process.hpp"
#include "tests/support/store_audit.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

using namespace crosscheck::testing;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t k_sources = 80;

struct Workspace {
    TempDir dir;
    std::filesystem::path db = dir / "shared.db";
    std::filesystem::path corpus_a = dir / "a";
    std::filesystem::path corpus_b = dir / "b";

    Workspace() {
        write_generated_corpus(corpus_a, k_sources, 0);
        write_generated_corpus(corpus_b, k_sources, 1);
    }

    std::vector<std::string> with_db(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db.string()});
        return args;
    }
    ProcessResult run(std::vector<std::string> args) const { return run_crosscheck(with_db(args)); }
};

// Starts `args` and stops it as soon as it holds the write lock. Fails the
// test if it ends (or takes 20 s) without ever taking it.
void stop_inside_transaction(BackgroundProcess& job, const std::filesystem::path& db) {
    const auto give_up = Clock::now() + std::chrono::seconds(20);
    while (Clock::now() < give_up) {
        if (write_transaction_open(db)) {
            REQUIRE(job.stop());
            // Stopped: it may have committed between the probe and the stop.
            if (write_transaction_open(db)) {
                return;
            }
            job.kill(SIGCONT);
        }
        REQUIRE_FALSE(job.poll_exited());
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    FAIL("the job never opened a write transaction");
}

} // namespace

TEST_CASE("concurrent jobs: a second ingest waits for the first, then both are stored",
          "[e2e][store][concurrency]") {
    Workspace ws;
    // Create the database first, so that the first job's write transaction
    // is its ingest and not the schema.
    REQUIRE(ws.run({"cases"}).exit_code == 0);
    BackgroundProcess first = start_crosscheck(
        ws.with_db({"ingest", "--case", "first", ws.corpus_a.string()}), ws.dir / "first");
    stop_inside_transaction(first, ws.db);

    BackgroundProcess second = start_crosscheck(
        ws.with_db({"ingest", "--case", "second", ws.corpus_b.string()}), ws.dir / "second");
    // Held well past the second job's start: it must be waiting, not done.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    CHECK_FALSE(second.poll_exited());
    first.kill(SIGCONT);

    CHECK(first.wait() == 0);
    INFO(second.err());
    CHECK(second.wait() == 0);
    CHECK_THAT(second.out(), Catch::Contains("case second: " + std::to_string(k_sources) + " new"));
    CHECK_THAT(second.err(), !Catch::Contains("locked"));
    const StoreAudit audit = audit_store(ws.db, ws.dir / "audit");
    INFO(audit.report());
    CHECK(audit.ok());
    CHECK(audit.batches == 2);
    CHECK(audit.sources == 2 * static_cast<std::int64_t>(k_sources));
}

// Found by this test: a job stopped while it rebuilt the WAL index (the
// first moment it holds the writer's lock) made others fail after 10 s
// with SQLite's bare "locking protocol". stop_inside_transaction now waits
// for a real transaction, and the store reports SQLITE_PROTOCOL like
// SQLITE_BUSY: as a lock held by another job.
TEST_CASE("concurrent jobs: a job refuses with a clear message when the lock outlasts the wait",
          "[e2e][store][concurrency]") {
    Workspace ws;
    REQUIRE(ws.run({"ingest", "--case", "k", ws.corpus_a.string()}).exit_code == 0);
    BackgroundProcess writer = start_crosscheck(
        ws.with_db({"ingest", "--case", "k", ws.corpus_b.string()}), ws.dir / "writer");
    stop_inside_transaction(writer, ws.db);

    // The default wait is 10 s; a shorter one keeps the test quick and takes
    // the same path.
    ProcessOptions impatient;
    impatient.env["CROSSCHECK_BUSY_TIMEOUT_MS"] = "300";
    const auto started = Clock::now();
    const auto ingest = run_crosscheck(
        ws.with_db({"ingest", "--case", "k", ws.corpus_a.string(), "--outlet", "x"}), impatient);
    const auto waited = Clock::now() - started;
    CHECK(ingest.exit_code == 2);
    CHECK_THAT(ingest.err, Catch::Contains("crosscheck: error: database '" + ws.db.string() +
                                           "' is locked by another crosscheck job; try again "
                                           "when it ends"));
    CHECK(waited >= std::chrono::milliseconds(300));
    const auto check = run_crosscheck(ws.with_db({"check", "--case", "k"}), impatient);
    CHECK(check.exit_code == 2);
    CHECK_THAT(check.err, Catch::Contains("is locked by another crosscheck job"));

    writer.kill(SIGCONT);
    CHECK(writer.wait() == 0);
    // The refused jobs left nothing behind; the writer's batch is whole.
    const StoreAudit audit = audit_store(ws.db, ws.dir / "audit");
    INFO(audit.report());
    CHECK(audit.ok());
    CHECK(audit.batches == 2);
    CHECK(audit.runs == 0);
    CHECK(audit.sources == 2 * static_cast<std::int64_t>(k_sources));
}

// Found by this test: `claims` took the write lock to extract before
// listing, so it waited 10 s for a running check and failed. It now takes
// the lock only when there is something to extract, and then waits briefly
// and lists what is stored.
TEST_CASE("concurrent jobs: report, sources and claims read while a check is writing",
          "[e2e][store][concurrency]") {
    Workspace ws;
    REQUIRE(ws.run({"ingest", "--case", "k", ws.corpus_a.string()}).exit_code == 0);
    REQUIRE(ws.run({"check", "--case", "k"}).exit_code == 0);
    const auto before = ws.run({"report", "--case", "k", "--format", "json"});
    REQUIRE(before.exit_code == 0);
    const auto findings_before = nlohmann::json::parse(before.out)["findings"];
    REQUIRE(findings_before.size() > 0);

    // New figures, then a check held inside a write transaction.
    REQUIRE(ws.run({"ingest", "--case", "k", ws.corpus_b.string()}).exit_code == 0);
    BackgroundProcess check =
        start_crosscheck(ws.with_db({"check", "--case", "k"}), ws.dir / "check");
    stop_inside_transaction(check, ws.db);

    // Readers see the last committed state, at once.
    const auto started = Clock::now();
    const auto during = ws.run({"report", "--case", "k", "--format", "json"});
    INFO(during.err);
    REQUIRE(during.exit_code == 0);
    CHECK(nlohmann::json::parse(during.out)["findings"] == findings_before);
    const auto sources = ws.run({"sources", "--case", "k", "--format", "json"});
    REQUIRE(sources.exit_code == 0);
    CHECK(nlohmann::json::parse(sources.out)["sources"].size() == k_sources);
    const auto claims = ws.run({"claims", "--case", "k", "--format", "json"});
    INFO(claims.err);
    CHECK(claims.exit_code == 0);
    // Far less than the 10 s a blocked reader would wait.
    CHECK(Clock::now() - started < std::chrono::seconds(8));

    check.kill(SIGCONT);
    INFO(check.err());
    CHECK(check.wait() == 0);
    const auto after = ws.run({"report", "--case", "k", "--format", "json"});
    REQUIRE(after.exit_code == 0);
    CHECK(nlohmann::json::parse(after.out)["findings"] != findings_before);
    const StoreAudit audit = audit_store(ws.db, ws.dir / "audit");
    INFO(audit.report());
    CHECK(audit.ok());
    CHECK(audit.runs == 2);
}

TEST_CASE("concurrent jobs: claims lists what is stored while another job holds the write lock",
          "[e2e][store][concurrency]") {
    Workspace ws;
    REQUIRE(ws.run({"ingest", "--case", "k", ws.corpus_a.string()}).exit_code == 0);
    const auto stored = ws.run({"claims", "--case", "k", "--format", "json"});
    REQUIRE(stored.exit_code == 0);
    const auto stored_claims = nlohmann::json::parse(stored.out)["claims"];
    REQUIRE(stored_claims.size() > 0);
    // A new version of one source: `claims` would extract it, if it could
    // write. Until then its claims are not listed (they are the old
    // version's), the other sources' are.
    std::vector<std::filesystem::path> files(std::filesystem::directory_iterator(ws.corpus_b), {});
    std::sort(files.begin(), files.end());
    REQUIRE(ws.run({"ingest", "--case", "k", files.front().string()}).exit_code == 0);

    // This process holds the write lock: BEGIN IMMEDIATE, never committed.
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(ws.db.c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto started = Clock::now();
    const auto during = ws.run({"claims", "--case", "k", "--format", "json"});
    const auto waited = Clock::now() - started;
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);

    INFO(during.err);
    CHECK(during.exit_code == 0);
    const auto during_claims = nlohmann::json::parse(during.out)["claims"];
    CHECK(during_claims.size() > 0);
    CHECK(during_claims.size() < stored_claims.size());
    for (const auto& claim : during_claims) {
        CHECK(std::find(stored_claims.begin(), stored_claims.end(), claim) != stored_claims.end());
    }
    CHECK_THAT(during.err, Catch::Contains("another crosscheck job is writing to the database") &&
                               Catch::Contains("claims of 1 new or changed source(s) are not "
                                               "extracted yet"));
    CHECK(waited < std::chrono::seconds(5)); // not the 10 s a writer waits

    // With the lock free, the next `claims` extracts them.
    const auto after = ws.run({"claims", "--case", "k", "--format", "json"});
    REQUIRE(after.exit_code == 0);
    CHECK(nlohmann::json::parse(after.out)["claims"].size() > during_claims.size());
    CHECK_THAT(after.err, !Catch::Contains("not extracted yet"));
}

TEST_CASE("concurrent jobs: several jobs creating the same new database all succeed",
          "[e2e][store][concurrency]") {
    // Found by this test: every job read schema version 0, then each in turn
    // ran the migrations under the lock and all but the first failed with
    // "table cases already exists". migrate() now reads the version again
    // under the lock.
    for (int round = 0; round < 5; ++round) {
        Workspace ws;
        std::vector<std::unique_ptr<BackgroundProcess>> jobs;
        for (int i = 0; i < 4; ++i) {
            jobs.push_back(std::make_unique<BackgroundProcess>(
                CROSSCHECK_BINARY,
                ws.with_db({"ingest", "--case", "c" + std::to_string(i), ws.corpus_a.string()}),
                ws.dir / ("job" + std::to_string(i))));
        }
        for (auto& job : jobs) {
            INFO("round " << round << ": " << job->err());
            CHECK(job->wait() == 0);
        }
        const StoreAudit audit = audit_store(ws.db, ws.dir / "audit");
        INFO(audit.report());
        CHECK(audit.ok());
        CHECK(audit.batches == 4);
    }
}
