// What a figure's surroundings make of it: "in 2023" is a year, "Sept 21" a
// date, "8 a.m." a clock time, "a six-week war" a duration, "+1 202 555
// 0143" a phone number, "v2" a version, "1." at the start of a line a list
// marker. Only what is left is a quantity a claim can be made of.

#include "host/extract/number_figure.hpp"

#include <array>

namespace crosscheck::extract::detail {
namespace {

bool starts_upper(std::string_view s) {
    return !s.empty() && s.front() >= 'A' && s.front() <= 'Z';
}

bool starts_lower(std::string_view s) {
    return !s.empty() && s.front() >= 'a' && s.front() <= 'z';
}

// Words after a bare four-digit number that say it is a year, not a count:
// "2023 was", "1994 and", "2023 to".
constexpr std::array<std::string_view, 28> k_year_followers = {
    "was",   "is",     "has",  "had",     "saw",   "will",     "and",  "or", "to",  "when",
    "after", "before", "that", "which",   "in",    "on",       "at",   "as", "for", "with",
    "by",    "of",     "the",  "through", "until", "compared", "were", "war"};

} // namespace

NumberKind FigureParser::classify(const Figure& f) const {
    const std::size_t n = m_tokens.size();
    const std::size_t b = f.first;
    const std::size_t e = f.last;
    const auto month_at = [&](std::size_t i) {
        const WordInfo* w = info(i);
        if (w == nullptr || !w->month) {
            return false;
        }
        // "may" and "march" are verbs too: only capitalised they are months.
        const std::string_view s = text_of(i);
        if ((equals_lower(s, "may") || equals_lower(s, "march") || equals_lower(s, "mar") ||
             equals_lower(s, "jan") || equals_lower(s, "dec")) &&
            !starts_upper(s)) {
            return false;
        }
        return true;
    };
    // The word before the figure, stepping over an abbreviation's dot.
    const std::size_t before = b == 0                                              ? n
                               : (b >= 2 && is_symbol(b - 1, '.') && glued(b - 1)) ? b - 2
                                                                                   : b - 1;
    if (f.ordinal) {
        if ((before < n && month_at(before)) || month_at(e) ||
            (is_word(e, "of") && month_at(e + 1))) {
            return NumberKind::date; // "Sept 21st", "21st of September"
        }
        return NumberKind::ordinal;
    }
    if (f.kind != NumberKind::quantity) {
        return f.kind;
    }
    if (f.percent || f.negative) {
        return NumberKind::quantity;
    }
    if (f.lone_literal) {
        // List markers: "1." or "2)" opening a line, "(3)" too.
        const bool line_start = b == 0 || m_tokens[b].gap == Gap::newline;
        if (line_start && f.digits <= 2 && (is_symbol(e, '.') || is_symbol(e, ')')) && glued(e) &&
            e + 1 < n && m_tokens[e + 1].gap != Gap::none) {
            return NumberKind::list_marker;
        }
        if (b > 0 && is_symbol(b - 1, '(') && glued(b) &&
            (b - 1 == 0 || m_tokens[b - 1].gap == Gap::newline) && is_symbol(e, ')')) {
            return NumberKind::list_marker;
        }
        // Phone numbers: "+1 202 555 0143", "+1-222-2222/2222".
        if (b > 0 && is_symbol(b - 1, '+') && glued(b)) {
            std::size_t digits = 0;
            for (std::size_t q = b; q < n && q < b + 16; ++q) {
                if (is_digits(q)) {
                    digits += text_of(q).size();
                } else if (!(is_symbol(q, '-') || is_symbol(q, '.') || is_symbol(q, '/'))) {
                    break;
                }
            }
            if (digits >= 7) {
                return NumberKind::phone;
            }
        }
        // Versions: "v2", "version 3".
        if (b > 0 && glued(b) && (text_of(b - 1) == "v" || text_of(b - 1) == "V")) {
            return NumberKind::version;
        }
        if (b > 0 && is_word(b - 1, "version")) {
            return NumberKind::version;
        }
        // Clock times: "8 a.m.", "8am", "8 pm", "8 o'clock".
        if (f.value <= 24 && e < n && m_tokens[e].gap != Gap::newline) {
            const std::string_view w = text_of(e);
            if (m_tokens[e].type == TokenType::word &&
                (equals_lower(w, "am") || equals_lower(w, "pm"))) {
                return NumberKind::clock_time;
            }
            if ((equals_lower(w, "a") || equals_lower(w, "p")) && is_symbol(e + 1, '.') &&
                glued(e + 1) && is_word(e + 2, "m") && glued(e + 2)) {
                return NumberKind::clock_time;
            }
            if (is_word(e, "o") && (is_symbol(e + 1, '\'') || is_symbol(e + 1, 0x2019)) &&
                is_word(e + 2, "clock")) {
                return NumberKind::clock_time;
            }
        }
        // Dates: "Sept 21", "Sept. 21", "21 September".
        if (f.value >= 1 && f.value <= 31 && f.digits <= 2 &&
            ((before < n && month_at(before)) || month_at(e))) {
            return NumberKind::date;
        }
        // Years: a bare four-digit number that reads as one.
        if (f.digits == 4 && f.value >= 1000 && f.value <= 2100) {
            const bool currency =
                b > 0 && m_tokens[b - 1].type == TokenType::symbol &&
                (m_tokens[b - 1].symbol == '$' || m_tokens[b - 1].symbol == 0xA3 ||
                 m_tokens[b - 1].symbol == 0x20AC);
            if (!currency) {
                const WordInfo* prev = before < n ? info(before) : nullptr;
                if ((prev != nullptr && (prev->year_cue || prev->month)) || is_word(b - 1, "the")) {
                    return NumberKind::year;
                }
                const std::string_view next = text_of(e);
                const bool word_next = e < n && m_tokens[e].type == TokenType::word &&
                                       m_tokens[e].gap != Gap::newline && starts_lower(next);
                bool follower = false;
                for (const std::string_view y : k_year_followers) {
                    follower = follower || equals_lower(next, y);
                }
                if (!word_next || follower) {
                    return NumberKind::year;
                }
            }
        }
    }
    // Durations: "a six-week war", "48-hour", "3 days", "20 years old".
    if (e < n && m_tokens[e].gap != Gap::newline) {
        const WordInfo* w = info(e);
        if (w != nullptr && w->time_unit && m_tokens[e].gap != Gap::none) {
            return NumberKind::duration;
        }
        if (m_tokens[e].type == TokenType::symbol && m_tokens[e].symbol == '-' && glued(e) &&
            info(e + 1) != nullptr && info(e + 1)->time_unit && glued(e + 1)) {
            return NumberKind::duration;
        }
    }
    return NumberKind::quantity;
}

} // namespace crosscheck::extract::detail
