#include "host/report/html_highlight.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck::report::html;

TEST_CASE("html highlight: the figure is marked wherever it is", "[report][html]") {
    struct Row {
        std::string quote;
        std::string figure;
        std::string html;
    };
    const std::vector<Row> rows = {
        // at the start, in the middle, at the end
        {"Ten soldiers were killed.", "Ten", "<mark>Ten</mark> soldiers were killed."},
        {"Officials put the toll at 2,000, with 400 injured.", "2,000",
         "Officials put the toll at <mark>2,000</mark>, with 400 injured."},
        {"The toll rose to 192", "192", "The toll rose to <mark>192</mark>"},
        {"2,906", "2,906", "<mark>2,906</mark>"},
        // absent: the quote escaped, unmarked
        {"No figure here <b>at all</b>.", "1,200", "No figure here &lt;b&gt;at all&lt;/b&gt;."},
        {"Some quote", "", "Some quote"},
        // case and whitespace forgiven (a no-break space inside the figure)
        {"More than 100,000 people fled.", "more than 100,000",
         "<mark>More than 100,000</mark> people fled."},
        {"more\xC2\xA0than  200 injured", "more than 200",
         "<mark>more\xC2\xA0than  200</mark> injured"},
        // the figure and the text around it contain markup: each part escaped
        {"<b>at least 27</b> & \"two\" <script>x</script>", "at least 27",
         "&lt;b&gt;<mark>at least 27</mark>&lt;/b&gt; &amp; \"two\" "
         "&lt;script&gt;x&lt;/script&gt;"},
        {"a <200 & rising> b", "<200 & rising>", "a <mark>&lt;200 &amp; rising&gt;</mark> b"},
        {"x</mark><script>alert(1)</script> 5", "5",
         "x&lt;/mark&gt;&lt;script&gt;alert(1)&lt;/script&gt; <mark>5</mark>"},
        // a figure standing alone beats the same digits inside a longer number
        {"Of 1,200 weapons, 200 were rifles.", "200",
         "Of 1,200 weapons, <mark>200</mark> were rifles."},
        {"In 2023, 23 died.", "23", "In 2023, <mark>23</mark> died."},
    };
    for (const auto& row : rows) {
        INFO(row.quote << " / " << row.figure);
        CHECK(highlight_figure(row.quote, row.figure) == row.html);
    }
}

TEST_CASE("html highlight: the hint picks between equal occurrences", "[report][html]") {
    const std::string quote = "Up from 200 on Monday, 200 more were injured on Tuesday.";
    const auto second = quote.rfind("200");
    const auto found = locate_figure(quote, "200", second + 2); // whitespace shifted it
    REQUIRE(found);
    CHECK(found->begin == second);
    CHECK(found->end == second + 3);
    const auto first = locate_figure(quote, "200");
    REQUIRE(first);
    CHECK(first->begin == quote.find("200"));
    CHECK_FALSE(locate_figure(quote, "300"));
    CHECK_FALSE(locate_figure("", "300"));
}

TEST_CASE("html highlight: the hint comes from the claim's spans", "[report][html]") {
    crosscheck::model::Claim claim;
    CHECK_FALSE(figure_hint(claim));
    claim.span = crosscheck::model::TextSpan{140, 143};
    claim.sentence = crosscheck::model::TextSpan{100, 200};
    CHECK(figure_hint(claim) == std::size_t{40});
    claim.sentence = crosscheck::model::TextSpan{150, 200}; // inconsistent: no hint, no wrap-around
    CHECK_FALSE(figure_hint(claim));
}
