#pragma once
// The per-metric timeline of the HTML report: an inline SVG chart with one
// point per claim at its as-of time (x) and value (y), the claim's interval
// as a vertical bar (an arrow where it is open-ended), and the claims that a
// finding names drawn as larger outlined diamonds. Every point is a <g>
// with `data-claim-id` and a <title> tooltip (outlet, figure, time), so a
// reader sees a growing count, a stale figure or an outlier at a glance and
// a test can find each point. Axes carry labelled ticks. A metric whose
// figures are about different things (a subject, an event, a period, a
// place of their own: claims grouped apart) is drawn as one series per
// scope, a dashed line each, labelled in words at its last point and in the
// legend; each point carries its scope's label as `data-scope`. A series of
// more figures than a reader can make out draws a sample of them
// (timeline_sample.hpp).

#include "host/store/claim_store.hpp"

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::report::html {

enum class ValueScale { linear, log };

/// Log when every value is positive and the largest is more than
/// `k_log_span` times the smallest (two decades), else linear: a chart
/// of 2 and 20,000 deaths on a linear axis shows the 2 as zero.
inline constexpr double k_log_span = 100.0;
[[nodiscard]] ValueScale choose_scale(const std::vector<double>& values);

/// A labelled tick on an axis.
struct Tick {
    double at = 0; ///< value, or seconds since the epoch on the time axis
    std::string label;
};

/// Value-axis ticks covering [`low`, `high`]: 1-2-5 steps from zero on a
/// linear scale, powers of ten (with 2x and 5x when the span is short) on a
/// log scale. `low` must be positive for log.
[[nodiscard]] std::vector<Tick> value_ticks(double low, double high, ValueScale scale);

/// Time-axis ticks covering [`from`, `to`] (seconds since the epoch), at
/// quarter hours, hours, days or months in UTC, at most about eight of them.
[[nodiscard]] std::vector<Tick> time_ticks(std::int64_t from, std::int64_t to);

/// The id of a metric's timeline section ("metric-weapons_surrendered"),
/// safe in an id and a fragment link whatever the rules named the metric.
[[nodiscard]] std::string metric_anchor(std::string_view metric);

/// A metric's name as a reader sees it: "weapons surrendered".
[[nodiscard]] std::string metric_label(std::string_view metric);

/// "2,000", "12.5", "1.2M": a figure as an axis or tooltip shows it.
[[nodiscard]] std::string format_number(double value);

/// One colour per outlet, in the order the outlets first appear in
/// `claims`, so an outlet has the same colour in every chart of a report.
[[nodiscard]] std::map<std::string, std::string>
outlet_colours(const std::vector<model::Claim>& claims);

/// What one chart shows.
struct TimelineInput {
    std::string metric;
    std::string unit;
    std::vector<const model::Claim*> claims;                     ///< the metric's claims
    std::set<std::int64_t> flagged;                              ///< ids of claims a finding names
    const std::map<std::string, std::string>* colours = nullptr; ///< from `outlet_colours`
};

/// The chart as an HTML fragment written to `out` as it goes: the <svg>
/// (class "timeline-chart", `data-metric`, role="img" with a title and
/// description), then a legend, then a table of the figures drawn. Each
/// series draws at most `k_max_figures_drawn` figures (see
/// timeline_sample.hpp); when one draws fewer than it has, its legend key
/// says "N of M figures shown" and a paragraph (class "note sampled",
/// `data-shown`, `data-total`) says so for the chart. Claims whose as-of
/// time cannot be read are listed under the chart instead of plotted. An
/// input without claims gives a short paragraph.
void write_timeline(const TimelineInput& input, std::ostream& out);

/// The same, as one string.
[[nodiscard]] std::string render_timeline(const TimelineInput& input);

} // namespace crosscheck::report::html
