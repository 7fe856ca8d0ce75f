// End-to-end: crash safety proven, not assumed. `crosscheck ingest` and
// `crosscheck check` are SIGKILLed at random moments, hundreds of times, on
// one database; after every kill SQLite must find the file intact and every
// ingest batch and check run must be wholly stored or absent (the rows say
// what they should come with: tests/support/store_audit.hpp). The next job
// must then succeed on what the killed one left.
//
// Reproduce a failure with the seed it prints:
//   CROSSCHECK_CRASH_SEED=1234 crosscheck_e2e "crash safety: *"

#include "tests/support/background_process.hpp"
#include "tests/support/generated_corpus.hpp"
#include "tests/support/process.hpp"
#include "tests/support/store_audit.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <thread>

using namespace crosscheck::testing;
using Clock = std::chrono::steady_clock;
using Seconds = std::chrono::duration<double>;

namespace {

// Enough sources that an ingest spends most of its time inside its
// transaction, and a check persists hundreds of findings; few enough that a
// job takes well under a second, so hundreds of kills fit in the budget.
constexpr std::size_t k_sources = 120;
constexpr int k_min_kills = 200;
// The kill loop aims to end within this, shortening delays when the jobs are
// slow (sanitizers, a loaded machine) rather than killing fewer times.
constexpr double k_budget_seconds = 40.0;
// The point is kills inside a write transaction: the loop goes on past
// k_min_kills until this many have landed there. Half the kills are aimed
// at the write window (the job is stopped once it holds the write lock), so
// this does not depend on how fast the machine is: timed delays alone, drawn
// from durations measured once, landed 0 of 800 there on a slow CI machine.
constexpr int k_min_in_transaction = 20;
// ...but no further than this, so that a job that never writes fails the
// test instead of looping forever.
constexpr int k_max_kills = 4 * k_min_kills;

std::uint64_t crash_seed() {
    if (const char* env = std::getenv("CROSSCHECK_CRASH_SEED")) {
        return std::strtoull(env, nullptr, 10);
    }
    return std::random_device{}();
}

struct Workspace {
    TempDir dir;
    std::filesystem::path db = dir / "crash.db";
    std::filesystem::path corpus[2] = {dir / "corpus-a", dir / "corpus-b"};

    Workspace() {
        // The same articles twice with different figures: ingesting the
        // other variant stores a new version of every source.
        write_generated_corpus(corpus[0], k_sources, 0);
        write_generated_corpus(corpus[1], k_sources, 1);
    }

