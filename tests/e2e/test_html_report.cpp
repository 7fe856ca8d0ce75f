// End-to-end: the HTML report of the example case, opened in headless
// Chromium. The DOM the browser built must hold every finding of the JSON
// report, one SVG timeline per metric with a point per claim, the figures
// marked in their quotes; the page must fetch nothing; and a screenshot is
// written next to the test output (<build>/tests/e2e-output/).

#include "tests/e2e/browser.hpp"
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace crosscheck::testing;
using namespace crosscheck::testing::browser;

namespace {

const std::filesystem::path k_source_dir = CROSSCHECK_SOURCE_DIR;

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

// Where the tests leave what a person may want to look at.
std::filesystem::path output_dir(const std::string& name) {
    const auto dir = std::filesystem::path(CROSSCHECK_BINARY_DIR) / "tests" / "e2e-output" / name;
    std::filesystem::create_directories(dir);
    return dir;
}

// The browser, or nullopt after failing (CI) or warning (elsewhere).
std::optional<std::filesystem::path> chromium_or_skip() {
    auto chromium = find_chromium();
    if (!chromium) {
        if (browser_required()) {
            FAIL("Chromium is not installed (/usr/bin/chromium, Debian package 'chromium'); "
                 "CI=true requires it for the HTML report tests");
        }
        WARN("skipped: Chromium is not installed (apt-get install chromium)");
    }
    return chromium;
}

// Letters and digits only, lower case: "More than 100,000" and
// "more than 100,000" compare equal, whatever whitespace the browser kept.
std::string squeeze(std::string_view s) {
    std::string out;
    for (const char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ',') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

// Width and height from a PNG's IHDR chunk; {0, 0} when not a PNG.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 ||
        png.compare(12, 4, "IHDR") != 0) {
        return {0, 0};
    }
    auto be32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        }
        return v;
    };
    return {be32(16), be32(20)};
}

const std::vector<std::string> k_fetching_attributes = {
    "src",  "href",       "srcset",     "action", "formaction", "poster",
    "data", "xlink:href", "background", "ping",   "manifest"};

} // namespace

