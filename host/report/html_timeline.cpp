#include "host/report/html_timeline.hpp"

#include "host/report/html_escape.hpp"
#include "host/report/scope_label.hpp"
#include "host/report/timeline_sample.hpp"
#include "host/util/timestamp.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <sstream>
#include <tuple>

namespace crosscheck::report::html {
namespace {

// Chart geometry in SVG user units; the SVG scales to its container.
constexpr double k_width = 880;
constexpr double k_height = 280;
constexpr double k_left = 80;
constexpr double k_right = 24;
constexpr double k_top = 22;
constexpr double k_bottom = 56;
constexpr double k_plot_w = k_width - k_left - k_right;
constexpr double k_plot_h = k_height - k_top - k_bottom;
constexpr double k_dodge = 9; ///< horizontal spacing of points at the same time

constexpr std::int64_t k_hour = 3600;
constexpr std::int64_t k_day = 24 * k_hour;

// Okabe-Ito and other colours that stay apart for common colour-vision
// deficiencies; red is kept for the flagged outline.
constexpr std::array<const char*, 12> k_palette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                   "#56B4E9", "#D55E00", "#6A3D9A", "#8C564B",
                                                   "#7F7F7F", "#1B9E77", "#B8860B", "#17BECF"};
constexpr const char* k_flag_colour = "#B00020";

constexpr std::array<const char*, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::chrono::year_month_day civil(std::int64_t seconds) {
    const auto days = std::chrono::sys_days{
        std::chrono::days{seconds >= 0 ? seconds / k_day : -((-seconds + k_day - 1) / k_day)}};
    return std::chrono::year_month_day{days};
}

std::int64_t epoch_seconds(std::chrono::year_month_day ymd) {
    return std::chrono::sys_days{ymd}.time_since_epoch().count() * k_day;
}

std::string day_label(std::int64_t seconds, bool with_year) {
    const auto ymd = civil(seconds);
    std::string out = std::string(k_months[static_cast<unsigned>(ymd.month()) - 1]) + " " +
                      std::to_string(static_cast<unsigned>(ymd.day()));
    if (with_year) {
        out += " " + std::to_string(static_cast<int>(ymd.year()));
    }
    return out;
}

std::string hour_label(std::int64_t seconds) {
    const std::int64_t in_day = ((seconds % k_day) + k_day) % k_day;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(in_day / k_hour),
                  static_cast<int>(in_day % k_hour / 60));
    return buf;
}

// "2023-09-24 12:40 UTC" from a stored ISO 8601 time.
std::string readable_time(const std::string& iso) {
    if (iso.size() >= 16 && iso[10] == 'T') {
        return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
    }
    return iso;
}

std::optional<std::int64_t> claim_time(const model::Claim& c) {
    if (auto t = parse_timestamp(c.as_of.iso)) {
        return t->seconds;
    }
    if (auto t = parse_timestamp(c.source.published.iso)) {
        return t->seconds;
    }
    return std::nullopt;
}

std::string interval_text(const model::Claim& c) {
    const std::string lo = c.low ? format_number(*c.low) : "−∞";
    const std::string hi = c.high ? format_number(*c.high) : "∞";
    if (c.low && c.high && *c.low == *c.high) {
        return lo;
    }
    return lo + "–" + hi;
}

// An id fragment from a metric name: rules name metrics, but an id must not
// carry spaces or quotes whatever the rules say.
std::string id_fragment(std::string_view text) {
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        out += (std::isalnum(c) != 0 || ch == '_' || ch == '-') ? ch : '-';
    }
    return out;
}

struct Point {
    const model::Claim* claim = nullptr;
    std::int64_t time = 0;
    bool flagged = false;
    std::string colour;
    double x = 0;
    std::size_t series = 0; ///< index in the chart's scope series
};

// The figures of one scope (subject, event, period, place) in a chart: a
// metric's claims about different things are drawn as separate series,
// each a line of its own dash through its points, labelled in words.
struct Series {
    std::string key;
    std::string label;
    std::string dash; ///< stroke-dasharray; "" is a solid line
};

constexpr std::array<const char*, 6> k_dashes = {"", "7 4", "2 3", "10 3 2 3", "1 5", "12 6"};

