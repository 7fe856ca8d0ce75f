// End-to-end: place as a scope of its own. tests/data/places/: four
// reports of the Derna floods, each quoting the health ministry: 5,300
// killed in Derna, a misprint of 53,000 in Derna, 11,300 in Derna and
// Benghazi together, 170 elsewhere in Libya; rules.toml names the places
// as a user would. With the places, the only discrepancy is the misprint
// (both Derna figures); the combined toll and the rest of Libya are
// compared with nothing. Without them every figure is one toll, and the
// combined figure is flagged too.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_data =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests" / "data" / "places";

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

nlohmann::json json_of(const TempDir& dir, std::vector<std::string> args) {
    const auto r = cc(dir, std::move(args));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return nlohmann::json::parse(r.out);
}

} // namespace

TEST_CASE("places: figures for different places, and a part and a combined total, are never "
          "compared",
          "[e2e][check]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "d", (k_data / "sources").string()}).exit_code == 0);
    const auto check =
        cc(dir, {"check", "--case", "d", "--rules", (k_data / "rules.toml").string()});
    INFO(check.out << check.err);
    REQUIRE(check.exit_code == 0);

    // Each claim's place, as claims JSON shows it.
    const auto claims = json_of(dir, {"claims", "--case", "d", "--format", "json"});
    std::map<double, std::string> place_of;
    for (const auto& c : claims["claims"]) {
        place_of[c["value"].get<double>()] = c["scope"].value("place", "");
    }
    CHECK(place_of == std::map<double, std::string>{{170, "libya/elsewhere"},
                                                    {5300, "derna"},
                                                    {11300, "benghazi+derna"},
                                                    {53000, "derna"}});

    // One discrepancy: the two Derna figures, each showing its place.
    const auto report = json_of(dir, {"report", "--case", "d", "--format", "json"});
    REQUIRE(report["findings"].size() == 1);
    const auto& f = report["findings"][0];
    REQUIRE(f["claims"].size() == 2);
    for (const auto& c : f["claims"]) {
        CHECK(c["scope"]["place"] == "derna");
        CHECK((c["value"] == 5300 || c["value"] == 53000));
    }
}

TEST_CASE("places: without [places] no figure has a place and all are one toll", "[e2e][check]") {
    TempDir dir;
    REQUIRE(cc(dir, {"ingest", "--case", "d", (k_data / "sources").string()}).exit_code == 0);
    REQUIRE(cc(dir, {"check", "--case", "d"}).exit_code == 0);
    const auto claims = json_of(dir, {"claims", "--case", "d", "--format", "json"});
    REQUIRE(claims["claims"].size() == 4);
    for (const auto& c : claims["claims"]) {
        CHECK_FALSE(c["scope"].contains("place"));
    }
    // The combined 11,300 now meets the 53,000 in one group.
    const auto report = json_of(dir, {"report", "--case", "d", "--format", "json"});
    bool combined_flagged = false;
    for (const auto& f : report["findings"]) {
        for (const auto& c : f["claims"]) {
            combined_flagged = combined_flagged || c["value"] == 11300;
        }
    }
    CHECK(combined_flagged);
}
