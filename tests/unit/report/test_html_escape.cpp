#include "host/report/html_escape.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck::report::html;

TEST_CASE("html escape: text and attribute contexts", "[report][html]") {
    struct Row {
        std::string input;
        std::string text;
        std::string attribute;
    };
    const std::vector<Row> rows = {
        {"", "", ""},
        {"plain 2,000 people", "plain 2,000 people", "plain 2,000 people"},
        {"<script>document.title='pwned'</script>",
         "&lt;script&gt;document.title='pwned'&lt;/script&gt;",
         "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"},
        {"\" onmouseover=\"alert(1)", "\" onmouseover=\"alert(1)",
         "&quot; onmouseover=&quot;alert(1)"},
        {"' onfocus='x", "' onfocus='x", "&#39; onfocus=&#39;x"},
        {"AT&T &amp; co", "AT&amp;T &amp;amp; co", "AT&amp;T &amp;amp; co"},
        {"<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;",
         "&lt;img src=x onerror=alert(1)&gt;"},
        {"Khankendi \xE2\x80\x94 Stepanakert", "Khankendi \xE2\x80\x94 Stepanakert",
         "Khankendi \xE2\x80\x94 Stepanakert"},
        {"tab\tnew\nline\r", "tab\tnew\nline\r", "tab\tnew\nline\r"},
        {std::string("nul\0bell\x07"
                     "del\x7f",
                     12),
         "nulbelldel", "nulbelldel"},
        {"--><!--", "--&gt;&lt;!--", "--&gt;&lt;!--"},
    };
    for (const auto& row : rows) {
        INFO(row.input);
        CHECK(escape_text(row.input) == row.text);
        CHECK(escape_attribute(row.input) == row.attribute);
    }
}

TEST_CASE("html escape: only absolute http(s) URLs become links", "[report][html]") {
    CHECK(is_linkable_url("https://stepanakert-observer.example/2023/09/24/toll-update"));
    CHECK(is_linkable_url("http://example.org/a?b=1&c=2"));
    CHECK(is_linkable_url("HTTPS://EXAMPLE.ORG/"));
    CHECK_FALSE(is_linkable_url("javascript:alert(1)"));
    CHECK_FALSE(is_linkable_url(" javascript:alert(1)"));
    CHECK_FALSE(is_linkable_url("data:text/html,<script>alert(1)</script>"));
    CHECK_FALSE(is_linkable_url("//evil.example/x"));
    CHECK_FALSE(is_linkable_url("relative/path.html"));
    CHECK_FALSE(is_linkable_url("https://"));
    CHECK_FALSE(is_linkable_url("https://a.example/\" onmouseover=\"alert(1)"));
    CHECK_FALSE(is_linkable_url("https://a.example/\nx"));
    CHECK_FALSE(is_linkable_url(""));
}
