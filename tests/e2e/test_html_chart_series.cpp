// The HTML report's timelines draw a metric's figures about different
// things (a subject, an event, a period, a place of their own) as separate
// series, each labelled by its scope in the legend and at its line: read
// from the page the real binary writes for the example case, against the
// scopes `claims --format json` gives the same claims.

#include "tests/e2e/report_workspace.hpp"
#include "tests/support/text_search.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

using crosscheck::testing::ReportWorkspace;

using crosscheck::testing::occurrences;

namespace {

// The timeline section of `metric`.
std::string chart_of(const std::string& html, const std::string& metric) {
    const auto at = html.find("<section class=\"timeline\" id=\"metric-" + metric + "\"");
    REQUIRE(at != std::string::npos);
    const auto end = html.find("</section>", at);
    REQUIRE(end != std::string::npos);
    return html.substr(at, end - at);
}

// The value of attribute `name` in the tag that starts at `at`.
std::string attribute(const std::string& html, std::size_t at, const std::string& name) {
    const auto tag_end = html.find('>', at);
    const auto key = html.find(" " + name + "=\"", at);
    REQUIRE(key != std::string::npos);
    REQUIRE(key < tag_end);
    const auto open = key + name.size() + 3;
    return html.substr(open, html.find('"', open) - open);
}

using Scope = std::tuple<std::string, bool, std::string, std::string, std::string>;

} // namespace

TEST_CASE("html report: a chart's series are labelled by scope", "[e2e][html][chart]") {
    ReportWorkspace ws;
    const auto r = ws.run({"report", "--case", ws.slug, "--format", "html"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto claims = ws.run({"claims", "--case", ws.slug, "--format", "json"});
    REQUIRE(claims.exit_code == 0);
    const auto parsed = nlohmann::json::parse(claims.out); // kept alive: the loop reads into it
    std::map<std::string, std::map<std::int64_t, Scope>> scopes; // metric -> claim id -> scope
    for (const auto& c : parsed["claims"]) {
        const auto& s = c["scope"];
        scopes[c["metric"].get<std::string>()][c["id"].get<std::int64_t>()] = Scope{
            s["subject"].get<std::string>(), s["subset"].get<bool>(), s["event"].get<std::string>(),
            s["period"].get<std::string>(), s.value("place", std::string())};
    }

    // Deaths in the example are about the whole toll, civilians, the
    // explosion, the 1988-1994 war and the Azerbaijani side.
    std::set<Scope> death_scopes;
    for (const auto& [id, scope] : scopes["deaths"]) {
        death_scopes.insert(scope);
    }
    REQUIRE(death_scopes.size() >= 3);

    const std::string deaths = chart_of(r.out, "deaths");
    CHECK(occurrences(deaths, "<li class=\"series-key\"") == death_scopes.size());
    CHECK(occurrences(deaths, "<polyline class=\"series-line\"") == death_scopes.size());
    CHECK(occurrences(deaths, "<text class=\"series-label\"") == death_scopes.size());

    // Two points share a label exactly when their claims share a scope, and
    // the label is one the legend lists.
    std::map<std::string, std::set<Scope>> scopes_by_label;
    for (auto at = deaths.find("<g class=\"point"); at != std::string::npos;
         at = deaths.find("<g class=\"point", at + 1)) {
        if (deaths.compare(at, 16, "<g class=\"points") == 0) {
            continue;
        }
        const auto id = std::stoll(attribute(deaths, at, "data-claim-id"));
        const std::string label = attribute(deaths, at, "data-scope");
        REQUIRE(scopes["deaths"].contains(id));
        const Scope& scope = scopes["deaths"][id];
        scopes_by_label[label].insert(scope);
        CHECK_THAT(deaths,
                   Catch::Contains("<li class=\"series-key\" data-scope=\"" + label + "\""));
        // The words say which scope.
        if (std::get<0>(scope).empty() && !std::get<1>(scope) && std::get<2>(scope).empty() &&
            std::get<3>(scope).empty() && std::get<4>(scope).empty()) {
            CHECK(label == "the main count");
        }
        for (const auto& part : {std::get<0>(scope), std::get<2>(scope), std::get<3>(scope)}) {
            std::string words = part;
            std::replace(words.begin(), words.end(), '_', ' ');
            CHECK_THAT(label, Catch::Contains(words));
        }
    }
    CHECK(scopes_by_label.size() == death_scopes.size());
    for (const auto& [label, under] : scopes_by_label) {
        INFO(label);
        CHECK(under.size() == 1);
    }

    // A chart of one scope has no series to tell apart.
    std::set<Scope> ammunition;
    for (const auto& [id, scope] : scopes["ammunition"]) {
        ammunition.insert(scope);
    }
    REQUIRE(ammunition.size() == 1);
    const std::string one = chart_of(r.out, "ammunition");
    CHECK(occurrences(one, "series-key") == 0);
    CHECK(occurrences(one, "series-line") == 0);
}