TEST_CASE("browser dom: the scanner reads what Chromium writes", "[e2e][html]") {
    const Dom dom(R"(<!DOCTYPE html><html><head><title>a &amp; b</title>
<style>p > a { color: red }</style></head><body><!-- <p id="no"> -->
<p class="x y" data-v='1 > 0' id=plain>one &lt;b&gt; <br>two<img src="i.png"></p>
<svg><g data-claim-id="3"><circle r="1"/></g><title>t</title></svg><p>&#39;&#x41;&nbsp;</p></body></html>)");
    REQUIRE(dom.all("title").size() == 2);
    CHECK(dom.text(dom.all("title")[0]) == "a & b");
    CHECK(dom.all("style").size() == 1);
    REQUIRE(dom.all("p").size() == 2);
    const auto& p = dom[dom.all("p")[0]];
    CHECK(p.has_class("y"));
    CHECK_FALSE(p.has_class("x y"));
    CHECK(p.attr("data-v") == "1 > 0");
    CHECK(p.attr("id") == "plain");
    CHECK(dom.text(dom.all("p")[0]) == "one <b> two");
    CHECK(dom.inside(dom.all("img")[0], dom.all("p")[0]));
    const int svg = dom.all("svg")[0];
    CHECK(dom.within(svg, [](const Element& e) { return e.has("data-claim-id"); }).size() == 1);
    CHECK(dom.inside(dom.all("circle")[0], dom.all("g")[0]));
    CHECK(dom.inside(dom.all("title")[1], svg));
    CHECK_FALSE(dom.inside(dom.all("p")[1], svg));
    CHECK(dom.text(dom.all("p")[1]) == "'A\xC2\xA0");
}

TEST_CASE("html report: the example case in a browser", "[e2e][html]") {
    const auto chromium = chromium_or_skip();
    if (!chromium) {
        return;
    }
    TempDir dir;
    const auto example = k_source_dir / "examples" / "karabakh-2023" / "sources";
    REQUIRE(cc(dir, {"ingest", "--case", "k", example.string()}).exit_code == 0);
    const auto check = cc(dir, {"check", "--case", "k"});
    INFO(check.err);
    REQUIRE(check.exit_code == 0);
    const auto report_json = cc(dir, {"report", "--case", "k", "--format", "json"});
    REQUIRE(report_json.exit_code == 0);
    const auto report = nlohmann::json::parse(report_json.out);
    const auto claims_out = cc(dir, {"claims", "--case", "k", "--format", "json"});
    REQUIRE(claims_out.exit_code == 0);
    const auto claims = nlohmann::json::parse(claims_out.out)["claims"];
    REQUIRE(report["findings"].size() > 0);

    const auto out = output_dir("html-report");
    const auto page = out / "report.html";
    const auto r = cc(dir, {"report", "--case", "k", "--format", "html", "-o", page.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string html = read_file(page);
    REQUIRE(html.starts_with("<!doctype html>"));

    // What the JSON says the page must show.
    std::set<std::string> finding_ids;
    std::map<std::string, std::set<std::int64_t>> flagged_by_metric;
    std::map<std::int64_t, std::string> figure_text;
    for (const auto& f : report["findings"]) {
        finding_ids.insert(f["id"].get<std::string>());
        for (const auto& c : f["claims"]) {
            flagged_by_metric[c["metric"]].insert(c["id"].get<std::int64_t>());
            figure_text[c["id"].get<std::int64_t>()] = c["text"].get<std::string>();
        }
    }
    std::map<std::string, std::set<std::int64_t>> claims_by_metric;
    std::set<std::string> source_urls;
    for (const auto& c : claims) {
        claims_by_metric[c["metric"]].insert(c["id"].get<std::int64_t>());
        source_urls.insert(c["source"]["url"].get<std::string>());
    }

    { // the page as written fetches nothing
        const Dom dom(html);
        for (const char* tag : {"script", "link", "img", "iframe", "object", "embed", "video",
                                "audio", "source", "base", "form"}) {
            INFO(tag);
            CHECK(dom.all(tag).empty());
        }
        int source_links = 0;
        for (const auto& e : dom.elements()) {
            for (const auto& attr : k_fetching_attributes) {
                if (!e.has(attr)) {
                    continue;
                }
                const std::string v = e.attr(attr);
                INFO("<" << e.name << " " << attr << "=\"" << v << "\">");
                if (v.starts_with("#")) {
                    continue; // a jump within the page
                }
                // Only the sources' own links, as plain links that send nothing along.
                CHECK(e.name == "a");
                CHECK(attr == "href");
                CHECK(e.attr("rel") == "noopener noreferrer");
                CHECK(source_urls.contains(v));
                ++source_links;
            }
        }
        CHECK(source_links > 0);
        // Nor does the style sheet: no imports, no url(), no fonts.
        for (const int style : dom.all("style")) {
            const std::string css = dom.text(style);
            CHECK(css.find("@import") == std::string::npos);
            CHECK(css.find("url(") == std::string::npos);
            CHECK(css.find("@font-face") == std::string::npos);
        }
        // And the browser is told so, should a source ever slip through.
        CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") !=
              std::string::npos);
    }

    { // the browser's DOM holds every finding and every claim
        const auto dumped = run_chromium(*chromium, page, {"--dump-dom"});
        INFO(dumped.err);
        REQUIRE(dumped.exit_code == 0);
        const Dom dom(dumped.out);
        REQUIRE(dom.all("title").size() >= 1);
        CHECK(dom.text(dom.all("title")[0]) == "crosscheck report: k");

        // Every finding of the JSON report, and no other.
        std::set<std::string> shown;
        for (const int a : dom.all("article")) {
            if (dom[a].has("data-finding-id")) {
                shown.insert(dom[a].attr("data-finding-id"));
                // Its quotes, with the figure marked in each.
                const auto quotes = dom.within(
                    a, [](const Element& e) { return e.name == "figure" && e.has_class("quote"); });
                CHECK_FALSE(quotes.empty());
                for (const int q : quotes) {
                    const auto id = std::stoll(dom[q].attr("data-claim-id"));
                    const auto marks =
                        dom.within(q, [](const Element& e) { return e.name == "mark"; });
                    INFO("finding " << dom[a].attr("data-finding-id") << ", claim " << id);
                    REQUIRE(marks.size() == 1);
                    CHECK(squeeze(dom.text(marks[0])) == squeeze(figure_text.at(id)));
                }
                // Its review status.
                CHECK_FALSE(dom.within(a,
                                       [](const Element& e) {
                                           return e.name == "span" && e.has_class("status");
                                       })
                                .empty());
            }
        }
        CHECK(shown == finding_ids);

        // One timeline per metric, a point per claim, the findings' claims
        // marked; every point with a tooltip.
        std::map<std::string, std::set<std::int64_t>> plotted;
        for (const int svg : dom.all("svg")) {
            if (!dom[svg].has_class("timeline-chart")) {
                continue;
            }
            const std::string metric = dom[svg].attr("data-metric");
            INFO("timeline " << metric);
            CHECK_FALSE(plotted.contains(metric));
            CHECK(dom[svg].attr("role") == "img");
            CHECK_FALSE(dom[svg].attr("aria-labelledby").empty());
            auto& ids = plotted[metric];
            for (const int g : dom.within(svg, [](const Element& e) {
                     return e.name == "g" && e.has("data-claim-id");
                 })) {
                const auto id = std::stoll(dom[g].attr("data-claim-id"));
                CHECK(ids.insert(id).second);
                CHECK(dom[g].has_class("flagged") == flagged_by_metric[metric].contains(id));
                const auto titles =
                    dom.within(g, [](const Element& e) { return e.name == "title"; });
                REQUIRE(titles.size() == 1);
                CHECK_FALSE(dom.text(titles[0]).empty());
            }
            // Labelled ticks on both axes.
            for (const char* axis : {"x-axis", "y-axis"}) {
                const auto groups = dom.within(
                    svg, [&](const Element& e) { return e.name == "g" && e.has_class(axis); });
                REQUIRE(groups.size() == 1);
                CHECK(dom.within(groups[0], [](const Element& e) { return e.name == "text"; })
                          .size() >= 3);
            }
        }
        CHECK(plotted == claims_by_metric);

        // The summary counts what the JSON holds.
        std::map<std::string, int> by_severity;
        for (const auto& f : report["findings"]) {
            ++by_severity[f["severity"].get<std::string>()];
        }
        for (const int tr : dom.all("tr")) {
            if (!dom[tr].has("data-severity")) {
                continue;
            }
            const auto cells = dom.within(tr, [](const Element& e) { return e.name == "td"; });
            REQUIRE(cells.size() == 4);
            CHECK(squeeze(dom.text(cells.back())) ==
                  std::to_string(by_severity[dom[tr].attr("data-severity")]));
        }
    }

    { // a screenshot of the page is written
        const auto png = out / "report.png";
        std::filesystem::remove(png);
        const auto shot = run_chromium(
            *chromium, page,
            {"--screenshot=" + png.string(), "--window-size=1280,2000", "--hide-scrollbars"});
        INFO(shot.err);
        REQUIRE(shot.exit_code == 0);
        REQUIRE(std::filesystem::exists(png));
        const std::string bytes = read_file(png);
        CHECK(png_size(bytes) == std::pair<std::uint32_t, std::uint32_t>{1280, 2000});

        // Non-trivial: much larger than a screenshot of an empty page of the
        // same size (a blank page compresses to almost nothing).
        const auto blank_page = out / "blank.html";
        std::ofstream(blank_page) << "<!doctype html><title>blank</title>";
        const auto blank_png = out / "blank.png";
        REQUIRE(run_chromium(*chromium, blank_page,
                             {"--screenshot=" + blank_png.string(), "--window-size=1280,2000"})
                    .exit_code == 0);
        const auto blank_size = std::filesystem::file_size(blank_png);
        INFO("report.png " << bytes.size() << " bytes, blank.png " << blank_size << " bytes");
        CHECK(bytes.size() > 5 * blank_size);
        CHECK(bytes.size() > 50'000);
    }
}
