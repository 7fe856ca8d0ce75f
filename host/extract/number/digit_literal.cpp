#include "host/extract/number/digit_literal.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace crosscheck::extract::number {
namespace {

// Lookahead caps: a comma list or digit-group run is never read further than
// this, so that "1,2,3,...,n" stays linear however long it is.
constexpr std::size_t k_max_groups = 64;
// Longest digit run read as a value; longer runs overflow a double anyway
// (about 1.8e308) and are skipped.
constexpr std::size_t k_max_integer_digits = 309;

// Parses a plain decimal string ("1234.5", "0.08") with an optional
// exponent; false when it overflows or underflows a double.
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

// The length of token `i`, which must exist.
std::size_t length_of(const TokenizedText& t, std::size_t i) {
    return t.token(i).end - t.token(i).start;
}

// The literal as read so far.
struct Literal {
    std::string digits;      ///< what from_chars reads: "1234.5", "0.08"
    std::size_t next = 0;    ///< the first token not read yet
    std::size_t leading = 0; ///< length of the first digit run (0 after a leading dot)
    bool leading_dot = false;
    bool european = false; ///< "1.111,11": dots grouped, the comma was the decimal mark

    // Appends the digits of token `i` after `mark` (0: none).
    void append(const TokenizedText& t, std::size_t i, char mark = 0) {
        if (mark != 0) {
            digits.push_back(mark);
        }
        digits.append(t.text_of(i));
    }
};

// The first digit run, or ".08": only where the dot is not a sentence end
// glued to a word.
bool begin_literal(const TokenizedText& t, std::size_t i, Literal& lit, Figure& f) {
    if (t.is_symbol(i, '.')) {
        if (!t.glued_digits(i + 1)) {
            return false;
        }
        if (i > 0 && t.glued(i) &&
            (t.token(i - 1).type == TokenType::digits || t.token(i - 1).type == TokenType::word)) {
            return false;
        }
        lit.leading_dot = true;
        lit.digits = "0.";
        lit.append(t, i + 1);
        lit.next = i + 2;
        f.integer = false;
    } else {
        lit.leading = length_of(t, i);
        lit.digits.assign(t.text_of(i));
        lit.next = i + 1;
    }
    f.digits = lit.leading;
    return true;
}

// The lengths of the comma-separated digit groups after the first run,
// looked at before any is taken.
struct CommaGroups {
    std::size_t lengths[k_max_groups];
    std::size_t count = 0;
};

CommaGroups comma_groups(const TokenizedText& t, std::size_t p) {
    CommaGroups g;
    for (std::size_t q = p; g.count < k_max_groups && t.glued_separator(q, ','); q += 2) {
        g.lengths[g.count++] = length_of(t, q + 1);
    }
    return g;
}

// How many comma groups group thousands: "1,234,567", or the Indian
// "12,34,567"; 0 when none do.
std::size_t thousands_groups(const CommaGroups& g, std::size_t leading) {
    std::size_t take = 0;
    if (leading <= 3) {
        while (take < g.count && g.lengths[take] == 3) {
            ++take;
        }
    }
    if (take == 0 && leading <= 2 && g.count >= 2 && g.lengths[0] == 2) {
        std::size_t j = 0;
        while (j < g.count && g.lengths[j] == 2) {
            ++j;
        }
        if (j < g.count && g.lengths[j] == 3) {
            take = j + 1;
        }
    }
    return take;
}

// Groups separated by spaces: "816 000", "40 000", "1 414 021 100".
void read_space_groups(const TokenizedText& t, Literal& lit, Figure& f) {
    const Gap separator = t.token(lit.next).gap;
    std::size_t groups = 0;
    while (groups < k_max_groups && t.is_digits(lit.next) && t.token(lit.next).gap == separator &&
           length_of(t, lit.next) == 3) {
        lit.append(t, lit.next);
        ++lit.next;
        ++groups;
    }
    f.grouped = true;
}

// "1.111,11": dots group thousands only when a decimal comma ends them.
void read_dot_groups(const TokenizedText& t, Literal& lit, Figure& f) {
    std::size_t q = lit.next;
    std::size_t groups = 0;
    while (groups < k_max_groups && t.glued_separator(q, '.') && length_of(t, q + 1) == 3) {
        q += 2;
        ++groups;
    }
    if (!t.glued_separator(q, ',') || length_of(t, q + 1) == 3) {
        return;
    }
    for (std::size_t g = 0; g < groups; ++g) {
        lit.append(t, lit.next + 1);
        lit.next += 2;
    }
    lit.append(t, lit.next + 1, '.');
    lit.next += 2;
    f.grouped = true;
    f.integer = false;
    lit.european = true;
}

// What follows the first run: thousands groups (commas, spaces, dots) or a
// decimal comma ("5,00", "1,3").
void read_groups(const TokenizedText& t, std::size_t i, Literal& lit, Figure& f) {
    // "+1 202 555 0143" is a phone number, not "1 202 555".
    const bool after_plus = i > 0 && t.is_symbol(i - 1, '+') && t.glued(i);
    const CommaGroups g = comma_groups(t, lit.next);
    const std::size_t take = thousands_groups(g, lit.leading);
    // "1,2,3": the figure after a comma in a list is never a decimal part.
    const bool in_list = i >= 2 && t.glued(i) && t.is_symbol(i - 1, ',') && t.glued(i - 1) &&
                         t.token(i - 2).type == TokenType::digits;
    const std::size_t p = lit.next;
    if (take > 0) {
        for (std::size_t k = 0; k < take; ++k) {
            lit.append(t, lit.next + 1);
            lit.next += 2;
        }
        f.grouped = true;
    } else if (g.count == 1 && g.lengths[0] <= 2 && !in_list) {
        lit.append(t, p + 1, '.');
        lit.next += 2;
        f.integer = false;
    } else if (g.count == 0 && lit.leading <= 3 && t.is_digits(p) && !after_plus &&
               (t.token(p).gap == Gap::space || t.token(p).gap == Gap::narrow) &&
               length_of(t, p) == 3) {
        read_space_groups(t, lit, f);
    } else if (g.count == 0 && lit.leading <= 3 && t.glued_separator(p, '.') &&
               length_of(t, p + 1) == 3) {
        read_dot_groups(t, lit, f);
    }
}

// Two or more dots between small runs: "192.168.1.2" is an IP address,
// "2.3.1" a version. True when the literal is one of them (and complete).
bool read_dotted_sequence(const TokenizedText& t, const Literal& lit, Figure& f) {
    std::size_t q = lit.next;
    std::size_t dots = 0;
    bool small = lit.leading <= 3 && digits_value(lit.digits) <= 255;
    while (dots < 8 && t.glued_separator(q, '.')) {
        const std::string_view g = t.text_of(q + 1);
        small = small && g.size() <= 3 && digits_value(g) <= 255;
        ++dots;
        q += 2;
    }
    if (dots < 2) {
        return false;
    }
    f.kind = dots == 3 && small ? NumberKind::ip_address : NumberKind::version;
    f.value = digits_value(lit.digits.substr(0, 15));
    f.unscaled = f.value;
    f.last = q;
    f.integer = false;
    return true;
}

// A decimal point and its digits. True when the dots make the literal an
// IP address or a version instead (then it is complete).
bool read_decimals(const TokenizedText& t, Literal& lit, Figure& f) {
    if (lit.european || !f.integer || !t.glued_separator(lit.next, '.')) {
        return false;
    }
    if (!f.grouped && !lit.leading_dot && read_dotted_sequence(t, lit, f)) {
        return true;
    }
    lit.append(t, lit.next + 1, '.');
    lit.next += 2;
    f.integer = false;
    return false;
}

// The integer digits that matter ("000123" has three), counted before
// converting so that a 10,000-digit run is refused, not read as infinity.
std::size_t significant_digits(const std::string& digits) {
    const std::size_t dot = digits.find('.');
    const std::string_view whole =
        std::string_view(digits).substr(0, dot == std::string::npos ? digits.size() : dot);
    const std::size_t nonzero = whole.find_first_not_of('0');
    return nonzero == std::string_view::npos ? 0 : whole.size() - nonzero;
}

struct Exponent {
    long long value = 0;
    bool present = false;
};

// "1e10", "12.32e+14", "-12e-1".
Exponent read_exponent(const TokenizedText& t, Literal& lit) {
    const std::size_t p = lit.next;
    if (!(p < t.size() && t.token(p).type == TokenType::word && t.glued(p) &&
          (t.text_of(p) == "e" || t.text_of(p) == "E"))) {
        return {};
    }
    std::size_t q = p + 1;
    bool negative = false;
    if ((t.is_symbol(q, '+') || t.is_symbol(q, '-')) && t.glued(q)) {
        negative = t.is_symbol(q, '-');
        ++q;
    }
    if (!t.glued_digits(q)) {
        return {};
    }
    const std::string_view e = t.text_of(q);
    Exponent exponent{e.size() > 6 ? 999999 : static_cast<long long>(digits_value(e)), true};
    if (negative) {
        exponent.value = -exponent.value;
    }
    lit.next = q + 1;
    return exponent;
}

// The literal's value; false when it over- or underflows a double.
bool literal_value(const Literal& lit, const Exponent& exponent, double& value) {
    if (!exponent.present) {
        return to_double(lit.digits, value);
    }
    return exponent.value <= 400 && exponent.value >= -400 &&
           to_double(lit.digits + "e" + std::to_string(exponent.value), value);
}

// Powers: "1.1^23", "2.5^-1"; "1.3x10^6". True when one was read.
bool read_power(const TokenizedText& t, Literal& lit, double& value) {
    const std::size_t p = lit.next;
    if (t.is_symbol(p, '^') && t.glued(p)) {
        std::size_t q = p + 1;
        bool negative = false;
        for (int k = 0; k < 4 && (t.is_symbol(q, '+') || t.is_symbol(q, '-')) && t.glued(q); ++k) {
            negative = negative != t.is_symbol(q, '-');
            ++q;
        }
        if (!t.glued_digits(q) || t.text_of(q).size() > 4) {
            return false;
        }
        const double e = digits_value(t.text_of(q));
        value = std::pow(value, negative ? -e : e);
        lit.next = q + 1;
        return true;
    }
    const bool times =
        (p < t.size() && t.glued(p) && (t.text_of(p) == "x" || t.text_of(p) == "X")) ||
        t.is_symbol(p, 0xD7);
    if (!times || t.text_of(p + 1) != "10" || !t.is_symbol(p + 2, '^')) {
        return false;
    }
    std::size_t q = p + 3;
    bool negative = false;
    if ((t.is_symbol(q, '+') || t.is_symbol(q, '-')) && t.glued(q)) {
        negative = t.is_symbol(q, '-');
        ++q;
    }
    if (!t.glued_digits(q) || t.text_of(q).size() > 3) {
        return false;
    }
    const double e = digits_value(t.text_of(q));
    value *= std::pow(10.0, negative ? -e : e);
    lit.next = q + 1;
    return true;
}

// "21/09/2023", "3/4", "9/11": a plain integer before a slash and digits.
// True when the slash is there (whatever it made of the figure).
bool read_slash_form(const TokenizedText& t, std::size_t leading, Figure& f) {
    const std::size_t p = f.last;
    if (!t.glued_separator(p, '/')) {
        return false;
    }
    if (t.glued_separator(p + 2, '/')) {
        f.kind = NumberKind::date; // 21/09/2023, 5/17/2018
        f.last = p + 4;
        return true;
    }
    const double value = f.value;
    const double b = digits_value(t.text_of(p + 1).substr(0, 15));
    const bool date_like = value <= 31 && b <= 31 && (value <= 12 || b <= 12) && value > 0 && b > 0;
    // "the 9/11 attacks" names a day; "the 2/3 majority" and "3/4 of" are
    // fractions still.
    const bool named_day = date_like && b > 4 && f.first > 0 && t.is_word(f.first - 1, "the") &&
                           !t.is_word(p + 2, "of");
    if (!named_day && b > 0 && value < b && leading <= 3 && t.text_of(p + 1).size() <= 3) {
        f.value = value / b; // "3/4"
        f.unscaled = f.value;
        f.fraction = true;
        f.integer = false;
        f.lone_literal = false;
        f.last = p + 2;
    } else if (date_like) {
        f.kind = NumberKind::date; // "9/11", "21/9"
        f.last = p + 2;
    }
    return true;
}

// 2023-09-21 (the same dash twice).
bool read_iso_date(const TokenizedText& t, std::size_t leading, Figure& f) {
    const std::size_t p = f.last;
    if (leading != 4 || p >= t.size() || t.token(p).type != TokenType::symbol ||
        !is_dash(t.token(p).symbol) || !t.glued(p) || !t.glued_digits(p + 1) ||
        t.text_of(p + 1).size() != 2 || !t.glued_separator(p + 2, t.token(p).symbol) ||
        t.text_of(p + 3).size() != 2) {
        return false;
    }
    f.kind = NumberKind::date;
    f.last = p + 4;
    return true;
}

// 20:00, 8:30:15.
bool read_clock_digits(const TokenizedText& t, std::size_t leading, Figure& f) {
    const std::size_t p = f.last;
    if (leading > 2 || !t.glued_separator(p, ':') || t.text_of(p + 1).size() != 2) {
        return false;
    }
    f.kind = NumberKind::clock_time;
    f.last = p + 2;
    if (t.glued_separator(f.last, ':') && t.text_of(f.last + 1).size() == 2) {
        f.last += 2;
    }
    return true;
}

// "21st", "3rd", "the 1,000th day": an ordinal suffix glued to the digits.
bool read_ordinal_suffix(const TokenizedText& t, Figure& f) {
    const std::size_t p = f.last;
    if (p >= t.size() || t.token(p).type != TokenType::word || !t.glued(p)) {
        return false;
    }
    const std::string_view s = t.text_of(p);
    if (!(equals_lower(s, "st") || equals_lower(s, "nd") || equals_lower(s, "rd") ||
          equals_lower(s, "th"))) {
        return false;
    }
    f.ordinal = true;
    f.kind = NumberKind::ordinal;
    f.last = p + 1;
    return true;
}

// "21st", "3rd"; "1990s", "90s".
void read_glued_suffix(const TokenizedText& t, std::size_t leading, Figure& f) {
    const std::size_t p = f.last;
    if (p >= t.size() || t.token(p).type != TokenType::word || !t.glued(p) ||
        read_ordinal_suffix(t, f)) {
        return;
    }
    const std::string_view s = t.text_of(p);
    if (s == "s" && (leading == 4 || leading == 2) && std::fmod(f.value, 10) == 0) {
        f.kind = NumberKind::year;
        f.last = p + 1;
    }
}

// The forms of a plain integer that are not quantities, or not whole.
void read_integer_form(const TokenizedText& t, std::size_t leading, Figure& f) {
    if (read_slash_form(t, leading, f) || read_iso_date(t, leading, f) ||
        read_clock_digits(t, leading, f)) {
        return;
    }
    read_glued_suffix(t, leading, f);
}

} // namespace

