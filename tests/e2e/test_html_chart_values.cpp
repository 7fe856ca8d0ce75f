// The HTML report's timelines write each figure beside its point, so the
// chart reads without hovering (on paper, on a screenshot): read from the
// page the real binary writes for the example case.

#include "tests/e2e/report_workspace.hpp"
#include "tests/support/text_search.hpp"

#include <catch2/catch.hpp>

#include <string>

using crosscheck::testing::ReportWorkspace;

using crosscheck::testing::occurrences;

TEST_CASE("html report: every plotted point carries its value as text", "[e2e][html][chart]") {
    ReportWorkspace ws;
    const auto r = ws.run({"report", "--case", ws.slug, "--format", "html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.out;
    // One point's group is "point" or "point flagged"; "points" holds them.
    const auto points =
        occurrences(html, "<g class=\"point\"") + occurrences(html, "<g class=\"point flagged\"");
    REQUIRE(points > 0);
    CHECK(occurrences(html, "<text class=\"value-label\"") == points);
    // Each point's label is inside its own group and is its figure as the
    // source wrote it.
    for (auto at = html.find("<g class=\"point"); at != std::string::npos;
         at = html.find("<g class=\"point", at + 1)) {
        if (html.compare(at, 16, "<g class=\"points") == 0) {
            continue;
        }
        const auto end = html.find("</g>", at);
        REQUIRE(end != std::string::npos);
        const std::string group = html.substr(at, end - at);
        const auto label_at = group.find("<text class=\"value-label\"");
        REQUIRE(label_at != std::string::npos);
        const auto open = group.find('>', label_at) + 1;
        const std::string label = group.substr(open, group.find("</text>", open) - open);
        CHECK_FALSE(label.empty());
        // The same figure the point's hover title names.
        const auto title_at = group.find("<title>");
        REQUIRE(title_at != std::string::npos);
        const std::string title = group.substr(title_at, group.find("</title>") - title_at);
        CHECK_THAT(title, Catch::Contains(": " + label));
    }
}
