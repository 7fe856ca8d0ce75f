#include "host/report/html_report.hpp"

#include "host/report/html_escape.hpp"
#include "host/report/html_highlight.hpp"
#include "host/report/html_timeline.hpp"
#include "host/report/wording.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string_view>

namespace crosscheck::report {
namespace {

using html::escape_attribute;
using html::escape_text;

constexpr std::array<model::ReviewStatus, 3> k_statuses = {
    model::ReviewStatus::open, model::ReviewStatus::confirmed, model::ReviewStatus::dismissed};

// Everything the page needs, inline: no fonts, images or scripts are
// fetched, and the Content-Security-Policy in the head forbids them, so the
// page renders the same offline and a slip in escaping could not run code.
constexpr std::string_view k_style = R"(
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de;
  --high: #b00020; --medium: #c25400; --low: #8a6d00; --info: #4a5560; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
  Arial, sans-serif; color: var(--ink); background: #f6f6f8; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 17px; margin: 0; }
h4 { font-size: 14px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; }
.meta, .muted { color: var(--muted); }
a { color: #0b57d0; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
thead th { background: #eef0f3; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary-grid { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
.totals { margin: 0; padding: 0; list-style: none; }
.totals li { margin: 2px 0; }
.index { padding-left: 24px; margin: 14px 0 0; font-size: 14px; }
.index li { margin: 2px 0; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  font-weight: 700; color: #fff; text-transform: uppercase; letter-spacing: .03em;
  vertical-align: 2px; }
.sev-high { background: var(--high); } .sev-medium { background: var(--medium); }
.sev-low { background: var(--low); } .sev-info { background: var(--info); }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
  border: 1px solid currentColor; font-weight: 600; }
.status-open { color: #0b57d0; } .status-confirmed { color: #137333; }
.status-dismissed { color: #5f6368; }
.group-title { font-weight: 600; margin: 1.2rem 0 .4rem; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--info);
  border-radius: 6px; padding: 14px 18px; margin: 0 0 18px; }
.finding.severity-high { border-left-color: var(--high); }
.finding.severity-medium { border-left-color: var(--medium); }
.finding.severity-low { border-left-color: var(--low); }
.finding header { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: baseline; }
.finding .message { margin: 8px 0 12px; font-weight: 500; }
.quotes { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
.quote { margin: 0; padding: 10px 14px; background: #fafafb; border: 1px solid var(--line);
  border-radius: 6px; display: flex; flex-direction: column; }
.quote.role-questioned { border-top: 3px solid var(--high); }
.quote.role-reference { border-top: 3px solid var(--info); }
.quote blockquote { margin: 0 0 8px; font-family: Georgia, "Times New Roman", serif;
  font-size: 16px; overflow-wrap: anywhere; }
.quote figcaption { font-size: 13px; color: var(--muted); margin-top: auto; overflow-wrap: anywhere; }
.quote figcaption .outlet { font-weight: 700; color: var(--ink); }
.quote dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 6px 0 0; }
.quote dt { font-weight: 600; } .quote dd { margin: 0; }
mark { background: #ffe066; color: inherit; padding: 0 2px; border-radius: 2px;
  box-shadow: 0 0 0 1px #e0b800; font-weight: 700; }
.reasons { margin: -4px 0 12px; padding-left: 20px; font-size: 14px; color: var(--muted); }
.history ol { margin: 0; padding-left: 20px; font-size: 14px; }
.history p { margin: 0; font-size: 14px; }
.timeline { background: #fff; border: 1px solid var(--line); border-radius: 6px;
  padding: 14px 18px; margin: 0 0 18px; }
.timeline-chart { width: 100%; height: auto; display: block; margin-top: 8px; }
.timeline-chart .point:hover .marker { stroke-width: 3.5; }
.timeline-chart .value-label { font-size: 11px; fill: #333; paint-order: stroke; stroke: #fff;
  stroke-width: 3px; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0;
  margin: 6px 0 0; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 6px; }
details.figures { margin-top: 8px; font-size: 13px; }
details.figures table { margin-top: 6px; }
footer { margin-top: 40px; font-size: 13px; color: var(--muted); }
)";

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

// Class names come from the model's name tables, never from stored text.
std::string severity_badge(model::Severity severity) {
    const std::string name(model::to_string(severity));
    return "<span class=\"badge sev-" + name + "\">" + name + "</span>";
}

std::string status_label(model::ReviewStatus status) {
    const std::string name(model::to_string(status));
    return "<span class=\"status status-" + name + "\">" + name + "</span>";
}

std::string readable_time(const std::string& iso) {
    if (iso.size() >= 16 && iso[10] == 'T') {
        return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
    }
    return iso;
}

std::string time_element(const std::string& iso) {
    return "<time datetime=\"" + escape_attribute(iso) + "\">" + escape_text(readable_time(iso)) +
           "</time>";
}

// The outlet's name, a plain link to the source when its URL may be one.
std::string source_link(const model::Claim& c) {
    const std::string name = c.source.outlet.empty() ? std::string("(no outlet)") : c.source.outlet;
    if (html::is_linkable_url(c.source.url)) {
        return "<a class=\"outlet\" href=\"" + escape_attribute(c.source.url) +
               "\" rel=\"noopener noreferrer\">" + escape_text(name) + "</a>";
    }
    std::string out = "<span class=\"outlet\">" + escape_text(name) + "</span>";
    if (!c.source.url.empty()) {
        out += " <span class=\"url\">" + escape_text(c.source.url) + "</span>";
    }
    return out;
}

std::string interval_text(const model::Claim& c) {
    const std::string lo = c.low ? html::format_number(*c.low) : "no lower bound";
    const std::string hi = c.high ? html::format_number(*c.high) : "no upper bound";
    if (c.low && c.high && *c.low == *c.high) {
        return lo;
    }
    return lo + " to " + hi;
}

std::string quote_figure(const FindingClaim& fc) {
    const auto& c = fc.claim();
    std::string out = "<figure class=\"quote role-" + std::string(model::to_string(fc.role)) +
                      "\" data-claim-id=\"" + std::to_string(c.id) + "\">";
    out += "<blockquote";
    if (html::is_linkable_url(c.source.url)) {
        out += " cite=\"" + escape_attribute(c.source.url) + "\"";
    }
    out += "><p>" + html::highlight_figure(c.quote, c.text, html::figure_hint(c)) +
           "</p></blockquote>";
    out += "<figcaption>" + source_link(c);
    if (!c.source.published.iso.empty()) {
        out += ", published " + time_element(c.source.published.iso);
    }
    out += "<dl>";
    // The figure as written, then what it stands for when that says more.
    const std::string stands_for = interval_text(c);
    out += "<dt>Figure</dt><dd>" + escape_text(c.text);
    if (stands_for != c.text) {
        out += " = " + escape_text(stands_for);
    }
    out += (c.unit.empty() ? "" : " " + escape_text(c.unit)) + "</dd>";
    out += "<dt>As of</dt><dd>" + time_element(c.as_of.iso) +
           (c.as_of_stated ? " (stated)" : " (publication time)") + "</dd>";
    if (!c.attribution.empty()) {
        out += "<dt>According to</dt><dd>" + escape_text(c.attribution) + "</dd>";
    }
    out += "<dt>Role</dt><dd>" + escape_text(std::string(model::to_string(fc.role))) + "</dd>";
    out += "</dl></figcaption></figure>";
    return out;
}

std::string history(const ReportFinding& rf) {
    std::string out = "<section class=\"history\"><h4>Review history</h4>";
    if (rf.history.empty()) {
        return out + "<p>Not reviewed yet.</p></section>";
    }
    out += "<ol>";
    for (const auto& d : rf.history) {
        out += "<li>" + time_element(d.decided_at) + ": " + status_label(d.status);
        if (!d.reviewer.empty()) {
            out += " by " + escape_text(d.reviewer);
        }
        if (!d.note.empty()) {
            out += " — <q>" + escape_text(d.note) + "</q>";
        }
        if (!d.carried_from.empty()) {
            out += " <span class=\"muted\">(given on finding <code>" + escape_text(d.carried_from) +
                   "</code>)</span>";
        }
        out += "</li>";
    }
    return out + "</ol></section>";
}

std::string finding_article(const ReportFinding& rf) {
    const auto& f = rf.finding;
    const std::string id = escape_attribute(f.id);
    std::string out = "<article class=\"finding severity-" +
                      std::string(model::to_string(f.severity)) + "\" id=\"finding-" + id +
                      "\" data-finding-id=\"" + id + "\" aria-labelledby=\"finding-" + id +
                      "-title\">";
    std::string checkers = f.checker;
    for (std::size_t i = 1; i < f.reasons.size(); ++i) {
        checkers += " + " + f.reasons[i].checker;
    }
    out += "<header><h3 id=\"finding-" + id + "-title\">" + severity_badge(f.severity) + " " +
           escape_text(html::metric_label(f.metric)) + " <span class=\"muted\">· " +
           escape_text(checkers) + "</span></h3>" + status_label(f.status) + "<a href=\"#" +
           html::metric_anchor(f.metric) + "\">timeline</a>" +
           "<span class=\"muted\">finding <code>" + escape_text(f.id) + "</code></span></header>";
    out += "<p class=\"message\">" + escape_text(f.message) + "</p>";
    // The other checkers' reasons: the same discrepancy, seen another way.
    if (f.reasons.size() > 1) {
        out += "<ul class=\"reasons\">";
        for (std::size_t i = 1; i < f.reasons.size(); ++i) {
            const auto& r = f.reasons[i];
            out += "<li>Also found by <strong>" + escape_text(r.checker) + "</strong> " +
                   severity_badge(r.severity) + ": " + escape_text(r.message) + "</li>";
        }
        out += "</ul>";
    }
    out += "<div class=\"quotes\">";
    for (const auto& fc : rf.claims) {
        out += quote_figure(fc);
    }
    if (rf.claims.empty()) {
        out += "<p class=\"muted\">The claims of this finding are no longer in the case.</p>";
    }
    out += "</div>";
    out += history(rf);
    return out + "</article>";
}

// The summary: counts by severity and status, totals, and an index of
// every finding, written as it goes (the index has a line per finding).
void write_summary(const Report& report, std::ostream& out) {
    std::map<std::pair<model::Severity, model::ReviewStatus>, int> counts;
    std::map<model::Severity, int> by_severity;
    std::map<model::ReviewStatus, int> by_status;
    std::map<model::Severity, int> main_by_severity;  // not set apart by the cross-side policy
    std::map<model::Severity, int> apart_by_severity; // set apart
    for (const auto& rf : report.findings) {
        ++counts[{rf.finding.severity, rf.finding.status}];
        ++by_severity[rf.finding.severity];
        ++by_status[rf.finding.status];
        ++(rf.finding.cross_side ? apart_by_severity : main_by_severity)[rf.finding.severity];
    }
    std::set<std::string> metrics;
    std::set<std::string> sources;
    for (const auto& c : report.claims) {
        metrics.insert(c.metric);
        sources.insert(c.source.url + '\n' + c.source.outlet);
    }

    out << "<section id=\"summary\" aria-labelledby=\"summary-title\">"
           "<h2 id=\"summary-title\">Summary</h2><div class=\"summary-grid\">";
    out << "<table class=\"counts\"><caption class=\"muted\">Findings by severity and "
           "status</caption><thead><tr><th scope=\"col\">Severity</th>";
    for (const auto st : k_statuses) {
        out << "<th scope=\"col\">" << capitalised(model::to_string(st)) << "</th>";
    }
    out << "<th scope=\"col\">Total</th></tr></thead><tbody>";
    for (const model::Severity sev : model::k_severities) {
        const std::string sev_name(model::to_string(sev));
        // A severity with findings links to its group in the findings.
        std::string badge = severity_badge(sev);
        if (main_by_severity[sev] > 0 || apart_by_severity[sev] > 0) {
            badge = "<a href=\"#" +
                    std::string(main_by_severity[sev] > 0 ? "findings-" : "cross-side-") +
                    sev_name + "\">" + badge + "</a>";
        }
        out << "<tr data-severity=\"" << sev_name << "\"><th scope=\"row\">" << badge << "</th>";
        for (const auto st : k_statuses) {
            const auto it = counts.find({sev, st});
            out << "<td class=\"n\">" << (it == counts.end() ? 0 : it->second) << "</td>";
        }
        out << "<td class=\"n\"><strong>" << by_severity[sev] << "</strong></td></tr>";
    }
    out << "</tbody><tfoot><tr><th scope=\"row\">All</th>";
    for (const auto st : k_statuses) {
        out << "<td class=\"n\">" << by_status[st] << "</td>";
    }
    out << "<td class=\"n\"><strong>" << report.findings.size()
        << "</strong></td></tr></tfoot></table>";
    out << "<ul class=\"totals\"><li><strong>" << report.findings.size()
        << "</strong> distinct discrepanc" << (report.findings.size() == 1 ? "y" : "ies")
        << "</li><li><strong>" << report.claims.size() << "</strong> claim(s) from <strong>"
        << sources.size() << "</strong> source(s)</li><li><strong>" << metrics.size()
        << "</strong> metric(s), each with a <a href=\"#timelines\">timeline</a></li></ul>";
    out << "</div>";
    if (!report.findings.empty()) {
        out << "<ol class=\"index\">";
        for (const auto& rf : report.findings) {
            out << "<li><a href=\"#finding-" << escape_attribute(rf.finding.id) << "\">"
                << escape_text(html::metric_label(rf.finding.metric))
                << "</a>: " << escape_text(rf.finding.message) << "</li>";
        }
        out << "</ol>";
    }
    out << "</section>";
}

// One timeline per metric, each written as it goes (see write_timeline).
void write_timelines(const Report& report, std::ostream& out) {
    out << "<section id=\"timelines\" aria-labelledby=\"timelines-title\">"
           "<h2 id=\"timelines-title\">Timelines</h2>";
    if (report.claims.empty()) {
        out << "<p>The case has no claims.</p></section>";
        return;
    }
    out << "<p class=\"muted\">Every figure at the time it was true (its as-of time). "
           "Diamonds outlined in red are named by a finding; bars show the interval a figure "
           "stands for; hover a point for its source.</p>";
    std::map<std::string, std::vector<const model::Claim*>> by_metric;
    for (const auto& c : report.claims) {
        by_metric[c.metric].push_back(&c);
    }
    std::map<std::string, std::set<std::int64_t>> flagged;
    for (const auto& rf : report.findings) {
        for (const auto& fc : rf.claims) {
            flagged[fc.claim().metric].insert(fc.claim().id);
        }
    }
    const auto colours = html::outlet_colours(report.claims);
    for (const auto& [metric, claims] : by_metric) {
        html::TimelineInput input;
        input.metric = metric;
        input.unit = claims.front()->unit;
        input.claims = claims;
        input.flagged = flagged[metric];
        input.colours = &colours;
        out << "<section class=\"timeline\" id=\"" << html::metric_anchor(metric)
            << "\" data-metric=\"" << escape_attribute(metric) << "\"><h3>"
            << escape_text(html::metric_label(metric)) << "</h3>";
        html::write_timeline(input, out);
        out << "</section>";
    }
    out << "</section>";
}

// A finding past the first k_detailed_per_group of its severity group: its
// header, message and reasons, not its quotes or history (the JSON and text
// reports have them). Its anchor stays, so the summary's index links to it.
std::string brief_article(const ReportFinding& rf) {
    const auto& f = rf.finding;
    const std::string id = escape_attribute(f.id);
    std::string out = "<article class=\"finding brief severity-" +
                      std::string(model::to_string(f.severity)) + "\" id=\"finding-" + id +
                      "\" data-finding-id=\"" + id + "\"><p>" + severity_badge(f.severity) + " " +
                      escape_text(html::metric_label(f.metric)) + " " + status_label(f.status) +
                      " <code>" + escape_text(f.id) + "</code>: " + escape_text(f.message) + "</p>";
    for (std::size_t i = 1; i < f.reasons.size(); ++i) {
        out += "<p class=\"muted\">Also found by " + escape_text(f.reasons[i].checker) + ": " +
               escape_text(f.reasons[i].message) + "</p>";
    }
    return out + "</article>";
}

// How many findings of a severity group the page shows whole (quotes side
// by side, history); the rest are brief, under one collapsed <details>: a
// page of 10^4 findings with every quote ran to hundreds of megabytes, more
// than a browser opens.
constexpr std::size_t k_detailed_per_group = 100;

// The findings, one group per severity; see write_html.
void write_findings(const Report& report, std::ostream& out) {
    out << "<section id=\"findings\" aria-labelledby=\"findings-title\">"
           "<h2 id=\"findings-title\">Findings</h2>";
    if (report.findings.empty()) {
        out << "<p>No findings: the sources do not disagree on any figure the rules check.</p>";
    }
    // In the order the report ranks them (most severe first), one group per
    // severity with an anchor (#findings-high, ...) that the summary's
    // counts link to: filtering without a script. Those the cross-side
    // policy sets apart come last, in a section of their own, grouped alike
    // (#cross-side-high, ...).
    bool apart = false;
    bool in_group = false;
    std::size_t in_this_group = 0;
    auto group = model::Severity::info;
    const auto close_group = [&] {
        if (in_group) {
            out << (in_this_group > k_detailed_per_group ? "</details></div>" : "</div>");
        }
        in_group = false;
    };
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const auto& rf = report.findings[i];
        if (rf.finding.cross_side && !apart) {
            close_group();
            apart = true;
            out << "</section><section id=\"cross-side\" aria-labelledby=\"cross-side-title\">"
                   "<h2 id=\"cross-side-title\">"
                << escape_text(k_cross_side_heading) << "</h2><p class=\"muted\">"
                << escape_text(cross_side_explanation(report)) << "</p>";
        }
        if (!in_group || group != rf.finding.severity) {
            close_group();
            in_group = true;
            in_this_group = 0;
            group = rf.finding.severity;
            const std::string name(model::to_string(group));
            out << "<div class=\"severity-group\" id=\"" << (apart ? "cross-side-" : "findings-")
                << name << "\"><p class=\"group-title\">" << severity_badge(group) << " "
                << capitalised(name) << " severity</p>";
        }
        if (++in_this_group <= k_detailed_per_group) {
            out << finding_article(rf);
            continue;
        }
        if (in_this_group == k_detailed_per_group + 1) {
            std::size_t rest = 0;
            for (std::size_t j = i;
                 j < report.findings.size() && report.findings[j].finding.severity == group &&
                 report.findings[j].finding.cross_side == apart;
                 ++j) {
                ++rest;
            }
            out << "<details class=\"more-findings\"><summary>" << rest << " more "
                << model::to_string(group)
                << " finding(s), each with its message (their quotes and review history are "
                   "in the JSON and text reports)</summary>";
        }
        out << brief_article(rf);
    }
    close_group();
    out << "</section>";
}

} // namespace

void write_html(const Report& report, std::ostream& out) {
    const std::string slug = escape_text(report.case_slug);
    out << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'; img-src data:\">"
           "<meta name=\"referrer\" content=\"no-referrer\">"
           "<meta name=\"generator\" content=\"crosscheck\">";
    out << "<title>crosscheck report: " << slug << "</title>";
    out << "<style>" << k_style << "</style></head><body><main>";
    out << "<header><h1>Case " << slug << "</h1><p class=\"meta\">crosscheck report, generated "
        << time_element(report.generated_at) << "</p></header>";
    write_summary(report, out);
    write_findings(report, out);
    write_timelines(report, out);
    out << "<footer>Generated by crosscheck. This page fetches nothing: it works offline, and "
           "links to the sources open only when followed.</footer>";
    out << "</main></body></html>\n";
}

std::string render_html(const Report& report) {
    std::ostringstream out;
    write_html(report, out);
    return out.str();
}

} // namespace crosscheck::report
