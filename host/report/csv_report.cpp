#include "host/report/csv_report.hpp"

#include "host/report/severity.hpp"
#include "host/report/wording.hpp"

#include <array>
#include <ostream>
#include <sstream>
#include <vector>

namespace crosscheck::report {

std::string csv_field(std::string_view text, bool guard_formula) {
    std::string value;
    if (guard_formula && !text.empty() &&
        (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' ||
         text[0] == '\r')) {
        value = "'";
    }
    value += text;
    if (value.find_first_of("\",\r\n") == std::string::npos) {
        return value;
    }
    std::string out = "\"";
    for (const char ch : value) {
        if (ch == '"') {
            out += '"';
        }
        out += ch;
    }
    return out + "\"";
}

namespace {

constexpr std::array k_header = {
    "case",       "finding_id",   "severity",    "verdict",     "status",
    "checker",    "metric",       "message",     "claim_id",    "role",
    "figure",     "value",        "low",         "high",        "unit",
    "outlet",     "url",          "published",   "as_of",       "attribution",
    "quote",      "reviewed_by",  "reviewed_at", "review_note", "review_history",
    "cross_side", "other_reasons"};

struct Cell {
    std::string text;
    bool guard = true; ///< false for numbers we formatted
};

void write_row(std::string& out, const std::vector<Cell>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csv_field(cells[i].text, cells[i].guard);
    }
    out += "\r\n";
}

std::string optional_number(const std::optional<double>& v) {
    return v ? plain_number(*v) : "";
}

} // namespace

void write_csv(const ReportHead& head, const FindingSource& findings, std::ostream& stream) {
    // Built a finding's rows at a time and written out: a case of 10^4
    // findings makes a file of hundreds of megabytes.
    std::string out;
    for (std::size_t i = 0; i < k_header.size(); ++i) {
        out += (i > 0 ? "," : "") + std::string(k_header[i]);
    }
    out += "\r\n";
    findings.each([&](const ReportFinding& rf) {
        const auto& f = rf.finding;
        // The latest decision in its own columns, every decision (oldest
        // first, one per line) in the last one.
        std::string by;
        std::string at;
        std::string note;
        std::string history;
        if (!rf.history.empty()) {
            const auto& last = rf.history.back();
            by = last.reviewer;
            at = last.decided_at;
            note = last.note;
        }
        for (const auto& d : rf.history) {
            history += (history.empty() ? "" : "\n") + d.decided_at + " " + d.reviewer + ": " +
                       std::string(model::to_string(d.status)) +
                       (d.note.empty() ? "" : " (" + d.note + ")") +
                       (d.carried_from.empty() ? "" : " [given on " + d.carried_from + "]");
        }
        // The other checkers' reasons for the same discrepancy, one per line.
        std::string others;
        for (const auto& reason : other_reasons(f)) {
            others += (others.empty() ? "" : "\n") + reason;
        }
        const std::vector<Cell> finding_cells = {
            {head.case_slug},
            {f.id},
            {std::string(model::to_string(f.severity))},
            {std::string(verdict_name(verdict_for(f.severity)))},
            {std::string(model::to_string(f.status))},
            {f.checker},
            {f.metric},
            {f.message}};
        const std::vector<Cell> review_cells = {
            {by}, {at}, {note}, {history}, {f.cross_side ? "yes" : "no", false}, {others}};
        const auto row = [&](const std::vector<Cell>& claim_cells) {
            std::vector<Cell> cells = finding_cells;
            cells.insert(cells.end(), claim_cells.begin(), claim_cells.end());
            cells.insert(cells.end(), review_cells.begin(), review_cells.end());
            write_row(out, cells);
        };
        if (rf.claims.empty()) {
            row(std::vector<Cell>(13));
        }
        for (const auto& fc : rf.claims) {
            const auto& c = fc.claim();
            row({{std::to_string(c.id), false},
                 {std::string(model::to_string(fc.role))},
                 {c.text},
                 {plain_number(c.value), false},
                 {optional_number(c.low), false},
                 {optional_number(c.high), false},
                 {c.unit},
                 {c.source.outlet},
                 {c.source.url},
                 {c.source.published.iso},
                 {c.as_of.iso},
                 {c.attribution},
                 {c.quote}});
        }
        stream << out;
        out.clear();
    });
    stream << out;
}

void write_csv(const Report& report, std::ostream& out) {
    write_csv(head_of(report), HeldFindings(report), out);
}

std::string render_csv(const Report& report) {
    std::ostringstream out;
    write_csv(report, out);
    return out.str();
}

} // namespace crosscheck::report
