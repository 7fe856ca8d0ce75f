// Number words: "two hundred and five", "twenty-six", "a dozen", "half a
// million", "3 million and a half", "three fifths", "nine point nought four".
// The grammar is an accumulator over words, the way people read numbers
// aloud: units and tens add up, "hundred" multiplies the current group, a
// scale word ("thousand", "million", "lakh") closes the group.

#include "host/extract/number_figure.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace crosscheck::extract::detail {
namespace {

constexpr double k_no_scale = std::numeric_limits<double>::infinity();

enum class Prev { none, article, literal, zero, unit, teen, tens, hundred, scale, dozen, and_ };

struct Acc {
    double total = 0;    // closed scale groups
    double hundreds = 0; // hundreds of the open group
    double rest = 0;     // below a hundred in the open group (or a literal)
    double last_scale = k_no_scale;
    double scale = 1;      // the scale that closed the last group
    double tens_value = 0; // the last tens word, for "thirty-fifths"
    bool tens_after_atom = false;
    double and_base = -1; // value before the last joining "and"
    double and_scale = 1; // the scale word right before that "and" ("million and a half")
    double split_num = 0; // "one hundred one thousand fifths": 100 ...
    double split_den = 0; // ... over 1000 (+ the ordinal); 0 when no such split
    Prev prev = Prev::none;
    bool has_h = false;
    bool has_r = false;
    bool words = false;
    std::size_t end = 0;

    [[nodiscard]] double value() const { return total + hundreds + rest; }
};

bool is_dash_symbol(const Token& t) {
    return t.type == TokenType::symbol &&
           (t.symbol == '-' || t.symbol == 0x2010 || t.symbol == 0x2011 || t.symbol == 0x2013);
}

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

} // namespace

