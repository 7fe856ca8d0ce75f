#include "host/report/html_timeline.hpp"
#include "tests/support/text_search.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck::report::html;
using crosscheck::model::Claim;

using crosscheck::testing::occurrences;

namespace {

Claim claim(std::int64_t id, double value, std::optional<double> low, std::optional<double> high,
            std::string as_of, std::string outlet) {
    Claim c;
    c.id = id;
    c.metric = "deaths";
    c.unit = "people";
    c.value = value;
    c.low = low;
    c.high = high;
    c.text = format_number(value);
    c.as_of = crosscheck::model::Moment::from_iso(std::move(as_of));
    c.source.outlet = std::move(outlet);
    return c;
}

} // namespace

TEST_CASE("html timeline: log scale only when values span more than two decades",
          "[report][html]") {
    struct Row {
        std::vector<double> values;
        ValueScale scale;
    };
    const std::vector<Row> rows = {
        {{}, ValueScale::linear},
        {{2000}, ValueScale::linear},
        {{2906, 2900, 6650, 13350, 28120, 100417}, ValueScale::linear}, // 1.5 decades
        {{200, 20000}, ValueScale::linear},                             // exactly two
        {{200, 20001}, ValueScale::log},
        {{2, 27, 200, 2000, 20000}, ValueScale::log},
        {{0, 5, 50000}, ValueScale::linear}, // zero has no place on a log axis
        {{-3, 1, 1000}, ValueScale::linear},
        {{0.5, 125}, ValueScale::log},
    };
    for (const auto& row : rows) {
        INFO(row.values.size());
        CHECK(choose_scale(row.values) == row.scale);
    }
}

TEST_CASE("html timeline: value ticks are round and cover the range", "[report][html]") {
    const auto linear = value_ticks(0, 100417, ValueScale::linear);
    REQUIRE(linear.size() >= 3);
    CHECK(linear.front().at == 0);
    CHECK(linear.back().at >= 100417);
    CHECK(linear[1].at == 20000);
    CHECK(linear[1].label == "20,000");

    const auto log = value_ticks(2, 99999, ValueScale::log);
    std::vector<std::string> labels;
    for (const auto& t : log) {
        labels.push_back(t.label);
    }
    CHECK(labels == std::vector<std::string>{"1", "10", "100", "1,000", "10,000", "100,000"});

    // A short log span (two decades of ticks) gets 2x and 5x ticks too:
    // 1 2 5 10 20 50 100; three decades get powers of ten only.
    const auto short_log = value_ticks(3, 50, ValueScale::log);
    CHECK(short_log.front().at == 1);
    CHECK(short_log.back().at == 100);
    CHECK(short_log.size() == 7);
    CHECK(value_ticks(3, 500, ValueScale::log).size() == 4);

    // One value: still an axis.
    CHECK(value_ticks(0, 0, ValueScale::linear).size() >= 2);
}

TEST_CASE("html timeline: time ticks fall on whole days or hours", "[report][html]") {
    // 2023-09-19T00:00Z = 1695081600
    const std::int64_t day = 86400;
    const auto days = time_ticks(1695081600 - 3600, 1695081600 + 11 * day + 3600);
    REQUIRE_FALSE(days.empty());
    CHECK(days.size() <= 9);
    CHECK(days.front().label == "Sep 19");
    for (const auto& t : days) {
        CHECK(static_cast<std::int64_t>(t.at) % day == 0);
    }
    const auto hours = time_ticks(1695081600 + 3600, 1695081600 + 7 * 3600);
    REQUIRE(hours.size() >= 3);
    CHECK(hours.front().label == "01:00");
    const auto months = time_ticks(1695081600, 1695081600 + 400 * day);
    REQUIRE_FALSE(months.empty());
    CHECK(months.front().label == "Oct 2023");
}