// One series per scope, in the order of each scope's first figure in time.
std::vector<Series> assign_series(std::vector<Point>& points) {
    std::vector<Series> series;
    for (auto& p : points) {
        const std::string key = p.claim->scope.key();
        auto it = std::find_if(series.begin(), series.end(),
                               [&](const Series& s) { return s.key == key; });
        if (it == series.end()) {
            series.push_back(
                {key, scope_label(p.claim->scope), k_dashes[series.size() % k_dashes.size()]});
            it = series.end() - 1;
        }
        p.series = static_cast<std::size_t>(it - series.begin());
    }
    return series;
}

class ValueAxis {
public:
    ValueAxis(const std::vector<Point>& points) {
        std::vector<double> values;
        for (const auto& p : points) {
            values.push_back(p.claim->value);
        }
        m_scale = choose_scale(values);
        double lo = 0;
        double hi = 0;
        bool first = true;
        auto take = [&](double v) {
            if (!std::isfinite(v) || (m_scale == ValueScale::log && v <= 0)) {
                return;
            }
            lo = first ? v : std::min(lo, v);
            hi = first ? v : std::max(hi, v);
            first = false;
        };
        for (const auto& p : points) {
            take(p.claim->value);
            if (p.claim->low) {
                take(*p.claim->low);
            }
            if (p.claim->high) {
                take(*p.claim->high);
            }
        }
        if (m_scale == ValueScale::linear) {
            lo = std::min(lo, 0.0); // counts read honestly only from zero
        }
        m_ticks = value_ticks(lo, hi, m_scale);
        m_low = m_ticks.front().at;
        m_high = m_ticks.back().at;
    }

    [[nodiscard]] ValueScale scale() const { return m_scale; }
    [[nodiscard]] const std::vector<Tick>& ticks() const { return m_ticks; }

    // The y coordinate of `v`, clamped to the plot.
    [[nodiscard]] double y(double v) const {
        double f = 0;
        if (m_scale == ValueScale::log) {
            f = v <= 0 ? 0
                       : (std::log10(v) - std::log10(m_low)) /
                             (std::log10(m_high) - std::log10(m_low));
        } else {
            f = (v - m_low) / (m_high - m_low);
        }
        f = std::clamp(f, 0.0, 1.0);
        return k_top + k_plot_h * (1 - f);
    }

private:
    ValueScale m_scale = ValueScale::linear;
    std::vector<Tick> m_ticks;
    double m_low = 0;
    double m_high = 1;
};

// An arrowhead at (x, y) pointing up (`up`) or down: an open-ended interval.
std::string arrowhead(double x, double y, bool up, const std::string& colour) {
    const double tip = up ? y - 2 : y + 2;
    const double base = up ? y + 8 : y - 8;
    return "<polygon class=\"open-end\" points=\"" + num(x) + "," + num(tip) + " " + num(x - 5) +
           "," + num(base) + " " + num(x + 5) + "," + num(base) + "\" fill=\"" + colour + "\"/>";
}