    std::vector<std::string> ingest_args(int variant) const {
        return {"--db", db.string(), "-q", "ingest", "--case", "crash", corpus[variant].string()};
    }
    std::vector<std::string> check_args() const {
        // --rerun: every check here is a run that writes (a check with
        // nothing new would otherwise reuse the stored run and write nothing).
        return {"--db", db.string(), "-q", "check", "--case", "crash", "--rerun"};
    }
    ProcessResult run(const std::vector<std::string>& args) const { return run_crosscheck(args); }
    StoreAudit audit() const { return audit_store(db, dir / "audit"); }
};

// A job run to its end, timed: how long it takes, and when it first opened
// a write transaction (polled every half millisecond).
struct Timing {
    double total = 0;
    double first_write = 0;
    int exit_code = -1;
};

Timing time_job(const std::filesystem::path& db, const std::vector<std::string>& args,
                const std::filesystem::path& output_prefix) {
    const auto start = Clock::now();
    BackgroundProcess job = start_crosscheck(args, output_prefix);
    std::optional<double> first_write;
    while (!job.poll_exited()) {
        if (!first_write && write_transaction_open(db)) {
            first_write = Seconds(Clock::now() - start).count();
        }
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    Timing t;
    t.total = Seconds(Clock::now() - start).count();
    t.first_write = first_write.value_or(t.total);
    t.exit_code = job.wait();
    return t;
}

Timing time_job(const Workspace& ws, const std::vector<std::string>& args) {
    return time_job(ws.db, args, ws.dir / "timed");
}

struct Kill {
    int status = 0;              ///< -SIGKILL, or the exit status if it ended first
    bool in_transaction = false; ///< it held the write lock when killed
};

// Stops `job` first, so whether it was inside a write transaction is known
// exactly, then kills it, unless it had ended.
Kill stop_and_kill(BackgroundProcess& job, const std::filesystem::path& db) {
    Kill out;
    if (job.stop()) {
        out.in_transaction = write_transaction_open(db);
        job.kill(SIGKILL);
    }
    out.status = job.wait();
    return out;
}

// Starts `args` and kills it after `delay` unless it ended first.
Kill run_and_kill(const Workspace& ws, const std::vector<std::string>& args, double delay) {
    BackgroundProcess job = start_crosscheck(args, ws.dir / "killed");
    std::this_thread::sleep_until(Clock::now() +
                                  std::chrono::duration_cast<Clock::duration>(Seconds(delay)));
    return stop_and_kill(job, ws.db);
}

// Starts `args`, waits until it holds the write lock (polled every 0.2 ms),
// lets it write for `extra` more seconds, then stops and kills it, unless it
// ended first. A kill aimed this way lands inside the transaction however
// slow or fast the machine is, unless `extra` outlasts the write.
Kill run_and_kill_in_write(const Workspace& ws, const std::vector<std::string>& args,
                           double extra) {
    BackgroundProcess job = start_crosscheck(args, ws.dir / "killed");
    while (!write_transaction_open(ws.db)) {
        if (job.poll_exited()) {
            return {job.wait(), false};
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    std::this_thread::sleep_until(Clock::now() +
                                  std::chrono::duration_cast<Clock::duration>(Seconds(extra)));
    return stop_and_kill(job, ws.db);
}

} // namespace

TEST_CASE("crash safety: SIGKILL at random moments never leaves a torn batch or run",
          "[e2e][store][crash]") {
    const std::uint64_t seed = crash_seed();
    std::cout << "crash safety: seed " << seed << " (CROSSCHECK_CRASH_SEED=" << seed
              << " reproduces the sequence)" << std::endl;
    INFO("seed " << seed << " (rerun with CROSSCHECK_CRASH_SEED=" << seed << ")");
    std::mt19937_64 rng(seed);
    Workspace ws;

    // Measure the jobs' normal durations first: delays range over them.
    const Timing ingest_time = time_job(ws, ws.ingest_args(0));
    REQUIRE(ingest_time.exit_code == 0);
    const Timing check_time = time_job(ws, ws.check_args());
    REQUIRE(check_time.exit_code == 0);
    // A check with no new sources is what most checks in the loop are.
    const Timing recheck_time = time_job(ws, ws.check_args());
    REQUIRE(recheck_time.exit_code == 0);
    std::cout << "crash safety: ingest of " << k_sources << " sources takes " << ingest_time.total
              << " s (first write at " << ingest_time.first_write << " s); check "
              << check_time.total << " s, recheck " << recheck_time.total << " s (first write at "
              << recheck_time.first_write << " s)" << std::endl;

    StoreAudit last = ws.audit();
    REQUIRE(last.ok());
    REQUIRE(last.batches == 1);
    REQUIRE(last.runs == 2);
    int stored_variant = 0;

    int kills = 0, finished = 0, in_transaction = 0, completions = 0;
    int committed_under_lock = 0;     // see below
    double iteration_overhead = 0.05; // running estimate of spawn + audit time
    const auto loop_start = Clock::now();
    for (int iteration = 0;
         (kills < k_min_kills || in_transaction - committed_under_lock < k_min_in_transaction) &&
         kills < k_max_kills;
         ++iteration) {
        INFO("iteration " << iteration);
        // Every 25th job runs to its end: the job after kills must succeed.
        const bool is_ingest = std::uniform_int_distribution<int>(0, 1)(rng) == 0;
        const int variant = 1 - stored_variant;
        const auto args = is_ingest ? ws.ingest_args(variant) : ws.check_args();
        const Timing& normal = is_ingest ? ingest_time : recheck_time;
        if (iteration % 25 == 24) {
            const auto r = ws.run(args);
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            ++completions;
            const StoreAudit after = ws.audit();
            INFO(after.report());
            REQUIRE(after.ok());
            REQUIRE((is_ingest ? after.batches : after.runs) ==
                    (is_ingest ? last.batches : last.runs) + 1);
            if (is_ingest) {
                stored_variant = variant;
            }
            last = after;
            continue;
        }

        // Half the kills come after a delay from 0 to the job's normal
        // duration, capped so that the loop keeps to its budget; the other
        // half are aimed at the write transaction, up to half its normal
        // length into it. Past k_min_kills the loop only wants kills
        // mid-transaction.
        const double elapsed = Seconds(Clock::now() - loop_start).count();
        const double per_kill =
            std::max(0.0, k_budget_seconds - elapsed) / std::max(1, k_min_kills - kills);
        const double cap = std::clamp(2 * (per_kill - iteration_overhead), 0.002, normal.total);
        const bool aimed =
            kills >= k_min_kills || std::uniform_int_distribution<int>(0, 1)(rng) == 1;
        const double write_length = std::max(0.0, normal.total - normal.first_write);
        const double delay =
            aimed ? std::uniform_real_distribution<double>(0.0, write_length / 2)(rng)
                  : std::uniform_real_distribution<double>(0.0, cap)(rng);

        const auto started = Clock::now();
        const Kill kill =
            aimed ? run_and_kill_in_write(ws, args, delay) : run_and_kill(ws, args, delay);
        const int status = kill.status;
        const StoreAudit after = ws.audit();
        const double took = Seconds(Clock::now() - started).count();
        if (!aimed) { // an aimed kill's wait for the write is not overhead
            iteration_overhead = 0.8 * iteration_overhead + 0.2 * std::max(0.0, took - delay);
        }

        INFO((is_ingest ? "ingest" : "check")
             << " killed " << delay << " s after " << (aimed ? "its first write" : "its start")
             << ", status " << status);
        INFO(after.report());
        REQUIRE(after.ok());
        // Each job adds at most one batch or run, and no job adds the other.
        const auto grew = [](std::int64_t now, std::int64_t before) {
            return now == before || now == before + 1;
        };
        REQUIRE(grew(after.batches, last.batches));
        REQUIRE(grew(after.runs, last.runs));
        REQUIRE((is_ingest ? after.runs == last.runs : after.batches == last.batches));
        if (is_ingest && after.batches == last.batches) {
            // No batch, no sources: nothing of the killed ingest is visible.
            REQUIRE(after.sources == last.sources);
        }
        if (is_ingest && after.batches == last.batches + 1) {
            // Wholly there: a new version of every source of the variant.
            REQUIRE(after.sources == last.sources + static_cast<std::int64_t>(k_sources));
            stored_variant = variant;
        }
        if (status == -SIGKILL) {
            ++kills;
            if (kill.in_transaction) {
                ++in_transaction;
                // Its one transaction was open, so the batch is absent...
                // unless the stop came in the instant after SQLite wrote the
                // commit to the WAL and before it let go of the write lock.
                // Either way the checks above hold: nothing of it, or all.
                if (is_ingest && after.batches != last.batches) {
                    ++committed_under_lock;
                }
            }
        } else {
            INFO("the job ended before the kill; stderr in " << (ws.dir / "killed.err").string());
            REQUIRE(status == 0);
            ++finished;
        }
        last = after;
    }
    const double seconds = Seconds(Clock::now() - loop_start).count();

    // After all of it, a last ingest and check run to the end, and the
    // case reads back.
    REQUIRE(ws.run(ws.ingest_args(1 - stored_variant)).exit_code == 0);
    const auto check = ws.run(ws.check_args());
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    const auto report =
        ws.run({"--db", ws.db.string(), "report", "--case", "crash", "--format", "json"});
    REQUIRE(report.exit_code == 0);
    CHECK(nlohmann::json::parse(report.out)["findings"].size() > 0);
    const StoreAudit final_audit = ws.audit();
    INFO(final_audit.report());
    CHECK(final_audit.ok());

    std::cout << "crash safety: " << kills << " kills survived (" << in_transaction
              << " inside a write transaction, " << committed_under_lock
              << " of them after its commit), " << finished << " jobs ended before their kill, "
              << completions << " completed runs, in " << seconds << " s (seed " << seed << ")"
              << std::endl;
    CHECK(kills >= k_min_kills);
    CHECK(in_transaction - committed_under_lock >= k_min_in_transaction);
}

TEST_CASE("crash safety: after a killed ingest the next ingest stores everything",
          "[e2e][store][crash]") {
    Workspace ws;
    const auto timing_db = ws.dir / "timing.db";
    const Timing normal = time_job(
        timing_db, {"--db", timing_db.string(), "ingest", "--case", "crash", ws.corpus[0].string()},
        ws.dir / "timed");
    REQUIRE(normal.exit_code == 0);
    // What was stored before must survive a killed ingest untouched.
    REQUIRE(ws.run({"--db", ws.db.string(), "ingest", "--case", "other", ws.corpus[1].string()})
                .exit_code == 0);

    // Aim inside the writing phase; retry (a no-op ingest) if the job was
    // faster.
    int status = 1;
    for (int attempt = 0; attempt < 5 && status != -SIGKILL; ++attempt) {
        const double quarter = (normal.total - normal.first_write) / 4;
        status = run_and_kill_in_write(ws, ws.ingest_args(0), quarter).status;
    }
    const StoreAudit audit = ws.audit();
    INFO(audit.report());
    REQUIRE(audit.ok());
    if (status == -SIGKILL && audit.batches == 1) {
        // Killed before its commit: none of it is there, the next ingest
        // stores it all.
        CHECK(audit.sources == static_cast<std::int64_t>(k_sources));
        const auto again = ws.run(ws.ingest_args(0));
        INFO(again.err);
        REQUIRE(again.exit_code == 0);
        CHECK_THAT(again.out, Catch::Contains("case crash: " + std::to_string(k_sources) +
                                              " new, 0 updated, 0 unchanged, 0 failed"));
    }
    const auto sources =
        ws.run({"--db", ws.db.string(), "sources", "--case", "crash", "--format", "json"});
    REQUIRE(sources.exit_code == 0);
    CHECK(nlohmann::json::parse(sources.out)["sources"].size() == k_sources);
    const auto other =
        ws.run({"--db", ws.db.string(), "sources", "--case", "other", "--format", "json"});
    REQUIRE(other.exit_code == 0);
    CHECK(nlohmann::json::parse(other.out)["sources"].size() == k_sources);
    const StoreAudit done = ws.audit();
    INFO(done.report());
    CHECK(done.ok());
}

TEST_CASE("crash safety: after a killed check the next check stores its run",
          "[e2e][store][crash]") {
    Workspace ws;
    REQUIRE(ws.run(ws.ingest_args(0)).exit_code == 0);
    const Timing first = time_job(ws, ws.check_args());
    REQUIRE(first.exit_code == 0);
    const auto before_report =
        ws.run({"--db", ws.db.string(), "report", "--case", "crash", "--format", "json"});
    REQUIRE(before_report.exit_code == 0);
    const auto findings_before = nlohmann::json::parse(before_report.out)["findings"].size();
    REQUIRE(findings_before > 0);
    // New figures, then a check killed in its writing phase.
    REQUIRE(ws.run(ws.ingest_args(1)).exit_code == 0);
    const StoreAudit before = ws.audit();
    REQUIRE(before.ok());
    // Aim inside the writing phase. A check that was faster ends with its
    // run stored; then new figures again, and another try.
    int status = 0;
    int completed = 0;
    for (int attempt = 0; attempt < 5 && status != -SIGKILL; ++attempt) {
        const double quarter = (first.total - first.first_write) / 4;
        status = run_and_kill_in_write(ws, ws.check_args(), quarter).status;
        if (status != -SIGKILL) {
            REQUIRE(status == 0);
            ++completed;
            REQUIRE(ws.run(ws.ingest_args(attempt % 2 == 0 ? 0 : 1)).exit_code == 0);
        }
    }
    const StoreAudit after = ws.audit();
    INFO(after.report() << completed << " check(s) ended before their kill");
    REQUIRE(after.ok());
    // The killed check's run is wholly there or wholly absent.
    CHECK((after.runs == before.runs + completed || after.runs == before.runs + completed + 1));

    const auto check = ws.run(ws.check_args());
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    const StoreAudit done = ws.audit();
    INFO(done.report());
    REQUIRE(done.ok());
    CHECK(done.runs == after.runs + 1);
    const auto report =
        ws.run({"--db", ws.db.string(), "report", "--case", "crash", "--format", "json"});
    REQUIRE(report.exit_code == 0);
    CHECK(nlohmann::json::parse(report.out)["findings"].size() > 0);
    const auto claims =
        ws.run({"--db", ws.db.string(), "claims", "--case", "crash", "--format", "json"});
    REQUIRE(claims.exit_code == 0);
    // Three figures per source, extracted from the latest versions only.
    CHECK(nlohmann::json::parse(claims.out)["claims"].size() == 3 * k_sources);
}
