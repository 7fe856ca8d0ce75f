// Plugin isolation and pinning, end to end: real misbehaving plugins
// (tests/plugins/misbehaving) run in child processes while the built-in
// checkers run beside them; the run goes on, their findings are kept, the
// failure is recorded with the plugin's name and what happened, exit 3.
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_plugins = CROSSCHECK_TEST_PLUGIN_DIR;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A case whose death tolls disagree (200 vs 2,000 from two outlets on the
// same morning), so the built-in checkers have something to find.
struct DisputedCase {
    TempDir dir;

    DisputedCase() {
        dir.write("sources/a.md", "+++\noutlet = \"Lakeside Herald\"\n"
                                  "url = \"https://lakeside.example/a\"\n"
                                  "published = 2023-09-20T09:00:00Z\n+++\n\n"
                                  "The health ministry said 200 people were killed in the "
                                  "fighting on Tuesday.\n");
        dir.write("sources/b.md", "+++\noutlet = \"Valley Courier\"\n"
                                  "url = \"https://valley.example/b\"\n"
                                  "published = 2023-09-20T10:00:00Z\n+++\n\n"
                                  "The health ministry said 2,000 people were killed in the "
                                  "fighting on Tuesday.\n");
        const auto r = cc({"ingest", "--case", "k", (dir / "sources").string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }

    ProcessResult cc(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", (dir / "test.db").string()});
        return run_crosscheck(args, without_plugin_path());
    }

    // `check` with the deaths checkers plus `plugin` from its test folder,
    // and `extra` rules.
    ProcessResult check_with(const std::string& plugin, const std::string& extra = {},
                             std::vector<std::string> flags = {}) const {
        const auto rules = dir.write("extra.toml", "[checks.deaths]\ncheckers = "
                                                   "[\"interval_conflict\", \"" +
                                                       plugin + "\"]\n" + extra);
        std::vector<std::string> args = {
            "--plugins",   (k_plugins / plugin).string(), "check", "--case", "k", "--rules",
            rules.string()};
        args.insert(args.end(), flags.begin(), flags.end());
        return cc(args);
    }

    nlohmann::json report() const {
        return nlohmann::json::parse(cc({"report", "--case", "k", "--format", "json"}).out);
    }

    // The errors column of the last check run, as stored.
    std::string last_run_errors() const {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2((dir / "test.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
                SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db,
                                   "SELECT status || ': ' || errors FROM check_runs "
                                   "ORDER BY id DESC LIMIT 1",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        std::string out;
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return out;
    }
};

// Every finding comes from a built-in checker, and there is at least one.
void require_builtin_findings_kept(const nlohmann::json& report) {
    REQUIRE(!report["findings"].empty());
    for (const auto& f : report["findings"]) {
        CHECK(f["checker"] == "interval_conflict");
    }
}

std::string sha256_of(const std::filesystem::path& file) {
    const auto r = run_process("/usr/bin/sha256sum", {file.string()});
    REQUIRE(r.exit_code == 0);
    return r.out.substr(0, 64);
}

} // namespace

TEST_CASE("isolation: each misbehaving plugin is an error for it alone, exit 3",
          "[e2e][isolation]") {
    struct Row {
        const char* plugin;
        const char* what; // the part of the recorded error saying what happened
    };
    // Plugins from outside the build's plugin folder run isolated by default.
    const Row rows[] = {
        {"misbehave_segfault", "crashed: killed by signal SIGSEGV (segmentation fault)"},
        {"misbehave_abort", "crashed: killed by signal SIGABRT (aborted)"},
        {"misbehave_hang", "did not answer within the time limit of 1 s; killed"},
        {"misbehave_allocate", "exceeded the memory limit of 1024 MiB"},
        {"misbehave_throw", "an exception of type '(anonymous namespace)::NotAnException' "
                            "escaped the plugin through the C ABI"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.plugin) {
            DisputedCase c;
            const std::string plugin = row.plugin;
            // The memory hog gets time enough to reach the limit. The limit
            // is the default, 1024 MiB: an ASan build's child alone has a
            // resident set over 100 MiB before it loads anything.
            const bool hog = plugin == "misbehave_allocate";
            const auto r = c.check_with(plugin, "[plugins." + plugin + "]\ntimeout_seconds = " +
                                                    (hog ? "30" : "1") + "\nmemory_mib = 1024\n");
            INFO(r.out << r.err);
            CHECK(r.exit_code == 3);
            CHECK(contains(r.err, "checker '" + plugin + "' failed on deaths"));
            CHECK(contains(r.err, "plugin '" + plugin + "'"));
            CHECK(contains(r.err, row.what));
            CHECK(contains(r.err, "is incomplete: 1 checker failure(s); other findings were kept"));
            require_builtin_findings_kept(c.report());
            const std::string stored = c.last_run_errors();
            CHECK(contains(stored, "incomplete: checker '" + plugin + "' failed on deaths"));
            CHECK(contains(stored, row.what));
        }
    }
}

TEST_CASE("isolation: a plugin that crashes when loaded is refused, the host lives",
          "[e2e][isolation]") {
    // Its library constructor raises SIGSEGV: loaded in the host, it would
    // end the job before any isolation. Discovery loads an outside plugin
    // in a child first.
    DisputedCase c;
    const auto listed = c.cc({"--plugins", (k_plugins / "misbehave_load").string(), "--plugins",
                              (k_plugins / "good_spread").string(), "plugins", "list"});
    INFO(listed.out << listed.err);
    CHECK(listed.exit_code == 0);
    CHECK(contains(listed.out, "good_spread"));
    CHECK(contains(listed.err, "refusing to load '" +
                                   (k_plugins / "misbehave_load" / "misbehave_load.so").string() +
                                   "': loading it in a separate process failed"));
    CHECK(contains(listed.err, "SIGSEGV"));

    // A check naming it stops before any work, saying why, exit 2.
    const auto r = c.check_with("misbehave_load");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "misbehave_load.so': loading it in a separate process failed"));
}

TEST_CASE("isolation: a plugin writing to stdout cannot corrupt the protocol or the output",
          "[e2e][isolation]") {
    DisputedCase c;
    const auto r = c.check_with("misbehave_stdout");
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    // What it printed went to stderr, not into the command's results.
    CHECK_FALSE(contains(r.out, "from a plugin"));
    CHECK(contains(r.err, "printf to stdout from a plugin"));
    CHECK(contains(r.err, "std::cout from a plugin"));
    // Its finding came through the protocol intact, next to the built-in's
    // (as a reason of the same finding when both question the same claims).
    bool its_own = false;
    bool builtin = false;
    const auto report = c.report(); // kept alive: the loop reads into it
    for (const auto& f : report["findings"]) {
        for (const auto& reason : f["reasons"]) {
            its_own |= reason["checker"] == "misbehave_stdout" &&
                       reason["message"] == "noted by a plugin that wrote to stdout";
            builtin |= reason["checker"] == "interval_conflict";
        }
    }
    CHECK(its_own);
    CHECK(builtin);
}

TEST_CASE("isolation: --isolate runs the build's own plugins in children, same findings",
          "[e2e][isolation]") {
    DisputedCase c;
    const auto in_process = c.cc({"check", "--case", "k"});
    REQUIRE(in_process.exit_code == 0);
    const auto before = c.report();
    const auto isolated = c.cc({"-v", "check", "--case", "k", "--isolate"});
    INFO(isolated.err);
    REQUIRE(isolated.exit_code == 0);
    CHECK(contains(isolated.out, "(0 new, 0 no longer found)"));
    CHECK(c.report()["findings"] == before["findings"]);
}

TEST_CASE("isolation: isolate = false in the rules runs an outside plugin in-process",
          "[e2e][isolation]") {
    // The stdout writer in-process prints into the command's own output:
    // proof that it was not isolated (and why isolation is the default).
    DisputedCase c;
    const auto r =
        c.check_with("misbehave_stdout", "[plugins.misbehave_stdout]\nisolate = false\n");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.out, "printf to stdout from a plugin"));
}

