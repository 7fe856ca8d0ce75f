#include "host/extract/number_figure.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace crosscheck::extract::detail {
namespace {

constexpr double k_infinity = std::numeric_limits<double>::infinity();
// Lookahead caps: a comma list or digit-group run is never read further than
// this, so that "1,2,3,...,n" stays linear however long it is.
constexpr std::size_t k_max_groups = 64;
// Longest digit run read as a value; longer runs overflow a double anyway
// (about 1.8e308) and are skipped.
constexpr std::size_t k_max_integer_digits = 309;

bool is_dash(char32_t c) {
    return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
           c == 0x2212;
}

// Value of a vulgar fraction character (tokenizer code point).
double vulgar_value(char32_t c) {
    switch (c) {
    case 0xBC:
        return 0.25;
    case 0xBD:
        return 0.5;
    case 0xBE:
        return 0.75;
    case 0x2150:
        return 1.0 / 7;
    case 0x2151:
        return 1.0 / 9;
    case 0x2152:
        return 0.1;
    case 0x2153:
        return 1.0 / 3;
    case 0x2154:
        return 2.0 / 3;
    case 0x2155:
        return 0.2;
    case 0x2156:
        return 0.4;
    case 0x2157:
        return 0.6;
    case 0x2158:
        return 0.8;
    case 0x2159:
        return 1.0 / 6;
    case 0x215A:
        return 5.0 / 6;
    case 0x215B:
        return 0.125;
    case 0x215C:
        return 0.375;
    case 0x215D:
        return 0.625;
    case 0x215E:
        return 0.875;
    default:
        return 0;
    }
}

// Parses a plain decimal string ("1234.5", "0.08") with an optional
// exponent; nullopt when it overflows or underflows a double.
bool to_double(const std::string& digits, double& out) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc{} || ptr != digits.data() + digits.size() || !std::isfinite(v)) {
        return false;
    }
    out = v;
    return true;
}

