#include "host/ingest/readers.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::ingest;

TEST_CASE("jsonl reader: one source per line, blank lines skipped", "[ingest]") {
    const std::string content =
        R"({"outlet": "Caucasus Bulletin", "url": "https://cb.example/1", "published": "2023-09-26T07:30:00Z", "title": "Morning", "language": "en", "body": "13,350 people crossed.\n\nMore."})"
        "\n\n   \n"
        R"({"url": "https://cb.example/2", "published": "2023-09-27", "body": "  Second.  ", "title": null})"
        "\r\n";
    const auto outcome = read_jsonl("b.jsonl", content, {});
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 2);
    const auto& first = outcome.documents[0];
    CHECK(first.outlet == "Caucasus Bulletin");
    CHECK(first.url == "https://cb.example/1");
    CHECK(format_timestamp(first.published) == "2023-09-26T07:30:00Z");
    CHECK(first.title == "Morning");
    CHECK(first.language == "en");
    CHECK(first.body == "13,350 people crossed.\n\nMore.");
    CHECK(first.format == "jsonl");
    CHECK(first.origin.to_string() == "b.jsonl:1");
    const auto& second = outcome.documents[1];
    CHECK(second.body == "Second.");
    CHECK(second.title.empty());
    CHECK(second.origin.to_string() == "b.jsonl:4");
}

TEST_CASE("jsonl reader: bad lines are errors with their line; good lines still count",
          "[ingest]") {
    const std::string good =
        R"({"url": "https://x.example/ok", "published": "2023-09-26", "body": "Text"})";
    const std::string content =
        good + "\n" +   // 1
        "[1, 2, 3]\n" + // 2
        R"({"url": "https://x.example/a", "body": "T"})"
        "\n" + // 3
        R"({"published": "2023-09-26", "body": "T"})"
        "\n" + // 4
        R"({"url": 5, "published": "2023-09-26", "body": "T"})"
        "\n" + // 5
        R"({"url": "u", "published": "2023-09-26", "body": "T",, })"
        "\n" + // 6
        R"({"url": "u", "publishd": "2023-09-26", "body": "T"})"
        "\n" + // 7
        R"({"url": "u", "published": "soon", "body": "T"})"
        "\n" + // 8
        R"({"url": "u", "published": "2023-09-26", "body": ""})"
        "\n" + // 9
        R"({"url": "u", "published": "2023-09-26", "body": "a\u0000b"})"
        "\n" +                                // 10
        "{\"t\": \"\xC3\xA9\xC3\xA9\" x}\n" + // 11: columns count code points
        "\"just a string\"\n" +               // 12
        good +
        "\n"; // 13
    const auto outcome = read_jsonl("b.jsonl", content, {});
    REQUIRE(outcome.documents.size() == 2);
    CHECK(outcome.documents[0].origin.line == 1);
    CHECK(outcome.documents[1].origin.line == 13);
    std::vector<std::string> errors;
    for (const auto& error : outcome.errors) {
        errors.push_back(error.to_string());
    }
    const std::vector<std::string> expected = {
        "b.jsonl:2: expected a JSON object (one source per line), got an array",
        "b.jsonl:3: missing published: add \"published\" to the object",
        "b.jsonl:4: missing url: add \"url\" to the object",
        "b.jsonl:5: \"url\" must be a string, not a number",
        "b.jsonl:6:53: invalid JSON: syntax error while parsing object key - unexpected ','; "
        "expected string literal",
        "b.jsonl:7: unknown key \"publishd\" (known keys: outlet, url, published, title, language, "
        "body)",
        "b.jsonl:8: \"published\": invalid timestamp 'soon': no date (expected ISO 8601, e.g. "
        "2023-09-19T20:30:00Z)",
        "b.jsonl:9: no text: the source's body is empty",
        "b.jsonl:10: \"body\" holds control characters (such as \\u0000); a source must be text",
        "b.jsonl:11:12: invalid JSON: syntax error while parsing object - invalid literal; last "
        "read: '\"\xC3\xA9\xC3\xA9\" x'; expected '}'",
        "b.jsonl:12: expected a JSON object (one source per line), got a string",
    };
    CHECK(errors == expected);
}

TEST_CASE("jsonl reader: flags fill only what a batch shares", "[ingest]") {
    MetadataOverrides overrides;
    overrides.outlet = "Wire";
    overrides.language = "en";
    overrides.url = "https://should-not-be-used.example/";
    overrides.published = "2023-01-01";
    const auto outcome = read_jsonl("b.jsonl", R"({"body": "T"})", overrides);
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() == "b.jsonl:1: missing url: add \"url\" to the object");
    const auto ok =
        read_jsonl("b.jsonl", R"({"url": "u", "published": "2023-09-26", "body": "T"})", overrides);
    REQUIRE(ok.documents.size() == 1);
    CHECK(ok.documents[0].outlet == "Wire");
    CHECK(ok.documents[0].language == "en");
}

TEST_CASE("jsonl reader: the corpus batch", "[ingest]") {
    // Written out rather than read from the corpus so the numbers are checked here.
    const auto outcome = read_jsonl(
        "09-batch.jsonl",
        R"({"outlet": "Caucasus Bulletin", "url": "https://caucasus-bulletin.example/2023/09/26/morning-update", "published": "2023-09-26T07:30:00Z", "title": "Morning update: 13,350 refugees", "language": "en", "body": "Armenian officials said 13,350 people from Karabakh had crossed into Armenia by 5 a.m. on Tuesday."})",
        {});
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title == "Morning update: 13,350 refugees");
}