namespace {

// The integer part of a run of number words starting at `p`, continuing `a`.
// Stops at the first token that does not fit; `a.end` is one past the last
// token used.
void integer_words(const FigureParser& fp, std::size_t p, Acc& a) {
    const std::size_t n = fp.size();
    const std::size_t start = p;
    std::optional<Acc> checkpoint;
    while (p < n) {
        const Token& t = fp.token(p);
        if (t.gap == Gap::newline && p != start) {
            break;
        }
        if (is_dash_symbol(t) && a.prev == Prev::tens) {
            const WordInfo* w = fp.info(p + 1);
            if (w != nullptr && w->cardinal == Cardinal::unit &&
                fp.token(p + 1).gap != Gap::newline) {
                ++p;
                continue;
            }
            break;
        }
        if (fp.is_word(p, "and") && (a.prev == Prev::hundred || a.prev == Prev::scale)) {
            const WordInfo* w = fp.info(p + 1);
            const bool joinable =
                (w != nullptr && (w->cardinal == Cardinal::unit || w->cardinal == Cardinal::teen ||
                                  w->cardinal == Cardinal::tens)) ||
                (fp.is_digits(p + 1) && fp.text_of(p + 1).size() <= 2 &&
                 fp.text_of(p + 1).find_first_not_of('0') != std::string_view::npos &&
                 !fp.glued(p + 2));
            if (!joinable) {
                break;
            }
            checkpoint = a;
            a.and_base = a.value();
            a.and_scale = a.prev == Prev::scale ? a.last_scale : 1;
            a.prev = Prev::and_;
            ++p;
            continue;
        }
        bool ok = true;
        const WordInfo* w = fp.info(p);
        std::size_t next = p + 1;
        if (fp.is_digits(p)) {
            // A literal inside words: "4 thousand 3 hundred and 21".
            ok = (a.prev == Prev::and_ || a.prev == Prev::scale) && !fp.glued(p);
            const std::string_view d = fp.text_of(p);
            if (ok) {
                double v = 0;
                for (const char c : d.substr(0, 15)) {
                    v = v * 10 + (c - '0');
                }
                const double limit = a.prev == Prev::and_ ? 100 : a.last_scale;
                const WordInfo* after = fp.info(p + 1);
                ok = d.size() <= 3 && v < limit && v > 0 && !fp.glued(p + 1) &&
                     (a.prev == Prev::and_ ||
                      (after != nullptr && (after->cardinal == Cardinal::hundred ||
                                            after->cardinal == Cardinal::scale)));
                if (ok) {
                    a.rest = v;
                    a.has_r = true;
                    a.prev = Prev::literal;
                }
            }
        } else if (w == nullptr) {
            break;
        } else {
            const double v = w->value;
            switch (w->cardinal) {
            case Cardinal::zero:
                ok = a.prev == Prev::none;
                if (ok) {
                    a.has_r = true;
                    a.prev = Prev::zero;
                }
                break;
            case Cardinal::unit:
            case Cardinal::teen:
            case Cardinal::tens: {
                const bool fresh = a.prev == Prev::none || a.prev == Prev::hundred ||
                                   a.prev == Prev::scale || a.prev == Prev::and_;
                const bool after_tens = a.prev == Prev::tens && w->cardinal == Cardinal::unit;
                ok = fresh || after_tens;
                if (ok) {
                    if (w->cardinal == Cardinal::tens) {
                        a.tens_value = v;
                        a.tens_after_atom = a.prev == Prev::hundred || a.prev == Prev::scale;
                    }
                    a.rest += v;
                    a.has_r = true;
                    a.prev = w->cardinal == Cardinal::unit   ? Prev::unit
                             : w->cardinal == Cardinal::teen ? Prev::teen
                                                             : Prev::tens;
                }
                break;
            }
            case Cardinal::hundred:
                if (!a.has_h &&
                    (a.prev == Prev::unit || a.prev == Prev::teen || a.prev == Prev::tens ||
                     a.prev == Prev::literal || a.prev == Prev::article)) {
                    a.hundreds = a.rest * 100;
                    a.rest = 0;
                    a.has_r = false;
                    a.has_h = true;
                    a.prev = Prev::hundred;
                } else if (a.prev == Prev::none && !w->plural) {
                    a.hundreds = 100;
                    a.has_h = true;
                    a.prev = Prev::hundred;
                } else {
                    ok = false;
                }
                break;
            case Cardinal::scale:
                if ((a.has_h || a.has_r) && v < a.last_scale && a.prev != Prev::zero) {
                    // A lone unit multiplier after a complete number may be
                    // a compound denominator's start ("... one thousand fifths").
                    const bool lone_unit = a.prev == Prev::unit && a.rest < 10;
                    a.split_den = lone_unit && (a.hundreds > 0 || a.total > 0) ? a.rest * v : 0;
                    a.split_num = a.total + a.hundreds;
                    a.total += (a.hundreds + a.rest) * v;
                    a.hundreds = a.rest = 0;
                    a.has_h = a.has_r = false;
                    a.last_scale = v;
                    a.scale = v;
                    a.prev = Prev::scale;
                    a.and_base = -1;
                    checkpoint.reset(); // the "and" joined rightly
                } else if (a.prev == Prev::scale && v > a.last_scale) {
                    a.total *= v; // "three lakh crore"
                    a.scale *= v;
                    a.last_scale = v;
                } else {
                    ok = false;
                }
                break;
            case Cardinal::none:
                if (w->dozen && (a.prev == Prev::unit || a.prev == Prev::teen ||
                                 a.prev == Prev::tens || a.prev == Prev::literal ||
                                 a.prev == Prev::article || a.prev == Prev::hundred)) {
                    if (a.has_r) {
                        a.rest *= 12;
                    } else {
                        a.hundreds *= 12;
                    }
                    a.prev = Prev::dozen;
                } else {
                    ok = false;
                }
                break;
            }
        }
        if (!ok) {
            // "3 hundred and 2 hundred": the "and" began a new number.
            const bool numberish =
                fp.is_digits(p) || (w != nullptr && (w->cardinal != Cardinal::none || w->dozen));
            if (checkpoint && (numberish || a.prev == Prev::and_)) {
                a = *checkpoint;
            }
            break;
        }
        a.words = a.words || w != nullptr;
        a.end = next;
        p = next;
    }
    if (a.prev == Prev::and_ && checkpoint) {
        a = *checkpoint;
    }
}

// A denominator at `q`: "fifths", "quarter", "twenty-first", "hundred fifth"
// (after a cardinal already read into `prefix`). Returns 0 when none.
double read_denominator(const FigureParser& fp, std::size_t q, std::size_t& end) {
    if (q < fp.size() && is_dash_symbol(fp.token(q)) && fp.info(q + 1) != nullptr) {
        ++q;
    }
    const WordInfo* w = fp.info(q);
    if (w == nullptr || fp.token(q).gap == Gap::newline) {
        return 0;
    }
    const double d = denominator_of(*w);
    if (d > 0) {
        end = q + 1;
    }
    return d;
}

} // namespace

