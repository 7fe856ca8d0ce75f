// Inputs that once crashed a reader (found by the fuzz targets in fuzz/, or
// by hand for the same kind of hostile input), kept so they never do again.
// Each is also in the target's corpus, fuzz/corpus/<target>/.

#include "host/ingest/front_matter.hpp"
#include "host/ingest/readers.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck;
using namespace crosscheck::ingest;

TEST_CASE("fuzz regressions: front matter nested 200,000 arrays deep is an error, not a stack "
          "overflow",
          "[ingest]") {
    // toml11 parses arrays by recursion: this used to overflow the stack.
    const std::string content =
        "+++\nurl = \"https://x.example/\"\ntags = " + std::string(200000, '[') + "\n+++\nText\n";
    const auto outcome = read_markdown("a.md", content, {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "a.md:3:72: front matter nested deeper than 64 arrays or inline tables");
    // Inline tables count the same; brackets inside strings do not.
    std::string tables = "+++\nt = ";
    for (int i = 0; i < 100; ++i) {
        tables += "{a = ";
    }
    CHECK(read_markdown("b.md", tables + "\n+++\n", {}).errors.at(0).to_string() ==
          "b.md:2:325: front matter nested deeper than 64 arrays or inline tables");
    const auto ok = read_markdown("c.md",
                                  "+++\nurl = \"https://x.example/\"\npublished = 2023-09-19\n"
                                  "title = \"" +
                                      std::string(1000, '[') + "\"\n+++\nText 12\n",
                                  {});
    CHECK(ok.errors.empty());
    CHECK(ok.documents.size() == 1);
}

TEST_CASE("fuzz regressions: a JSON number too large for a double is an error on its line, not "
          "an uncaught exception",
          "[ingest]") {
    // nlohmann throws out_of_range (not parse_error) for `11E1111111111`:
    // it escaped read_jsonl and terminated the job.
    const std::string good =
        R"({"url": "https://x.example/ok", "published": "2023-09-26", "body": "Text 12"})";
    const std::string content = good + "\n" +
                                R"({"url": "https://x.example/a", "n": 11E1111111111})"
                                "\n" +
                                R"({"n": -1e999})"
                                "\n" +
                                good + "\n";
    const auto outcome = read_jsonl("o.jsonl", content, {});
    CHECK(outcome.documents.size() == 2);
    REQUIRE(outcome.errors.size() == 2);
    CHECK(outcome.errors[0].to_string() ==
          "o.jsonl:2:37: invalid JSON: number overflow parsing '11E1111111111'");
    CHECK(outcome.errors[1].to_string() ==
          "o.jsonl:3:7: invalid JSON: number overflow parsing '-1e999'");
}

TEST_CASE("fuzz regressions: invalid UTF-8 in front matter is an error before toml11 reads it",
          "[ingest]") {
    // Ingest refuses a file that is not UTF-8 before it splits the front
    // matter, but parse_front_matter does not rely on that: toml11 3.7.1
    // reads out of bounds on invalid UTF-8 in a literal string.
    const std::string content = "+++\nurl = 'https://x.example/'\nt = 'x\xFF'\n+++\nText\n";
    const auto split = split_front_matter("a.md", content);
    REQUIRE(split);
    const auto parsed = parse_front_matter("a.md", *split);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().to_string() == "a.md:3:7: front matter not valid UTF-8 (byte 0xFF)");
}
