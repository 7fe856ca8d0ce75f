#include "host/report/markdown_report.hpp"

#include "host/report/severity.hpp"
#include "host/report/wording.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <ostream>
#include <sstream>

namespace crosscheck::report {

namespace {

// Whether text[at] == '&' begins a character reference: "&name;", "&#digits;"
// or "&#xhex;".
bool starts_entity(std::string_view text, std::size_t at) {
    std::size_t i = at + 1;
    const auto is = [&](auto pred) {
        return i < text.size() && pred(static_cast<unsigned char>(text[i])) != 0;
    };
    std::size_t body = 0;
    if (i < text.size() && text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        i += hex ? 1 : 0;
        for (; hex ? is(::isxdigit) : is(::isdigit); ++i) {
            ++body;
        }
    } else if (is(::isalpha)) {
        for (; is(::isalnum); ++i) {
            ++body;
        }
    }
    return body > 0 && i < text.size() && text[i] == ';';
}

} // namespace

std::string escape_markdown(std::string_view raw) {
    const std::string text = single_line(raw);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        switch (ch) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
            out += '\\';
            out += ch;
            break;
        case '-':
        case '+':
        case '=':
            // Only at the start: a list item, a thematic break, a setext
            // underline. Elsewhere ("Nagorno-Karabakh") they are plain text.
            if (i == 0) {
                out += '\\';
            }
            out += ch;
            break;
        case '&':
            // Only an "&" that starts an entity ("&amp;", "&#38;", "&#x26;"):
            // "AT&T" stays as it is.
            if (starts_entity(text, i)) {
                out += '\\';
            }
            out += ch;
            break;
        case '.':
        case ')': {
            // "1. " or "1) " at the start would be an ordered list.
            bool digits_only = i > 0;
            for (std::size_t j = 0; j < i; ++j) {
                digits_only = digits_only && std::isdigit(static_cast<unsigned char>(text[j]));
            }
            if (digits_only) {
                out += '\\';
            }
            out += ch;
            break;
        }
        default:
            out += ch;
        }
    }
    return out;
}

std::string markdown_link_target(std::string_view url) {
    std::string out = "<";
    for (const char ch : url) {
        if (ch == ' ') {
            out += "%20";
        } else if (ch == '<') {
            out += "%3C";
        } else if (ch == '>') {
            out += "%3E";
        } else if (ch == '\n' || ch == '\r') {
            continue;
        } else {
            out += ch;
        }
    }
    return out + ">";
}

namespace {

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty()) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

void write_finding(std::string& out, const ReportFinding& rf) {
    const auto& f = rf.finding;
    // "weapons_surrendered" reads as "Weapons surrendered".
    std::string metric = capitalised(f.metric);
    std::replace(metric.begin(), metric.end(), '_', ' ');
    out += "### " + escape_markdown(metric) + ": " + escape_markdown(f.message) + "\n\n";
    std::string checkers = "`" + f.checker + "`";
    for (std::size_t i = 1; i < f.reasons.size(); ++i) {
        checkers += ", `" + f.reasons[i].checker + "`";
    }
    out += "**" + capitalised(verdict_name(verdict_for(f.severity))) + "** · status: **" +
           std::string(model::to_string(f.status)) + "** · " +
           (f.reasons.size() > 1 ? "checkers " : "checker ") + checkers + " · id `" + f.id +
           "`\n\n";
    if (const auto others = other_reasons(f); !others.empty()) {
        out += "Also found:\n\n";
        for (const auto& reason : others) {
            out += "- " + escape_markdown(reason) + "\n";
        }
        out += "\n";
    }
    if (rf.claims.empty()) {
        out += "Its claims are no longer in the case: run `crosscheck check` again.\n\n";
    } else {
        const bool everyone = all_questioned(rf);
        out += "| | Figure | Source | When | Quote |\n| --- | --- | --- | --- | --- |\n";
        for (const std::string_view role : {"questioned", "reference"}) {
            for (const auto& fc : rf.claims) {
                if ((model::to_string(fc.role) == "reference") != (role == "reference")) {
                    continue;
                }
                const auto& c = fc.claim();
                std::string figure = "**" + escape_markdown(c.text) + "**";
                if (const auto r = reading(c); !r.empty()) {
                    figure += " (" + escape_markdown(r) + ")";
                }
                std::string source =
                    escape_markdown(c.source.outlet.empty() ? c.source.url : c.source.outlet);
                if (!c.source.url.empty()) {
                    source = "[" + source + "](" + markdown_link_target(c.source.url) + ")";
                }
                if (!c.attribution.empty()) {
                    source += ", citing " + escape_markdown(c.attribution);
                }
                const std::string when =
                    (c.as_of_stated ? "as of " : "published ") + display_time(c.as_of.iso);
                out += "| " + std::string(role_heading(role, everyone)) + " | " + figure + " | " +
                       source + " | " + when + " | " + escape_markdown(c.quote) + " |\n";
            }
        }
        out += "\n";
    }
    if (rf.history.empty()) {
        out += "Review: none yet.\n\n";
    } else {
        out += "Review history:\n\n";
        for (const auto& d : rf.history) {
            out += "- " + escape_markdown(decision_summary(d));
            if (!d.note.empty()) {
                out += ": " + escape_markdown(d.note);
            }
            out += "\n";
        }
        out += "\n";
    }
}

} // namespace

void write_markdown(const ReportHead& head, const FindingSource& findings, std::ostream& stream) {
    std::string out = "# crosscheck report: " + escape_markdown(head.case_slug) + "\n\n";
    out += "Generated " + display_time(head.generated_at);
    if (!head.checked_at.empty()) {
        out += ", last checked " + display_time(head.checked_at);
    }
    out += ". " + summary_line(head.counts) + ".\n\n";
    if (head.counts.total() == 0) {
        out += "No findings: the checkers found no discrepancies.\n";
        stream << out;
        return;
    }
    // Written a finding at a time, each block's trailing newlines held back
    // until more follows: the document ends in one newline, not a blank line.
    std::size_t held = 0;
    const auto flush = [&] {
        const auto end = out.find_last_not_of('\n');
        const std::size_t keep = end == std::string::npos ? 0 : end + 1;
        if (keep > 0) {
            stream << std::string(held, '\n');
            stream.write(out.data(), static_cast<std::streamsize>(keep));
            held = 0;
        }
        held += out.size() - keep;
        out.clear();
    };
    // By severity, in the order the report ranks them; those the cross-side
    // policy sets apart last, under their own heading.
    std::optional<model::Severity> severity;
    bool apart = false;
    findings.each([&](const ReportFinding& rf) {
        const auto& f = rf.finding;
        if (f.cross_side && !apart) {
            apart = true;
            out += "## " + std::string(k_cross_side_heading) + "\n\n" +
                   escape_markdown(cross_side_explanation(head.counts.cross_side)) + "\n\n";
        } else if (!f.cross_side && severity != f.severity) {
            severity = f.severity;
            out += "## " + capitalised(model::to_string(f.severity)) + " severity\n\n";
        }
        write_finding(out, rf);
        flush();
    });
    flush();
    stream << (held > 0 ? "\n" : "");
}

std::string render_markdown(const Report& report) {
    std::ostringstream out;
    write_markdown(head_of(report), HeldFindings(report), out);
    return out.str();
}

} // namespace crosscheck::report
