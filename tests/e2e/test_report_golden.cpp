// End-to-end: every report format of the example case, with a confirmed and
// a dismissed finding, compared with the golden files in
// tests/data/golden/ after the times of the test run itself (generated_at,
// checked_at, the decisions' times) are replaced by "<now>".
// CROSSCHECK_UPDATE_GOLDEN=1 rewrites the golden files instead (read them
// before committing: see tests/README.md).

#include "tests/e2e/report_workspace.hpp"

#include <ctime>
#include <fstream>
#include <regex>

using namespace crosscheck::testing;

namespace {

const std::filesystem::path k_golden_dir =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests" / "data" / "golden";

std::time_t seconds_now() {
    return std::time(nullptr);
}

// Replaces "2026-11-28T10:00:00Z" and "2026-11-28 10:00 UTC" by "<now>" when
// the time falls within the test run (minute precision, hence the margin);
// the sources' own times (2023) stay.
std::string normalise(const std::string& text, std::time_t start, std::time_t end) {
    static const std::regex k_time(
        R"((\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z| (\d{2}):(\d{2}) UTC))");
    std::string out;
    auto last = text.cbegin();
    for (std::sregex_iterator it(text.begin(), text.end(), k_time), stop; it != stop; ++it) {
        const auto& m = *it;
        std::tm tm{};
        tm.tm_year = std::stoi(m[1]) - 1900;
        tm.tm_mon = std::stoi(m[2]) - 1;
        tm.tm_mday = std::stoi(m[3]);
        tm.tm_hour = std::stoi(m[4].matched ? m[4].str() : m[7].str());
        tm.tm_min = std::stoi(m[5].matched ? m[5].str() : m[8].str());
        tm.tm_sec = m[6].matched ? std::stoi(m[6]) : 0;
        const std::time_t t = timegm(&tm);
        out.append(last, m[0].first);
        out += t >= start - 120 && t <= end + 120 ? "<now>" : m.str();
        last = m[0].second;
    }
    out.append(last, text.cend());
    return out;
}

void compare_with_golden(const std::string& name, const std::string& actual) {
    const auto path = k_golden_dir / name;
    const char* update = std::getenv("CROSSCHECK_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::filesystem::create_directories(k_golden_dir);
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path.string());
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    const std::string expected = read_file(path);
    if (expected != actual) {
        // Point at the first difference; the whole files are too long to show.
        std::size_t line = 1;
        std::size_t i = 0;
        while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
            line += expected[i] == '\n' ? 1 : 0;
            ++i;
        }
        const auto around = [&](const std::string& s) {
            const auto from = s.rfind('\n', i == 0 ? 0 : i - 1);
            return s.substr(from == std::string::npos ? 0 : from + 1, 160);
        };
        FAIL(name << " differs from the golden file at line " << line
                  << "\n  golden: " << around(expected) << "\n  actual: " << around(actual)
                  << "\n(CROSSCHECK_UPDATE_GOLDEN=1 rewrites it; read the diff first)");
    }
}

} // namespace

TEST_CASE("report: every format of the example case matches its golden file", "[e2e][report]") {
    const std::time_t start = seconds_now();
    ReportWorkspace ws;
    const auto findings = ws.report_json()["findings"];
    REQUIRE(findings.size() >= 2);
    const std::string first = findings.front()["id"];
    const std::string last = findings.back()["id"];
    REQUIRE(ws.run({"review", first, "--status", "open", "--reviewer", "desk-b", "--note",
                    "Asked the Yerevan bureau"})
                .exit_code == 0);
    REQUIRE(ws.run({"review", first, "--status", "confirmed", "--reviewer", "desk-a", "--note",
                    "Both stand: \"2,000\" | *ministry* = dead + missing"})
                .exit_code == 0);
    REQUIRE(ws.run({"review", last, "--status", "dismissed", "--reviewer", "desk-b", "--note",
                    "Different scopes"})
                .exit_code == 0);

    struct Golden {
        std::string format;
        std::string file;
    };
    const std::vector<Golden> goldens = {{"text", "karabakh-2023.txt"},
                                         {"md", "karabakh-2023.md"},
                                         {"csv", "karabakh-2023.csv"},
                                         {"json", "karabakh-2023.json"},
                                         {"claimreview", "karabakh-2023.claimreview.json"}};
    for (const auto& g : goldens) {
        INFO(g.format);
        std::vector<std::string> args = {"report", "--case", ws.slug, "--format", g.format};
        if (g.format == "claimreview") {
            // A ClaimReview must link to the fact-check's page.
            args.insert(args.end(),
                        {"--url-template", "https://factcheck.example/{case}/{finding}"});
        }
        const auto r = ws.run(args);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        compare_with_golden(g.file, normalise(r.out, start, seconds_now()));
    }
}

TEST_CASE("report: the golden normaliser replaces only the times of the run", "[e2e][report]") {
    const std::time_t now = seconds_now();
    std::tm tm{};
    gmtime_r(&now, &tm);
    char iso[32];
    std::strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    char shown[32];
    std::strftime(shown, sizeof shown, "%Y-%m-%d %H:%M UTC", &tm);
    CHECK(normalise(std::string("at ") + iso + ", " + shown + ", 2023-09-24T12:40:00Z", now, now) ==
          "at <now>, <now>, 2023-09-24T12:40:00Z");
}
