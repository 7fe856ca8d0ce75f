#pragma once
// The example case ingested and checked in a fresh database, for the
// report and review end-to-end tests, with helpers to run crosscheck on it
// and to read its database directly (to check that a refused command
// changed nothing).

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::testing {

struct ReportWorkspace {
    TempDir dir;
    std::string slug;

    explicit ReportWorkspace(std::string case_slug = "karabakh-2023", bool check = true)
        : slug(std::move(case_slug)) {
        const auto sources =
            std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023" / "sources";
        const auto ingest = run({"ingest", "--case", slug, sources.string()});
        INFO(ingest.err);
        REQUIRE(ingest.exit_code == 0);
        if (check) {
            const auto r = run({"check", "--case", slug});
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
        }
    }

    [[nodiscard]] std::filesystem::path db() const { return dir / "test.db"; }

    ProcessResult run(std::vector<std::string> args, ProcessOptions options = {}) const {
        args.insert(args.begin(), {"--db", db().string()});
        return run_crosscheck(args, options);
    }

    [[nodiscard]] nlohmann::json report_json(const std::string& case_slug = {}) const {
        const auto r =
            run({"report", "--case", case_slug.empty() ? slug : case_slug, "--format", "json"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return nlohmann::json::parse(r.out);
    }

    /// The single integer `sql` selects.
    [[nodiscard]] long long count(const std::string& sql) const {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open_v2(db().c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        const long long n = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
        return n;
    }
};

} // namespace crosscheck::testing