std::string point_svg(const Point& p, const ValueAxis& axis, const std::vector<Series>& series) {
    const auto& c = *p.claim;
    const double y = axis.y(c.value);
    std::string out = "<g class=\"point";
    out += p.flagged ? " flagged" : "";
    out += "\" data-claim-id=\"" + std::to_string(c.id) + "\" data-value=\"" +
           escape_attribute(format_number(c.value)) + "\" data-as-of=\"" +
           escape_attribute(c.as_of.iso) + "\" data-outlet=\"" + escape_attribute(c.source.outlet) +
           "\" data-scope=\"" + escape_attribute(series.at(p.series).label) + "\">";
    std::string tip =
        (c.source.outlet.empty() ? std::string("(no outlet)") : c.source.outlet) + ": " + c.text;
    if (c.text != format_number(c.value)) {
        tip += " (" + format_number(c.value) + (c.unit.empty() ? "" : " " + c.unit) + ")";
    }
    if (!(c.low && c.high && *c.low == *c.high)) {
        tip += ", interval " + interval_text(c);
    }
    tip += ", as of " + readable_time(c.as_of.iso);
    if (!c.attribution.empty()) {
        tip += ", according to " + c.attribution;
    }
    if (series.size() > 1) {
        tip += " [" + series.at(p.series).label + "]";
    }
    if (p.flagged) {
        tip += " (named by a finding)";
    }
    out += "<title>" + escape_text(tip) + "</title>";

    // The interval: a bar from low to high, to the plot's edge with an
    // arrowhead where it is open.
    const bool point_only = c.low && c.high && *c.low == *c.high;
    if (!point_only) {
        const bool open_low = !c.low || (axis.scale() == ValueScale::log && *c.low <= 0);
        const bool open_high = !c.high;
        const double y_low = open_low ? k_top + k_plot_h : axis.y(*c.low);
        const double y_high = open_high ? k_top : axis.y(*c.high);
        out += "<line class=\"interval\" x1=\"" + num(p.x) + "\" x2=\"" + num(p.x) + "\" y1=\"" +
               num(y_low) + "\" y2=\"" + num(y_high) + "\" stroke=\"" + p.colour +
               "\" stroke-width=\"3\" stroke-opacity=\"0.55\" stroke-linecap=\"round\"/>";
        for (const auto& [yy, open, up] :
             {std::tuple{y_low, open_low, false}, std::tuple{y_high, open_high, true}}) {
            if (open) {
                out += arrowhead(p.x, yy, up, p.colour);
            } else {
                out += "<line class=\"cap\" x1=\"" + num(p.x - 5) + "\" x2=\"" + num(p.x + 5) +
                       "\" y1=\"" + num(yy) + "\" y2=\"" + num(yy) + "\" stroke=\"" + p.colour +
                       "\" stroke-width=\"2\"/>";
            }
        }
    }
    if (p.flagged) {
        const double r = 8;
        out += "<path class=\"marker\" d=\"M" + num(p.x) + "," + num(y - r) + " L" + num(p.x + r) +
               "," + num(y) + " L" + num(p.x) + "," + num(y + r) + " L" + num(p.x - r) + "," +
               num(y) + " Z\" fill=\"" + p.colour + "\" stroke=\"" + k_flag_colour +
               "\" stroke-width=\"2.5\"/>";
    } else {
        out += "<circle class=\"marker\" cx=\"" + num(p.x) + "\" cy=\"" + num(y) +
               "\" r=\"5.5\" fill=\"" + p.colour + "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
    }
    // The figure written beside its point, so the chart reads on paper and
    // on a screenshot, not only on hover.
    out += "<text class=\"value-label\" x=\"" + num(p.x + 9) + "\" y=\"" + num(y - 7) + "\">" +
           escape_text(c.text.empty() ? format_number(c.value) : c.text) + "</text>";
    out += "</g>";
    return out;
}

// Each scope's line through its figures in time, labelled at its last one.
std::string series_svg(const std::vector<Point>& points, const std::vector<Series>& series,
                       const ValueAxis& axis) {
    std::string out = "<g class=\"series\" fill=\"#444\" font-size=\"11\">";
    for (std::size_t i = 0; i < series.size(); ++i) {
        std::vector<const Point*> mine;
        for (const auto& p : points) {
            if (p.series == i) {
                mine.push_back(&p);
            }
        }
        std::stable_sort(mine.begin(), mine.end(),
                         [](const Point* a, const Point* b) { return a->x < b->x; });
        if (mine.empty()) {
            continue;
        }
        const std::string scope = escape_attribute(series[i].label);
        std::string coords;
        for (const Point* p : mine) {
            coords += (coords.empty() ? "" : " ") + num(p->x) + "," + num(axis.y(p->claim->value));
        }
        out += "<polyline class=\"series-line\" data-scope=\"" + scope + "\" points=\"" + coords +
               "\" fill=\"none\" stroke=\"#666\" stroke-width=\"1.5\" stroke-opacity=\"0.7\"" +
               (series[i].dash.empty() ? "" : " stroke-dasharray=\"" + series[i].dash + "\"") +
               "/>";
        // Right of the last point, or left of it where it would run off the plot
        // (about 6.5 units a character at this size).
        const Point& last = *mine.back();
        const bool room_right =
            last.x + 9 + 6.5 * static_cast<double>(series[i].label.size()) <= k_left + k_plot_w;
        out += "<text class=\"series-label\" data-scope=\"" + scope + "\" x=\"" +
               num(room_right ? last.x + 9 : last.x - 9) + "\" y=\"" +
               num(axis.y(last.claim->value) + 16) + "\"" +
               (room_right ? "" : " text-anchor=\"end\"") + ">" + escape_text(series[i].label) +
               "</text>";
    }
    return out + "</g>";
}