TEST_CASE("html timeline: numbers as axes and tooltips show them", "[report][html]") {
    CHECK(format_number(0) == "0");
    CHECK(format_number(2906) == "2,906");
    CHECK(format_number(100417) == "100,417");
    CHECK(format_number(1000000) == "1M");
    CHECK(format_number(2500000) == "2.5M");
    CHECK(format_number(12.5) == "12.5");
    CHECK(format_number(-1200) == "-1,200");
}

TEST_CASE("html timeline: one point per claim, flagged ones marked, intervals drawn",
          "[report][html]") {
    std::vector<Claim> rows = {
        claim(1, 27, 27, 54, "2023-09-19T19:00:00Z", "Caspian Wire"),
        claim(5, 200, 200, std::nullopt, "2023-09-21T16:05:00Z", "Atlas <Press>"),
        claim(13, 2000, 2000, 2000, "2023-09-24T12:40:00Z", "Stepanakert Observer"),
        claim(37, 170, 170, 170, "2023-09-30T17:20:00Z", "Northern Ledger"),
        claim(38, 171, 171, 171, "2023-09-30T17:20:00Z", "Northern Ledger"),
    };
    const auto colours = outlet_colours(rows);
    TimelineInput input;
    input.metric = "deaths";
    input.unit = "people";
    for (const auto& r : rows) {
        input.claims.push_back(&r);
    }
    input.flagged = {13, 37};
    input.colours = &colours;
    const auto svg = render_timeline(input);
    CHECK(occurrences(svg, "<svg class=\"timeline-chart\"") == 1);
    CHECK(occurrences(svg, "data-claim-id=") == rows.size());
    for (const auto& r : rows) {
        CHECK(occurrences(svg, "data-claim-id=\"" + std::to_string(r.id) + "\"") == 1);
    }
    CHECK(occurrences(svg, "<g class=\"point flagged\"") == 2);
    // Each point, and the chart (whose <title> carries an id for aria-labelledby).
    CHECK(occurrences(svg, "<title") == rows.size() + 1);
    CHECK(occurrences(svg, "class=\"interval\"") == 2); // 27..54 and 200..open
    CHECK(occurrences(svg, "class=\"open-end\"") == 1);
    CHECK(svg.find("data-scale=\"linear\"") != std::string::npos); // 27..2000 < 2 decades
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    // Outlet names are escaped in tooltips and legend.
    CHECK(svg.find("Atlas <Press>") == std::string::npos);
    CHECK(svg.find("Atlas &lt;Press&gt;: 200") != std::string::npos);
    // Each outlet keeps one colour.
    CHECK(colours.size() == 4);
    CHECK(colours.at("Caspian Wire") != colours.at("Northern Ledger"));
}

TEST_CASE("html timeline: a wide span is drawn on a log axis", "[report][html]") {
    std::vector<Claim> rows = {
        claim(1, 2, 2, 2, "2023-09-19T19:00:00Z", "A"),
        claim(2, 20000, 20000, 99999, "2023-09-24T10:15:00Z", "B"),
    };
    TimelineInput input;
    input.metric = "deaths";
    for (const auto& r : rows) {
        input.claims.push_back(&r);
    }
    const auto svg = render_timeline(input);
    CHECK(svg.find("data-scale=\"log\"") != std::string::npos);
    CHECK(svg.find(">10,000<") != std::string::npos);
    CHECK(svg.find("log scale") != std::string::npos);
}

TEST_CASE("html timeline: no claims, or none with a time, gives no chart", "[report][html]") {
    TimelineInput input;
    input.metric = "refugees";
    const auto empty = render_timeline(input);
    CHECK(empty.find("<svg") == std::string::npos);
    CHECK(empty.find("No dated figures") != std::string::npos);

    Claim undated = claim(9, 5, 5, 5, "someday", "A");
    input.claims.push_back(&undated);
    const auto undated_html = render_timeline(input);
    CHECK(undated_html.find("<svg class=\"timeline-chart\"") == std::string::npos);
    CHECK(undated_html.find("<table>") != std::string::npos);
}
