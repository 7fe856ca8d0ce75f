// What the command line prints for a newcomer, through the real binary:
// --help shows an option's choices as `text|json` (not the parser's map of
// them), and output into a pipe is never cut with an ellipsis (only a
// terminal's rows are).

#include "tests/e2e/report_workspace.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
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
    CHECK_THAT(report.out, Catch::Contains("--format text|json|md|csv|html|claimreview"));
    CHECK_THAT(report.out, Catch::Contains("--fail-on high|medium|low|info"));
    CHECK_THAT(report.out, !Catch::Contains("{text") && !Catch::Contains("{high"));
    // Every command's options with choices, the same way.
    const auto check = ws.run({"check", "--help"});
    CHECK_THAT(check.out, Catch::Contains("--fail-on high|medium|low|info"));
    const auto findings = ws.run({"findings", "--help"});
    CHECK_THAT(findings.out, Catch::Contains("--status open|confirmed|dismissed|gone") &&
                                 Catch::Contains("--severity high|medium|low|info"));
    for (const auto& help : {check.out, findings.out}) {
        CHECK_THAT(help, !Catch::Contains(":{"));
    }
}

TEST_CASE("cli: report is text on a terminal, json into a pipe or a file", "[e2e][cli]") {
    ReportWorkspace ws("tty-case");
    // Into a pipe: json, as scripts expect.
    const auto piped = ws.run({"report", "--case", ws.slug});
    REQUIRE(piped.exit_code == 0);
    CHECK(nlohmann::json::parse(piped.out)["case"] == ws.slug);
    // -o FILE: json too, whatever stdout is.
    const auto file = ws.dir / "report.out";
    if (!std::filesystem::exists("/usr/bin/script")) {
        WARN("no /usr/bin/script to give the command a terminal: skipped");
        return;
    }
    // script(1) runs the command on a pseudo-terminal.
    const std::string command =
        std::string(CROSSCHECK_BINARY) + " --db " + ws.db().string() + " report --case " + ws.slug;
    crosscheck::testing::ProcessOptions tty;
    tty.env["NO_COLOR"] = "1";
    const auto on_terminal =
        crosscheck::testing::run_process("/usr/bin/script", {"-qec", command, "/dev/null"}, tty);
    REQUIRE(on_terminal.exit_code == 0);
    CHECK_THAT(on_terminal.out, Catch::Contains("HIGH SEVERITY"));
    CHECK_THAT(on_terminal.out, !Catch::Contains("\"findings\""));
    const auto to_file = crosscheck::testing::run_process(
        "/usr/bin/script", {"-qec", command + " -o " + file.string(), "/dev/null"}, tty);
    REQUIRE(to_file.exit_code == 0);
    CHECK(nlohmann::json::parse(crosscheck::testing::read_file(file))["case"] == ws.slug);
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
