#include "host/ingest/html_entities.hpp"

#include <catch2/catch.hpp>

using crosscheck::ingest::html::decode_entities;
using crosscheck::ingest::html::named_entity;

TEST_CASE("html entities: named, decimal and hexadecimal references", "[ingest]") {
    struct Row {
        const char* in;
        const char* out;
    };
    const Row rows[] = {
        {"&amp; &lt; &gt; &quot; &apos;", "& < > \" '"},
        {"Armenia&rsquo;s", "Armenia\xE2\x80\x99s"},
        {"&lsquo;x&rsquo; &ldquo;y&rdquo;", "\xE2\x80\x98x\xE2\x80\x99 \xE2\x80\x9Cy\xE2\x80\x9D"},
        {"1&ndash;2 &mdash; &hellip;", "1\xE2\x80\x93"
                                       "2 \xE2\x80\x94 \xE2\x80\xA6"},
        {"120&nbsp;000", "120\xC2\xA0"
                         "000"},
        {"&copy;&reg;&trade;&euro;&pound;&deg;&middot;&times;",
         "\xC2\xA9\xC2\xAE\xE2\x84\xA2\xE2\x82\xAC\xC2\xA3\xC2\xB0\xC2\xB7\xC3\x97"},
        {"&thinsp;&ensp;&emsp;", "\xE2\x80\x89\xE2\x80\x82\xE2\x80\x83"},
        {"&eacute;&Eacute;&uuml;&szlig;&ccedil;", "\xC3\xA9\xC3\x89\xC3\xBC\xC3\x9F\xC3\xA7"},
        {"&#39;&#x2019;&#X2019;&#8217;", "'\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99"},
        {"&#0;", "\xEF\xBF\xBD"},
        {"&#xD800;", "\xEF\xBF\xBD"},
        {"&#x110000;", "\xEF\xBF\xBD"},
        {"&#99999999999999999999;", "\xEF\xBF\xBD"},
        {"&#1;", "\xEF\xBF\xBD"},
        {"&#150;", "\xE2\x80\x93"}, // Windows-1252 en dash
        {"&#x1F600;", "\xF0\x9F\x98\x80"},
        {"&#10;", "\n"},
        {"AT&T &unknown; & &; &#; &#x;", "AT&T &unknown; & &; &#; &#x;"},
        {"&amp &copy 2023", "& \xC2\xA9 2023"},
        {"&ampx", "&ampx"},
        {"&Amp;", "&Amp;"},
        {"trailing &", "trailing &"},
    };
    for (const auto& row : rows) {
        INFO(row.in);
        CHECK(decode_entities(row.in) == row.out);
    }
}

TEST_CASE("html entities: attributes keep '&name' without ';' as text", "[ingest]") {
    CHECK(decode_entities("/a?x=1&copy=2&amp;y=3", true) == "/a?x=1&copy=2&y=3");
    CHECK(decode_entities("/a?x=1&copy=2", false) == "/a?x=1\xC2\xA9=2");
}

TEST_CASE("html entities: the table is sorted so every name is found", "[ingest]") {
    for (const char* name : {"AElig", "Alpha", "amp", "zwnj", "yuml", "sigmaf", "rsquo", "nbsp"}) {
        INFO(name);
        CHECK(named_entity(name).has_value());
    }
    CHECK_FALSE(named_entity("nosuchname").has_value());
}
