#include "host/ingest/readers.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace crosscheck;
using namespace crosscheck::ingest;

namespace {
// Overrides with only the named fields set (designated initializers would
// warn about the others under -Wextra).
crosscheck::ingest::MetadataOverrides flags(std::string outlet, std::string url,
                                            std::string published, std::string title = {}) {
    crosscheck::ingest::MetadataOverrides overrides;
    overrides.outlet = std::move(outlet);
    overrides.url = std::move(url);
    overrides.published = std::move(published);
    overrides.title = std::move(title);
    return overrides;
}
} // namespace

TEST_CASE("html reader: the corpus page", "[ingest]") {
    const std::string path = std::string(CROSSCHECK_SOURCE_DIR) +
                             "/examples/karabakh-2023/sources/10-harbor-times-0926.html";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const auto outcome = read_html(path, content.str(), {});
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.url == "https://harbor-times.example/world/2023-09-26-refugees-28000");
    CHECK(doc.outlet == "Harbor Times");
    CHECK(doc.title == "Refugee numbers climb past 28,000");
    CHECK(format_timestamp(doc.published) == "2023-09-26T20:10:00Z");
    CHECK(doc.language == "en");
    CHECK(doc.format == "html");
    CHECK(doc.origin.file == path);
    CHECK(doc.body.find("28,120") != std::string::npos);
    CHECK(doc.body.find("9,999") == std::string::npos);
    CHECK(doc.body.find("1,234,567") == std::string::npos);
}

TEST_CASE("html reader: fallbacks and flags", "[ingest]") {
    // og:title wins over <title>; a canonical link stands in for og:url.
    auto outcome = read_html("p.html",
                             "<title>Doc title</title><meta property=og:title content=OG>"
                             "<link rel=canonical href=https://x.example/c>"
                             "<meta property=article:published_time content=2023-09-26>"
                             "<p>Text</p>",
                             {});
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title == "OG");
    CHECK(outcome.documents[0].url == "https://x.example/c");

    // A relative canonical link is no URL; --url and --published fill gaps.
    const std::string bare = "<link rel=canonical href=/c><title>T</title><p>Text</p>";
    outcome = read_html("p.html", bare, {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "p.html: missing url: the page has no og:url meta tag or canonical link; or pass --url");
    outcome = read_html("p.html", bare, flags("", "https://x.example/u", ""));
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "p.html: missing published: the page has no date: no article:published_time meta tag, "
          "JSON-LD datePublished or <time datetime>; or pass --published");
    outcome =
        read_html("p.html", bare,
                  flags("Flag outlet", "https://x.example/u", "2023-09-26T10:00:00Z", "Flag"));
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title == "T");
    CHECK(outcome.documents[0].outlet == "Flag outlet");
}

TEST_CASE("html reader: bad dates, empty text and deep nesting are errors", "[ingest]") {
    auto outcome = read_html("p.html",
                             "<meta property=og:url content=https://x.example/>"
                             "<meta property=article:published_time content=yesterday><p>T</p>",
                             {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string().starts_with(
        "p.html: article:published_time: invalid timestamp 'yesterday'"));
    outcome = read_html("p.html",
                        "<meta property=og:url content=https://x.example/>"
                        "<meta property=article:published_time content=2023-09-26>"
                        "<nav>only navigation</nav>",
                        {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() == "p.html: no text: the source's body is empty");
    std::string deep;
    for (int i = 0; i < 600; ++i) {
        deep += "<span>";
    }
    outcome = read_html("p.html", "\n" + deep, {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "p.html:2:3073: HTML nested deeper than 512 elements at <span>; is the page malformed? "
          "([limits] max_html_depth in the rules)");
    // The rules' [limits] max_html_depth reaches the reader.
    outcome = read_html("p.html", "<p><b><i>x</i></b></p>", {}, 2);
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "p.html:1:7: HTML nested deeper than 2 elements at <i>; is the page malformed? "
          "([limits] max_html_depth in the rules)");
}
