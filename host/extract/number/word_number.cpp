#include "host/extract/number/word_number.hpp"

#include "host/extract/number/integer_words.hpp"

#include <cmath>
#include <string>

namespace crosscheck::extract::number {
namespace {

// The denominator a fraction word stands for: "fifths" 5, "quarter" 4,
// "hundredth" 100; 0 when it cannot be one ("first", "second").
double denominator_of(const WordInfo& w) {
    if (w.fraction_word) {
        return 1 / w.value;
    }
    if (w.ordinal == Ordinal::none || (w.ordinal == Ordinal::unit && w.value <= 2)) {
        return 0;
    }
    return w.value;
}

// A denominator at `q`: "fifths", "quarter", "-first". Returns 0 when none;
// else sets `end` one past it.
double read_denominator(const TokenizedText& t, std::size_t q, std::size_t& end) {
    if (q < t.size() && is_word_hyphen(t.token(q)) && t.info(q + 1) != nullptr) {
        ++q;
    }
    const WordInfo* w = t.info(q);
    if (w == nullptr || t.after_newline(q)) {
        return 0;
    }
    const double d = denominator_of(*w);
    if (d > 0) {
        end = q + 1;
    }
    return d;
}

// The value read so far after the whole-number part.
struct WordValue {
    double value = 0;
    std::size_t end = 0; ///< one past the last token read
    bool fraction = false;
};

// "a half", "a fifth", "a twenty-first", "a hundredth", "a quarter million";
// `w` is the word after the article. "a fifth attack" is an ordinal, "a
// fifth of" a fraction.
bool read_article_fraction(const TokenizedText& t, std::size_t i, const WordInfo& w, Figure& f) {
    std::size_t end = 0;
    double den = read_denominator(t, i + 1, end);
    if (den == 0 && w.cardinal == Cardinal::tens) {
        std::size_t q = i + 2;
        if (q < t.size() && is_word_hyphen(t.token(q))) {
            ++q;
        }
        const WordInfo* o = t.info(q);
        if (o != nullptr && o->ordinal == Ordinal::unit) {
            den = w.value + o->value;
            end = q + 1;
        }
    }
    const bool fraction_follows =
        t.is_word(end, "of") || end >= t.size() || t.token(end).type == TokenType::symbol;
    if (den == 0 || (w.ordinal != Ordinal::none && !w.fraction_word && !fraction_follows)) {
        return false;
    }
    f.value = 1 / den;
    if (const WordInfo* m = t.info(end);
        w.fraction_word && m != nullptr && !m->plural && m->cardinal == Cardinal::scale) {
        f.value *= m->value;
        f.scale = m->value;
        ++end;
    }
    f.last = end;
    f.words = true;
    f.fraction = true;
    f.integer = false;
    f.unscaled = f.value;
    return true;
}

// "half a million", "half million", "quarter million", "half a dozen", "half".
bool read_fraction_word(const TokenizedText& t, std::size_t i, const WordInfo& w0, Figure& f) {
    std::size_t q = i + 1;
    if ((t.is_word(q, "a") || t.is_word(q, "an")) && t.info(q + 1) != nullptr &&
        !t.info(q + 1)->plural &&
        (t.info(q + 1)->cardinal == Cardinal::scale || t.info(q + 1)->dozen)) {
        ++q;
    }
    const WordInfo* m = t.info(q);
    if (m != nullptr && !m->plural && !t.after_newline(q) &&
        (m->cardinal == Cardinal::scale || m->dozen)) {
        const double multiplier = m->dozen ? 12 : m->value;
        f.value = w0.value * multiplier;
        f.scale = m->dozen ? 1 : multiplier;
        f.unscaled = f.value / f.scale;
        f.last = q + 1;
    } else if (t.is_word(i, "half") &&
               !(i + 1 < t.size() && is_word_hyphen(t.token(i + 1)) && t.glued(i + 1))) {
        f.value = 0.5;
        f.unscaled = 0.5;
        f.last = i + 1;
        f.integer = false;
    } else {
        return false;
    }
    f.words = true;
    f.fraction = true;
    return true;
}

enum class Start { none, figure, tally };

// How words start a figure: an article ("a hundred", "a fifth"), a
// fraction word ("half a million"), or a whole number. `figure` when `f`
// is complete, `tally` when the whole number read into `a` goes on.
Start read_start(const TokenizedText& t, std::size_t i, Figure& f, WordTally& a) {
    if (t.is_word(i, "a") || t.is_word(i, "an")) {
        const WordInfo* w = t.info(i + 1);
        if (w == nullptr || t.after_newline(i + 1)) {
            return Start::none;
        }
        if (!w->plural &&
            (w->cardinal == Cardinal::hundred || w->cardinal == Cardinal::scale || w->dozen)) {
            a.rest = 1;
            a.has_rest = true;
            a.prev = WordRole::article;
            read_integer_words(t, i + 1, a);
            return a.prev == WordRole::article ? Start::none : Start::tally;
        }
        return read_article_fraction(t, i, *w, f) ? Start::figure : Start::none;
    }
    if (const WordInfo* w0 = t.info(i); w0 != nullptr && w0->fraction_word && !w0->plural) {
        return read_fraction_word(t, i, *w0, f) ? Start::figure : Start::none;
    }
    read_integer_words(t, i, a);
    return Start::tally;
}

// Scale words after a literal: "1.2 million", "2.12 hundred" (a decimal
// only takes a multiplier), "4 thousand 3 hundred". False when nothing may
// follow the literal.
bool continue_literal(const TokenizedText& t, const Figure& f, WordTally& a) {
    if (f.scale > 1) {
        a.total = f.value;
        a.last_scale = f.scale;
        a.scale = f.scale;
        a.prev = WordRole::scale;
    } else {
        a.rest = f.value;
        a.has_rest = true;
        a.prev = WordRole::literal;
    }
    a.end = f.last;
    if (!f.integer && f.scale == 1) {
        const WordInfo* w = t.info(f.last);
        if (w == nullptr ||
            (w->cardinal != Cardinal::scale && w->cardinal != Cardinal::hundred && !w->dozen)) {
            return false;
        }
    }
    read_integer_words(t, f.last, a);
    return true;
}

// A compound denominator after the numerator: "one one hundred fifth",
// "three twenty firsts".
void read_compound_denominator(const TokenizedText& t, WordValue& v) {
    WordTally g;
    g.end = v.end;
    read_integer_words(t, v.end, g);
    std::size_t q = g.end;
    if (t.is_word(q, "and")) {
        ++q;
    }
    if (q < t.size() && is_word_hyphen(t.token(q))) {
        ++q;
    }
    const WordInfo* o = t.info(q);
    if ((g.prev == WordRole::tens || g.prev == WordRole::hundred || g.prev == WordRole::scale) &&
        o != nullptr && o->ordinal != Ordinal::none && o->ordinal != Ordinal::scale &&
        o->ordinal != Ordinal::hundred && (o->plural || v.value == 1)) {
        v.value = v.value / (g.value() + o->value);
        v.end = q + 1;
        v.fraction = true;
    }
}

// "three fifths", "one hundred thirty-fifths" (100/35), "one hundred one
// thousand fifths" (100/1005), "two hundred and fifty-four hundredths"
// (200.54), and compound denominators.
void read_fraction_after_words(const TokenizedText& t, const WordTally& a, WordValue& v) {
    std::size_t den_end = 0;
    const double den = read_denominator(t, v.end, den_end);
    const WordInfo* dw = den > 0 ? t.info(den_end - 1) : nullptr;
    if (dw == nullptr) {
        const WordInfo* w = t.info(v.end);
        if (w != nullptr && (w->cardinal == Cardinal::unit || w->cardinal == Cardinal::tens) &&
            (a.prev == WordRole::unit || a.prev == WordRole::tens)) {
            read_compound_denominator(t, v);
        }
        return;
    }
    double num = v.value;
    double base = 0;
    double d = den;
    double base_scale = 1;
    if (a.prev == WordRole::tens && a.tens_after_atom && dw->ordinal == Ordinal::unit) {
        d = a.tens_value + dw->value;
        num = v.value - a.tens_value;
    } else if (a.prev == WordRole::scale && a.split_den > 0 && !dw->fraction_word &&
               dw->ordinal != Ordinal::scale && dw->ordinal != Ordinal::hundred) {
        d = a.split_den + dw->value;
        num = a.split_num;
    } else if (a.and_base >= 0 && v.value - a.and_base < d) {
        // After "and", a proper fraction is the fractional part; an improper
        // one takes the whole number as numerator ("one hundred and thirty
        // fifths" = 130/5).
        base = a.and_base;
        num = v.value - base;
        base_scale = a.and_scale;
    }
    if (!dw->plural && num != 1) {
        return;
    }
    v.value = base + num / d * base_scale;
    v.end = den_end;
    v.fraction = true;
    const WordInfo* s = t.info(v.end);
    if (base > 0 && s != nullptr && s->cardinal == Cardinal::scale && !s->plural) {
        v.value = base >= s->value ? base + (num / d) * s->value : (base + num / d) * s->value;
        ++v.end;
    }
}

// "one and a half", "3 million and a quarter", "twenty and three fifths".
void read_and_fraction(const TokenizedText& t, const WordTally& a, WordValue& v) {
    std::size_t q = v.end + 1;
    double num = 0;
    if (t.is_word(q, "a") || t.is_word(q, "an")) {
        num = 1;
        ++q;
    } else if (const WordInfo* w = t.info(q);
               w != nullptr && (w->cardinal == Cardinal::unit || w->cardinal == Cardinal::teen ||
                                w->cardinal == Cardinal::tens)) {
        WordTally g;
        g.end = q;
        read_integer_words(t, q, g);
        if (!g.has_hundreds && g.total == 0) {
            num = g.value();
            q = g.end;
        }
    }
    std::size_t d_end = 0;
    const double den = num > 0 ? read_denominator(t, q, d_end) : 0;
    const WordInfo* dw = den > 0 ? t.info(d_end - 1) : nullptr;
    if (dw == nullptr || (!dw->plural && num != 1)) {
        return;
    }
    const double fraction = num / den;
    v.end = d_end;
    const WordInfo* s = t.info(v.end);
    if (s != nullptr && s->cardinal == Cardinal::scale && !s->plural) {
        v.value =
            v.value >= s->value ? v.value + fraction * s->value : (v.value + fraction) * s->value;
        ++v.end;
    } else if (a.prev == WordRole::scale) {
        v.value += fraction * a.last_scale;
    } else {
        v.value += fraction;
    }
    v.fraction = true;
}

// "nine point nought four", "two hundred point seventy-one". True when
// decimals were read.
bool read_point_decimals(const TokenizedText& t, WordValue& v) {
    std::string decimals;
    std::size_t q = v.end + 1;
    while (q < t.size() && !t.after_newline(q) && decimals.size() < 32) {
        const WordInfo* w = t.info(q);
        if (w == nullptr) {
            break;
        }
        if (w->cardinal == Cardinal::zero || w->cardinal == Cardinal::unit) {
            decimals.push_back(static_cast<char>('0' + static_cast<int>(w->value)));
            ++q;
            continue;
        }
        if (w->cardinal == Cardinal::teen || w->cardinal == Cardinal::tens) {
            int digits = static_cast<int>(w->value);
            ++q;
            if (w->cardinal == Cardinal::tens && q + 1 < t.size() && is_word_hyphen(t.token(q)) &&
                t.info(q + 1) != nullptr && t.info(q + 1)->cardinal == Cardinal::unit) {
                digits += static_cast<int>(t.info(q + 1)->value);
                q += 2;
            }
            decimals += std::to_string(digits);
        }
        break;
    }
    if (decimals.empty()) {
        return false;
    }
    v.value += std::stod("0." + decimals);
    v.end = q;
    v.fraction = false;
    return true;
}

// "two thirds of a million".
void read_of_a_scale(const TokenizedText& t, WordValue& v) {
    const WordInfo* s = t.info(v.end + 2);
    if (t.is_word(v.end, "of") && (t.is_word(v.end + 1, "a") || t.is_word(v.end + 1, "an")) &&
        s != nullptr && s->cardinal == Cardinal::scale && !s->plural) {
        v.value *= s->value;
        v.end += 3;
    }
}

// "twenty-first", "one hundred thirty-second": tens, a hyphen and an
// ordinal unit, all glued, make an ordinal. True when one was read.
bool read_tens_ordinal(const TokenizedText& t, WordValue& v) {
    const std::size_t q = v.end;
    if (q + 1 >= t.size() || !is_word_hyphen(t.token(q)) || !t.glued(q) || !t.glued(q + 1)) {
        return false;
    }
    const WordInfo* o = t.info(q + 1);
    if (o == nullptr || o->ordinal != Ordinal::unit || o->plural) {
        return false;
    }
    v.value += o->value;
    v.end = q + 2;
    return true;
}

// What may follow the whole number, then the figure it all makes.
bool finish_words(const TokenizedText& t, const WordTally& a, bool words_only, Figure& f) {
    WordValue v{a.value(), a.end, false};
    if (words_only && a.prev != WordRole::zero) {
        read_fraction_after_words(t, a, v);
    }
    if (!v.fraction && t.is_word(v.end, "and") && a.prev != WordRole::zero) {
        read_and_fraction(t, a, v);
    }
    if (!v.fraction && words_only && a.prev == WordRole::tens && read_tens_ordinal(t, v)) {
        f.ordinal = true;
        f.kind = NumberKind::ordinal;
    }
    double point_scale = 1;
    if (!v.fraction && !f.ordinal && words_only && t.is_word(v.end, "point") &&
        read_point_decimals(t, v)) {
        f.integer = false;
        // "two point two million": a scale after the decimals scales them all.
        const WordInfo* s = t.info(v.end);
        if (a.prev != WordRole::scale && s != nullptr && s->cardinal == Cardinal::scale &&
            !s->plural && !s->dozen && !t.after_newline(v.end)) {
            point_scale = s->value;
            v.value *= point_scale;
            ++v.end;
        }
    }
    if (v.fraction) {
        read_of_a_scale(t, v);
    }
    f.value = v.value;
    f.last = v.end;
    f.words = f.words || a.words || v.fraction;
    if (f.words) {
        f.lone_literal = false;
    }
    if (v.fraction) {
        f.fraction = true;
        f.integer = false;
    }
    if (point_scale > 1) {
        f.scale = point_scale;
        f.unscaled = v.value / point_scale;
    } else if (a.prev == WordRole::scale && !v.fraction) {
        f.scale = a.scale;
        f.unscaled = v.value / a.scale;
    } else if (f.scale == 1) {
        f.unscaled = v.value;
    }
    return std::isfinite(v.value);
}

} // namespace

bool read_number_words(const TokenizedText& t, std::size_t i, Figure& f, bool after_literal) {
    WordTally a;
    a.end = i;
    if (after_literal) {
        if (!continue_literal(t, f, a)) {
            return true;
        }
    } else if (const Start start = read_start(t, i, f, a); start != Start::tally) {
        return start == Start::figure;
    }
    if (a.prev == WordRole::none || a.prev == WordRole::article) {
        return false;
    }
    return finish_words(t, a, !after_literal, f);
}

} // namespace crosscheck::extract::number
