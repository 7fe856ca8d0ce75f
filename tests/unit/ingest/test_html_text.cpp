#include "host/ingest/html_text.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace crosscheck::ingest::html;

namespace {

std::string text_of(std::string_view html) {
    auto page = read_page(html);
    REQUIRE(page.has_value());
    return page->text;
}

} // namespace

TEST_CASE("html text: paragraphs, whitespace and entities", "[ingest]") {
    struct Row {
        const char* html;
        const char* text;
    };
    const Row rows[] = {
        {"<p>One</p><p>Two</p>", "One\n\nTwo"},
        {"<p>  lots \n\t of   space  </p>", "lots of space"},
        {"plain text, no tags", "plain text, no tags"},
        {"<p>Hello<b>world</b></p>", "Helloworld"},
        {"<p>Hello <b>world</b> !</p>", "Hello world !"},
        {"<h1>Title</h1>Text<br>More<br/><br>End", "Title\n\nText\n\nMore\n\nEnd"},
        {"<ul><li>one<li>two</ul>", "one\n\ntwo"},
        {"<div>a<div>b</div>c</div>", "a\n\nb\n\nc"},
        {"<table><tr><td>Deaths</td><td>200</td></tr><tr><td>Injured</td><td>400</td></tr></table>",
         "Deaths 200\n\nInjured 400"},
        {"<blockquote>Quote</blockquote>After", "Quote\n\nAfter"},
        {"<p>Armenia&rsquo;s 28&#44;120 &amp; more</p>", "Armenia\xE2\x80\x99s 28,120 & more"},
        {"<p>&nbsp;</p><p>120&nbsp;000&nbsp;</p>", "120\xC2\xA0"
                                                   "000"},
        {"<p>x &#10; y</p>", "x y"},
        {"<P CLASS=x>Upper</P>", "Upper"},
        {"<p>a</p>\n\n\n<p>\n</p><p>b</p>", "a\n\nb"},
    };
    for (const auto& row : rows) {
        INFO(row.html);
        CHECK(text_of(row.html) == row.text);
    }
}

TEST_CASE("html text: dropped elements and comments never reach the text", "[ingest]") {
    struct Row {
        const char* html;
        const char* text;
    };
    const Row rows[] = {
        {"<p>a</p><script>var n = 9999;</script><p>b</p>", "a\n\nb"},
        {"<script>if (a < b && c > d) { x = '</p>'; }</script>ok", "ok"},
        {"<SCRIPT type=x>1</ScRiPt >ok", "ok"},
        {"<style>p{}</style><noscript>enable js 1</noscript>ok", "ok"},
        {"<template><p>hidden 2</p></template>ok", "ok"},
        {"<nav><a>Home</a> 3</nav><header>Site 4</header>ok<footer>&copy; 5</footer>", "ok"},
        {"<aside>related 6</aside><form><p>7</p><button>Go 8</button></form>ok", "ok"},
        {"<svg><title>icon 9</title><text>10</text></svg>ok", "ok"},
        {"<svg/>ok", "ok"},
        {"<iframe src=x>fallback 11</iframe>ok", "ok"},
        {"a<!-- comment 12 -->b", "ab"},
        {"a<!---->b<!-->c<!--->d", "abcd"},
        {"a<!-- unclosed comment 13", "a"},
        {"<!DOCTYPE html><?xml x?>ok", "ok"},
        {"<article><header><h1>Headline 14</h1></header><p>Body</p><footer>Tags</footer></article>",
         "Headline 14\n\nBody"},
        {"<p>before<button>Share</button>after</p>", "beforeafter"},
    };
    for (const auto& row : rows) {
        INFO(row.html);
        CHECK(text_of(row.html) == row.text);
    }
}

TEST_CASE("html text: article, then main, then body", "[ingest]") {
    CHECK(text_of("<body>menu<main>main text</main>tail</body>") == "main text");
    CHECK(text_of("<body>menu<main>main<article>story</article></main></body>") == "story");
    CHECK(text_of("<body><article>short teaser</article><article>the long main story text"
                  "</article></body>") == "the long main story text");
    CHECK(text_of("<article><p>outer</p><article>nested</article></article>") == "outer\n\nnested");
    CHECK(text_of("<body>only body <article></article></body>") == "only body");
    CHECK(text_of("<aside><article>in aside</article></aside><p>body</p>") == "body");
    CHECK(text_of("<head><title>T</title></head>text") == "text");
    CHECK(text_of("<html><head><title>T</title><p>no explicit body</p>") == "no explicit body");
}

TEST_CASE("html text: malformed markup is tolerated", "[ingest]") {
    struct Row {
        const char* html;
        const char* text;
    };
    const Row rows[] = {
        {"a < b and c <3 d", "a < b and c <3 d"},
        {"<p>unclosed <b>bold <i>italic", "unclosed bold italic"},
        {"</div></p>stray</span> end tags", "stray end tags"},
        {"<p>one<p>two<p>three", "one\n\ntwo\n\nthree"},
        {"<a href=\"x>y\">link</a>", "link"},
        {"<a href='x'title=y>link</a>", "link"},
        {"<a href=x>link</a>", "link"},
        {"<p>text<a href=\"unterminated", "text"},
        {"<p>text</", "text</"},
        {"text <", "text <"},
        {"</>x</ 1>y", "xy"},
        {"<p =x>ok</p>", "ok"},
        {"<div><nav>menu</div>after", "after"},
    };
    for (const auto& row : rows) {
        INFO(row.html);
        CHECK(text_of(row.html) == row.text);
    }
}

