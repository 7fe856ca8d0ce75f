// A finding's id depends on the discrepancy it is about: the metric and the
// questioned claims, never their order, the checkers or the references.
#include "host/engine/finding_identity.hpp"

#include <catch2/catch.hpp>

using crosscheck::engine::finding_id;
using crosscheck::engine::questioned_keys;
using namespace crosscheck;

namespace {

model::Finding finding(std::string checker, std::vector<model::FindingClaim> claims) {
    model::Finding f;
    f.checker = std::move(checker);
    f.metric = "deaths";
    f.claims = std::move(claims);
    return f;
}

model::FindingClaim questioned(std::string key) {
    return {0, std::move(key), model::ClaimRole::questioned};
}

model::FindingClaim reference(std::string key) {
    return {0, std::move(key), model::ClaimRole::reference};
}

} // namespace

TEST_CASE("finding identity: 12 hex characters of SHA-256 over metric and questioned keys",
          "[engine]") {
    // Expected values computed outside the program:
    //   printf 'deaths\nclaim-a\nclaim-b' | sha256sum | cut -c1-12
    CHECK(finding_id("deaths", {"claim-a", "claim-b"}) == "39438b4a03d2");
    CHECK(finding_id("deaths", {}) == "8f16aaa0cb1b");
}

TEST_CASE("finding identity: stable, free of order and of repeats", "[engine]") {
    const auto id = finding_id("injuries", {"k3", "k1", "k2"});
    CHECK(id.size() == 12);
    CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(finding_id("injuries", {"k1", "k2", "k3"}) == id);
    CHECK(finding_id("injuries", {"k2", "k3", "k1"}) == id);
    CHECK(finding_id("injuries", {"k3", "k1", "k2", "k1"}) == id);
}

TEST_CASE("finding identity: the metric and each questioned claim count", "[engine]") {
    const auto id = finding_id("deaths", {"k1", "k2"});
    CHECK(finding_id("injuries", {"k1", "k2"}) != id);
    CHECK(finding_id("deaths", {"k1", "k3"}) != id);
    CHECK(finding_id("deaths", {"k1"}) != id);
    // Separators keep keys apart: "k1k2" is not "k1" + "k2".
    CHECK(finding_id("deaths", {"k1k2"}) != id);
}

TEST_CASE("finding identity: neither the checker nor the references change the id", "[engine]") {
    const auto base = finding("interval_conflict", {questioned("k1"), reference("k2")});
    const auto id = finding_id(base);
    CHECK(id == finding_id("deaths", {"k1"}));
    struct Row {
        const char* what;
        model::Finding f;
    };
    const Row same[] = {
        {"another checker", finding("transcription", {questioned("k1"), reference("k2")})},
        {"a late reference",
         finding("interval_conflict", {questioned("k1"), reference("k2"), reference("k0")})},
        {"no reference", finding("consensus_outlier", {questioned("k1")})},
        {"claims in another order",
         finding("interval_conflict", {reference("k2"), questioned("k1")})},
    };
    for (const auto& row : same) {
        INFO(row.what);
        CHECK(finding_id(row.f) == id);
    }
    // Questioning another claim is another discrepancy.
    CHECK(finding_id(finding("interval_conflict", {questioned("k1"), questioned("k2")})) != id);
}

TEST_CASE("finding identity: a finding naming only references questions them all", "[engine]") {
    const auto f = finding("outside_plugin", {reference("k2"), reference("k1")});
    CHECK(questioned_keys(f) == std::vector<std::string>{"k1", "k2"});
    CHECK(finding_id(f) == finding_id("deaths", {"k1", "k2"}));
}
