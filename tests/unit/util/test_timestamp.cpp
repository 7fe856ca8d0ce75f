#include "host/util/timestamp.hpp"

#include <catch2/catch.hpp>

using crosscheck::format_timestamp;
using crosscheck::parse_timestamp;

TEST_CASE("timestamp: ISO 8601 forms parse to the same UTC instant", "[util]") {
    struct Row {
        const char* text;
        const char* utc;
    };
    const Row rows[] = {
        {"2023-09-19T20:30:00Z", "2023-09-19T20:30:00Z"},
        {"2023-09-19T20:30Z", "2023-09-19T20:30:00Z"},
        {"2023-09-19 20:30:00", "2023-09-19T20:30:00Z"},
        {"2023-09-19T20:30:00.250Z", "2023-09-19T20:30:00Z"},
        {"2023-09-20T00:30:00+04:00", "2023-09-19T20:30:00Z"},
        {"2023-09-19T17:30:00-0300", "2023-09-19T20:30:00Z"},
        {"2023-09-19", "2023-09-19T00:00:00Z"},
        {"1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"},
        {"2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z"},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto t = parse_timestamp(row.text);
        REQUIRE(t.has_value());
        CHECK(format_timestamp(*t) == row.utc);
    }
}

TEST_CASE("timestamp: invalid text is an error that quotes it", "[util]") {
    for (const char* text : {"", "yesterday", "2023-02-30", "2023-09-19T25:00", "2023-9-19",
                             "2023-09-19T20:30:00Zjunk", "2023-09-19T20"}) {
        INFO(text);
        const auto t = parse_timestamp(text);
        REQUIRE_FALSE(t.has_value());
        CHECK_THAT(t.error().message, Catch::Contains("invalid timestamp '" + std::string(text)));
    }
}

TEST_CASE("timestamp: order of parsed instants follows time, not text", "[util]") {
    const auto a = parse_timestamp("2023-09-25T08:40:00+02:00"); // 06:40Z
    const auto b = parse_timestamp("2023-09-25T07:55:00Z");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a < *b);
}