double digits_value(std::string_view digits) {
    double v = 0;
    for (const char c : digits) {
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

bool FigureParser::can_start(std::size_t i) const {
    if (i >= m_tokens.size()) {
        return false;
    }
    const Token& t = m_tokens[i];
    switch (t.type) {
    case TokenType::digits:
    case TokenType::vulgar:
        return true;
    case TokenType::symbol:
        return (is_dash(t.symbol) || t.symbol == '.') && is_digits(i + 1) && glued(i + 1);
    case TokenType::word:
        if (t.info != nullptr && (t.info->cardinal != Cardinal::none || t.info->fraction_word)) {
            return true;
        }
        return is_word(i, "a") || is_word(i, "an") || is_word(i, "minus") || is_word(i, "negative");
    }
    return false;
}

Figure FigureParser::parse(std::size_t i) const {
    if (i >= m_tokens.size()) {
        return {};
    }
    const Token& t = m_tokens[i];
    bool sign = false;
    std::size_t body = i;
    if (t.type == TokenType::symbol && (t.symbol == '-' || t.symbol == 0x2212) &&
        is_digits(i + 1) && glued(i + 1)) {
        // A minus sign, not a hyphen: nothing glued before it but an opening
        // bracket or a comparison ("<-30"). "SCP-173" and "2012-13" are not.
        const bool free = i == 0 || t.gap != Gap::none ||
                          (m_tokens[i - 1].type == TokenType::symbol &&
                           (m_tokens[i - 1].symbol == '(' || m_tokens[i - 1].symbol == '<' ||
                            m_tokens[i - 1].symbol == '>' || m_tokens[i - 1].symbol == '=' ||
                            m_tokens[i - 1].symbol == '[' || m_tokens[i - 1].symbol == 0x2264 ||
                            m_tokens[i - 1].symbol == 0x2265));
        if (!free) {
            return {};
        }
        sign = true;
        body = i + 1;
    } else if ((is_word(i, "minus") || is_word(i, "negative")) && i + 1 < m_tokens.size() &&
               m_tokens[i + 1].gap != Gap::newline) {
        const Token& next = m_tokens[i + 1];
        if (next.type == TokenType::digits ||
            (next.type == TokenType::word && next.info != nullptr &&
             next.info->cardinal != Cardinal::none)) {
            sign = true;
            body = i + 1;
        } else {
            return {};
        }
    }
    Figure f = parse_unsigned(body, true);
    if (!f.valid) {
        return f;
    }
    if (sign) {
        if (f.kind != NumberKind::quantity) {
            return {};
        }
        f.first = i;
        f.value = -f.value;
        f.unscaled = -f.unscaled;
        f.negative = true;
        f.lone_literal = false;
    }
    return f;
}

Figure FigureParser::parse_unsigned(std::size_t i, bool allow_over) const {
    Figure f;
    f.first = i;
    if (i >= m_tokens.size()) {
        return f;
    }
    const Token& t = m_tokens[i];
    if (t.type == TokenType::vulgar) {
        f.value = vulgar_value(t.symbol);
        f.fraction = true;
        f.integer = false;
        f.last = i + 1;
        f.valid = f.value > 0;
        f.unscaled = f.value;
        return f;
    }
    if (t.type == TokenType::digits || is_symbol(i, '.')) {
        if (!parse_literal(i, f)) {
            Figure bad;
            bad.skip = f.skip;
            return bad;
        }
        if (f.kind != NumberKind::quantity || f.ordinal) {
            f.valid = true;
            return f;
        }
        // "2 1/4": a whole number and a fraction.
        if (f.lone_literal && is_digits(f.last) && !glued(f.last) &&
            m_tokens[f.last].gap != Gap::newline && is_symbol(f.last + 1, '/') &&
            glued(f.last + 1) && is_digits(f.last + 2) && glued(f.last + 2) &&
            !is_symbol(f.last + 3, '/')) {
            const double a = digits_value(text_of(f.last).substr(0, 15));
            const double b = digits_value(text_of(f.last + 2).substr(0, 15));
            if (b > 0 && a < b && text_of(f.last).size() <= 3 && text_of(f.last + 2).size() <= 3) {
                f.value += a / b;
                f.integer = false;
                f.lone_literal = false;
                f.fraction = true;
                f.last += 3;
            }
        }
        if (!f.fraction) {
            parse_suffix(f);
            if (!parse_words(f.last, f, true)) {
                return {};
            }
        }
    } else if (t.type == TokenType::word) {
        if (!parse_words(i, f, false)) {
            return {};
        }
    } else {
        return {};
    }
    if (!std::isfinite(f.value)) {
        return {};
    }
    // "one over three", "2000 over 3": a fraction only where the divisor ends
    // the clause; "$2000 over 3 years" is two figures.
    if (allow_over && is_word(f.last, "over") && f.kind == NumberKind::quantity) {
        const Figure y = parse_unsigned(f.last + 1, false);
        const std::size_t e = y.last;
        const bool ends =
            e >= m_tokens.size() || m_tokens[e].gap == Gap::newline ||
            (m_tokens[e].type == TokenType::symbol &&
             (m_tokens[e].symbol == '.' || m_tokens[e].symbol == ',' || m_tokens[e].symbol == ';' ||
              m_tokens[e].symbol == '?' || m_tokens[e].symbol == '!' || m_tokens[e].symbol == ')'));
        if (y.valid && y.kind == NumberKind::quantity && !y.percent && y.value != 0 && ends &&
            m_tokens[f.last].gap != Gap::newline && m_tokens[f.last + 1].gap != Gap::newline) {
            f.value /= y.value;
            f.unscaled = f.value;
            f.scale = 1;
            f.last = y.last;
            f.fraction = true;
            f.integer = false;
            f.lone_literal = false;
        }
    }
    // Percentages: "12%", "12 %", "12 percent", "12 per cent", "12 pct".
    const std::size_t p = f.last;
    if (is_symbol(p, '%') && m_tokens[p].gap != Gap::newline &&
        (glued(p) || m_tokens[p].gap == Gap::space)) {
        f.percent = true;
        f.last = p + 1;
    } else if (is_word(p, "percent") || is_word(p, "pct") || is_word(p, "percentage")) {
        f.percent = true;
        f.last = p + 1;
        if (is_word(p, "percentage") && (is_word(p + 1, "points") || is_word(p + 1, "point"))) {
            f.last = p + 2;
        }
    } else if (is_word(p, "per") && is_word(p + 1, "cent")) {
        f.percent = true;
        f.last = p + 2;
    }
    f.valid = true;
    return f;
}

// Reads a digit literal at `i`: separators, decimals, exponents, and the
// forms that make it something other than a quantity (IP addresses,
// versions, clock times, dates, ordinals).
bool FigureParser::parse_literal(std::size_t i, Figure& f) const {
    const std::size_t n = m_tokens.size();
    std::string digits;
    std::size_t p = i;
    std::size_t len0 = 0;
    bool leading_dot = false;
    if (is_symbol(i, '.')) {
        // ".08": only where the dot is not a sentence end glued to a word.
        if (!(is_digits(i + 1) && glued(i + 1))) {
            return false;
        }
        if (i > 0 && glued(i) &&
            (m_tokens[i - 1].type == TokenType::digits ||
             m_tokens[i - 1].type == TokenType::word)) {
            return false;
        }
        leading_dot = true;
        digits = "0.";
        digits.append(text_of(i + 1));
        p = i + 2;
        f.integer = false;
    } else {
        len0 = m_tokens[i].end - m_tokens[i].start;
        digits.assign(text_of(i));
        p = i + 1;
    }
    f.digits = len0;
    bool european = false;
    // "+1 202 555 0143" is a phone number, not "1 202 555".
    const bool after_plus = i > 0 && is_symbol(i - 1, '+') && glued(i);
    if (!leading_dot) {
        // Comma groups, looked at before any is taken.
        std::size_t lens[k_max_groups];
        std::size_t count = 0;
        for (std::size_t q = p; count < k_max_groups && is_symbol(q, ',') && glued(q) &&
                                is_digits(q + 1) && glued(q + 1);
             q += 2) {
            lens[count++] = m_tokens[q + 1].end - m_tokens[q + 1].start;
        }
        std::size_t take = 0;
        if (len0 <= 3) {
            while (take < count && lens[take] == 3) {
                ++take;
            }
        }
        if (take == 0 && len0 <= 2 && count >= 2 && lens[0] == 2) {
            // Indian grouping: "12,34,567".
            std::size_t j = 0;
            while (j < count && lens[j] == 2) {
                ++j;
            }
            if (j < count && lens[j] == 3) {
                take = j + 1;
            }
        }
        const bool in_list = i >= 2 && glued(i) && is_symbol(i - 1, ',') && glued(i - 1) &&
                             m_tokens[i - 2].type == TokenType::digits;
        if (take > 0) {
            for (std::size_t g = 0; g < take; ++g) {
                digits.append(text_of(p + 1));
                p += 2;
            }
            f.grouped = true;
        } else if (count == 1 && lens[0] <= 2 && !in_list) {
            // A decimal comma: "5,00", "1,3".
            digits.push_back('.');
            digits.append(text_of(p + 1));
            p += 2;
            f.integer = false;
        } else if (count == 0 && len0 <= 3 && p < n && is_digits(p) && !after_plus &&
                   (m_tokens[p].gap == Gap::space || m_tokens[p].gap == Gap::narrow) &&
                   m_tokens[p].end - m_tokens[p].start == 3) {
            // Groups separated by spaces: "816 000", "40 000", "1 414 021 100".
            const Gap sep = m_tokens[p].gap;
            std::size_t groups = 0;
            while (groups < k_max_groups && is_digits(p) && m_tokens[p].gap == sep &&
                   m_tokens[p].end - m_tokens[p].start == 3) {
                digits.append(text_of(p));
                ++p;
                ++groups;
            }
            f.grouped = true;
        } else if (count == 0 && len0 <= 3 && is_symbol(p, '.') && glued(p) && is_digits(p + 1) &&
                   glued(p + 1) && m_tokens[p + 1].end - m_tokens[p + 1].start == 3) {
            // "1.111,11": dots group thousands when a decimal comma ends it.
            std::size_t q = p;
            std::size_t groups = 0;
            while (groups < k_max_groups && is_symbol(q, '.') && glued(q) && is_digits(q + 1) &&
                   glued(q + 1) && m_tokens[q + 1].end - m_tokens[q + 1].start == 3) {
                q += 2;
                ++groups;
            }
            if (is_symbol(q, ',') && glued(q) && is_digits(q + 1) && glued(q + 1) &&
                m_tokens[q + 1].end - m_tokens[q + 1].start != 3) {
                for (std::size_t g = 0; g < groups; ++g) {
                    digits.append(text_of(p + 1));
                    p += 2;
                }
                digits.push_back('.');
                digits.append(text_of(p + 1));
                p += 2;
                f.grouped = true;
                f.integer = false;
                european = true;
            }
        }
    }
    // Decimals, and dotted sequences that are not decimals.
    if (!european && is_symbol(p, '.') && glued(p) && is_digits(p + 1) && glued(p + 1) &&
        f.integer) {
        if (!f.grouped && !leading_dot) {
            std::size_t q = p;
            std::size_t dots = 0;
            bool small = len0 <= 3 && digits_value(digits) <= 255;
            while (dots < 8 && is_symbol(q, '.') && glued(q) && is_digits(q + 1) && glued(q + 1)) {
                const std::string_view g = text_of(q + 1);
                small = small && g.size() <= 3 && digits_value(g) <= 255;
                ++dots;
                q += 2;
            }
            if (dots >= 2) {
                f.kind = dots == 3 && small ? NumberKind::ip_address : NumberKind::version;
                f.value = digits_value(digits.substr(0, 15));
                f.unscaled = f.value;
                f.last = q;
                f.integer = false;
                return true;
            }
        }
        digits.push_back('.');
        digits.append(text_of(p + 1));
        p += 2;
        f.integer = false;
    }
    // Count the integer digits that matter before converting.
    std::size_t significant = 0;
    {
        const std::size_t dot = digits.find('.');
        const std::string_view int_part =
            std::string_view(digits).substr(0, dot == std::string::npos ? digits.size() : dot);
        const std::size_t nz = int_part.find_first_not_of('0');
        significant = nz == std::string_view::npos ? 0 : int_part.size() - nz;
    }
    bool plain = true;
    long long exponent = 0;
    bool has_exponent = false;
    // Exponent: "1e10", "12.32e+14", "-12e-1".
    if (p < n && m_tokens[p].type == TokenType::word && glued(p) &&
        (text_of(p) == "e" || text_of(p) == "E")) {
        std::size_t q = p + 1;
        bool negative = false;
        if ((is_symbol(q, '+') || is_symbol(q, '-')) && glued(q)) {
            negative = is_symbol(q, '-');
            ++q;
        }
        if (is_digits(q) && glued(q)) {
            const std::string_view e = text_of(q);
            exponent = e.size() > 6 ? 999999 : static_cast<long long>(digits_value(e));
            if (negative) {
                exponent = -exponent;
            }
            has_exponent = true;
            p = q + 1;
        }
    }
    // Past a double's range the literal is no figure at all; the scan skips
    // all of it rather than read its tail ("1e309" is not 309).
    f.skip = p;
    if (significant > k_max_integer_digits) {
        return false;
    }
    double value = 0;
    if (has_exponent) {
        if (exponent > 400 || exponent < -400 ||
            !to_double(digits + "e" + std::to_string(exponent), value)) {
            return false;
        }
        plain = false;
    } else if (!to_double(digits, value)) {
        return false;
    }
    // Powers: "1.1^23", "2.5^-1"; "1.3x10^6".
    if (is_symbol(p, '^') && glued(p)) {
        std::size_t q = p + 1;
        bool negative = false;
        for (int k = 0; k < 4 && (is_symbol(q, '+') || is_symbol(q, '-')) && glued(q); ++k) {
            negative = negative != is_symbol(q, '-');
            ++q;
        }
        if (is_digits(q) && glued(q) && text_of(q).size() <= 4) {
            const double e = digits_value(text_of(q));
            value = std::pow(value, negative ? -e : e);
            p = q + 1;
            plain = false;
        }
    } else if (((p < n && glued(p) && (text_of(p) == "x" || text_of(p) == "X")) ||
                is_symbol(p, 0xD7)) &&
               text_of(p + 1) == "10" && is_symbol(p + 2, '^')) {
        std::size_t q = p + 3;
        bool negative = false;
        if ((is_symbol(q, '+') || is_symbol(q, '-')) && glued(q)) {
            negative = is_symbol(q, '-');
            ++q;
        }
        if (is_digits(q) && glued(q) && text_of(q).size() <= 3) {
            const double e = digits_value(text_of(q));
            value *= std::pow(10.0, negative ? -e : e);
            p = q + 1;
            plain = false;
        }
    }
    if (!std::isfinite(value)) {
        return false;
    }
    f.value = value;
    f.unscaled = value;
    f.last = p;
    f.lone_literal = plain && !f.grouped && f.integer && !leading_dot;
    if (!f.lone_literal) {
        return true;
    }
    // Forms of a plain integer that are not quantities.
    if (is_symbol(p, '/') && glued(p) && is_digits(p + 1) && glued(p + 1)) {
        if (is_symbol(p + 2, '/') && glued(p + 2) && is_digits(p + 3) && glued(p + 3)) {
            f.kind = NumberKind::date; // 21/09/2023, 5/17/2018
            f.last = p + 4;
            return true;
        }
        const double b = digits_value(text_of(p + 1).substr(0, 15));
        if (b > 0 && value < b && len0 <= 3 && text_of(p + 1).size() <= 3) {
            f.value = value / b; // "3/4"
            f.unscaled = f.value;
            f.fraction = true;
            f.integer = false;
            f.lone_literal = false;
            f.last = p + 2;
            return true;
        }
        if (value <= 31 && b <= 31 && (value <= 12 || b <= 12) && value > 0 && b > 0) {
            f.kind = NumberKind::date; // "9/11", "21/9"
            f.last = p + 2;
            return true;
        }
        return true;
    }
    if (len0 == 4 && p < n && m_tokens[p].type == TokenType::symbol &&
        is_dash(m_tokens[p].symbol) && glued(p) && is_digits(p + 1) && glued(p + 1) &&
        text_of(p + 1).size() == 2 && is_symbol(p + 2, m_tokens[p].symbol) && glued(p + 2) &&
        is_digits(p + 3) && glued(p + 3) && text_of(p + 3).size() == 2) {
        f.kind = NumberKind::date; // 2023-09-21
        f.last = p + 4;
        return true;
    }
    if (len0 <= 2 && is_symbol(p, ':') && glued(p) && is_digits(p + 1) && glued(p + 1) &&
        text_of(p + 1).size() == 2) {
        f.kind = NumberKind::clock_time; // 20:00, 8:30:15
        f.last = p + 2;
        if (is_symbol(f.last, ':') && glued(f.last) && is_digits(f.last + 1) && glued(f.last + 1) &&
            text_of(f.last + 1).size() == 2) {
            f.last += 2;
        }
        return true;
    }
    if (p < n && m_tokens[p].type == TokenType::word && glued(p)) {
        const std::string_view s = text_of(p);
        if (equals_lower(s, "st") || equals_lower(s, "nd") || equals_lower(s, "rd") ||
            equals_lower(s, "th")) {
            f.ordinal = true;
            f.kind = NumberKind::ordinal;
            f.last = p + 1;
            return true;
        }
        if (s == "s" && (len0 == 4 || len0 == 2) && std::fmod(value, 10) == 0) {
            f.kind = NumberKind::year; // "1990s", "90s"
            f.last = p + 1;
            return true;
        }
    }
    return true;
}

// Abbreviated scales glued to (or, for a few, spaced from) a literal:
// "120k", "3bn", "10 bln", "10M", "1MM", "$10m".
void FigureParser::parse_suffix(Figure& f) const {
    const std::size_t p = f.last;
    if (p >= m_tokens.size() || m_tokens[p].type != TokenType::word) {
        return;
    }
    const Gap gap = m_tokens[p].gap;
    if (gap != Gap::none && gap != Gap::space && gap != Gap::wide) {
        return;
    }
    const std::string_view s = text_of(p);
    double scale = 0;
    const WordInfo* w = m_tokens[p].info;
    if (w != nullptr && w->scale_suffix > 0 && w->cardinal == Cardinal::none) {
        // "k" spaced only when nothing word-like follows glued ("2.33 k").
        scale = w->scale_suffix;
        if (s.size() == 1 && gap != Gap::none && f.first > 0 &&
            m_tokens[f.first].gap == Gap::none && m_tokens[f.first - 1].type == TokenType::word) {
            scale = 0;
        }
    } else if (s == "M" || s == "MM") {
        scale = 1e6;
    } else if (s == "G") {
        scale = 1e9;
    } else if ((s == "b" || s == "B" || s == "Bn") && gap == Gap::none) {
        scale = 1e9;
    } else if ((s == "m" || s == "T") && gap == Gap::none && f.first > 0) {
        // "$10m" is ten million; "10m" alone is ten metres.
        const Token& before = m_tokens[f.first - 1];
        if (before.type == TokenType::symbol &&
            (before.symbol == '$' || before.symbol == 0xA3 || before.symbol == 0x20AC)) {
            scale = s == "m" ? 1e6 : 1e12;
        }
    }
    if (scale == 0) {
        return;
    }
    // A suffix must end the word: "10kg" and "29km" are not "10k".
    f.unscaled = f.value;
    f.value *= scale;
    f.scale = scale;
    f.last = p + 1;
    f.lone_literal = false;
}

} // namespace crosscheck::extract::detail
