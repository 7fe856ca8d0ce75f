// The HTML report filters without a script: its findings are grouped by
// severity, each group an anchor (#findings-high, #cross-side-low, ...) that
// the summary's counts link to. Read from the page the real binary writes
// for the example case, checked against the JSON report's findings.

#include "tests/e2e/report_workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

using crosscheck::testing::ReportWorkspace;

TEST_CASE("html report: one anchored group per severity, linked from the summary",
          "[e2e][html][severity-groups]") {
    ReportWorkspace ws;
    const auto findings = ws.report_json()["findings"];
    REQUIRE_FALSE(findings.empty());
    const auto r = ws.run({"report", "--case", ws.slug, "--format", "html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.out;

    const std::string group_marker = "class=\"severity-group\" id=\"";
    std::set<std::string> expected_groups;
    for (const auto& f : findings) {
        const std::string id = f["id"];
        const std::string group =
            std::string(f.value("cross_side", false) ? "cross-side-" : "findings-") +
            f["severity"].get<std::string>();
        expected_groups.insert(group);
        INFO("finding " << id << " in " << group);
        const auto at = html.find("id=\"finding-" + id + "\"");
        REQUIRE(at != std::string::npos);
        // The nearest group opened before the finding is its severity's.
        const auto opened = html.rfind(group_marker, at);
        REQUIRE(opened != std::string::npos);
        const auto name_from = opened + group_marker.size();
        CHECK(html.substr(name_from, html.find('"', name_from) - name_from) == group);
    }
    // Each group once, and no group without findings.
    std::set<std::string> groups;
    for (auto at = html.find(group_marker); at != std::string::npos;
         at = html.find(group_marker, at + 1)) {
        const auto from = at + group_marker.size();
        CHECK(groups.insert(html.substr(from, html.find('"', from) - from)).second);
    }
    CHECK(groups == expected_groups);
    // The summary links each severity with findings to a group that exists.
    std::set<std::string> severities;
    for (const auto& f : findings) {
        severities.insert(f["severity"].get<std::string>());
    }
    for (const auto& sev : severities) {
        INFO(sev);
        const bool linked = html.find("href=\"#findings-" + sev + "\"") != std::string::npos ||
                            html.find("href=\"#cross-side-" + sev + "\"") != std::string::npos;
        CHECK(linked);
    }
    for (const std::string sev : {"high", "medium", "low", "info"}) {
        if (severities.count(sev) == 0) {
            CHECK(html.find("href=\"#findings-" + sev + "\"") == std::string::npos);
        }
    }
}
