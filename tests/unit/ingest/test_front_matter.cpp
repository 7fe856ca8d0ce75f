#include "host/ingest/front_matter.hpp"

#include <catch2/catch.hpp>

using namespace crosscheck;
using namespace crosscheck::ingest;

namespace {

// Splits and parses `content` as file "a.md"; the error as "file:line:col: message".
Expected<PartialDocument> parse(std::string_view content) {
    auto split = split_front_matter("a.md", content);
    if (!split) {
        return std::unexpected(split.error());
    }
    return parse_front_matter("a.md", *split);
}

std::string error_of(std::string_view content) {
    auto parsed = parse(content);
    REQUIRE_FALSE(parsed.has_value());
    return parsed.error().to_string();
}

} // namespace

TEST_CASE("front matter: a valid block gives every field and leaves the body", "[ingest]") {
    const std::string content = "+++\n"
                                "outlet = \"Caspian Wire\"\n"
                                "url = \"https://caspian-wire.example/a\"\n"
                                "published = 2023-09-19T20:30:00Z\n"
                                "title = \"Offensive begins\"\n"
                                "language = \"en\"\n"
                                "+++\n"
                                "\n"
                                "Body text.\n";
    auto split = split_front_matter("a.md", content);
    REQUIRE(split.has_value());
    CHECK(split->toml_line == 2);
    CHECK(split->body == "\nBody text.\n");
    auto parsed = parse_front_matter("a.md", *split);
    REQUIRE(parsed.has_value());
    CHECK(parsed->outlet == "Caspian Wire");
    CHECK(parsed->url == "https://caspian-wire.example/a");
    REQUIRE(parsed->published.has_value());
    CHECK(format_timestamp(*parsed->published) == "2023-09-19T20:30:00Z");
    CHECK(parsed->title == "Offensive begins");
    CHECK(parsed->language == "en");
    CHECK(parsed->body.empty());
}

TEST_CASE("front matter: published as TOML datetimes, dates and ISO strings", "[ingest]") {
    struct Row {
        const char* value;
        const char* expected;
    };
    const Row rows[] = {
        {"2023-09-19T20:30:00Z", "2023-09-19T20:30:00Z"},
        {"2023-09-19T20:30:00+04:00", "2023-09-19T16:30:00Z"},
        {"2023-09-19T20:30:00-05:30", "2023-09-20T02:00:00Z"},
        {"2023-09-19 20:30:00Z", "2023-09-19T20:30:00Z"},
        {"2023-09-19T20:30:00.250Z", "2023-09-19T20:30:00Z"},
        {"2023-09-19T20:30:00", "2023-09-19T20:30:00Z"},  // local datetime: UTC
        {"2023-09-19", "2023-09-19T00:00:00Z"},           // date: midnight UTC
        {"2023-01-31T23:59:59Z", "2023-01-31T23:59:59Z"}, // toml11 months are 0-based
        {"\"2023-09-19T20:30:00+02:00\"", "2023-09-19T18:30:00Z"},
        {"\"2023-09-19 20:30\"", "2023-09-19T20:30:00Z"},
        {"\"2023-09-19\"", "2023-09-19T00:00:00Z"},
    };
    for (const auto& row : rows) {
        INFO(row.value);
        const std::string content = std::string("+++\nurl = \"https://x.example/\"\npublished = ") +
                                    row.value + "\n+++\nText\n";
        auto parsed = parse(content);
        REQUIRE(parsed.has_value());
        REQUIRE(parsed->published.has_value());
        CHECK(format_timestamp(*parsed->published) == row.expected);
    }
}

TEST_CASE("front matter: a missing or unclosed block is a clear error", "[ingest]") {
    CHECK(error_of("Just text, no metadata.\n") ==
          "a.md:1:1: no front matter: a Markdown source must start with a '+++' line, then TOML "
          "metadata (url, published, ...), then a closing '+++' line");
    CHECK(error_of("\n\nJust text.\n").starts_with("a.md:3:1: no front matter"));
    CHECK(error_of("---\ntitle: x\n---\nText\n") ==
          "a.md:1:1: YAML front matter ('---') is not supported: put TOML between '+++' lines");
    CHECK(error_of("+++\nurl = \"https://x.example/\"\nText without a closing line\n") ==
          "a.md:1:1: front matter opened here is never closed by a '+++' line");
}

