// End-to-end: the real crosscheck binary ingesting real files into a real
// SQLite database, including every kind of bad input the foundation issue
// names. Each bad input must give a clear message, exit 2, and leave what
// was stored before intact.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using namespace crosscheck::testing;
using nlohmann::json;

namespace {

const std::filesystem::path k_example =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023" / "sources";

const char* k_good_md = R"(+++
outlet = "Test Outlet"
url = "https://test.example/a"
published = 2023-09-25T08:40:00Z
title = "A title"
+++

More than 2,900 people crossed.
)";

// Runs `crosscheck --db DB args...`.
ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

json sources_json(const TempDir& dir, const std::string& slug) {
    const auto r = cc(dir, {"sources", "--case", slug, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

// Counts rows with a direct SQLite query, independent of the program.
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

// A database holding one good source, to show that failures keep it.
void seed(const TempDir& dir) {
    const auto path = dir.write("seed/good.md", k_good_md);
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    REQUIRE(r.exit_code == 0);
}

void require_seed_intact(const TempDir& dir) {
    const auto listed = sources_json(dir, "c");
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["url"] == "https://test.example/a");
}

} // namespace

TEST_CASE("ingest: the example case goes in, and again is a no-op", "[e2e][ingest]") {
    TempDir dir;
    auto r = cc(dir, {"ingest", "--case", "karabakh-2023", k_example.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // 8 .md + 3 JSONL lines + 1 .html; expected.toml is not a source.
    CHECK_THAT(r.out, Catch::Contains("13 new, 0 updated, 0 unchanged, 0 failed"));

    const auto listed = sources_json(dir, "karabakh-2023");
    REQUIRE(listed["sources"].size() == 13);
    bool saw_html = false;
    for (const auto& s : listed["sources"]) {
        CHECK_FALSE(s["url"].get<std::string>().empty());
        CHECK(s["published"].get<std::string>().size() == 20);
        if (s["format"] == "html") {
            saw_html = true;
            CHECK(s["outlet"] == "Harbor Times");
            CHECK(s["url"] == "https://harbor-times.example/world/2023-09-26-refugees-28000");
            CHECK(s["published"] == "2023-09-26T20:10:00Z");
        }
    }
    CHECK(saw_html);

    r = cc(dir, {"ingest", "--case", "karabakh-2023", k_example.string()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("0 new, 0 updated, 13 unchanged, 0 failed"));
    CHECK_THAT(r.out, Catch::Contains("nothing new"));
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 13);
}

TEST_CASE("ingest: the HTML page's script, nav and footer numbers stay out", "[e2e][ingest]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "k", (k_example / "10-harbor-times-0926.html").string()})
                .exit_code == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "test.db").c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT body FROM sources", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const std::string body = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    CHECK_THAT(body, Catch::Contains("28,120"));
    CHECK_THAT(body, Catch::Contains("Armenia\u2019s prime minister"));
    CHECK_THAT(body, Catch::Contains("120,000 people & warned"));
    CHECK_THAT(body, !Catch::Contains("9,999"));
    CHECK_THAT(body, !Catch::Contains("1,234,567"));
    CHECK_THAT(body, !Catch::Contains("Home"));
    CHECK_THAT(body, !Catch::Contains("analytics"));
}

TEST_CASE("ingest: an edited article is stored as a new version", "[e2e][ingest]") {
    TempDir dir;
    seed(dir);
    std::string edited = k_good_md;
    edited.replace(edited.find("2,900"), 5, "3,100");
    const auto path = dir.write("edited/a.md", edited);
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("0 new, 1 updated, 0 unchanged"));
    const auto listed = sources_json(dir, "c");
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["version"] == 2);
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 2);
}

TEST_CASE("ingest: .txt takes its metadata from flags", "[e2e][ingest]") {
    TempDir dir;
    const auto path = dir.write("statement.txt", "The ministry said 192 servicemen were killed.\n");
    auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("statement.txt") && Catch::Contains("url"));

    r = cc(dir,
           {"ingest", "--case", "c", "--url", "https://mod.example/1", "--published",
            "2023-09-25T21:05:00Z", "--outlet", "Ministry", "--title", "Statement", path.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto listed = sources_json(dir, "c");
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["outlet"] == "Ministry");
    CHECK(listed["sources"][0]["published"] == "2023-09-25T21:05:00Z");
}

