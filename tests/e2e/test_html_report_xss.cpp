// End-to-end: hostile sources cannot script the HTML report. Sources whose
// outlet, URL, title and body carry <script>, <img onerror> and
// attribute-breaking quotes are ingested and checked into a finding; the
// report is opened in headless Chromium, once as written and once with its
// Content-Security-Policy removed (so that escaping alone is on trial), and
// the DOM the browser built must show the payloads as text: no script or
// img element, no event-handler attribute, no element the payload would
// add, the page's title untouched.

#include "tests/e2e/browser.hpp"
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace crosscheck::testing;
using namespace crosscheck::testing::browser;

namespace {

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

// What each payload would do if it ran: retitle the page, add an element.
const std::string k_script =
    "<script>document.title='pwned';document.documentElement.insertAdjacentHTML('beforeend',"
    "'<p id=pwned>pwned</p>')</script>";
const std::string k_img = "<img src=x onerror=\"document.title='pwned'\">";
// (The trailing attribute has a name the report never uses, so that its
// appearance on any element, SVG included, proves the break-out.)
const std::string k_break_attr = "\" onmouseover=\"document.title='pwned'\" pwned=\"";

// A link-shaped URL (no spaces, so it may be a link) that would end the
// href and open a script if its quotes were not escaped.
const std::string k_link_url = "https://evil.example/a?q=\"'><script>document.title='pwned'</"
                               "script>";
// A URL that breaks attributes with spaces: never a link, shown as text.
const std::string k_text_url = "https://other.example/b" + k_break_attr;

std::string jsonl_line(const std::string& outlet, const std::string& url, const std::string& title,
                       const std::string& body) {
    return nlohmann::json{
               {"outlet", outlet}, {"url", url},       {"published", "2023-09-24T12:00:00Z"},
               {"title", title},   {"language", "en"}, {"body", body}}
               .dump() +
           "\n";
}

void check_dom_is_inert(const Dom& dom) {
    // No element the payloads would have made.
    CHECK(dom.all("script").empty());
    CHECK(dom.all("img").empty());
    for (const auto& e : dom.elements()) {
        INFO("<" << e.name << " id=\"" << e.attr("id") << "\">");
        CHECK(e.attr("id") != "pwned");
        for (const auto& [key, value] : e.attrs) {
            INFO(key << "=\"" << value << "\"");
            CHECK_FALSE(key.starts_with("on"));
            CHECK(key != "pwned");
        }
    }
    // The title is the report's: no script ran to change it.
    REQUIRE(dom.all("title").size() >= 1);
    CHECK(dom.text(dom.all("title")[0]) == "crosscheck report: xss");

    // The payloads read as text, exactly as the sources wrote them.
    const std::string text = dom.text();
    CHECK(text.find("Evil " + k_script + " News") != std::string::npos);
    CHECK(text.find(k_img) != std::string::npos);
    CHECK(text.find("Quote" + k_break_attr) != std::string::npos);
    CHECK(text.find(k_text_url) != std::string::npos);

    // The link-shaped URL is a plain link whose target is exactly the URL.
    int links = 0;
    for (const int a : dom.all("a")) {
        if (dom[a].attr("href") == k_link_url) {
            CHECK(dom[a].attr("rel") == "noopener noreferrer");
            ++links;
        }
        CHECK(dom[a].attr("href").find("other.example") == std::string::npos);
    }
    CHECK(links > 0);
}

} // namespace

TEST_CASE("html report: hostile sources show as text in the browser", "[e2e][html]") {
    auto chromium = find_chromium();
    if (!chromium) {
        if (browser_required()) {
            FAIL("Chromium is not installed (/usr/bin/chromium, Debian package 'chromium'); "
                 "CI=true requires it for the HTML report tests");
        }
        WARN("skipped: Chromium is not installed (apt-get install chromium)");
        return;
    }
    TempDir dir;
    const auto sources = dir.write(
        "hostile.jsonl", jsonl_line("Evil " + k_script + " News", k_link_url, "Toll " + k_img,
                                    "Officials said 2,000 people were killed in the fighting " +
                                        k_script + " on Tuesday.") +
                             jsonl_line("Quote" + k_break_attr, k_text_url, "Title" + k_break_attr,
                                        "Officials said 200 people were killed in the fighting " +
                                            k_img + " on Tuesday."));
    const auto ingest = cc(dir, {"ingest", "--case", "xss", sources.string()});
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    const auto check = cc(dir, {"check", "--case", "xss"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    const auto report =
        nlohmann::json::parse(cc(dir, {"report", "--case", "xss", "--format", "json"}).out);
    // The payloads reached a finding, so the page quotes them.
    REQUIRE(report["findings"].size() >= 1);
    INFO(report.dump(2));
    bool quoted = false;
    for (const auto& c : report["findings"][0]["claims"]) {
        quoted = quoted || c["quote"].get<std::string>().find("<script>") != std::string::npos;
    }
    CHECK(quoted);

    const auto out =
        std::filesystem::path(CROSSCHECK_BINARY_DIR) / "tests" / "e2e-output" / "html-report-xss";
    std::filesystem::create_directories(out);
    const auto page = out / "report.html";
    const auto r = cc(dir, {"report", "--case", "xss", "--format", "html", "-o", page.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    // Escaping alone: the same page without its Content-Security-Policy.
    std::string html = read_file(page);
    const auto csp = html.find("<meta http-equiv=\"Content-Security-Policy\"");
    REQUIRE(csp != std::string::npos);
    const auto page_without_csp = out / "report-no-csp.html";
    std::ofstream(page_without_csp, std::ios::binary)
        << html.erase(csp, html.find('>', csp) + 1 - csp);
    REQUIRE(read_file(page_without_csp).find("Content-Security-Policy") == std::string::npos);

    for (const auto& file : {page, page_without_csp}) {
        INFO(file.filename().string());
        const auto dumped = run_chromium(*chromium, file, {"--dump-dom"});
        INFO(dumped.err);
        REQUIRE(dumped.exit_code == 0);
        check_dom_is_inert(Dom(dumped.out));
    }
}
