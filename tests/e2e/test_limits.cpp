// End-to-end: the [limits] of the rules bound what one hostile or broken
// source can cost. Each limit exceeded is an error naming the file (with
// line:col where there is one), exit 2, and nothing stored from that file;
// the rest of the run goes in as usual.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <string>
#include <vector>

using namespace crosscheck::testing;

namespace {

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

long long count_rows(const TempDir& dir, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2((dir / "test.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const long long n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

std::string markdown(const std::string& url, const std::string& body) {
    return "+++\nurl = \"" + url + "\"\npublished = 2023-09-25T08:40:00Z\n+++\n" + body + "\n";
}

} // namespace

TEST_CASE("limits: an overlong line is refused at its line:col; the rest goes in",
          "[e2e][ingest][limits]") {
    TempDir dir;
    const auto rules = dir.write("limits.toml", "[limits]\nmax_line_bytes = 200\n");
    dir.write("in/a-good.md", markdown("https://x.example/good", "More than 2,900 people fled."));
    dir.write("in/b-long.md",
              markdown("https://x.example/long", "Fine.\n\n" + std::string(300, 'w') + " 5 dead."));
    auto r = cc(dir, {"ingest", "--case", "c", "--rules", rules.string(), (dir / "in").string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("b-long.md:7:201: line longer than 200 bytes ([limits] "
                                      "max_line_bytes in the rules)"));
    CHECK_THAT(r.out, Catch::Contains("1 new, 0 updated, 0 unchanged, 1 failed"));
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 1);
    CHECK(count_rows(dir, "SELECT count(*) FROM sources WHERE url LIKE '%long'") == 0);

    // The case keeps the rules --rules gave it: the same folder again is
    // refused the same way.
    r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("b-long.md:7:201: line longer than 200 bytes"));

    // Under the default limits (the case's rules forgotten) the same file is fine.
    REQUIRE(cc(dir, {"rules", "forget", "--case", "c"}).exit_code == 0);
    r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 2);
}

TEST_CASE("limits: size and HTML nesting, set by the rules", "[e2e][ingest][limits]") {
    TempDir dir;
    const auto rules =
        dir.write("limits.toml", "[limits]\nmax_source_bytes = 300\nmax_html_depth = 20\n");
    std::string deep = "<html><head><meta property=\"og:url\" content=\"https://x.example/h\">"
                       "<meta property=\"article:published_time\" content=\"2023-09-25\">"
                       "</head><body>\n";
    for (int i = 0; i < 25; ++i) {
        deep += "<div>";
    }
    deep += "12 killed";
    const auto page = dir.write("deep.html", deep);
    const auto big = dir.write("big.md", markdown("https://x.example/big", std::string(400, 'b')));
    auto r =
        cc(dir, {"ingest", "--case", "c", "--rules", rules.string(), page.string(), big.string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("deep.html:2:91: HTML nested deeper than 20 elements at "
                                      "<div>"));
    CHECK_THAT(r.err, Catch::Contains("big.md: too large: 472 bytes, the limit is 300 bytes "
                                      "([limits] max_source_bytes in the rules)"));
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 0);
}

TEST_CASE("limits: a bad [limits] value stops ingest before any work", "[e2e][ingest][limits]") {
    TempDir dir;
    const auto rules = dir.write("limits.toml", "[limits]\nmax_line_bytes = \"1 MB\"\n");
    const auto source = dir.write("a.md", markdown("https://x.example/a", "Body 12."));
    const auto r = cc(dir, {"ingest", "--case", "c", "--rules", rules.string(), source.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("limits.toml:2:18: 'max_line_bytes' must be a whole number, "
                                      "not a string"));
    CHECK_FALSE(std::filesystem::exists(dir / "test.db"));
}

TEST_CASE("limits: a source past max_claims_per_source stores no claims, exit 2",
          "[e2e][claims][limits]") {
    TempDir dir;
    dir.write("in/many.md",
              markdown("https://x.example/many",
                       "Officials said 12 people were killed on Monday. Another 30 people were "
                       "killed on Tuesday. At least 45 people were killed on Wednesday."));
    dir.write("in/few.md",
              markdown("https://x.example/few", "The ministry said 7 people were killed."));
    REQUIRE(cc(dir, {"ingest", "--case", "c", (dir / "in").string()}).exit_code == 0);

    const auto two = dir.write("two.toml", "[limits]\nmax_claims_per_source = 2\n");
    auto r = cc(dir, {"claims", "--case", "c", "--rules", two.string()});
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("many.md: source https://x.example/many states more than 2 "
                                      "claims (the next, \"At least 45\", at character 91 of "
                                      "its text)"));
    CHECK_THAT(r.err, Catch::Contains("raise [limits] max_claims_per_source"));
    CHECK(count_rows(dir, "SELECT count(*) FROM claims") == 0);

    // At the limit is fine: three claims, limit three.
    const auto three = dir.write("three.toml", "[limits]\nmax_claims_per_source = 3\n");
    r = cc(dir, {"claims", "--case", "c", "--rules", three.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(count_rows(dir, "SELECT count(*) FROM claims") == 4);
}
