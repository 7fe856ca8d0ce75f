// End-to-end: where the real binary finds a source's metadata when the
// obvious place lacks it, and what it says when it has to guess: a .txt
// source's sidecar NAME.txt.toml, an HTML page's JSON-LD datePublished and
// <time datetime>, a day/month date refused with the ISO form to write, a
// date without a time warned about once per source file, and an <h1> that
// repeats its lede's figure not counted as a second claim.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/text_search.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

using namespace crosscheck::testing;
using nlohmann::json;

using crosscheck::testing::occurrences;

namespace {

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

json sources_json(const TempDir& dir) {
    const auto r = cc(dir, {"sources", "--case", "c", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

// The case's active claims of `metric`, as the claims command lists them.
std::vector<double> claim_values(const TempDir& dir, const std::string& metric) {
    const auto r = cc(dir, {"claims", "--case", "c", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<double> out;
    const auto parsed = json::parse(r.out); // kept alive: the loop reads into it
    for (const auto& claim : parsed["claims"]) {
        if (claim["metric"] == metric) {
            out.push_back(claim["value"].get<double>());
        }
    }
    return out;
}

// A page with an og:url and whatever `head` and `body` add.
std::string page(const std::string& head, const std::string& body) {
    return "<!doctype html><html lang=\"en\"><head><meta property=\"og:url\" "
           "content=\"https://news.example/a\"><meta property=\"og:site_name\" "
           "content=\"News\">" +
           head + "</head><body>" + body + "</body></html>\n";
}

} // namespace

TEST_CASE("ingest: a .txt source takes its metadata from its sidecar NAME.txt.toml",
          "[e2e][ingest]") {
    TempDir dir;
    dir.write("in/statement.txt", "The ministry said 192 servicemen were killed.\n");
    dir.write("in/statement.txt.toml", "outlet = \"Ministry\"\nurl = \"https://mod.example/1\"\n"
                                       "published = 2023-09-25T21:05:00Z\ntitle = \"Statement\"\n");
    auto r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    // The sidecar is read with its .txt, not skipped as an unknown format.
    CHECK_THAT(r.out, Catch::Contains("1 new, 0 updated, 0 unchanged, 0 failed"));
    CHECK_THAT(r.err, !Catch::Contains("skipped"));
    auto listed = sources_json(dir);
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["outlet"] == "Ministry");
    CHECK(listed["sources"][0]["url"] == "https://mod.example/1");
    CHECK(listed["sources"][0]["published"] == "2023-09-25T21:05:00Z");

    // Re-ingesting the folder works without any flag.
    r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("0 new, 0 updated, 1 unchanged, 0 failed"));

    SECTION("a .txt without a sidecar names the sidecar to write") {
        dir.write("bare/note.txt", "Officials said 40 people were injured.\n");
        r = cc(dir, {"ingest", "--case", "c", (dir / "bare").string()});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("note.txt") && Catch::Contains("sidecar") &&
                              Catch::Contains("note.txt.toml") &&
                              Catch::Contains("--url and --published"));
    }
    SECTION("a bad key in the sidecar is located in the sidecar") {
        dir.write("bad/note.txt", "Officials said 40 people were injured.\n");
        dir.write("bad/note.txt.toml", "url = \"https://x.example/n\"\npublishd = 2024-05-03\n");
        r = cc(dir, {"ingest", "--case", "c", (dir / "bad").string()});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("note.txt.toml:2:1") &&
                              Catch::Contains("unknown key 'publishd' in the sidecar") &&
                              Catch::Contains("published"));
        CHECK(sources_json(dir)["sources"].size() == 1);
    }
}

TEST_CASE("ingest: an HTML page's date comes from JSON-LD or <time> when no meta tag has it",
          "[e2e][ingest]") {
    TempDir dir;
    const std::string lede = "<article><p>The flood displaced 1,400 people.</p></article>";
    dir.write("ld.html",
              page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                   "\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":"
                   "\"2024-05-03T09:15:00+02:00\"}]}</script>",
                   lede));
    auto r = cc(dir, {"ingest", "--case", "c", (dir / "ld.html").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto listed = sources_json(dir);
    REQUIRE(listed["sources"].size() == 1);
    CHECK(listed["sources"][0]["published"] == "2024-05-03T07:15:00Z");
    // The JSON-LD is metadata, never text.
    CHECK(claim_values(dir, "displaced").size() == 1);

    TempDir other;
    other.write("time.html", page("", "<article><time datetime=\"2024-05-04T18:00:00Z\" "
                                      "itemprop=\"datePublished\">4 May</time>"
                                      "<p>The flood displaced 1,400 people.</p></article>"));
    r = cc(other, {"ingest", "--case", "c", (other / "time.html").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(sources_json(other)["sources"][0]["published"] == "2024-05-04T18:00:00Z");

    TempDir none;
    none.write("none.html", page("", lede));
    r = cc(none, {"ingest", "--case", "c", (none / "none.html").string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("JSON-LD datePublished") &&
                          Catch::Contains("<time datetime>") && Catch::Contains("--published"));
}

TEST_CASE("ingest: a day/month date is refused with the ISO form to write", "[e2e][ingest]") {
    TempDir dir;
    const auto path = dir.write("a.md", "+++\nurl = \"https://x.example/a\"\npublished = "
                                        "\"03/05/2024\"\n+++\n\nThe storm killed 12 people.\n");
    auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("a.md:3:") && Catch::Contains("ambiguous date") &&
                          Catch::Contains("write 2024-05-03") && Catch::Contains("2024-03-05") &&
                          !Catch::Contains("no date"));

    const auto text = dir.write("b.txt", "The storm killed 12 people.\n");
    r = cc(dir, {"ingest", "--case", "c", "--url", "https://x.example/b", "--published",
                 "03/05/2024", text.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--published") && Catch::Contains("write 2024-05-03"));
    // 13/05/2024 can only be 13 May.
    r = cc(dir, {"ingest", "--case", "c", "--url", "https://x.example/b", "--published",
                 "13/05/2024", text.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("write 2024-05-13") && !Catch::Contains("ambiguous"));
}

TEST_CASE("ingest: a date without a time is warned about once per source file", "[e2e][ingest]") {
    TempDir dir;
    dir.write("in/a.md", "+++\nurl = \"https://x.example/a\"\npublished = 2024-05-03\n+++\n\n"
                         "The storm killed 12 people.\n");
    dir.write("in/feed.jsonl",
              "{\"url\":\"https://x.example/1\",\"published\":\"2024-05-03\",\"body\":\"The storm "
              "killed 12 people.\"}\n"
              "{\"url\":\"https://x.example/2\",\"published\":\"2024-05-04\",\"body\":\"The storm "
              "killed 14 people.\"}\n"
              "{\"url\":\"https://x.example/3\",\"published\":\"2024-05-04T10:00:00Z\",\"body\":"
              "\"The storm killed 15 people.\"}\n");
    dir.write("in/exact.md", "+++\nurl = \"https://x.example/e\"\npublished = "
                             "2024-05-03T10:00:00+02:00\n+++\n\nThe storm killed 12 people.\n");
    auto r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(occurrences(r.err, "has no time of day") == 2); // a.md once, feed.jsonl once
    CHECK_THAT(r.err, Catch::Contains("a.md:3:") && Catch::Contains("midnight UTC"));
    CHECK_THAT(r.err, Catch::Contains("feed.jsonl:1") && Catch::Contains("1 more line"));
    CHECK_THAT(r.err, !Catch::Contains("exact.md"));
    const auto listed = sources_json(dir);
    REQUIRE(listed["sources"].size() == 5);

    // Nothing new, nothing said again.
    r = cc(dir, {"ingest", "--case", "c", (dir / "in").string()});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.err, !Catch::Contains("has no time of day"));
}

TEST_CASE("ingest: an <h1> that repeats its lede's figure is not a second claim", "[e2e][ingest]") {
    TempDir dir;
    dir.write("a.html",
              page("<meta property=\"article:published_time\" "
                   "content=\"2024-05-03T09:00:00Z\">",
                   "<article><h1>212 killed in earthquake</h1><p>An earthquake killed 212 "
                   "people on Monday, officials said.</p></article>"));
    auto r = cc(dir, {"ingest", "--case", "c", (dir / "a.html").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(claim_values(dir, "deaths") == std::vector<double>{212});
    // The headline is the title when the page gives no other.
    CHECK(sources_json(dir)["sources"][0]["title"] == "212 killed in earthquake");

    // A headline with a figure of its own is the only place it is stated: kept.
    TempDir other;
    other.write("b.html",
                page("<meta property=\"article:published_time\" "
                     "content=\"2024-05-03T09:00:00Z\">",
                     "<article><h1>300 killed in earthquake</h1><p>An earthquake killed 212 "
                     "people on Monday, officials said.</p></article>"));
    r = cc(other, {"ingest", "--case", "c", (other / "b.html").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto values = claim_values(other, "deaths");
    std::sort(values.begin(), values.end());
    CHECK(values == std::vector<double>{212, 300});
}

TEST_CASE("ingest: re-ingesting a changed JSONL says so once, not once per source",
          "[e2e][ingest]") {
    TempDir dir;
    std::string feed;
    for (int i = 1; i <= 3; ++i) {
        feed += "{\"url\":\"https://x.example/" + std::to_string(i) +
                "\",\"published\":\"2024-05-03T10:00:00Z\",\"body\":\"The storm killed " +
                std::to_string(10 + i) + " people.\"}\n";
    }
    const auto path = dir.write("feed.jsonl", feed);
    REQUIRE(cc(dir, {"ingest", "--case", "c", path.string()}).exit_code == 0);
    std::string edited = feed;
    for (auto pos = edited.find("storm"); pos != std::string::npos;
         pos = edited.find("storm", pos)) {
        edited.replace(pos, 5, "flood");
    }
    dir.write("feed.jsonl", edited);
    const auto r = cc(dir, {"ingest", "--case", "c", path.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("0 new, 3 updated, 0 unchanged"));
    CHECK(occurrences(r.err, "new version") == 1);
    CHECK_THAT(r.err, Catch::Contains("new versions of 3 sources already stored"));
}