// `series_notes[i]`, when not empty, follows series i's name in the key.
std::string legend(const std::vector<Point>& points, const std::vector<Series>& series,
                   const std::vector<std::string>& series_notes) {
    std::vector<std::pair<std::string, std::string>> outlets;
    bool any_flagged = false;
    bool any_interval = false;
    bool any_open = false;
    for (const auto& p : points) {
        const auto& c = *p.claim;
        if (std::none_of(outlets.begin(), outlets.end(),
                         [&](const auto& o) { return o.first == c.source.outlet; })) {
            outlets.emplace_back(c.source.outlet, p.colour);
        }
        any_flagged = any_flagged || p.flagged;
        any_interval = any_interval || !(c.low && c.high && *c.low == *c.high);
        any_open = any_open || !c.low || !c.high;
    }
    std::string out = "<ul class=\"legend\" aria-label=\"Legend\">";
    // A series per scope only when the chart holds more than one.
    for (std::size_t i = 0; series.size() > 1 && i < series.size(); ++i) {
        out += "<li class=\"series-key\" data-scope=\"" + escape_attribute(series[i].label) +
               "\"><svg width=\"28\" height=\"12\" aria-hidden=\"true\"><line x1=\"1\" x2=\"27\" "
               "y1=\"6\" y2=\"6\" stroke=\"#666\" stroke-width=\"2\"" +
               (series[i].dash.empty() ? "" : " stroke-dasharray=\"" + series[i].dash + "\"") +
               "/></svg>" + escape_text(series[i].label) +
               (series_notes[i].empty() ? "" : " (" + series_notes[i] + ")") + "</li>";
    }
    for (const auto& [outlet, colour] : outlets) {
        out += "<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><circle cx=\"6\" "
               "cy=\"6\" r=\"5\" fill=\"" +
               colour + "\"/></svg>" +
               escape_text(outlet.empty() ? std::string("(no outlet)") : outlet) + "</li>";
    }
    if (any_flagged) {
        out += std::string("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><path "
                           "d=\"M7,1 L13,7 L7,13 L1,7 Z\" fill=\"#bbb\" stroke=\"") +
               k_flag_colour + "\" stroke-width=\"2\"/></svg>named by a finding</li>";
    }
    if (any_interval) {
        out += "<li><svg width=\"12\" height=\"14\" aria-hidden=\"true\"><line x1=\"6\" "
               "x2=\"6\" y1=\"1\" y2=\"13\" stroke=\"#888\" stroke-width=\"3\"/></svg>the "
               "interval a figure stands for</li>";
    }
    if (any_open) {
        out += "<li><svg width=\"12\" height=\"14\" aria-hidden=\"true\"><polygon "
               "points=\"6,1 1,9 11,9\" fill=\"#888\"/></svg>open-ended</li>";
    }
    return out + "</ul>";
}

void write_table(const std::vector<const model::Claim*>& claims,
                 const std::set<std::int64_t>& flagged, std::ostream& out) {
    out << "<details class=\"figures\"><summary>The figures as a table</summary>"
           "<table><thead><tr><th scope=\"col\">As of</th><th scope=\"col\">Outlet</th>"
           "<th scope=\"col\">Figure</th><th scope=\"col\">Interval</th>"
           "<th scope=\"col\">According to</th><th scope=\"col\">Finding</th>"
           "</tr></thead><tbody>";
    for (const auto* c : claims) {
        out << "<tr><td>" << escape_text(readable_time(c->as_of.iso)) << "</td><td>"
            << escape_text(c->source.outlet) << "</td><td>" << escape_text(c->text) << "</td><td>"
            << escape_text(interval_text(*c)) << "</td><td>" << escape_text(c->attribution)
            << "</td><td>" << (flagged.contains(c->id) ? "named" : "") << "</td></tr>";
    }
    out << "</tbody></table></details>";
}

} // namespace