bool FigureParser::parse_words(std::size_t i, Figure& f, bool after_literal) const {
    const std::size_t n = m_tokens.size();
    Acc a;
    a.end = i;
    if (after_literal) {
        if (f.scale > 1) {
            a.total = f.value;
            a.last_scale = f.scale;
            a.scale = f.scale;
            a.prev = Prev::scale;
        } else {
            a.rest = f.value;
            a.has_r = true;
            a.prev = Prev::literal;
        }
        a.end = f.last;
        if (!f.integer && f.scale == 1) {
            // "1.2 million", "2.12 hundred": a decimal only takes a multiplier.
            const WordInfo* w = info(f.last);
            if (w == nullptr ||
                (w->cardinal != Cardinal::scale && w->cardinal != Cardinal::hundred && !w->dozen)) {
                return true;
            }
        }
        integer_words(*this, f.last, a);
    } else {
        const WordInfo* w0 = info(i);
        if (is_word(i, "a") || is_word(i, "an")) {
            const WordInfo* w = info(i + 1);
            if (w == nullptr || m_tokens[i + 1].gap == Gap::newline) {
                return false;
            }
            if (!w->plural &&
                (w->cardinal == Cardinal::hundred || w->cardinal == Cardinal::scale || w->dozen)) {
                a.rest = 1;
                a.has_r = true;
                a.prev = Prev::article;
                integer_words(*this, i + 1, a);
                if (a.prev == Prev::article) {
                    return false;
                }
            } else {
                // "a half", "a fifth", "a twenty-first", "a hundredth".
                std::size_t end = 0;
                double den = read_denominator(*this, i + 1, end);
                if (den == 0 && w->cardinal == Cardinal::tens) {
                    std::size_t q = i + 2;
                    if (q < n && is_dash_symbol(m_tokens[q])) {
                        ++q;
                    }
                    const WordInfo* o = info(q);
                    if (o != nullptr && o->ordinal == Ordinal::unit) {
                        den = w->value + o->value;
                        end = q + 1;
                    }
                }
                if (den == 0 || (w->ordinal != Ordinal::none && !w->fraction_word &&
                                 !(is_word(end, "of") || end >= n ||
                                   m_tokens[end].type == TokenType::symbol))) {
                    // "a fifth attack" is an ordinal, "a fifth of" a fraction.
                    return false;
                }
                f.value = 1 / den;
                if (const WordInfo* m = info(end); w->fraction_word && m != nullptr && !m->plural &&
                                                   m->cardinal == Cardinal::scale) {
                    f.value *= m->value; // "a quarter million"
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
        } else if (w0 != nullptr && w0->fraction_word && !w0->plural) {
            // "half a million", "half million", "quarter million", "half a dozen", "half".
            const double v = w0->value;
            std::size_t q = i + 1;
            if ((is_word(q, "a") || is_word(q, "an")) && info(q + 1) != nullptr &&
                !info(q + 1)->plural &&
                (info(q + 1)->cardinal == Cardinal::scale || info(q + 1)->dozen)) {
                ++q;
            }
            const WordInfo* m = info(q);
            if (m != nullptr && !m->plural && m_tokens[q].gap != Gap::newline &&
                (m->cardinal == Cardinal::scale || m->dozen)) {
                const double mult = m->dozen ? 12 : m->value;
                f.value = v * mult;
                f.scale = m->dozen ? 1 : mult;
                f.unscaled = f.value / f.scale;
                f.last = q + 1;
            } else if (is_word(i, "half") &&
                       !(i + 1 < n && is_dash_symbol(m_tokens[i + 1]) && glued(i + 1))) {
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
        } else {
            integer_words(*this, i, a);
        }
    }
    if (a.prev == Prev::none || a.prev == Prev::article) {
        return false;
    }
    double value = a.value();
    std::size_t end = a.end;
    bool fraction = false;
    const bool words_only = !after_literal;

    // "three fifths", "one hundred thirty-fifths", "twenty twenty fifths".
    std::size_t den_end = 0;
    if (words_only && a.prev != Prev::zero) {
        const double den = read_denominator(*this, end, den_end);
        const WordInfo* dw = den > 0 ? info(den_end - 1) : nullptr;
        if (dw != nullptr) {
            double num = value;
            double base = 0;
            double d = den;
            double base_scale = 1;
            if (a.prev == Prev::tens && a.tens_after_atom && dw->ordinal == Ordinal::unit) {
                d = a.tens_value + dw->value; // "hundred thirty-fifths" = 100/35
                num = value - a.tens_value;
            } else if (a.prev == Prev::scale && a.split_den > 0 && !dw->fraction_word &&
                       dw->ordinal != Ordinal::scale && dw->ordinal != Ordinal::hundred) {
                d = a.split_den + dw->value; // "one hundred one thousand fifths" = 100/1005
                num = a.split_num;
            } else if (a.and_base >= 0) {
                // After "and", a proper fraction is the fractional part ("two
                // hundred and fifty-four hundredths" = 200.54); an improper
                // one takes the whole number as numerator ("one hundred and
                // thirty fifths" = 130/5).
                if (value - a.and_base < d) {
                    base = a.and_base;
                    num = value - base;
                    base_scale = a.and_scale;
                }
            }
            if (dw->plural || num == 1) {
                value = base + num / d * base_scale;
                end = den_end;
                fraction = true;
                const WordInfo* s = info(end);
                if (base > 0 && s != nullptr && s->cardinal == Cardinal::scale && !s->plural) {
                    value = base >= s->value ? base + (num / d) * s->value
                                             : (base + num / d) * s->value;
                    ++end;
                }
            }
        } else if (const WordInfo* w = info(end);
                   w != nullptr &&
                   (w->cardinal == Cardinal::unit || w->cardinal == Cardinal::tens) &&
                   (a.prev == Prev::unit || a.prev == Prev::tens)) {
            // A compound denominator after the numerator: "one one hundred
            // fifth", "three twenty firsts".
            Acc g;
            g.end = end;
            integer_words(*this, end, g);
            std::size_t q = g.end;
            if (is_word(q, "and")) {
                ++q;
            }
            if (q < n && is_dash_symbol(m_tokens[q])) {
                ++q;
            }
            const WordInfo* o = info(q);
            if ((g.prev == Prev::tens || g.prev == Prev::hundred || g.prev == Prev::scale) &&
                o != nullptr && o->ordinal != Ordinal::none && o->ordinal != Ordinal::scale &&
                o->ordinal != Ordinal::hundred && (o->plural || value == 1)) {
                value = value / (g.value() + o->value);
                end = q + 1;
                fraction = true;
            }
        }
    }
    // "one and a half", "3 million and a quarter", "twenty and three fifths".
    if (!fraction && is_word(end, "and") && a.prev != Prev::zero) {
        std::size_t q = end + 1;
        double num = 0;
        if (is_word(q, "a") || is_word(q, "an")) {
            num = 1;
            ++q;
        } else if (const WordInfo* w = info(q); w != nullptr && (w->cardinal == Cardinal::unit ||
                                                                 w->cardinal == Cardinal::teen ||
                                                                 w->cardinal == Cardinal::tens)) {
            Acc g;
            g.end = q;
            integer_words(*this, q, g);
            if (!g.has_h && g.total == 0) {
                num = g.value();
                q = g.end;
            }
        }
        std::size_t d_end = 0;
        const double den = num > 0 ? read_denominator(*this, q, d_end) : 0;
        const WordInfo* dw = den > 0 ? info(d_end - 1) : nullptr;
        if (dw != nullptr && (dw->plural || num == 1)) {
            const double frac = num / den;
            end = d_end;
            const WordInfo* s = info(end);
            if (s != nullptr && s->cardinal == Cardinal::scale && !s->plural) {
                value = value >= s->value ? value + frac * s->value : (value + frac) * s->value;
                ++end;
            } else if (a.prev == Prev::scale) {
                value += frac * a.last_scale;
            } else {
                value += frac;
            }
            fraction = true;
        }
    }
    // "nine point nought four", "two hundred point seventy-one".
    if (!fraction && words_only && is_word(end, "point")) {
        std::string decimals;
        std::size_t q = end + 1;
        while (q < n && m_tokens[q].gap != Gap::newline && decimals.size() < 32) {
            const WordInfo* w = info(q);
            if (w == nullptr) {
                break;
            }
            if (w->cardinal == Cardinal::zero || w->cardinal == Cardinal::unit) {
                decimals.push_back(static_cast<char>('0' + static_cast<int>(w->value)));
                ++q;
                continue;
            }
            if (w->cardinal == Cardinal::teen || w->cardinal == Cardinal::tens) {
                int v = static_cast<int>(w->value);
                ++q;
                if (w->cardinal == Cardinal::tens && q + 1 < n && is_dash_symbol(m_tokens[q]) &&
                    info(q + 1) != nullptr && info(q + 1)->cardinal == Cardinal::unit) {
                    v += static_cast<int>(info(q + 1)->value);
                    q += 2;
                }
                decimals += std::to_string(v);
            }
            break;
        }
        if (!decimals.empty()) {
            value += std::stod("0." + decimals);
            end = q;
            fraction = false;
            f.integer = false;
        }
    }
    // "two thirds of a million".
    if (fraction && is_word(end, "of") && (is_word(end + 1, "a") || is_word(end + 1, "an")) &&
        info(end + 2) != nullptr && info(end + 2)->cardinal == Cardinal::scale &&
        !info(end + 2)->plural) {
        value *= info(end + 2)->value;
        end += 3;
    }
    f.value = value;
    f.last = end;
    f.words = f.words || a.words || fraction;
    if (f.words) {
        f.lone_literal = false;
    }
    if (fraction) {
        f.fraction = true;
        f.integer = false;
    }
    if (a.prev == Prev::scale && !fraction) {
        f.scale = a.scale;
        f.unscaled = value / a.scale;
    } else if (f.scale == 1) {
        f.unscaled = value;
    }
    return std::isfinite(value);
}

} // namespace crosscheck::extract::detail
