// `crosscheck numbers [--quantities-only]`: the number scanner as a filter,
// for rule writers, plugin authors and the peer test suite. Reads text lines
// on stdin, writes one JSON line per input line. Needs no database.

#include "host/cli/commands.hpp"
#include "host/extract/number/scanner.hpp"
#include "host/model/qualifier.hpp"
#include "host/util/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <string>

namespace crosscheck::cli {
namespace {

struct NumbersArgs {
    bool quantities_only = false;
};

// Whole numbers print as JSON integers ("2906", not "2906.0").
nlohmann::ordered_json number_json(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
        return static_cast<std::int64_t>(v);
    }
    if (!std::isfinite(v)) {
        return nullptr;
    }
    return v;
}

nlohmann::ordered_json bound_json(const std::optional<double>& v) {
    return v ? number_json(*v) : nlohmann::ordered_json(nullptr);
}

// Code-point offsets of byte offsets, walked forward in one pass: mentions
// come in text order, so each call resumes where the last stopped.
class CodePointCursor {
public:
    explicit CodePointCursor(std::string_view text) : m_text(text) {}

    std::size_t at(std::size_t byte) {
        if (byte < m_byte) {
            m_byte = 0;
            m_points = 0;
        }
        while (m_byte < byte && m_byte < m_text.size()) {
            (void)utf8::decode(m_text, m_byte);
            ++m_points;
        }
        return m_points;
    }

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_points = 0;
};

void print_line(const std::string& line, const NumbersArgs& args) {
    const auto mentions = extract::number::find_numbers(line);
    nlohmann::ordered_json out;
    out["input"] = line;
    auto& list = out["numbers"] = nlohmann::ordered_json::array();
    CodePointCursor cursor(line);
    for (const auto& m : mentions) {
        if (args.quantities_only && m.kind != extract::number::NumberKind::quantity) {
            continue;
        }
        const std::size_t start = cursor.at(m.start);
        const std::size_t end = cursor.at(m.end);
        list.push_back({{"text", m.text},
                        {"start", start},
                        {"end", end},
                        {"value", number_json(m.value)},
                        {"low", bound_json(m.low)},
                        {"high", bound_json(m.high)},
                        {"qualifier", model::to_string(m.qualifier)},
                        {"kind", extract::number::to_string(m.kind)},
                        {"percent", m.percent}});
    }
    // Invalid UTF-8 in the input is replaced by U+FFFD in the echo, never fatal.
    std::cout << out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

} // namespace

void add_numbers_command(CLI::App& app, Context& /*context*/) {
    auto args = std::make_shared<NumbersArgs>();
    auto* cmd = app.add_subcommand(
        "numbers", "Show the numbers the scanner finds in text lines read on stdin");
    cmd->add_flag("--quantities-only", args->quantities_only,
                  "Print only quantities (drop years, dates, clock times, ordinals, durations, "
                  "phone numbers, IP addresses, versions, list markers and labels)");
    cmd->footer(
        "Writes one JSON line per input line:\n"
        "  {\"input\": \"...\", \"numbers\": [{\"text\", \"start\", \"end\", \"value\", \"low\",\n"
        "   \"high\", \"qualifier\", \"kind\", \"percent\"}]}\n"
        "start/end are code-point offsets into the line, end exclusive. low/high are the\n"
        "interval the figure stands for, null where unbounded (\"more than 200\": high null).\n"
        "qualifier: none, more_than, at_least, less_than, at_most, nearly, approximately,\n"
        "range, vague. kind: quantity (what claims are made of), year, date, clock_time,\n"
        "ordinal, duration, phone, ip_address, version, list_marker, label (the digits of\n"
        "a name: \"Gate 3B\", \"Core i7 860\"). Every kind is printed\n"
        "by default, so you can see why a figure was not taken; --quantities-only drops\n"
        "the rest. Uses the built-in qualifier and vague-amount semantics; no database.");
    cmd->callback([args] {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            print_line(line, *args);
        }
        std::cout.flush();
    });
}

} // namespace crosscheck::cli
