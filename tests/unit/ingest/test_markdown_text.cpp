#include "host/ingest/markdown_text.hpp"

#include <catch2/catch.hpp>

using crosscheck::ingest::markdown_to_text;

TEST_CASE("markdown: markup goes, the author's characters stay", "[ingest]") {
    struct Row {
        const char* markdown;
        const char* text;
    };
    const Row rows[] = {
        {"One paragraph.", "One paragraph."},
        {"\n\n  First.\n\n\n\nSecond.  \n\n", "First.\n\nSecond."},
        {"Line one\nline two", "Line one\nline two"},
        {"# Title\nText", "Title\n\nText"},
        {"### Title ###\n\nText", "Title\n\nText"},
        {"#hashtag is text", "#hashtag is text"},
        {"Title\n=====\n\nText", "Title\n\nText"},
        {"Sub\n---\nText", "Sub\n\nText"},
        {"> Quoted 1,200 people.\n> Still quoted.", "Quoted 1,200 people.\nStill quoted."},
        {"A\n\n***\n\nB", "A\n\nB"},
        {"**28,120** refugees", "28,120 refugees"},
        {"*about* 120,000 and __more__", "about 120,000 and more"},
        {"***all***", "all"},
        {"5 * 3 = 15 and 2 * 4", "5 * 3 = 15 and 2 * 4"},
        {"a lone asterisk* stays", "a lone asterisk* stays"},
        {"snake_case_name stays", "snake_case_name stays"},
        {"\\*not emphasis\\*", "*not emphasis*"},
        {"See [the report](https://x.example/2023/09/19/report) today", "See the report today"},
        {"![A chart of 1,000 deaths](chart.png)", "A chart of 1,000 deaths"},
        {"[not a link] (x)", "[not a link] (x)"},
        {"[ref]: https://x.example/2023/1\nText", "Text"},
        {"Use `a*b*c` here", "Use `a*b*c` here"},
        {"```\ncode 1\n```\nAfter", "code 1\n\nAfter"},
        {"- item 1\n- item 2", "- item 1\n- item 2"},
        {"Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D",
         "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"},
        {"[a [b](c)", "[a b"},
    };
    for (const auto& row : rows) {
        INFO(row.markdown);
        CHECK(markdown_to_text(row.markdown) == row.text);
    }
}

TEST_CASE("markdown: many unclosed brackets stay linear", "[ingest]") {
    const std::string input(200000, '[');
    CHECK(markdown_to_text(input) == input);
}