ValueScale choose_scale(const std::vector<double>& values) {
    double lo = 0;
    double hi = 0;
    bool first = true;
    for (const double v : values) {
        if (!std::isfinite(v) || v <= 0) {
            return ValueScale::linear;
        }
        lo = first ? v : std::min(lo, v);
        hi = first ? v : std::max(hi, v);
        first = false;
    }
    return !first && hi > lo * k_log_span ? ValueScale::log : ValueScale::linear;
}

std::vector<Tick> value_ticks(double low, double high, ValueScale scale) {
    std::vector<Tick> ticks;
    if (scale == ValueScale::log) {
        int d0 = static_cast<int>(std::floor(std::log10(low) + 1e-9));
        int d1 = static_cast<int>(std::ceil(std::log10(high) - 1e-9));
        if (d1 <= d0) {
            d1 = d0 + 1;
        }
        const bool fine = d1 - d0 <= 2;
        for (int k = d0; k <= d1; ++k) {
            const double p = std::pow(10.0, k);
            ticks.push_back({p, format_number(p)});
            if (fine && k < d1) {
                ticks.push_back({2 * p, format_number(2 * p)});
                ticks.push_back({5 * p, format_number(5 * p)});
            }
        }
        return ticks;
    }
    if (!(high > low)) {
        high = low + (low == 0 ? 1 : std::abs(low));
    }
    const double raw = (high - low) / 5;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    // The nice step nearest the raw one, not the next above it: 100,417 in
    // steps of 20,000 (six) reads better than in steps of 50,000 (three).
    const double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
    const double start = std::floor(low / step + 1e-9) * step;
    for (int i = 0;; ++i) {
        const double v = start + i * step;
        ticks.push_back({v, format_number(v)});
        if (v >= high - step * 1e-9) {
            break;
        }
    }
    return ticks;
}

std::vector<Tick> time_ticks(std::int64_t from, std::int64_t to) {
    if (to < from) {
        std::swap(from, to);
    }
    const bool years_differ = civil(from).year() != civil(to).year();
    std::vector<Tick> ticks;
    constexpr std::array<std::int64_t, 11> steps = {k_hour / 4, k_hour / 2,  k_hour, 3 * k_hour,
                                                    6 * k_hour, 12 * k_hour, k_day,  2 * k_day,
                                                    7 * k_day,  14 * k_day,  0};
    for (const auto step : steps) {
        if (step == 0) {
            break;
        }
        if ((to - from) / step > 8) {
            continue;
        }
        // Day steps start at the first midnight in range, not on a grid
        // counted from the epoch, so the axis opens on the story's first day.
        const std::int64_t grid = std::min(step, k_day);
        std::int64_t t = (from / grid) * grid;
        if (t < from) {
            t += grid;
        }
        for (; t <= to; t += step) {
            const bool midnight = t % k_day == 0;
            std::string label = day_label(t, years_differ);
            if (step < k_day && !midnight) {
                label = hour_label(t);
            }
            ticks.push_back({static_cast<double>(t), label});
        }
        return ticks;
    }
    // Months: every 1, 2, 3, 6 or 12 months from the first of a month.
    using namespace std::chrono;
    const auto first = civil(from);
    for (const int step_months : {1, 2, 3, 6, 12}) {
        const auto span_months =
            (static_cast<int>(civil(to).year()) - static_cast<int>(first.year())) * 12 +
            static_cast<int>(static_cast<unsigned>(civil(to).month())) -
            static_cast<int>(static_cast<unsigned>(first.month()));
        if (span_months / step_months > 8 && step_months != 12) {
            continue;
        }
        // From the first month start at or after `from`, every `months`.
        year_month ym{first.year(), first.month()};
        if (epoch_seconds(ym / day{1}) < from) {
            ym += std::chrono::months{1};
        }
        for (int guard = 0; guard < 400; ++guard, ym += std::chrono::months{step_months}) {
            const auto t = epoch_seconds(ym / day{1});
            if (t > to) {
                break;
            }
            ticks.push_back({static_cast<double>(t),
                             std::string(k_months[static_cast<unsigned>(ym.month()) - 1]) + " " +
                                 std::to_string(static_cast<int>(ym.year()))});
        }
        return ticks;
    }
    return ticks;
}

