#include "host/report/text_report.hpp"

#include "host/report/severity.hpp"
#include "host/report/wording.hpp"
#include "host/util/utf8.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <sstream>

namespace crosscheck::report {
namespace {

constexpr std::string_view k_reset = "\033[0m";
constexpr std::string_view k_bold = "\033[1m";
constexpr std::string_view k_dim = "\033[2m";

std::string_view severity_colour(model::Severity severity) {
    switch (severity) {
    case model::Severity::high:
        return "\033[1;31m";
    case model::Severity::medium:
        return "\033[1;33m";
    case model::Severity::low:
        return "\033[1;36m";
    case model::Severity::info:
        break;
    }
    return "\033[1m";
}

std::string_view status_colour(std::string_view status) {
    return status == "confirmed" ? "\033[31m" : status == "dismissed" ? "\033[32m" : "\033[33m";
}

class Writer {
public:
    explicit Writer(const RenderOptions& options)
        : m_colour(options.colour), m_width(std::max<std::size_t>(options.width, 60)) {}

    [[nodiscard]] std::size_t width() const { return m_width; }

    // `text` in `style` when colour is on.
    [[nodiscard]] std::string paint(std::string_view style, std::string_view text) const {
        if (!m_colour || text.empty()) {
            return std::string(text);
        }
        return std::string(style) + std::string(text) + std::string(k_reset);
    }

    void line(std::string_view text = {}) {
        m_out += text;
        m_out += '\n';
    }

    // `text` wrapped to the width after `indent` spaces.
    void paragraph(std::size_t indent, std::string_view text, std::string_view style = {}) {
        for (const auto& l : wrap(single_line(text), m_width - indent)) {
            line(std::string(indent, ' ') + paint(style, l));
        }
    }

    std::string take() {
        std::string out;
        out.swap(m_out);
        return out;
    }

private:
    bool m_colour;
    std::size_t m_width;
    std::string m_out;
};

// One claim: its figure, reading, outlet and time on the left, the quote on
// the right, line by line.
void write_claim(Writer& w, const model::Claim& c) {
    constexpr std::size_t k_indent = 4;
    const std::size_t left = std::min<std::size_t>(30, w.width() / 3);
    const std::size_t right = w.width() - k_indent - left - 2;

    std::vector<std::string> l;
    std::vector<std::string> l_style;
    const auto add = [&](std::string_view text, std::string_view style) {
        for (auto& part : wrap(single_line(text), left)) {
            l.push_back(std::move(part));
            l_style.emplace_back(style);
        }
    };
    add(c.text.empty() ? display_number(c.value) : c.text, k_bold);
    if (const auto r = reading(c); !r.empty()) {
        add(r, k_dim);
    }
    add(c.source.outlet.empty() ? c.source.url : c.source.outlet, {});
    if (!c.attribution.empty()) {
        add("citing " + c.attribution, k_dim);
    }
    add((c.as_of_stated ? "as of " : "published ") + display_time(c.as_of.iso), k_dim);

    const auto quote = wrap("\u201c" + single_line(c.quote) + "\u201d", right);
    const std::size_t rows = std::max(l.size(), quote.size());
    for (std::size_t i = 0; i < rows; ++i) {
        std::string row(k_indent, ' ');
        const std::string left_text = i < l.size() ? l[i] : "";
        row += w.paint(i < l.size() ? l_style[i] : "", left_text);
        if (i < quote.size()) {
            row += std::string(left - utf8::length(left_text) + 2, ' ');
            row += quote[i];
        }
        w.line(row);
    }
    // The address whole on its own line, never wrapped, so it can be
    // copied or clicked; the outlet's name alone does not say which page.
    if (!c.source.outlet.empty() && !c.source.url.empty()) {
        w.line(std::string(k_indent, ' ') + w.paint(k_dim, c.source.url));
    }
}

void write_finding(Writer& w, const ReportFinding& rf) {
    const auto& f = rf.finding;
    const auto verdict = verdict_name(verdict_for(f.severity));
    std::string upper(verdict);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    std::string checkers = f.checker;
    for (std::size_t i = 1; i < f.reasons.size(); ++i) {
        checkers += " + " + f.reasons[i].checker;
    }
    const std::string status(model::to_string(f.status));
    const std::string head = w.paint(severity_colour(f.severity), upper) + "  " +
                             w.paint(status_colour(status), status) + "  " +
                             w.paint(k_bold, f.metric) + "  ";
    // The checkers go on the heading's line when they fit, else on their own
    // lines under it, so no line passes the width.
    const std::size_t plain = upper.size() + status.size() + f.metric.size() + f.id.size() + 6;
    if (plain + 1 + utf8::length(checkers) <= w.width()) {
        w.line(head + w.paint(k_dim, f.id + " " + checkers));
    } else {
        w.line(head + w.paint(k_dim, f.id));
        w.paragraph(2, checkers, k_dim);
    }
    w.paragraph(2, f.message);
    // The other checkers' reasons: the same discrepancy, seen another way.
    for (const auto& reason : other_reasons(f)) {
        const auto lines = wrap(single_line("also " + reason), w.width() - 4);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            w.line((i == 0 ? "  + " : "    ") + w.paint(k_dim, lines[i]));
        }
    }

