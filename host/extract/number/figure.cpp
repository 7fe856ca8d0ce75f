#include "host/extract/number/figure.hpp"

#include "host/extract/number/digit_literal.hpp"
#include "host/extract/number/word_number.hpp"

#include <cmath>

namespace crosscheck::extract::number {
namespace {

// Value of a vulgar fraction character (tokenizer code point); 0 for none.
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

Figure vulgar_figure(const Token& t, std::size_t i) {
    Figure f;
    f.first = i;
    f.value = vulgar_value(t.symbol);
    f.fraction = true;
    f.integer = false;
    f.last = i + 1;
    f.valid = f.value > 0;
    f.unscaled = f.value;
    return f;
}

// A minus sign, not a hyphen: nothing glued before it but an opening
// bracket or a comparison ("<-30"). "SCP-173" and "2012-13" are not.
bool free_minus(const TokenizedText& t, std::size_t i) {
    if (i == 0 || !t.glued(i)) {
        return true;
    }
    const Token& before = t.token(i - 1);
    return before.type == TokenType::symbol &&
           (before.symbol == '(' || before.symbol == '<' || before.symbol == '>' ||
            before.symbol == '=' || before.symbol == '[' || before.symbol == 0x2264 ||
            before.symbol == 0x2265);
}

enum class Sign { none, minus, refused };

// The sign at token `i`: "-4.5", "minus five", "negative 3"; `body` is set
// to the token the figure's digits or words start at.
Sign read_sign(const TokenizedText& t, std::size_t i, std::size_t& body) {
    const Token& token = t.token(i);
    if (token.type == TokenType::symbol && (token.symbol == '-' || token.symbol == 0x2212) &&
        t.is_digits(i + 1) && t.glued(i + 1)) {
        if (!free_minus(t, i)) {
            return Sign::refused;
        }
        body = i + 1;
        return Sign::minus;
    }
    if ((t.is_word(i, "minus") || t.is_word(i, "negative")) && i + 1 < t.size() &&
        !t.after_newline(i + 1)) {
        const Token& next = t.token(i + 1);
        const bool number_follows = next.type == TokenType::digits ||
                                    (next.type == TokenType::word && next.info != nullptr &&
                                     next.info->cardinal != Cardinal::none);
        if (!number_follows) {
            return Sign::refused;
        }
        body = i + 1;
        return Sign::minus;
    }
    return Sign::none;
}

// Token `i` ends a clause: the end of the text or a line, or punctuation.
bool ends_clause(const TokenizedText& t, std::size_t i) {
    if (i >= t.size() || t.after_newline(i)) {
        return true;
    }
    const Token& e = t.token(i);
    return e.type == TokenType::symbol && (e.symbol == '.' || e.symbol == ',' || e.symbol == ';' ||
                                           e.symbol == '?' || e.symbol == '!' || e.symbol == ')');
}

} // namespace

bool FigureParser::can_start(std::size_t i) const {
    if (i >= m_tokens.size()) {
        return false;
    }
    const Token& t = m_tokens.token(i);
    switch (t.type) {
    case TokenType::digits:
    case TokenType::vulgar:
        return true;
    case TokenType::symbol:
        return (is_dash(t.symbol) || t.symbol == '.') && m_tokens.is_digits(i + 1) &&
               m_tokens.glued(i + 1);
    case TokenType::word:
        if (t.info != nullptr && (t.info->cardinal != Cardinal::none || t.info->fraction_word)) {
            return true;
        }
        return m_tokens.is_word(i, "a") || m_tokens.is_word(i, "an") ||
               m_tokens.is_word(i, "minus") || m_tokens.is_word(i, "negative");
    }
    return false;
}

Figure FigureParser::parse(std::size_t i) const {
    if (i >= m_tokens.size()) {
        return {};
    }
    std::size_t body = i;
    const Sign sign = read_sign(m_tokens, i, body);
    if (sign == Sign::refused) {
        return {};
    }
    Figure f = parse_unsigned(body, true);
    if (!f.valid || sign == Sign::none) {
        return f;
    }
    if (f.kind != NumberKind::quantity) {
        return {};
    }
    f.first = i;
    f.value = -f.value;
    f.unscaled = -f.unscaled;
    f.negative = true;
    f.lone_literal = false;
    return f;
}

Figure FigureParser::parse_unsigned(std::size_t i, bool allow_over) const {
    Figure f;
    f.first = i;
    if (i >= m_tokens.size()) {
        return f;
    }
    const Token& t = m_tokens.token(i);
    if (t.type == TokenType::vulgar) {
        return vulgar_figure(t, i);
    }
    if (t.type == TokenType::digits || m_tokens.is_symbol(i, '.')) {
        if (!read_digit_figure(i, f)) {
            return f;
        }
    } else if (t.type != TokenType::word || !read_number_words(m_tokens, i, f, false)) {
        return {};
    }
    if (!std::isfinite(f.value)) {
        return {};
    }
    if (allow_over) {
        read_divisor(f);
    }
    read_percent(f);
    f.valid = true;
    return f;
}

// Digits and what may follow them: a fraction, a scale suffix, scale
// words ("1.2 million", "4 thousand 3 hundred"). False when `f` is complete
// already (a date, a clock time ... : valid) or no figure (invalid, with
// its `skip`).
bool FigureParser::read_digit_figure(std::size_t i, Figure& f) const {
    if (!read_digit_literal(m_tokens, i, f)) {
        Figure bad;
        bad.skip = f.skip;
        f = bad;
        return false;
    }
    if (f.kind != NumberKind::quantity || f.ordinal) {
        f.valid = true;
        return false;
    }
    read_mixed_fraction(m_tokens, f);
    if (!f.fraction) {
        read_scale_suffix(m_tokens, f);
        if (!read_number_words(m_tokens, f.last, f, true)) {
            f = Figure{};
            return false;
        }
        read_scale_remainder(f);
    }
    return true;
}

// "2 thousand 323": whole digits below a thousand one space after
// "thousand" are the rest of the figure (2,323); "3 million 2023" is two.
void FigureParser::read_scale_remainder(Figure& f) const {
    constexpr double k_thousand = 1000;
    if (!f.words || f.scale != k_thousand || !f.integer || f.last >= m_tokens.size() ||
        m_tokens.token(f.last).gap != Gap::space || m_tokens.after_newline(f.last)) {
        return;
    }
    Figure rest;
    if (!read_digit_literal(m_tokens, f.last, rest) || rest.kind != NumberKind::quantity ||
        !rest.integer || rest.ordinal || !rest.lone_literal || rest.value >= f.scale ||
        rest.value <= 0) {
        return;
    }
    f.value += rest.value;
    f.last = rest.last;
    f.lone_literal = false;
}

// "one over three", "2000 over 3": a fraction only where the divisor ends
// the clause; "$2000 over 3 years" is two figures.
void FigureParser::read_divisor(Figure& f) const {
    if (!m_tokens.is_word(f.last, "over") || f.kind != NumberKind::quantity) {
        return;
    }
    const Figure y = parse_unsigned(f.last + 1, false);
    if (!y.valid || y.kind != NumberKind::quantity || y.percent || y.value == 0 ||
        !ends_clause(m_tokens, y.last) || m_tokens.after_newline(f.last) ||
        m_tokens.after_newline(f.last + 1)) {
        return;
    }
    f.value /= y.value;
    f.unscaled = f.value;
    f.scale = 1;
    f.last = y.last;
    f.fraction = true;
    f.integer = false;
    f.lone_literal = false;
}

// Percentages: "12%", "12 %", "12 percent", "12 per cent", "12 pct",
// "12 percentage points".
void FigureParser::read_percent(Figure& f) const {
    const std::size_t p = f.last;
    if (m_tokens.is_symbol(p, '%') && !m_tokens.after_newline(p) &&
        (m_tokens.glued(p) || m_tokens.token(p).gap == Gap::space)) {
        f.percent = true;
        f.last = p + 1;
    } else if (m_tokens.is_word(p, "percent") || m_tokens.is_word(p, "pct") ||
               m_tokens.is_word(p, "percentage")) {
        f.percent = true;
        f.last = p + 1;
        if (m_tokens.is_word(p, "percentage") &&
            (m_tokens.is_word(p + 1, "points") || m_tokens.is_word(p + 1, "point"))) {
            f.last = p + 2;
        }
    } else if (m_tokens.is_word(p, "per") && m_tokens.is_word(p + 1, "cent")) {
        f.percent = true;
        f.last = p + 2;
    }
}

} // namespace crosscheck::extract::number
