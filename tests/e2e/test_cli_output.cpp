// What the command line prints for a newcomer, through the real binary:
// --help shows an option's choices as `text|json` (not the parser's map of
// them), and output into a pipe is never cut with an ellipsis (only a
// terminal's rows are).

#include "tests/e2e/report_workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using crosscheck::testing::ReportWorkspace;

TEST_CASE("cli: --help shows choices as a|b", "[e2e][cli]") {
    ReportWorkspace ws("help-case", false);
    const auto claims = ws.run({"claims", "--help"});
    REQUIRE(claims.exit_code == 0);
    CHECK_THAT(claims.out, Catch::Contains("text|json"));
    CHECK_THAT(claims.out, !Catch::Contains("{text"));
    const auto report = ws.run({"report", "--help"});
    REQUIRE(report.exit_code == 0);
    CHECK_THAT(report.out, Catch::Contains("high|medium|low|info"));
    CHECK_THAT(report.out, Catch::Contains("open|confirmed|dismissed"));
}

TEST_CASE("cli: check's summary into a pipe keeps each message whole", "[e2e][cli]") {
    ReportWorkspace ws("pipe-case", false);
    const auto check = ws.run({"check", "--case", ws.slug});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    CHECK_THAT(check.out, !Catch::Contains("\u2026"));
    const auto findings = ws.report_json()["findings"];
    bool any_long = false;
    for (const auto& f : findings) {
        const std::string message = f["message"];
        any_long = any_long || message.size() > 160;
        if (f["status"] == "open") {
            CHECK_THAT(check.out, Catch::Contains(message));
        }
    }
    // The example holds a message longer than a terminal row would allow,
    // so the test would see a cut.
    CHECK(any_long);
}
