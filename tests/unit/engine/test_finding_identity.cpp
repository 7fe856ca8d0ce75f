// A finding's id depends on what it is about, never on order or time.
#include "host/engine/finding_identity.hpp"

#include <catch2/catch.hpp>

using crosscheck::engine::finding_id;

TEST_CASE("finding identity: 12 hex characters of SHA-256 over checker, metric, keys", "[engine]") {
    // Expected values computed outside the program:
    //   printf 'interval_conflict\ndeaths\nclaim-a\nclaim-b' | sha256sum | cut -c1-12
    CHECK(finding_id("interval_conflict", "deaths", {"claim-a", "claim-b"}) == "a26c8add7e10");
    CHECK(finding_id("interval_conflict", "deaths", {}) == "78fd0f464d6d");
}

TEST_CASE("finding identity: stable and free of claim order", "[engine]") {
    const auto id = finding_id("transcription", "injuries", {"k3", "k1", "k2"});
    CHECK(id.size() == 12);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(finding_id("transcription", "injuries", {"k1", "k2", "k3"}) == id);
    CHECK(finding_id("transcription", "injuries", {"k2", "k3", "k1"}) == id);
    CHECK(finding_id("transcription", "injuries", {"k3", "k1", "k2"}) == id);
}

TEST_CASE("finding identity: checker, metric and each claim count", "[engine]") {
    const auto id = finding_id("interval_conflict", "deaths", {"k1", "k2"});
    CHECK(finding_id("transcription", "deaths", {"k1", "k2"}) != id);
    CHECK(finding_id("interval_conflict", "injuries", {"k1", "k2"}) != id);
    CHECK(finding_id("interval_conflict", "deaths", {"k1", "k3"}) != id);
    CHECK(finding_id("interval_conflict", "deaths", {"k1"}) != id);
    CHECK(finding_id("interval_conflict", "deaths", {"k1", "k2", "k2"}) != id);
    // Separators keep fields apart: "ab"+"c" is not "a"+"bc".
    CHECK(finding_id("interval_conflict", "deaths", {"k1k2"}) != id);
}
