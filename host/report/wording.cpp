#include "host/report/wording.hpp"

#include "host/report/severity.hpp"
#include "host/util/utf8.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace crosscheck::report {

std::string display_time(std::string_view iso) {
    // Stored times are always "YYYY-MM-DDTHH:MM:SSZ" (host/util/timestamp).
    if (iso.size() != 20 || iso[10] != 'T' || iso[19] != 'Z') {
        return std::string(iso);
    }
    if (iso.substr(11, 8) == "00:00:00") {
        return std::string(iso.substr(0, 10));
    }
    return std::string(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 5)) + " UTC";
}

std::string plain_number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return std::string(buf.data(), r.ptr);
}

std::string display_number(double value) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e15) {
        return plain_number(value);
    }
    const double rounded = std::round(value * 100) / 100;
    const bool negative = rounded < 0;
    const auto whole = static_cast<long long>(std::floor(std::fabs(rounded)));
    const auto cents = static_cast<long long>(std::llround((std::fabs(rounded) - whole) * 100));
    std::string digits = std::to_string(whole);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    if (cents != 0) {
        std::array<char, 8> frac{};
        std::snprintf(frac.data(), frac.size(), ".%02lld", cents);
        std::string f(frac.data());
        while (f.back() == '0') {
            f.pop_back();
        }
        out += f;
    }
    return negative ? "-" + out : out;
}

std::string reading(const model::Claim& claim) {
    const bool exact =
        claim.low && claim.high && *claim.low == claim.value && *claim.high == claim.value;
    if (exact) {
        return "";
    }
    std::string out = "read as ";
    if (claim.low && claim.high) {
        out += display_number(*claim.low) + " to " + display_number(*claim.high);
    } else if (claim.low) {
        out += "more than " + display_number(*claim.low);
    } else if (claim.high) {
        out += "at most " + display_number(*claim.high);
    } else {
        out += "any amount";
    }
    return claim.unit.empty() ? out : out + " " + claim.unit;
}

bool all_questioned(const ReportFinding& finding) {
    for (const auto& c : finding.claims) {
        if (model::to_string(c.role) == "reference") {
            return false;
        }
    }
    return true;
}

std::string_view role_heading(std::string_view role, bool everyone_questioned) {
    if (everyone_questioned) {
        return "disagreeing figures";
    }
    return role == "reference" ? "compared with" : "in question";
}

std::string decision_summary(const model::ReviewDecision& decision) {
    return std::string(model::to_string(decision.status)) + " by " +
           (decision.reviewer.empty() ? "unknown" : decision.reviewer) + ", " +
           display_time(decision.decided_at) +
           (decision.carried_from.empty() ? ""
                                          : " (given on finding " + decision.carried_from + ")");
}

std::string summary_line(const FindingCounts& counts) {
    const auto& t = counts.tally;
    std::array<std::size_t, 4> by_severity{};
    for (const auto severity : model::k_severities) {
        for (const auto status : model::k_review_statuses) {
            by_severity[static_cast<std::size_t>(model::rank(severity))] += t.of(severity, status);
        }
    }
    const auto confirmed = t.with_status(model::ReviewStatus::confirmed);
    const auto dismissed = t.with_status(model::ReviewStatus::dismissed);
    const auto n = counts.total();
    const auto open = n - confirmed - dismissed;
    const auto cross_side = counts.cross_side;
    return std::to_string(n) + (n == 1 ? " distinct discrepancy: " : " distinct discrepancies: ") +
           std::to_string(by_severity[0]) + " high, " + std::to_string(by_severity[1]) +
           " medium, " + std::to_string(by_severity[2]) + " low, " +
           std::to_string(by_severity[3]) + " info; " + std::to_string(open) + " open, " +
           std::to_string(confirmed) + " confirmed, " + std::to_string(dismissed) + " dismissed" +
           (cross_side == 0
                ? std::string()
                : "; " + std::to_string(cross_side) + " of them set one side against another");
}

std::string summary_line(const Report& report) {
    return summary_line(counts_of(report));
}

std::string cross_side_explanation(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " finding sets" : " findings set") +
           " one party's figure against another's: the rules cap their severity ([policy] "
           "cross_side_ceiling), since sides disagreeing is news, not an error. Listed apart, "
           "after the others.";
}

std::string cross_side_explanation(const Report& report) {
    return cross_side_explanation(counts_of(report).cross_side);
}

std::vector<std::string> other_reasons(const model::Finding& finding) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i < finding.reasons.size(); ++i) {
        const auto& r = finding.reasons[i];
        out.push_back(r.checker + " (" + std::string(model::to_string(r.severity)) +
                      "): " + r.message);
    }
    return out;
}

std::string single_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char ch : text) {
        if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += ch;
    }
    return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_len = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto end = text.find(' ', pos);
        const auto word = text.substr(pos, end == std::string_view::npos ? text.npos : end - pos);
        pos = end == std::string_view::npos ? text.size() : end + 1;
        if (word.empty()) {
            continue;
        }
        const auto len = utf8::length(word);
        if (line_len > 0 && line_len + 1 + len > width) {
            lines.push_back(std::move(line));
            line.clear();
            line_len = 0;
        }
        if (line_len > 0) {
            line += ' ';
            ++line_len;
        }
        line += word;
        line_len += len;
    }
    if (!line.empty() || lines.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace crosscheck::report