TEST_CASE("pinning: a matching pin loads, a mismatch is refused with both digests",
          "[e2e][isolation]") {
    DisputedCase c;
    const auto file = k_plugins / "good_spread" / "good_spread.so";
    const std::string actual = sha256_of(file);
    const auto ok =
        c.check_with("good_spread", "[plugins.good_spread]\nsha256 = \"" + actual + "\"\n");
    INFO(ok.err);
    CHECK(ok.exit_code == 0);

    const std::string wrong(64, 'a');
    const auto bad =
        c.check_with("good_spread", "[plugins.good_spread]\nsha256 = \"" + wrong + "\"\n");
    INFO(bad.err);
    CHECK(bad.exit_code == 2);
    CHECK(contains(bad.err, "extra.toml:4:10: [plugins.good_spread] is pinned: plugin file '" +
                                file.string() + "' does not match its pinned SHA-256: expected " +
                                wrong + ", actual " + actual));
    CHECK(contains(bad.err, "nothing was checked"));
}

TEST_CASE("pinning: bad [plugins] rules stop the job before any work", "[e2e][isolation]") {
    struct Row {
        std::string rules;
        std::string error;
    };
    const Row rows[] = {
        {"[plugins.good_spread]\nsha256 = \"abc\"\n",
         "extra.toml:4:10: 'sha256' in [plugins.good_spread] must be the plugin file's SHA-256 "
         "as 64 hex digits"},
        {"[plugins.no_such_plugin]\nsha256 = \"" + std::string(64, 'b') + "\"\n",
         "extra.toml:4:10: [plugins.no_such_plugin] is pinned: no plugin named 'no_such_plugin' "
         "was found"},
        {"[plugins.good_spread]\nisolated = true\n",
         "extra.toml:4:12: unknown key 'isolated' in [plugins.good_spread] (did you mean "
         "'isolate'?)"},
        {"[plugins.good_spread]\ntimeout_seconds = 0\n",
         "extra.toml:4:19: 'timeout_seconds' in [plugins.good_spread] must be a number of "
         "seconds, > 0 and <= 86400"},
        {"[plugins.good_spread]\nmemory_mib = \"lots\"\n",
         "extra.toml:4:14: 'memory_mib' in [plugins.good_spread] must be an integer number of "
         "MiB, >= 16"},
        {"[plugins.good_spread]\nisolate = \"yes\"\n",
         "extra.toml:4:11: 'isolate' in [plugins.good_spread] must be true or false"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.rules) {
            DisputedCase c;
            const auto r = c.check_with("good_spread", row.rules);
            INFO(r.err);
            CHECK(r.exit_code == 2);
            CHECK(contains(r.err, row.error));
            CHECK(c.last_run_errors().empty()); // no run recorded
        }
    }
}
