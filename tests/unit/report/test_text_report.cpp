#include "host/report/text_report.hpp"
#include "host/util/utf8.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>

using crosscheck::report::colour_wanted;
using crosscheck::report::render_text;
using crosscheck::report::RenderOptions;

TEST_CASE("text: colour only on a terminal, never with NO_COLOR or to a file", "[report]") {
    CHECK(colour_wanted(true, nullptr, false));
    CHECK_FALSE(colour_wanted(false, nullptr, false));
    CHECK_FALSE(colour_wanted(true, "1", false));
    CHECK_FALSE(colour_wanted(true, "anything", false));
    // no-color.org: an empty NO_COLOR does not count.
    CHECK(colour_wanted(true, "", false));
    CHECK_FALSE(colour_wanted(true, nullptr, true));
}

TEST_CASE("text: escape sequences appear only when colour is on", "[report]") {
    const auto report = crosscheck::testing::sample_report();
    RenderOptions plain;
    plain.colour = false;
    CHECK(render_text(report, plain).find('\033') == std::string::npos);
    RenderOptions coloured;
    coloured.colour = true;
    const auto text = render_text(report, coloured);
    CHECK_THAT(text, Catch::Contains("\033[1;31mCONTRADICTED\033[0m"));
}

TEST_CASE("text: lines fit the width, figures beside their quotes", "[report]") {
    RenderOptions options;
    options.width = 72;
    const auto text = render_text(crosscheck::testing::sample_report(), options);
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        const auto line = text.substr(start, end - start);
        INFO(line);
        // "=" rules are exactly the width; other lines within it (in code points).
        CHECK(crosscheck::utf8::length(line) <= 72);
        start = end + 1;
    }
    CHECK_THAT(text, Catch::Contains("HIGH SEVERITY"));
    // Too wide with its checkers: they go under the heading.
    CHECK_THAT(text, Catch::Contains("\nCONTRADICTED  confirmed  deaths  aaaaaaaaaaaa\n"
                                     "  interval_conflict + transcription\n"));
    // The other checker's reason, under the message, wrapped under itself.
    CHECK_THAT(text, Catch::Contains("\n  + also transcription (medium): 2,000 vs 200: the same "
                                     "statement |\n    copied\n"));
    // Width 72: a left column of 24, two spaces, then the quote.
    CHECK_THAT(text, Catch::Contains("    2,000" + std::string(24 - 5 + 2, ' ') +
                                     "\u201cOfficials put the toll"));
    // The review note is one line (its line break folded) wrapped at the
    // width, continuation lines under the text rather than the dash.
    CHECK_THAT(text, Catch::Contains("    - confirmed by alice, 2026-11-28 10:00 UTC (given on "
                                     "finding\n      cccccccccccc): Checked with *both* desks, "
                                     "line break\n"));
}

TEST_CASE("text: one side's figures against another's come last, under their own heading",
          "[report]") {
    const auto text = render_text(crosscheck::testing::sample_report(), RenderOptions{});
    INFO(text);
    // The summary counts discrepancies first.
    CHECK_THAT(text, Catch::Contains("\n2 distinct discrepancies: 1 high, 0 medium, 1 low, 0 "
                                     "info; 1 open, 1 confirmed, 0 dismissed; 1 of\nthem set one "
                                     "side against another\n"));
    // Wide enough, the checkers stay on the heading's line.
    CHECK_THAT(text, Catch::Contains("\nCONTRADICTED  confirmed  deaths  aaaaaaaaaaaa "
                                     "interval_conflict + transcription\n"));
    const auto apart = text.find("ONE SIDE'S FIGURES AGAINST ANOTHER'S\n");
    REQUIRE(apart != std::string::npos);
    CHECK(text.find("DISPUTED  open  deaths  bbbbbbbbbbbb") > apart);
    CHECK(text.find("CONTRADICTED  confirmed") < apart);
    // Its severity has no heading of its own: it is listed apart.
    CHECK(text.find("LOW SEVERITY") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("1 finding sets one party's figure against another's"));
}
