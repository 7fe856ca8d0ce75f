// `report --severity S --status S`: every format shows the same findings,
// those the filter keeps; driven through the real binary on the example
// case, with the finding ids each format prints looked for in its output.

#include "tests/e2e/report_workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

using crosscheck::testing::ReportWorkspace;

TEST_CASE("report: --severity and --status filter every format", "[e2e][report][filter]") {
    ReportWorkspace ws;
    const auto all = ws.report_json()["findings"];
    REQUIRE(all.size() >= 3);
    // Confirm one finding of the most severe level present, so the two
    // filters together keep exactly it while each alone keeps more.
    std::map<std::string, int> per_severity;
    for (const auto& f : all) {
        ++per_severity[f["severity"].get<std::string>()];
    }
    const std::string common = all.front()["severity"]; // ranked most severe first
    REQUIRE(per_severity[common] >= 2);
    std::string chosen;
    std::vector<std::string> others;
    for (const auto& f : all) {
        const std::string id = f["id"];
        if (chosen.empty() && f["severity"] == common) {
            chosen = id;
        } else {
            others.push_back(id);
        }
    }
    REQUIRE(ws.run({"review", chosen, "--status", "confirmed", "--reviewer", "desk"}).exit_code ==
            0);

    SECTION("json: --severity keeps that severity and those above it") {
        const std::vector<std::string> order = {"high", "medium", "low", "info"};
        for (std::size_t level = 0; level < order.size(); ++level) {
            INFO(order[level]);
            const auto r = ws.run(
                {"report", "--case", ws.slug, "--format", "json", "--severity", order[level]});
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            const auto kept = nlohmann::json::parse(r.out)["findings"];
            int expected = 0;
            for (std::size_t above = 0; above <= level; ++above) {
                expected += per_severity[order[above]];
            }
            CHECK(static_cast<int>(kept.size()) == expected);
            for (const auto& f : kept) {
                const auto at = std::find(order.begin(), order.end(), f["severity"]);
                CHECK(static_cast<std::size_t>(at - order.begin()) <= level);
            }
        }
    }
    SECTION("json: --status open leaves out the confirmed one") {
        const auto r =
            ws.run({"report", "--case", ws.slug, "--format", "json", "--status", "open"});
        REQUIRE(r.exit_code == 0);
        const auto kept = nlohmann::json::parse(r.out)["findings"];
        CHECK(kept.size() == all.size() - 1);
        for (const auto& f : kept) {
            CHECK(f["id"] != chosen);
        }
    }
    SECTION("repeated --status keeps any of them") {
        const auto r = ws.run({"report", "--case", ws.slug, "--format", "json", "--status", "open",
                               "--status", "confirmed"});
        REQUIRE(r.exit_code == 0);
        CHECK(nlohmann::json::parse(r.out)["findings"].size() == all.size());
    }
    SECTION("every format: both filters keep the one confirmed finding") {
        for (const std::string format : {"text", "json", "md", "csv", "html"}) {
            INFO(format);
            const auto r = ws.run({"report", "--case", ws.slug, "--format", format, "--severity",
                                   common, "--status", "confirmed"});
            INFO(r.err);
            REQUIRE(r.exit_code == 0);
            CHECK_THAT(r.out, Catch::Contains(chosen));
            for (const auto& other : others) {
                CHECK_THAT(r.out, !Catch::Contains(other));
            }
        }
    }
    SECTION("a bad value is refused naming the choices") {
        const auto r =
            ws.run({"report", "--case", ws.slug, "--format", "json", "--severity", "urgent"});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("--severity") && Catch::Contains("high"));
    }
}
