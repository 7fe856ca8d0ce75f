#include "host/report/markdown_report.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>

using crosscheck::report::escape_markdown;
using crosscheck::report::markdown_link_target;
using crosscheck::report::render_markdown;

TEST_CASE("markdown: source text is escaped so it cannot become markup", "[report]") {
    struct Row {
        std::string in;
        std::string out;
    };
    const std::vector<Row> rows = {
        {"plain text, 2,000 dead.", "plain text, 2,000 dead."},
        {"a | b", "a \\| b"},
        {"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
        {"[link](http://x)", "\\[link\\](http://x)"},
        {"![img](x)", "!\\[img\\](x)"},
        {"<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"},
        {"# heading", "\\# heading"},
        {"- item", "\\- item"},
        {"+ item", "\\+ item"},
        {"1. item", "1\\. item"},
        {"2023) item", "2023\\) item"},
        {"Nagorno-Karabakh, 1.5 million", "Nagorno-Karabakh, 1.5 million"},
        {"AT&T &amp; co", "AT&T \\&amp; co"},
        {"back\\slash ~strike~", "back\\\\slash \\~strike\\~"},
        {"two\nlines\r\nhere", "two lines here"},
    };
    for (const auto& row : rows) {
        INFO(row.in);
        CHECK(escape_markdown(row.in) == row.out);
    }
}

TEST_CASE("markdown: link targets are bracketed and cannot break out", "[report]") {
    CHECK(markdown_link_target("https://x.org/a b") == "<https://x.org/a%20b>");
    CHECK(markdown_link_target("https://x.org/a>b<c") == "<https://x.org/a%3Eb%3Cc>");
    CHECK(markdown_link_target("https://x.org/(1)") == "<https://x.org/(1)>");
}

TEST_CASE("markdown: a finding's table row keeps one cell per column", "[report]") {
    const auto md = render_markdown(crosscheck::testing::sample_report());
    // The quote's pipe is escaped, so the row has exactly 6 unescaped pipes.
    const auto row_start = md.find("| in question |");
    REQUIRE(row_start != std::string::npos);
    const auto row = md.substr(row_start, md.find('\n', row_start) - row_start);
    int pipes = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        pipes += row[i] == '|' && (i == 0 || row[i - 1] != '\\') ? 1 : 0;
    }
    CHECK(pipes == 6);
    CHECK_THAT(md, Catch::Contains("## High severity"));
    CHECK_THAT(md, Catch::Contains("### Deaths: 2,000 (Observer) vs 200 (Atlas): no overlap, 10x "
                                   "apart\n"));
    CHECK_THAT(md, Catch::Contains("**Contradicted** · status: **confirmed** · checkers "
                                   "`interval_conflict`, `transcription` · id `aaaaaaaaaaaa`"));
    CHECK_THAT(md, Catch::Contains("Also found:\n\n- transcription (medium): 2,000 vs 200: the "
                                   "same statement \\| copied\n"));
    CHECK_THAT(md, Catch::Contains("- confirmed by alice, 2026-11-28 10:00 UTC (given on finding "
                                   "cccccccccccc): Checked with \\*both\\* desks, line break"));
    CHECK_THAT(md, Catch::Contains("| \\# 5 dead |"));
    // One side's figure against another's: last, under its own heading.
    const auto apart = md.find("## One side's figures against another's\n");
    REQUIRE(apart != std::string::npos);
    CHECK(md.find("-5 is odd") > apart);
    CHECK(md.find("## Low severity") == std::string::npos);
}