TEST_CASE("html text: metadata from meta tags, title, lang and canonical link", "[ingest]") {
    const auto page =
        read_page("<html lang=\"en-GB\"><head>"
                  "<title>  Page &amp; title\n </title>"
                  "<meta property=\"og:url\" content=\"https://x.example/a?b=1&amp;c=2\">"
                  "<meta property='og:site_name' content='Harbor &quot;Times&quot;'>"
                  "<meta name=og:title content=OgTitle>"
                  "<meta property=\"article:published_time\" content=\" 2023-09-26T20:10:00Z \">"
                  "<link rel=\"alternate canonical\" href=\"https://x.example/canon\">"
                  "</head><body>t</body></html>");
    REQUIRE(page.has_value());
    CHECK(page->metadata.title == "Page & title");
    CHECK(page->metadata.og_url == "https://x.example/a?b=1&c=2");
    CHECK(page->metadata.site_name == "Harbor \"Times\"");
    CHECK(page->metadata.og_title == "OgTitle");
    CHECK(page->metadata.published == "2023-09-26T20:10:00Z");
    CHECK(page->metadata.canonical_url == "https://x.example/canon");
    CHECK(page->metadata.language == "en-GB");
    CHECK(page->text == "t");
}

TEST_CASE("html text: article:published_time wins over fallbacks; first og:url wins", "[ingest]") {
    const auto page = read_page("<meta itemprop=datePublished content=2020-01-01>"
                                "<meta property=article:published_time content=2023-09-26>"
                                "<meta property=og:url content=https://first.example/>"
                                "<meta property=og:url content=https://second.example/>"
                                "<svg><title>Icon</title></svg><title>Real</title>");
    REQUIRE(page.has_value());
    CHECK(page->metadata.published == "2023-09-26");
    CHECK(page->metadata.og_url == "https://first.example/");
    CHECK(page->metadata.title == "Real");
}

TEST_CASE("html text: nesting past the limit is an error at the tag", "[ingest]") {
    std::string deep;
    for (int i = 0; i < 600; ++i) {
        deep += "<div>\n";
    }
    auto page = read_page(deep);
    REQUIRE_FALSE(page.has_value());
    CHECK(page.error().to_string().empty() == false);
    CHECK(page.error().message ==
          "HTML nested deeper than 512 elements at <div>; is the page malformed? ([limits] "
          "max_html_depth in the rules)");
    CHECK(page.error().where.line == 513);
    CHECK(page.error().where.column == 1);

    // Unclosed <p> and <li> close implicitly, so long pages do not nest.
    std::string flat;
    for (int i = 0; i < 2000; ++i) {
        flat += "<p>para <li>item ";
    }
    CHECK(read_page(flat).has_value());
    // Within the limit is fine.
    CHECK(read_page(deep, 1000).has_value());
}

TEST_CASE("html text: the corpus page keeps its article and drops script, nav and footer",
          "[ingest]") {
    std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) +
                         "/examples/karabakh-2023/sources/10-harbor-times-0926.html",
                     std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    auto page = read_page(content.str());
    REQUIRE(page.has_value());
    CHECK(page->text ==
          "Refugee numbers climb past 28,000\n\n"
          "The number of refugees from Nagorno-Karabakh who have entered Armenia reached 28,120 by "
          "Tuesday evening, the office of Armenia\xE2\x80\x99s prime minister said.\n\n"
          "Aid agencies said they were preparing for the arrival of most of the region's "
          "population of about 120,000 people & warned that shelters near the border were full.");
    CHECK(page->text.find("9,999") == std::string::npos);
    CHECK(page->text.find("1,234,567") == std::string::npos);
    CHECK(page->text.find("Home") == std::string::npos);
    CHECK(page->metadata.og_url == "https://harbor-times.example/world/2023-09-26-refugees-28000");
    CHECK(page->metadata.site_name == "Harbor Times");
    CHECK(page->metadata.published == "2023-09-26T20:10:00Z");
    CHECK(page->metadata.title == "Refugee numbers climb past 28,000");
    CHECK(page->metadata.language == "en");
}

TEST_CASE("html text: a large page is read in one linear pass", "[ingest]") {
    std::string html = "<html><body><article>";
    for (int i = 0; i < 20000; ++i) {
        html += "<p>Paragraph with <b>bold</b> &amp; 1,234 <a href=\"/x?a=1&amp;b=2\">a "
                "link</a>.</p>\n";
    }
    html += "</article></body></html>";
    auto page = read_page(html);
    REQUIRE(page.has_value());
    CHECK(page->text.size() > 20000 * 30);
}