bool read_digit_literal(const TokenizedText& t, std::size_t i, Figure& f) {
    Literal lit;
    if (!begin_literal(t, i, lit, f)) {
        return false;
    }
    if (!lit.leading_dot) {
        read_groups(t, i, lit, f);
    }
    if (read_decimals(t, lit, f)) {
        return true;
    }
    const std::size_t significant = significant_digits(lit.digits);
    const Exponent exponent = read_exponent(t, lit);
    // Past a double's range the literal is no figure at all; the scan skips
    // all of it rather than read its tail ("1e309" is not 309).
    f.skip = lit.next;
    double value = 0;
    if (significant > k_max_integer_digits || !literal_value(lit, exponent, value)) {
        return false;
    }
    const bool powered = read_power(t, lit, value);
    if (!std::isfinite(value)) {
        return false;
    }
    f.value = value;
    f.unscaled = value;
    f.last = lit.next;
    f.lone_literal = !exponent.present && !powered && !f.grouped && f.integer && !lit.leading_dot;
    if (f.lone_literal) {
        read_integer_form(t, lit.leading, f);
    } else if (f.grouped && f.integer && !exponent.present && !powered) {
        read_ordinal_suffix(t, f); // "the 1,000th day" is no count
    }
    return true;
}

void read_mixed_fraction(const TokenizedText& t, Figure& f) {
    const std::size_t p = f.last;
    if (!f.lone_literal || !t.is_digits(p) || t.glued(p) || t.after_newline(p) ||
        !t.glued_separator(p + 1, '/') || t.is_symbol(p + 3, '/')) {
        return;
    }
    const double a = digits_value(t.text_of(p).substr(0, 15));
    const double b = digits_value(t.text_of(p + 2).substr(0, 15));
    if (b > 0 && a < b && t.text_of(p).size() <= 3 && t.text_of(p + 2).size() <= 3) {
        f.value += a / b;
        f.integer = false;
        f.lone_literal = false;
        f.fraction = true;
        f.last += 3;
    }
}