std::string metric_anchor(std::string_view metric) {
    return "metric-" + id_fragment(metric);
}

std::string metric_label(std::string_view metric) {
    std::string out(metric);
    std::replace(out.begin(), out.end(), '_', ' ');
    return out;
}

std::string format_number(double value) {
    if (std::isnan(value)) {
        return "?";
    }
    if (std::isinf(value)) {
        return value > 0 ? "∞" : "−∞";
    }
    const std::string sign = value < 0 ? "-" : "";
    const double a = std::abs(value);
    char buf[48];
    if (a >= 1e6) {
        const bool billions = a >= 1e9;
        std::snprintf(buf, sizeof buf, "%.2f", a / (billions ? 1e9 : 1e6));
        std::string s = buf;
        while (s.back() == '0') {
            s.pop_back();
        }
        if (s.back() == '.') {
            s.pop_back();
        }
        return sign + s + (billions ? "B" : "M");
    }
    if (std::abs(a - std::round(a)) < 1e-9) {
        std::string digits = std::to_string(static_cast<long long>(std::round(a)));
        std::string out;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) {
                out += ',';
            }
            out += digits[i];
        }
        return sign + out;
    }
    std::snprintf(buf, sizeof buf, "%.3g", a);
    return sign + buf;
}

std::map<std::string, std::string> outlet_colours(const std::vector<model::Claim>& claims) {
    std::vector<const model::Claim*> by_time;
    for (const auto& c : claims) {
        by_time.push_back(&c);
    }
    // First appearance in time, so the colours read in story order.
    std::stable_sort(by_time.begin(), by_time.end(),
                     [](const auto* a, const auto* b) { return a->as_of.iso < b->as_of.iso; });
    std::map<std::string, std::string> colours;
    for (const auto* c : by_time) {
        if (!colours.contains(c->source.outlet)) {
            colours.emplace(c->source.outlet, k_palette[colours.size() % k_palette.size()]);
        }
    }
    return colours;
}

namespace {

// The time axis: the points' span, padded so points do not sit on the frame.
struct TimeAxis {
    std::int64_t t0 = 0;
    std::int64_t t1 = 0;

    explicit TimeAxis(const std::vector<Point>& sorted) {
        t0 = sorted.front().time;
        t1 = sorted.back().time;
        const std::int64_t pad =
            t1 == t0 ? k_day / 2 : std::max<std::int64_t>((t1 - t0) / 20, k_hour / 2);
        t0 -= pad;
        t1 += pad;
    }
    [[nodiscard]] double x(std::int64_t t) const {
        return k_left + k_plot_w * static_cast<double>(t - t0) / static_cast<double>(t1 - t0);
    }
};

// The dated claims as points in time order, coloured by outlet; the
// undated ones go to `untimed`.
std::vector<Point> dated_points(const TimelineInput& input,
                                std::vector<const model::Claim*>& untimed) {
    std::vector<Point> points;
    for (const auto* c : input.claims) {
        const auto t = claim_time(*c);
        if (!t) {
            untimed.push_back(c);
            continue;
        }
        Point p;
        p.claim = c;
        p.time = *t;
        p.flagged = input.flagged.contains(c->id);
        p.colour = "#555";
        if (input.colours != nullptr) {
            if (const auto it = input.colours->find(c->source.outlet); it != input.colours->end()) {
                p.colour = it->second;
            }
        }
        points.push_back(std::move(p));
    }
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) {
        return a.time != b.time ? a.time < b.time : a.claim->value < b.claim->value;
    });
    return points;
}

// Points at (nearly) the same time are spread sideways so none hides
// another: a cluster is centred on where its first point would be.
void spread_points(std::vector<Point>& points, const TimeAxis& time) {
    for (std::size_t i = 0; i < points.size();) {
        std::size_t j = i + 1;
        while (j < points.size() && time.x(points[j].time) - time.x(points[i].time) < k_dodge) {
            ++j;
        }
        const double centre = time.x(points[i].time);
        for (std::size_t k = i; k < j; ++k) {
            const double offset =
                (static_cast<double>(k - i) - static_cast<double>(j - i - 1) / 2) * k_dodge;
            points[k].x = std::clamp(centre + offset, k_left + 4, k_left + k_plot_w - 4);
        }
        i = j;
    }
}

