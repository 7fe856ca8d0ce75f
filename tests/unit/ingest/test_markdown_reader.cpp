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

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
} // namespace

TEST_CASE("markdown reader: metadata from front matter, body after it", "[ingest]") {
    const std::string content = "+++\n"
                                "outlet = \"Atlas Press\"\n"
                                "url = \"https://atlas.example/a\"\n"
                                "published = 2023-09-21T10:00:00+04:00\n"
                                "+++\n"
                                "\n"
                                "## Toll rises\n"
                                "\n"
                                "At least **200** people were killed.\n"
                                "\n"
                                "Officials said 400 were wounded.\n";
    const auto outcome = read_markdown("a.md", content, {});
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.outlet == "Atlas Press");
    CHECK(doc.url == "https://atlas.example/a");
    CHECK(format_timestamp(doc.published) == "2023-09-21T06:00:00Z");
    CHECK(doc.title.empty());
    CHECK(doc.body ==
          "Toll rises\n\nAt least 200 people were killed.\n\nOfficials said 400 were wounded.");
    CHECK(doc.format == "md");
    CHECK(doc.origin.file == "a.md");
}

TEST_CASE("markdown reader: flags fill gaps, the file wins", "[ingest]") {
    const std::string content =
        "+++\nurl = \"https://atlas.example/a\"\noutlet = \"Atlas\"\n+++\nText.\n";
    MetadataOverrides overrides;
    overrides.outlet = "Other";
    overrides.published = "2023-09-21";
    overrides.title = "Given title";
    const auto outcome = read_markdown("a.md", content, overrides);
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].outlet == "Atlas");
    CHECK(outcome.documents[0].title == "Given title");
    CHECK(format_timestamp(outcome.documents[0].published) == "2023-09-21T00:00:00Z");
}

TEST_CASE("markdown reader: missing url or published names the file", "[ingest]") {
    auto outcome = read_markdown("a.md", "+++\npublished = 2023-09-21\n+++\nText\n", {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "a.md: missing url: add `url = ...` to the +++ front matter; or pass --url");
    outcome = read_markdown("a.md", "+++\nurl = \"https://x.example/\"\n+++\nText\n", {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "a.md: missing published: add `published = ...` to the +++ front matter; or pass "
          "--published");
    outcome = read_markdown("a.md", "+++\nurl = \"https://x.example/\"\n+++\nText\n",
                            flags("", "", "yesterday"));
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string().starts_with(
        "a.md: --published: invalid timestamp 'yesterday'"));
    outcome = read_markdown("a.md", "+++\nurl = \"u\"\npublished = 2023-01-01\n+++\n\n  \n", {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() == "a.md: no text: the source's body is empty");
}

TEST_CASE("markdown reader: the corpus's first source", "[ingest]") {
    const std::string path = std::string(CROSSCHECK_SOURCE_DIR) +
                             "/examples/karabakh-2023/sources/01-caspian-wire-0919.md";
    const auto outcome = read_markdown(path, slurp(path), {});
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.outlet == "Caspian Wire");
    CHECK(doc.url == "https://caspian-wire.example/2023/09/19/karabakh-offensive-first-day");
    CHECK(format_timestamp(doc.published) == "2023-09-19T20:30:00Z");
    CHECK(doc.language == "en");
    CHECK(doc.body.starts_with("Azerbaijan's armed forces began"));
    CHECK(doc.body.find("at least 27 people") != std::string::npos);
    CHECK(doc.body.find("\n\nKarabakh's human rights ombudsman") != std::string::npos);
    CHECK(doc.body.ends_with("targeted only military sites."));
}