TEST_CASE("ingest: each bad input gets a clear error, exit 2, nothing lost", "[e2e][ingest]") {
    struct Row {
        const char* name;
        std::string content;
        std::vector<std::string> expected; // fragments of the error
    };
    const std::vector<Row> rows = {
        {"no-front-matter.md", "Just text, 200 dead.\n", {"no-front-matter.md", "front matter"}},
        {"malformed.md",
         "+++\nurl = \"https://x.example\"\npublished = = 2023\n+++\nbody\n",
         {"malformed.md:3:"}},
        {"no-url.md", "+++\npublished = 2023-09-25T08:40:00Z\n+++\nbody\n", {"no-url.md", "url"}},
        {"no-published.md",
         "+++\nurl = \"https://x.example/1\"\n+++\nbody\n",
         {"no-published.md", "published"}},
        {"bad-utf8.md",
         "+++\nurl = \"https://x.example/2\"\npublished = 2023-09-25T08:40:00Z\n+++\nab\xFF"
         "cd\n",
         {"bad-utf8.md:5:3", "UTF-8"}},
        {"empty.md", "", {"empty.md", "empty"}},
        {"binary.html",
         std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
         {"binary.html", "binary"}},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.name) {
            TempDir dir;
            seed(dir);
            const auto path = dir.write(std::string("bad/") + row.name, row.content);
            const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
            INFO(r.err);
            CHECK(r.exit_code == 2);
            CHECK_THAT(r.err, Catch::Contains("crosscheck: error:"));
            for (const auto& fragment : row.expected) {
                CHECK_THAT(r.err, Catch::Contains(fragment, Catch::CaseSensitive::No));
            }
            CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 1);
            require_seed_intact(dir);
        }
    }
}

TEST_CASE("ingest: a bad JSONL line is reported with its line; the others go in", "[e2e][ingest]") {
    TempDir dir;
    const std::string lines =
        R"({"url": "https://j.example/1", "published": "2023-09-26T07:30:00Z", "body": "13,350 people"})"
        "\n"
        R"(["not", "an", "object"])"
        "\n"
        R"({"url": "https://j.example/3", "published": "2023-09-27T07:30:00Z", "body": "Some 13,000"})"
        "\n";
    const auto path = dir.write("batch.jsonl", lines);
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("batch.jsonl:2"));
    CHECK_THAT(r.out, Catch::Contains("2 new, 0 updated, 0 unchanged, 1 failed"));
    CHECK(count_rows(dir, "SELECT count(*) FROM sources") == 2);
}

TEST_CASE("ingest: an unknown extension is skipped with a warning", "[e2e][ingest]") {
    TempDir dir;
    dir.write("in/notes.docx", "whatever");
    dir.write("in/a.md", k_good_md);
    const auto r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("notes.docx") && Catch::Contains("skipped"));
    CHECK_THAT(r.out, Catch::Contains("1 new") && Catch::Contains("1 skipped"));
}

TEST_CASE("ingest: an unreadable file is an error naming it", "[e2e][ingest]") {
    TempDir dir;
    seed(dir);
    const auto path = dir.write("locked.md", k_good_md);
    std::filesystem::permissions(path, std::filesystem::perms::none);
    if (std::ifstream(path).good()) {
        WARN("running as root: permission bits do not stop reading; using a missing file");
        std::filesystem::remove(path);
    }
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("locked.md"));
    require_seed_intact(dir);
}

TEST_CASE("ingest: a 50 MB source works", "[e2e][ingest]") {
    TempDir dir;
    std::string big =
        "+++\nurl = \"https://big.example/1\"\npublished = 2023-09-25T08:40:00Z\n+++\n";
    const std::string paragraph =
        "More than 2,900 people from Nagorno-Karabakh had crossed into Armenia, the government "
        "said, as cars queued along the mountain road.\n\n";
    while (big.size() < 50u * 1024 * 1024) {
        big += paragraph;
    }
    const auto path = dir.write("big.md", big);
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(count_rows(dir, "SELECT length(body) FROM sources") > 50'000'000);
}

TEST_CASE("ingest: a file that is not a database is refused, not overwritten", "[e2e][store]") {
    TempDir dir;
    const auto db = dir.write("notes.txt", "my notes\n");
    const auto src = dir.write("a.md", k_good_md);
    const auto r = run_crosscheck({"--db", db.string(), "ingest", "--case", "c", src.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("not a crosscheck database"));
    CHECK(read_file(db) == "my notes\n");
}

TEST_CASE("ingest: $CROSSCHECK_DB names the database", "[e2e][store]") {
    TempDir dir;
    const auto src = dir.write("a.md", k_good_md);
    ProcessOptions options;
    options.env["CROSSCHECK_DB"] = (dir / "from-env.db").string();
    const auto r = run_crosscheck({"ingest", "--case", "c", src.string()}, options);
    REQUIRE(r.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "from-env.db"));
}

TEST_CASE("cases and sources: listing and unknown cases", "[e2e][ingest]") {
    TempDir dir;
    seed(dir);
    auto r = cc(dir, {"cases"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("c  1 source(s)"));
    r = cc(dir, {"sources", "--case", "nope"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no case named 'nope'") && Catch::Contains("cases: c"));
    r = cc(dir, {"sources", "--case", "c"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("https://test.example/a"));
}

TEST_CASE("ingest: text that looks like SQL goes in and comes out unchanged", "[e2e][store]") {
    TempDir dir;
    const std::string evil = "'); DROP TABLE sources;--";
    const std::string md = "+++\nurl = \"https://x.example/" + evil + "\"\ntitle = \"" + evil +
                           "\"\npublished = 2023-09-25T08:40:00Z\n+++\n" + evil + "\n";
    const auto path = dir.write("evil.md", md);
    REQUIRE(cc(dir, {"ingest", "--case", "c", path.string()}).exit_code == 0);
    const auto listed = sources_json(dir, "c");
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["title"] == evil);
    CHECK(listed["sources"][0]["url"] == "https://x.example/" + evil);
}