// "200 of 4,130 figures shown", in plain words for a reviewer.
std::string shown_text(std::size_t shown, std::size_t total) {
    return format_number(static_cast<double>(shown)) + " of " +
           format_number(static_cast<double>(total)) + " figures shown";
}

// The <svg> element's opening, with the title and description a screen
// reader announces.
std::string svg_open(const TimelineInput& input, const std::vector<Point>& points,
                     std::size_t dated, const ValueAxis& axis, const std::string& unit) {
    const std::string id = "timeline-" + id_fragment(input.metric);
    std::size_t flagged_count = 0;
    for (const auto& p : points) {
        flagged_count += p.flagged ? 1 : 0;
    }
    const std::string title =
        metric_label(input.metric) + unit + ": " +
        (points.size() < dated ? shown_text(points.size(), dated)
                               : std::to_string(points.size()) + " figure(s)") +
        " over time";
    const std::string desc =
        std::string(axis.scale() == ValueScale::log ? "Logarithmic" : "Linear") + " value axis. " +
        std::to_string(points.size()) + " figure(s) from " +
        readable_time(points.front().claim->as_of.iso) + " to " +
        readable_time(points.back().claim->as_of.iso) + ", " + std::to_string(flagged_count) +
        " of them named by a finding (drawn as outlined diamonds). Each figure's interval is a "
        "vertical bar; the table below lists them.";
    std::string out = "<svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                      "viewBox=\"0 0 " +
                      num(k_width) + " " + num(k_height) + "\" role=\"img\" aria-labelledby=\"" +
                      id + "-title " + id + "-desc\" data-metric=\"" +
                      escape_attribute(input.metric) + "\" data-scale=\"" +
                      (axis.scale() == ValueScale::log ? "log" : "linear") + "\">";
    out += "<title id=\"" + id + "-title\">" + escape_text(title) + "</title>";
    out += "<desc id=\"" + id + "-desc\">" + escape_text(desc) + "</desc>";
    return out;
}

// Value axis: gridlines and labels.
std::string value_axis_svg(const ValueAxis& axis, const std::string& metric,
                           const std::string& unit) {
    std::string out = "<g class=\"axis y-axis\" font-size=\"12\" fill=\"#333\">";
    for (const auto& tick : axis.ticks()) {
        const double y = axis.y(tick.at);
        out += "<line x1=\"" + num(k_left) + "\" x2=\"" + num(k_left + k_plot_w) + "\" y1=\"" +
               num(y) + "\" y2=\"" + num(y) + "\" stroke=\"#e3e3e3\"/>";
        out += "<text x=\"" + num(k_left - 8) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\">" +
               escape_text(tick.label) + "</text>";
    }
    out += "<text class=\"axis-title\" transform=\"translate(18," + num(k_top + k_plot_h / 2) +
           ") rotate(-90)\" text-anchor=\"middle\">" + metric + escape_text(unit) +
           (axis.scale() == ValueScale::log ? ", log scale" : "") + "</text>";
    return out + "</g>";
}

// Time axis, and the plot's frame.
std::string time_axis_svg(const TimeAxis& time, std::int64_t first_time) {
    std::string out = "<g class=\"axis x-axis\" font-size=\"12\" fill=\"#333\">";
    for (const auto& tick : time_ticks(time.t0, time.t1)) {
        const double x = time.x(static_cast<std::int64_t>(tick.at));
        out += "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(k_top) + "\" y2=\"" +
               num(k_top + k_plot_h + 5) + "\" stroke=\"#eeeeee\"/>";
        out += "<text x=\"" + num(x) + "\" y=\"" + num(k_top + k_plot_h + 20) +
               "\" text-anchor=\"middle\">" + escape_text(tick.label) + "</text>";
    }
    const auto year = static_cast<int>(civil(first_time).year());
    out += "<text class=\"axis-title\" x=\"" + num(k_left + k_plot_w / 2) + "\" y=\"" +
           num(k_height - 12) + "\" text-anchor=\"middle\">as-of time (UTC, " +
           std::to_string(year) + ")</text>";
    out += "</g>";
    out += "<rect x=\"" + num(k_left) + "\" y=\"" + num(k_top) + "\" width=\"" + num(k_plot_w) +
           "\" height=\"" + num(k_plot_h) + "\" fill=\"none\" stroke=\"#999\"/>";
    return out;
}