void read_scale_suffix(const TokenizedText& t, Figure& f) {
    const std::size_t p = f.last;
    if (p >= t.size() || t.token(p).type != TokenType::word) {
        return;
    }
    const Gap gap = t.token(p).gap;
    if (gap != Gap::none && gap != Gap::space && gap != Gap::wide) {
        return;
    }
    const std::string_view s = t.text_of(p);
    double scale = 0;
    const WordInfo* w = t.token(p).info;
    if (w != nullptr && w->scale_suffix > 0 && w->cardinal == Cardinal::none) {
        // "k" spaced only when nothing word-like follows glued ("2.33 k").
        scale = w->scale_suffix;
        if (s.size() == 1 && gap != Gap::none && f.first > 0 && t.glued(f.first) &&
            t.token(f.first - 1).type == TokenType::word) {
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
        const Token& before = t.token(f.first - 1);
        if (before.type == TokenType::symbol &&
            (before.symbol == '$' || before.symbol == 0xA3 || before.symbol == 0x20AC)) {
            scale = s == "m" ? 1e6 : 1e12;
        }
    }
    if (scale == 0) {
        return;
    }
    f.unscaled = f.value;
    f.value *= scale;
    f.scale = scale;
    f.last = p + 1;
    f.lone_literal = false;
}

} // namespace crosscheck::extract::number
