// The HTML report's order: findings as the report ranks them, those the
// cross-side policy sets apart last, in a section of their own.
#include "host/report/html_report.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>

#include <string>

using crosscheck::report::render_html;

TEST_CASE("html: one side's figures against another's come last, in their own section",
          "[report][html]") {
    const auto html = render_html(crosscheck::testing::sample_report());
    const auto findings = html.find("<h2 id=\"findings-title\">Findings</h2>");
    const auto apart = html.find("<section id=\"cross-side\" aria-labelledby=\"cross-side-title\">"
                                 "<h2 id=\"cross-side-title\">One side's figures against "
                                 "another's</h2>");
    REQUIRE(findings != std::string::npos);
    REQUIRE(apart != std::string::npos);
    CHECK(findings < apart);
    // The finding within sides in the first section, the cross-side one in
    // the second, after the explanation (the summary above names both).
    const auto within = html.find("aaaaaaaaaaaa", findings);
    const auto across = html.find("bbbbbbbbbbbb", apart);
    REQUIRE(within != std::string::npos);
    REQUIRE(across != std::string::npos);
    CHECK(within > findings);
    CHECK(within < apart);
    CHECK(across > apart);
    CHECK(html.find("1 finding sets one party's figure against another's", apart) < across);
    // Once: the section is opened for the first cross-side finding only.
    CHECK(html.find("id=\"cross-side\"", apart + 20) == std::string::npos);
}