// Points: flagged ones last, so they are drawn on top.
void write_points(const std::vector<Point>& points, const ValueAxis& axis,
                  const std::vector<Series>& series, std::ostream& out) {
    out << "<g class=\"points\">";
    for (const bool flagged_pass : {false, true}) {
        for (const auto& p : points) {
            if (p.flagged == flagged_pass) {
                out << point_svg(p, axis, series);
            }
        }
    }
    out << "</g>";
}

// The figures each series draws (see sample_figures), in time order as
// `points` are; `total` and `shown` count them per series.
std::vector<Point> drawn_points(std::vector<Point> points, std::size_t series_count,
                                std::vector<std::size_t>& total, std::vector<std::size_t>& shown) {
    std::vector<std::vector<std::size_t>> members(series_count);
    for (std::size_t i = 0; i < points.size(); ++i) {
        members[points[i].series].push_back(i);
    }
    std::vector<bool> keep(points.size(), false);
    total.assign(series_count, 0);
    shown.assign(series_count, 0);
    for (std::size_t s = 0; s < series_count; ++s) {
        std::vector<bool> named;
        for (const auto i : members[s]) {
            named.push_back(points[i].flagged);
        }
        const auto drawn = sample_figures(named);
        for (const auto k : drawn) {
            keep[members[s][k]] = true;
        }
        total[s] = members[s].size();
        shown[s] = drawn.size();
    }
    std::vector<Point> out;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (keep[i]) {
            out.push_back(std::move(points[i]));
        }
    }
    return out;
}

} // namespace

void write_timeline(const TimelineInput& input, std::ostream& out) {
    std::vector<const model::Claim*> untimed;
    std::vector<Point> points = dated_points(input, untimed);
    const std::string metric = escape_text(metric_label(input.metric));
    if (points.empty()) {
        out << "<p class=\"empty\">No dated figures for " << metric << ".</p>";
        if (!untimed.empty()) {
            write_table(untimed, input.flagged, out);
        }
        return;
    }
    const std::vector<Series> series = assign_series(points);
    // The value axis spans every figure, drawn or not, so a sample does not
    // rescale the chart.
    const ValueAxis axis(points);
    const std::size_t dated = points.size();
    std::vector<std::size_t> total;
    std::vector<std::size_t> shown;
    points = drawn_points(std::move(points), series.size(), total, shown);
    const bool sampled = points.size() < dated;
    // The ends of every series are drawn, so the time axis spans them all.
    const TimeAxis time(points);
    spread_points(points, time);
    const std::string unit = input.unit.empty() ? std::string() : " (" + input.unit + ")";

    out << svg_open(input, points, dated, axis, unit);
    out << value_axis_svg(axis, metric, unit);
    out << time_axis_svg(time, points.front().time);
    if (series.size() > 1) {
        out << series_svg(points, series, axis);
    }
    write_points(points, axis, series, out);
    out << "</svg>";
    std::vector<std::string> series_notes(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (shown[i] < total[i]) {
            series_notes[i] = shown_text(shown[i], total[i]);
        }
    }
    out << legend(points, series, series_notes);
    if (sampled) {
        out << "<p class=\"note sampled\" data-shown=\"" << points.size() << "\" data-total=\""
            << dated << "\">" << shown_text(points.size(), dated) << ": a series draws at most "
            << k_max_figures_drawn
            << ", always its first and last, every figure a finding names and an even sample "
               "of the rest. The table lists the figures drawn; the JSON and text reports list "
               "every one.</p>";
    }
    if (!untimed.empty()) {
        out << "<p class=\"note\">" << untimed.size()
            << " figure(s) without a readable as-of time are not plotted; they are in the "
               "table.</p>";
    }
    std::vector<const model::Claim*> listed;
    for (const auto& p : points) {
        listed.push_back(p.claim);
    }
    listed.insert(listed.end(), untimed.begin(), untimed.end());
    write_table(listed, input.flagged, out);
}

std::string render_timeline(const TimelineInput& input) {
    std::ostringstream out;
    write_timeline(input, out);
    return out.str();
}

} // namespace crosscheck::report::html
