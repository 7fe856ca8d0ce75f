#include "host/extract/number/context_classifier.hpp"

#include <array>

namespace crosscheck::extract::number {
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

// The figure and the tokens around it, with the questions every rule asks.
struct Surroundings {
    const TokenizedText& t;
    const Figure& f;
    std::size_t b;      ///< the figure's first token
    std::size_t e;      ///< the token after it
    std::size_t before; ///< the word before it, past an abbreviation's dot; t.size() when none

    Surroundings(const TokenizedText& tokens, const Figure& figure)
        : t(tokens), f(figure), b(figure.first), e(figure.last),
          before(b == 0                                                            ? tokens.size()
                 : (b >= 2 && tokens.is_symbol(b - 1, '.') && tokens.glued(b - 1)) ? b - 2
                                                                                   : b - 1) {}

    // "may" and "march" are verbs too: only capitalised they are months.
    [[nodiscard]] bool month_at(std::size_t i) const {
        const WordInfo* w = t.info(i);
        if (w == nullptr || !w->month) {
            return false;
        }
        const std::string_view s = t.text_of(i);
        const bool also_a_word = equals_lower(s, "may") || equals_lower(s, "march") ||
                                 equals_lower(s, "mar") || equals_lower(s, "jan") ||
                                 equals_lower(s, "dec");
        return !also_a_word || starts_upper(s);
    }
    [[nodiscard]] bool month_before() const { return before < t.size() && month_at(before); }
    // The token after the figure is on the same line.
    [[nodiscard]] bool followed() const { return e < t.size() && !t.after_newline(e); }
};

// "Sept 21st", "21st of September" are dates; other ordinals are ordinals.
NumberKind ordinal_kind(const Surroundings& s) {
    if (s.month_before() || s.month_at(s.e) || (s.t.is_word(s.e, "of") && s.month_at(s.e + 1))) {
        return NumberKind::date;
    }
    return NumberKind::ordinal;
}

// "1." or "2)" opening a line, "(3)" too.
bool is_list_marker(const Surroundings& s) {
    const TokenizedText& t = s.t;
    const bool line_start = s.b == 0 || t.after_newline(s.b);
    if (line_start && s.f.digits <= 2 && (t.is_symbol(s.e, '.') || t.is_symbol(s.e, ')')) &&
        t.glued(s.e) && s.e + 1 < t.size() && !t.glued(s.e + 1)) {
        return true;
    }
    return s.b > 0 && t.is_symbol(s.b - 1, '(') && t.glued(s.b) &&
           (s.b - 1 == 0 || t.after_newline(s.b - 1)) && t.is_symbol(s.e, ')');
}

// "555-123-4567", "1-800-555-0199": three digit groups or more joined by
// glued hyphens, seven digits in all, the later groups of two to four
// digits, not itself glued after a hyphen or a dot.
bool is_dashed_phone(const Surroundings& s) {
    const TokenizedText& t = s.t;
    if (s.f.digits > 4 || !t.is_symbol(s.e, '-') ||
        (s.b > 0 && t.glued(s.b) && (t.is_symbol(s.b - 1, '-') || t.is_symbol(s.b - 1, '.')))) {
        return false;
    }
    const char32_t joint = '-';
    std::size_t digits = s.f.digits;
    std::size_t groups = 1;
    std::size_t q = s.e;
    while (groups < 6 && t.glued_separator(q, joint)) {
        const std::size_t n = t.text_of(q + 1).size();
        if (n < 2 || n > 4) {
            return false;
        }
        digits += n;
        ++groups;
        q += 2;
    }
    return groups >= 3 && digits >= 7;
}

// "+1 202 555 0143", "+1-222-2222/2222": seven digits or more after a plus.
bool is_phone(const Surroundings& s) {
    const TokenizedText& t = s.t;
    if (is_dashed_phone(s)) {
        return true;
    }
    if (s.b == 0 || !t.is_symbol(s.b - 1, '+') || !t.glued(s.b)) {
        return false;
    }
    std::size_t digits = 0;
    for (std::size_t q = s.b; q < t.size() && q < s.b + 16; ++q) {
        if (t.is_digits(q)) {
            digits += t.text_of(q).size();
        } else if (!(t.is_symbol(q, '-') || t.is_symbol(q, '.') || t.is_symbol(q, '/'))) {
            break;
        }
    }
    return digits >= 7;
}

// "v2", "version 3".
bool is_version(const Surroundings& s) {
    const TokenizedText& t = s.t;
    if (s.b > 0 && t.glued(s.b) && (t.text_of(s.b - 1) == "v" || t.text_of(s.b - 1) == "V")) {
        return true;
    }
    return s.b > 0 && t.is_word(s.b - 1, "version");
}

// "8 a.m.", "8am", "8 pm", "8 o'clock".
bool is_clock_time(const Surroundings& s) {
    const TokenizedText& t = s.t;
    const std::size_t e = s.e;
    if (s.f.value > 24 || !s.followed()) {
        return false;
    }
    const std::string_view w = t.text_of(e);
    if (t.token(e).type == TokenType::word && (equals_lower(w, "am") || equals_lower(w, "pm"))) {
        return true;
    }
    if ((equals_lower(w, "a") || equals_lower(w, "p")) && t.is_symbol(e + 1, '.') &&
        t.glued(e + 1) && t.is_word(e + 2, "m") && t.glued(e + 2)) {
        return true;
    }
    return t.is_word(e, "o") && (t.is_symbol(e + 1, '\'') || t.is_symbol(e + 1, 0x2019)) &&
           t.is_word(e + 2, "clock");
}

// "Sept 21", "Sept. 21", "21 September".
bool is_day_of_month(const Surroundings& s) {
    return s.f.value >= 1 && s.f.value <= 31 && s.f.digits <= 2 &&
           (s.month_before() || s.month_at(s.e));
}

// A bare four-digit number that reads as a year: after a year cue, a month
// or "the", or not followed by a lower-case word (other than a few verbs
// and prepositions). "$2023" is money.
bool is_year(const Surroundings& s) {
    const TokenizedText& t = s.t;
    const std::size_t b = s.b;
    if (s.f.digits != 4 || s.f.value < 1000 || s.f.value > 2100) {
        return false;
    }
    const bool currency = b > 0 && t.token(b - 1).type == TokenType::symbol &&
                          (t.token(b - 1).symbol == '$' || t.token(b - 1).symbol == 0xA3 ||
                           t.token(b - 1).symbol == 0x20AC);
    if (currency) {
        return false;
    }
    const WordInfo* prev = s.before < t.size() ? t.info(s.before) : nullptr;
    if ((prev != nullptr && (prev->year_cue || prev->month)) || t.is_word(b - 1, "the")) {
        return true;
    }
    const std::string_view next = t.text_of(s.e);
    const bool word_next =
        s.followed() && t.token(s.e).type == TokenType::word && starts_lower(next);
    bool follower = false;
    for (const std::string_view y : k_year_followers) {
        follower = follower || equals_lower(next, y);
    }
    return !word_next || follower;
}

// "a six-week war", "48-hour", "3 days", "20 years old".
bool is_duration(const Surroundings& s) {
    const TokenizedText& t = s.t;
    const std::size_t e = s.e;
    if (!s.followed()) {
        return false;
    }
    const WordInfo* w = t.info(e);
    if (w != nullptr && w->time_unit && !t.glued(e)) {
        return true;
    }
    return t.token(e).type == TokenType::symbol && t.token(e).symbol == '-' && t.glued(e) &&
           t.info(e + 1) != nullptr && t.info(e + 1)->time_unit && t.glued(e + 1);
}

// Token `i` is the first of a line or comes after a sentence's end or an
// opening quote.
bool opens_sentence(const TokenizedText& t, std::size_t i) {
    if (i == 0 || t.after_newline(i)) {
        return true;
    }
    const Token& p = t.token(i - 1);
    return p.type == TokenType::symbol &&
           (p.symbol == '.' || p.symbol == '!' || p.symbol == '?' || p.symbol == ':' ||
            p.symbol == '"' || p.symbol == 0x201C || p.symbol == '(');
}

// Currency codes written glued to the amount ("Rs50", "USD20"): money, not
// a name.
constexpr std::array<std::string_view, 8> k_glued_currencies = {"rs",  "usd", "eur", "gbp",
                                                                "inr", "pkr", "chf", "aud"};

// Digits that are part of a name or a model number, not an amount: glued
// to letters before them ("L2", "i7", "A320") or to a capitalised word by
// a hyphen ("F-16", "COVID-19"); a capitalised word, then digits with a
// capital letter glued after them ("Gate 3B", "Terminal 2E"); a number
// right after such a name ("Core i7 860").
bool is_label(const Surroundings& s) {
    const TokenizedText& t = s.t;
    const std::size_t b = s.b;
    if (!t.is_digits(b) || b == 0) {
        return false;
    }
    // Only ASCII letters: "₹50" is money, its sign a word to the tokenizer.
    const std::string_view glued_word = t.text_of(b - 1);
    const bool ascii_letter_before = t.token(b - 1).type == TokenType::word &&
                                     !glued_word.empty() &&
                                     ((glued_word.back() >= 'a' && glued_word.back() <= 'z') ||
                                      (glued_word.back() >= 'A' && glued_word.back() <= 'Z'));
    if (t.glued(b) && ascii_letter_before) {
        bool currency = false;
        for (const std::string_view c : k_glued_currencies) {
            currency = currency || equals_lower(glued_word, c);
        }
        return !currency;
    }
    if (t.glued(b) && t.is_symbol(b - 1, '-') && b >= 2 && t.glued(b - 1) &&
        t.token(b - 2).type == TokenType::word && starts_upper(t.text_of(b - 2))) {
        return true;
    }
    if (t.glued(b)) {
        return false;
    }
    if (s.f.lone_literal && b >= 2 && t.is_digits(b - 1) && t.glued(b - 1) &&
        t.token(b - 2).type == TokenType::word && !t.after_newline(b)) {
        return true; // "Core i7 860"
    }
    // "Some 30K people" opens a sentence: the capital says nothing there.
    const std::size_t suffix = b + 1;
    return t.token(b - 1).type == TokenType::word && starts_upper(t.text_of(b - 1)) &&
           !opens_sentence(t, b - 1) && !t.after_newline(b) && suffix < t.size() &&
           t.token(suffix).type == TokenType::word && t.glued(suffix) &&
           t.text_of(suffix).size() <= 2 && starts_upper(t.text_of(suffix)) && s.e <= suffix + 1;
}

// The kinds only a lone digit literal can have, in the order they are
// told apart; quantity when none applies.
NumberKind lone_literal_kind(const Surroundings& s) {
    if (is_list_marker(s)) {
        return NumberKind::list_marker;
    }
    if (is_phone(s)) {
        return NumberKind::phone;
    }
    if (is_version(s)) {
        return NumberKind::version;
    }
    if (is_clock_time(s)) {
        return NumberKind::clock_time;
    }
    if (is_day_of_month(s)) {
        return NumberKind::date;
    }
    if (is_year(s)) {
        return NumberKind::year;
    }
    return NumberKind::quantity;
}

} // namespace

NumberKind classify_in_context(const TokenizedText& tokens, const Figure& f) {
    const Surroundings s(tokens, f);
    if (f.ordinal) {
        return ordinal_kind(s);
    }
    if (f.kind != NumberKind::quantity) {
        return f.kind;
    }
    if (f.percent || f.negative) {
        return NumberKind::quantity;
    }
    if (f.lone_literal) {
        if (const NumberKind kind = lone_literal_kind(s); kind != NumberKind::quantity) {
            return kind;
        }
    }
    if (is_label(s)) {
        return NumberKind::label;
    }
    return is_duration(s) ? NumberKind::duration : NumberKind::quantity;
}

} // namespace crosscheck::extract::number
