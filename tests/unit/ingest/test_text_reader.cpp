#include "host/ingest/readers.hpp"

#include <catch2/catch.hpp>

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

TEST_CASE("text reader: the whole file is the body, metadata from flags", "[ingest]") {
    MetadataOverrides overrides;
    overrides.url = "https://gov.example/statement";
    overrides.published = "2023-09-25T08:00:00Z";
    overrides.outlet = "Government of Armenia";
    overrides.title = "Statement";
    const auto outcome = read_text(
        "s.txt", "\n  First paragraph,\nwrapped.  \n\n\n\nSecond: 6,650 people.\n\n", overrides);
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.body == "First paragraph,\nwrapped.\n\nSecond: 6,650 people.");
    CHECK(doc.url == "https://gov.example/statement");
    CHECK(format_timestamp(doc.published) == "2023-09-25T08:00:00Z");
    CHECK(doc.outlet == "Government of Armenia");
    CHECK(doc.title == "Statement");
    CHECK(doc.format == "txt");
    CHECK(doc.origin.file == "s.txt");
}

TEST_CASE("text reader: without --url or --published it says to pass them", "[ingest]") {
    auto outcome = read_text("s.txt", "Text", {});
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "s.txt: missing url: a .txt file carries no metadata: write it in a sidecar s.txt.toml "
          "next to it (url = \"...\", published = ..., the keys of front matter), or pass --url "
          "and --published");
    outcome = read_text("s.txt", "Text", flags("", "https://x.example/", ""));
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() ==
          "s.txt: missing published: a .txt file carries no metadata: write it in a sidecar "
          "s.txt.toml next to it (url = \"...\", published = ..., the keys of front matter), or "
          "pass --url and --published");
}