    const bool everyone = all_questioned(rf);
    // Questioned figures first, then what they are compared with; a blank
    // line between figures, so that each quote stays with its figure.
    for (const std::string_view role : {"questioned", "reference"}) {
        bool headed = false;
        for (const auto& c : rf.claims) {
            if ((model::to_string(c.role) == "reference") != (role == "reference")) {
                continue;
            }
            if (!headed) {
                w.line("  " + w.paint(k_dim, std::string(role_heading(role, everyone)) + ":"));
                headed = true;
            } else {
                w.line();
            }
            write_claim(w, c.claim());
        }
    }
    if (rf.claims.empty()) {
        w.line("  (its claims are no longer in the case: run `crosscheck check` again)");
    }
    if (rf.history.empty()) {
        w.line("  review: none yet");
    } else {
        w.line("  review history:");
        for (const auto& d : rf.history) {
            std::string text = decision_summary(d);
            if (!d.note.empty()) {
                text += ": " + d.note;
            }
            const auto lines = wrap(single_line(text), w.width() - 6);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                w.line((i == 0 ? "    - " : "      ") + lines[i]);
            }
        }
    }
    w.line();
}

} // namespace

bool colour_wanted(bool stdout_is_terminal, const char* no_color_env, bool to_file) {
    const bool no_color = no_color_env != nullptr && *no_color_env != '\0';
    return stdout_is_terminal && !to_file && !no_color;
}

void write_text(const ReportHead& head, const FindingSource& findings, const RenderOptions& options,
                std::ostream& out) {
    Writer w(options);
    w.line(w.paint(k_bold, "crosscheck report: case " + head.case_slug));
    w.line("generated " + display_time(head.generated_at) +
           (head.checked_at.empty() ? "" : ", last checked " + display_time(head.checked_at)));
    w.paragraph(0, summary_line(head.counts)); // wrapped: it grows with the counts
    w.line();
    if (head.counts.total() == 0) {
        w.line("No findings: the checkers found no discrepancies.");
        out << w.take();
        return;
    }
    // By severity, each under its heading, in the order the report ranks
    // them (the figures furthest apart first, then the earliest); those the
    // cross-side policy sets apart come last under their own. Written out a
    // finding at a time.
    std::optional<model::Severity> severity;
    bool apart = false;
    const auto heading = [&](std::string title, std::string_view colour) {
        std::transform(title.begin(), title.end(), title.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
        w.line(w.paint(colour, title));
        w.line(std::string(w.width(), '='));
        w.line();
    };
    findings.each([&](const ReportFinding& rf) {
        const auto& f = rf.finding;
        if (f.cross_side && !apart) {
            apart = true;
            heading(std::string(k_cross_side_heading), k_bold);
            w.paragraph(0, cross_side_explanation(head.counts.cross_side), k_dim);
            w.line();
        } else if (!f.cross_side && severity != f.severity) {
            severity = f.severity;
            heading(std::string(model::to_string(f.severity)) + " severity",
                    severity_colour(f.severity));
        }
        write_finding(w, rf);
        out << w.take();
    });
    out << w.take();
}

std::string render_text(const Report& report, const RenderOptions& options) {
    std::ostringstream out;
    write_text(head_of(report), HeldFindings(report), options, out);
    return out.str();
}

} // namespace crosscheck::report
