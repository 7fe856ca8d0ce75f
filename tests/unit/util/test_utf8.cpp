#include "host/util/utf8.hpp"

#include <catch2/catch.hpp>

namespace utf8 = crosscheck::utf8;

TEST_CASE("utf8: well-formed text has no invalid byte", "[util]") {
    CHECK_FALSE(utf8::first_invalid("plain ASCII").has_value());
    CHECK_FALSE(utf8::first_invalid("Armenia\xE2\x80\x99s 120\xE2\x80\xAF"
                                    "000")
                    .has_value());
    CHECK_FALSE(utf8::first_invalid("\xF0\x9F\x98\x80").has_value()); // U+1F600
}

TEST_CASE("utf8: malformed sequences are found at their first byte", "[util]") {
    struct Row {
        std::string text;
        std::size_t offset;
    };
    const Row rows[] = {
        {"ab\xFF", 2},           // never valid
        {"ab\xC0\xAF", 2},       // overlong '/'
        {"\xE0\x80\xAF", 0},     // overlong 3-byte
        {"x\xED\xA0\x80", 1},    // UTF-16 surrogate
        {"\xF4\x90\x80\x80", 0}, // past U+10FFFF
        {"ok \xE2\x82", 3},      // truncated
        {"\x80", 0},             // lone continuation byte
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto bad = utf8::first_invalid(row.text);
        REQUIRE(bad.has_value());
        CHECK(*bad == row.offset);
    }
}

TEST_CASE("utf8: locate gives 1-based line and code-point column", "[util]") {
    const std::string text = "first line\nsecond \xE2\x80\x99line";
    const auto where = utf8::locate(text, text.find("line", 12), "f.txt");
    CHECK(where.to_string() == "f.txt:2:9");
}

TEST_CASE("utf8: length counts code points and decode reads them", "[util]") {
    const std::string text = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";
    CHECK(utf8::length(text) == 4);
    std::size_t pos = 0;
    CHECK(utf8::decode(text, pos) == U'a');
    CHECK(utf8::decode(text, pos) == U'\u00e9');
    CHECK(utf8::decode(text, pos) == U'\u2019');
    CHECK(utf8::decode(text, pos) == U'\U0001F600');
    CHECK(pos == text.size());
}

TEST_CASE("utf8: NUL and control bytes mark binary data", "[util]") {
    CHECK(utf8::looks_binary(std::string("PK\x03\x04", 4)));
    CHECK(utf8::looks_binary(std::string("a\0b", 3)));
    CHECK_FALSE(utf8::looks_binary("tabs\tand\r\nnewlines\f"));
}
