// End-to-end: `review`, `findings`, `--fail-on` on check and report, and the
// bad input these and `report` refuse (exit 2, a message naming what and
// which, nothing changed).

#include "tests/e2e/report_workspace.hpp"

#include <unistd.h>

#include <algorithm>

using namespace crosscheck::testing;

namespace {

std::vector<std::string> ids_with_severity(const nlohmann::json& report, const std::string& s) {
    std::vector<std::string> out;
    for (const auto& f : report["findings"]) {
        if (f["severity"] == s) {
            out.push_back(f["id"]);
        }
    }
    return out;
}

const nlohmann::json& finding(const nlohmann::json& report, const std::string& id) {
    for (const auto& f : report["findings"]) {
        if (f["id"] == id) {
            return f;
        }
    }
    FAIL("no finding " << id);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("review: decisions are appended and survive a rerun of check", "[e2e][review]") {
    ReportWorkspace ws;
    const std::string id = ws.report_json()["findings"][0]["id"];
    auto r = ws.run({"review", id, "--status", "confirmed", "--note", "called the ministry",
                     "--reviewer", "alice"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains(id + " (case karabakh-2023): open -> confirmed, by alice"));
    r = ws.run({"review", id, "--status", "dismissed", "--reviewer", "bob"});
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("confirmed -> dismissed, by bob"));

    const auto again = ws.run({"check", "--case", ws.slug});
    REQUIRE(again.exit_code == 0);
    CHECK_THAT(again.out, Catch::Contains("reviewed: 0 confirmed, 1 dismissed"));
    const auto f = finding(ws.report_json(), id);
    CHECK(f["status"] == "dismissed");
    REQUIRE(f["review_history"].size() == 2);
    CHECK(f["review_history"][0]["status"] == "confirmed");
    CHECK(f["review_history"][0]["reviewer"] == "alice");
    CHECK(f["review_history"][0]["note"] == "called the ministry");
    CHECK(f["review_history"][1]["reviewer"] == "bob");
    CHECK(ws.count("SELECT count(*) FROM reviews") == 2);
}

TEST_CASE("review: the reviewer defaults to $USER, else 'unknown'", "[e2e][review]") {
    ReportWorkspace ws;
    const std::string id = ws.report_json()["findings"][0]["id"];
    ProcessOptions with_user;
    with_user.env["USER"] = "carol";
    REQUIRE(ws.run({"review", id, "--status", "confirmed"}, with_user).exit_code == 0);
    ProcessOptions without_user;
    without_user.unset_env = {"USER"};
    REQUIRE(ws.run({"review", id, "--status", "open"}, without_user).exit_code == 0);
    const auto history = finding(ws.report_json(), id)["review_history"];
    REQUIRE(history.size() == 2);
    CHECK(history[0]["reviewer"] == "carol");
    CHECK(history[1]["reviewer"] == "unknown");
}

TEST_CASE("review: a finding in two cases needs --case", "[e2e][review]") {
    ReportWorkspace ws;
    const auto sources =
        std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023" / "sources";
    REQUIRE(ws.run({"ingest", "--case", "copy", sources.string()}).exit_code == 0);
    REQUIRE(ws.run({"check", "--case", "copy"}).exit_code == 0);
    const std::string id = ws.report_json()["findings"][0]["id"];
    // The same sources give the same finding ids in both cases.
    REQUIRE(ws.report_json("copy")["findings"][0]["id"] == id);

    auto r = ws.run({"review", id, "--status", "confirmed"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("finding '" + id + "' is in 2 cases (karabakh-2023, copy)") &&
                          Catch::Contains("--case"));
    CHECK(ws.count("SELECT count(*) FROM reviews") == 0);

    r = ws.run({"review", id, "--status", "confirmed", "--case", "copy"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(finding(ws.report_json("copy"), id)["status"] == "confirmed");
    CHECK(finding(ws.report_json(), id)["status"] == "open");
}

TEST_CASE("review: bad input is refused and records nothing", "[e2e][review]") {
    ReportWorkspace ws;
    const std::string id = ws.report_json()["findings"][0]["id"];

    auto r = ws.run({"review", "0123456789ab", "--status", "confirmed"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no finding '0123456789ab' in ") &&
                          Catch::Contains("crosscheck findings --case SLUG"));

    r = ws.run({"review", id, "--status", "dismised"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown review status 'dismised': expected open, "
                                      "confirmed or dismissed (did you mean 'dismissed'?)"));

    r = ws.run({"review", id, "--status", "closed"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown review status 'closed'"));

    r = ws.run({"review", id, "--status", "confirmed", "--case", "nope"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no case named 'nope'"));

    r = ws.run({"review", id, "--status", "confirmed", "--note", "bad \xff byte"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--note is not valid UTF-8 (at byte 4)"));

    r = ws.run({"review", id});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--status is required"));

    CHECK(ws.count("SELECT count(*) FROM reviews") == 0);
    CHECK(finding(ws.report_json(), id)["status"] == "open");
}

TEST_CASE("findings: a table filtered by status and by severity at or above", "[e2e][review]") {
    ReportWorkspace ws;
    const auto report = ws.report_json();
    const auto all = ws.run({"findings", "--case", ws.slug});
    INFO(all.err);
    REQUIRE(all.exit_code == 0);
    CHECK(all.out.starts_with("ID            SEVERITY  STATUS     METRIC"));
    // A header and one line per finding; the message whole (not a terminal).
    CHECK(static_cast<std::size_t>(std::count(all.out.begin(), all.out.end(), '\n')) ==
          report["findings"].size() + 1);
    for (const auto& f : report["findings"]) {
        CHECK_THAT(all.out, Catch::Contains(f["id"].get<std::string>()) &&
                                Catch::Contains(f["message"].get<std::string>()));
    }

    const auto highs = ids_with_severity(report, "high");
    const auto mediums = ids_with_severity(report, "medium");
    REQUIRE(!highs.empty());
    const auto medium_up = ws.run({"findings", "--case", ws.slug, "--severity", "medium"});
    CHECK(static_cast<std::size_t>(std::count(medium_up.out.begin(), medium_up.out.end(), '\n')) ==
          highs.size() + mediums.size() + 1);

    REQUIRE(ws.run({"review", highs[0], "--status", "dismissed"}).exit_code == 0);
    const auto dismissed = ws.run({"findings", "--case", ws.slug, "--status", "dismissed"});
    CHECK(std::count(dismissed.out.begin(), dismissed.out.end(), '\n') == 2);
    CHECK_THAT(dismissed.out, Catch::Contains(highs[0] + "  high      dismissed"));

    const auto none = ws.run({"findings", "--case", ws.slug, "--status", "confirmed"});
    CHECK(none.exit_code == 0);
    CHECK(none.out.empty());
    CHECK_THAT(none.err, Catch::Contains("no findings in case 'karabakh-2023' match"));

    const auto bad = ws.run({"findings", "--case", ws.slug, "--severity", "severe"});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("--severity") && Catch::Contains("severe"));
}

TEST_CASE("fail-on: open and confirmed findings count, dismissed ones never", "[e2e][review]") {
    ReportWorkspace ws;
    const auto report = ws.report_json();
    const auto highs = ids_with_severity(report, "high");
    REQUIRE(!highs.empty());
    const auto report_fails = [&] {
        return ws.run({"report", "--case", ws.slug, "--format", "json", "--fail-on", "high"})
            .exit_code;
    };
    CHECK(ws.run({"check", "--case", ws.slug, "--fail-on", "high"}).exit_code == 1);
    CHECK(report_fails() == 1);

    for (const auto& id : highs) {
        REQUIRE(ws.run({"review", id, "--status", "dismissed"}).exit_code == 0);
    }
    CHECK(ws.run({"check", "--case", ws.slug, "--fail-on", "high"}).exit_code == 0);
    CHECK(report_fails() == 0);
    // Lower severities still count at a lower threshold.
    CHECK(ws.run({"check", "--case", ws.slug, "--fail-on", "info"}).exit_code == 1);

    // A confirmed discrepancy is still in the sources.
    REQUIRE(ws.run({"review", highs[0], "--status", "confirmed"}).exit_code == 0);
    CHECK(ws.run({"check", "--case", ws.slug, "--fail-on", "high"}).exit_code == 1);
    const auto r = ws.run({"report", "--case", ws.slug, "--format", "json", "--fail-on", "high"});
    CHECK(r.exit_code == 1);
    // The report is still written in full.
    CHECK(nlohmann::json::parse(r.out)["findings"].size() == report["findings"].size());
    CHECK_THAT(r.err, Catch::Contains("1 discrepancy at or above high is open or confirmed"));
}

TEST_CASE("review: a unique prefix of the id names the finding, as in git", "[e2e][review]") {
    ReportWorkspace ws;
    const std::string id = ws.report_json()["findings"][0]["id"];
    auto r = ws.run({"review", id.substr(0, 5), "--status", "confirmed", "--reviewer", "alice"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::StartsWith(id + " (case karabakh-2023): open -> confirmed"));
    CHECK(finding(ws.report_json(), id)["status"] == "confirmed");

    // Two findings whose ids begin alike (written straight into the store:
    // real ids rarely share five digits).
    {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(ws.db().c_str(), &handle) == SQLITE_OK);
        const char* sql = R"sql(
            INSERT INTO findings(case_id, id, checker, metric, scope_key, severity, message,
                                 first_run_id, last_run_id)
            SELECT case_id, 'abcd00000001', 'x', 'deaths', '||', 'low', 'first of two', id, id
            FROM check_runs ORDER BY id DESC LIMIT 1;
            INSERT INTO findings(case_id, id, checker, metric, scope_key, severity, message,
                                 first_run_id, last_run_id)
            SELECT case_id, 'abcd00000002', 'x', 'injuries', '||', 'low', 'second of two', id, id
            FROM check_runs ORDER BY id DESC LIMIT 1;)sql";
        REQUIRE(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
    }
    const auto before = ws.count("SELECT count(*) FROM reviews");
    r = ws.run({"review", "abcd0000", "--status", "dismissed"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("finding id prefix 'abcd0000' is ambiguous: 2 findings "
                                      "start with it; give more of the id:") &&
                          Catch::Contains("\n  abcd00000001  deaths: first of two") &&
                          Catch::Contains("\n  abcd00000002  injuries: second of two"));
    r = ws.run({"review", "abcd00000002", "--status", "dismissed"});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::StartsWith("abcd00000002 (case karabakh-2023)"));

    // Too short to mean one finding, or matching none.
    r = ws.run({"review", "abc", "--status", "dismissed"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("finding id prefix 'abc' is too short: give at least 4"));
    r = ws.run({"review", "ffffff", "--status", "dismissed"});
    if (!id.starts_with("ffffff")) {
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("no finding 'ffffff' in "));
    }
    CHECK(ws.count("SELECT count(*) FROM reviews") == before + 1);
}

TEST_CASE("report: bad input gets a clear error, exit 2, and changes nothing", "[e2e][report]") {
    ReportWorkspace ws;
    const auto existing = ws.dir.write("existing.md", "keep me\n");

    auto r = ws.run({"report", "--case", "nope", "--format", "md", "-o", existing.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no case named 'nope'") &&
                          Catch::Contains("(cases: karabakh-2023)"));
    CHECK(read_file(existing) == "keep me\n");

    // A case with no sources (an ingest of an empty folder).
    std::filesystem::create_directories(ws.dir / "empty");
    REQUIRE(ws.run({"ingest", "--case", "empty", (ws.dir / "empty").string()}).exit_code == 0);
    r = ws.run({"report", "--case", "empty", "--format", "text"});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("case 'empty' has no sources"));

    // Sources, never checked: "no findings" would be a lie.
    const auto sources =
        std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023" / "sources";
    REQUIRE(ws.run({"ingest", "--case", "fresh", sources.string()}).exit_code == 0);
    r = ws.run({"report", "--case", "fresh", "--format", "csv"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("case 'fresh' has not been checked yet") &&
                          Catch::Contains("crosscheck check --case fresh"));
    r = ws.run({"findings", "--case", "fresh"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("case 'fresh' has not been checked yet"));

    // An output path in a folder that does not exist.
    const auto missing = ws.dir / "no-such-folder" / "report.md";
    r = ws.run({"report", "--case", ws.slug, "--format", "md", "-o", missing.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("cannot write the report to '" + missing.string() +
                                      "': the folder '" + (ws.dir / "no-such-folder").string() +
                                      "' does not exist"));
    CHECK_FALSE(std::filesystem::exists(ws.dir / "no-such-folder"));

    // An output path that is a folder.
    r = ws.run({"report", "--case", ws.slug, "--format", "md", "-o", ws.dir.path().string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("it is a folder"));

    // A folder we may not write to (root can write anywhere: skip then).
    if (geteuid() != 0) {
        std::filesystem::create_directories(ws.dir / "locked");
        std::filesystem::permissions(ws.dir / "locked", std::filesystem::perms::owner_read |
                                                            std::filesystem::perms::owner_exec);
        r = ws.run({"report", "--case", ws.slug, "--format", "md", "-o",
                    (ws.dir / "locked" / "r.md").string()});
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("Permission denied"));
    }

    // An unknown format.
    r = ws.run({"report", "--case", ws.slug, "--format", "pdf"});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("--format") && Catch::Contains("pdf"));

    // Nothing above touched the findings or the reviews.
    CHECK(ws.count("SELECT count(*) FROM reviews") == 0);
    CHECK(ws.count("SELECT count(*) FROM check_runs") == 1);
}

TEST_CASE("report: -o writes the whole report, without colour", "[e2e][report]") {
    ReportWorkspace ws;
    const auto out = ws.dir / "report.txt";
    ProcessOptions options;
    options.unset_env = {"NO_COLOR"};
    const auto r =
        ws.run({"report", "--case", ws.slug, "--format", "text", "-o", out.string()}, options);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    const auto text = read_file(out);
    CHECK(text.starts_with("crosscheck report: case karabakh-2023\n"));
    CHECK(text.find('\033') == std::string::npos);
    // No temporary file is left beside it.
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(ws.dir.path())) {
        files += e.path().filename().string().starts_with("report.txt") ? 1 : 0;
    }
    CHECK(files == 1);
}

TEST_CASE("report: colour on a terminal, none with NO_COLOR", "[e2e][report]") {
    if (!std::filesystem::exists("/usr/bin/script")) {
        WARN("no /usr/bin/script to give the command a terminal: skipped");
        return;
    }
    ReportWorkspace ws;
    // script(1) runs the command on a pseudo-terminal.
    const std::string command = std::string(CROSSCHECK_BINARY) + " --db " + ws.db().string() +
                                " report --case " + ws.slug + " --format text";
    ProcessOptions tty;
    tty.unset_env = {"NO_COLOR"};
    const auto coloured = run_process("/usr/bin/script", {"-qec", command, "/dev/null"}, tty);
    REQUIRE(coloured.exit_code == 0);
    CHECK_THAT(coloured.out, Catch::Contains("\033[1;31mHIGH SEVERITY\033[0m"));

    ProcessOptions no_color;
    no_color.env["NO_COLOR"] = "1";
    const auto plain = run_process("/usr/bin/script", {"-qec", command, "/dev/null"}, no_color);
    REQUIRE(plain.exit_code == 0);
    CHECK_THAT(plain.out, Catch::Contains("HIGH SEVERITY"));
    CHECK(plain.out.find('\033') == std::string::npos);
}

TEST_CASE("findings --format json: the table's rows for scripts, filtered alike",
          "[e2e][review][findings]") {
    crosscheck::testing::ReportWorkspace ws;
    const auto report = ws.report_json()["findings"];
    REQUIRE(report.size() >= 2);
    const auto r = ws.run({"findings", "--case", ws.slug, "--format", "json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["case"] == ws.slug);
    const auto& listed = doc["findings"];
    // The same findings as the report, in the same order, with what the
    // table shows.
    REQUIRE(listed.size() == report.size());
    for (std::size_t i = 0; i < listed.size(); ++i) {
        CHECK(listed[i]["id"] == report[i]["id"]);
        CHECK(listed[i]["severity"] == report[i]["severity"]);
        CHECK(listed[i]["status"] == report[i]["status"]);
        CHECK(listed[i]["metric"] == report[i]["metric"]);
        CHECK(listed[i]["message"] == report[i]["message"]);
    }
    const std::string first = report.front()["id"];
    REQUIRE(ws.run({"review", first, "--status", "dismissed", "--reviewer", "desk"}).exit_code ==
            0);
    const auto dismissed =
        ws.run({"findings", "--case", ws.slug, "--status", "dismissed", "--format", "json"});
    REQUIRE(dismissed.exit_code == 0);
    const auto only = nlohmann::json::parse(dismissed.out)["findings"];
    REQUIRE(only.size() == 1);
    CHECK(only[0]["id"] == first);
    CHECK(only[0]["status"] == "dismissed");
    // Nothing matching is an empty list, still JSON.
    const auto none =
        ws.run({"findings", "--case", ws.slug, "--status", "confirmed", "--format", "json"});
    REQUIRE(none.exit_code == 0);
    CHECK(nlohmann::json::parse(none.out)["findings"].empty());
}