TEST_CASE("front matter: leading blank lines and a BOM keep line numbers right", "[ingest]") {
    auto split = split_front_matter("a.md", "\xEF\xBB\xBF\n\n+++\nurl = \"u\"\n+++\nText");
    REQUIRE(split.has_value());
    CHECK(split->toml_line == 4);
    CHECK(error_of("\n+++\nurl = \"https://x.example/\"\ntitle = 3\n+++\nText\n") ==
          "a.md:4:9: 'title' must be a string, not an integer");
}

TEST_CASE("front matter: malformed TOML is reported at the file's line and column", "[ingest]") {
    struct Row {
        const char* content;
        const char* expected;
    };
    const Row rows[] = {
        // An unterminated string: line 4 of the file, at its opening quote.
        {"+++\nurl = \"https://x.example/\"\npublished = 2023-09-19\ntitle = \"unterminated\n+++\n",
         "a.md:4:9: the next token is not a valid string"},
        // A line with no '=': the caret is after the first word.
        {"+++\nurl = \"https://x.example/\"\nbad key here\n+++\n",
         "a.md:3:4: missing key-value separator `=` (should be `=`)"},
        // An impossible month: toml11 points just past the date part.
        {"+++\nurl = \"https://x.example/\"\npublished = 2023-13-40T00:00:00Z\n+++\n",
         "a.md:3:23: invalid date: it does not conform RFC3339. (month should be 01-12, day "
         "should be 01-28,29,30,31, depending on month/year.)"},
        // A key given twice: the second one.
        {"+++\nurl = \"https://x.example/\"\nurl = \"https://y.example/\"\n+++\n",
         "a.md:3:7: value (\"url\") already exists. (value defined twice)"},
        // Two values on a line.
        {"+++\ntitle = \"a\" \"b\"\n+++\n",
         "a.md:2:13: invalid line format (expected newline, but got '\"'.)"},
    };
    for (const auto& row : rows) {
        INFO(row.content);
        CHECK(error_of(row.content) == row.expected);
    }
}

TEST_CASE("front matter: unknown keys are errors at the key, with a suggestion", "[ingest]") {
    CHECK(error_of(
              "+++\nurl = \"https://x.example/\"\npublishd = 2023-09-19T20:30:00Z\n+++\nText\n") ==
          "a.md:3:1: unknown key 'publishd' in the front matter (did you mean 'published'?)");
    CHECK(error_of("+++\nurl = \"https://x.example/\"\n  author = \"Staff\"\n+++\nText\n") ==
          "a.md:3:3: unknown key 'author' in the front matter (known keys: outlet, url, "
          "published, title, language)");
    // The first problem in file order is reported, whatever the table's order.
    CHECK(
        error_of("+++\nzzz = 1\naaa = 2\n+++\nText\n").starts_with("a.md:2:1: unknown key 'zzz'"));
}

TEST_CASE("front matter: wrong types and bad published strings", "[ingest]") {
    CHECK(error_of("+++\nurl = 42\n+++\nText\n") ==
          "a.md:2:7: 'url' must be a string, not an integer");
    CHECK(error_of("+++\npublished = true\n+++\nText\n") ==
          "a.md:2:13: 'published' must be a date, a datetime or an ISO 8601 string, not a boolean");
    CHECK(error_of("+++\npublished = \"last Tuesday\"\n+++\nText\n")
              .starts_with("a.md:2:13: invalid timestamp 'last Tuesday'"));
    CHECK(error_of("+++\npublished = 20:30:00\n+++\nText\n") ==
          "a.md:2:13: 'published' must be a date, a datetime or an ISO 8601 string, not a time of "
          "day");
}
