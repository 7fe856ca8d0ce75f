#include "host/extract/number/integer_words.hpp"

#include <optional>

namespace crosscheck::extract::number {
namespace {

bool is_small(Cardinal c) {
    return c == Cardinal::unit || c == Cardinal::teen || c == Cardinal::tens;
}

// Reads one run of number words into a tally. An "and" is taken on trust:
// the tally before it is kept (the checkpoint) and given back when what
// follows does not join ("3 hundred and 2 hundred" is two numbers).
class IntegerWordReader {
public:
    IntegerWordReader(const TokenizedText& tokens, WordTally& tally)
        : m_tokens(tokens), m_tally(tally) {}

    void read(std::size_t p) {
        const std::size_t start = p;
        while (p < m_tokens.size()) {
            if (m_tokens.after_newline(p) && p != start) {
                break;
            }
            const Joint joint = read_joint(p);
            if (joint == Joint::stop) {
                break;
            }
            if (joint == Joint::taken) {
                ++p;
                continue;
            }
            const WordInfo* w = m_tokens.info(p);
            const bool digits = m_tokens.is_digits(p);
            if (!digits && w == nullptr) {
                break;
            }
            if (!(digits ? add_literal(p) : add_word(*w))) {
                give_back(digits, w);
                break;
            }
            m_tally.words = m_tally.words || w != nullptr;
            m_tally.end = p + 1;
            ++p;
        }
        if (m_tally.prev == WordRole::and_ && m_checkpoint) {
            m_tally = *m_checkpoint;
        }
    }

private:
    enum class Joint { none, taken, stop };

    // The hyphen of "twenty-six" and the "and" of "hundred and five".
    Joint read_joint(std::size_t p) {
        WordTally& a = m_tally;
        if (is_word_hyphen(m_tokens.token(p)) && a.prev == WordRole::tens) {
            const WordInfo* w = m_tokens.info(p + 1);
            const bool unit_follows =
                w != nullptr && w->cardinal == Cardinal::unit && !m_tokens.after_newline(p + 1);
            return unit_follows ? Joint::taken : Joint::stop;
        }
        if (!m_tokens.is_word(p, "and") ||
            (a.prev != WordRole::hundred && a.prev != WordRole::scale)) {
            return Joint::none;
        }
        if (!joins_after_and(p + 1)) {
            return Joint::stop;
        }
        m_checkpoint = a;
        a.and_base = a.value();
        a.and_scale = a.prev == WordRole::scale ? a.last_scale : 1;
        a.prev = WordRole::and_;
        return Joint::taken;
    }

    // What may follow "and": a unit, teen or tens word, or one or two
    // digits that are not zero and not glued to what follows.
    bool joins_after_and(std::size_t q) const {
        const WordInfo* w = m_tokens.info(q);
        if (w != nullptr && is_small(w->cardinal)) {
            return true;
        }
        const std::string_view d = m_tokens.text_of(q);
        return m_tokens.is_digits(q) && d.size() <= 2 &&
               d.find_first_not_of('0') != std::string_view::npos && !m_tokens.glued(q + 1);
    }

    // A literal inside words: "4 thousand 3 hundred and 21".
    bool add_literal(std::size_t p) {
        WordTally& a = m_tally;
        if ((a.prev != WordRole::and_ && a.prev != WordRole::scale) || m_tokens.glued(p)) {
            return false;
        }
        const std::string_view d = m_tokens.text_of(p);
        double v = 0;
        for (const char c : d.substr(0, 15)) {
            v = v * 10 + (c - '0');
        }
        const double limit = a.prev == WordRole::and_ ? 100 : a.last_scale;
        const WordInfo* after = m_tokens.info(p + 1);
        const bool multiplied = after != nullptr && (after->cardinal == Cardinal::hundred ||
                                                     after->cardinal == Cardinal::scale);
        if (d.size() > 3 || v >= limit || v <= 0 || m_tokens.glued(p + 1) ||
            (a.prev != WordRole::and_ && !multiplied)) {
            return false;
        }
        a.rest = v;
        a.has_rest = true;
        a.prev = WordRole::literal;
        return true;
    }

    bool add_word(const WordInfo& w) {
        switch (w.cardinal) {
        case Cardinal::zero:
            return add_zero();
        case Cardinal::unit:
        case Cardinal::teen:
        case Cardinal::tens:
            return add_small(w);
        case Cardinal::hundred:
            return add_hundred(w);
        case Cardinal::scale:
            return add_scale(w);
        case Cardinal::none:
            return add_dozen(w);
        }
        return false;
    }

    bool add_zero() {
        if (m_tally.prev != WordRole::none) {
            return false;
        }
        m_tally.has_rest = true;
        m_tally.prev = WordRole::zero;
        return true;
    }

    // Units, teens and tens: a fresh group, or a unit after tens ("twenty six").
    bool add_small(const WordInfo& w) {
        WordTally& a = m_tally;
        const bool fresh = a.prev == WordRole::none || a.prev == WordRole::hundred ||
                           a.prev == WordRole::scale || a.prev == WordRole::and_;
        const bool after_tens = a.prev == WordRole::tens && w.cardinal == Cardinal::unit;
        if (!fresh && !after_tens) {
            return false;
        }
        if (w.cardinal == Cardinal::tens) {
            a.tens_value = w.value;
            a.tens_after_atom = a.prev == WordRole::hundred || a.prev == WordRole::scale;
        }
        a.rest += w.value;
        a.has_rest = true;
        a.prev = w.cardinal == Cardinal::unit   ? WordRole::unit
                 : w.cardinal == Cardinal::teen ? WordRole::teen
                                                : WordRole::tens;
        return true;
    }

    // "five hundred", "a hundred", or "hundred" alone.
    bool add_hundred(const WordInfo& w) {
        WordTally& a = m_tally;
        const bool multiplies = a.prev == WordRole::unit || a.prev == WordRole::teen ||
                                a.prev == WordRole::tens || a.prev == WordRole::literal ||
                                a.prev == WordRole::article;
        if (!a.has_hundreds && multiplies) {
            a.hundreds = a.rest * 100;
            a.rest = 0;
            a.has_rest = false;
        } else if (a.prev == WordRole::none && !w.plural) {
            a.hundreds = 100;
        } else {
            return false;
        }
        a.has_hundreds = true;
        a.prev = WordRole::hundred;
        return true;
    }

    // A scale closes the open group ("two hundred thousand"), or multiplies
    // a closed one by a larger scale ("three lakh crore").
    bool add_scale(const WordInfo& w) {
        WordTally& a = m_tally;
        const double v = w.value;
        if ((a.has_hundreds || a.has_rest) && v < a.last_scale && a.prev != WordRole::zero) {
            // A lone unit multiplier after a complete number may be a
            // compound denominator's start ("... one thousand fifths").
            const bool lone_unit = a.prev == WordRole::unit && a.rest < 10;
            a.split_den = lone_unit && (a.hundreds > 0 || a.total > 0) ? a.rest * v : 0;
            a.split_num = a.total + a.hundreds;
            a.total += (a.hundreds + a.rest) * v;
            a.hundreds = a.rest = 0;
            a.has_hundreds = a.has_rest = false;
            a.last_scale = v;
            a.scale = v;
            a.prev = WordRole::scale;
            a.and_base = -1;
            m_checkpoint.reset(); // the "and" joined rightly
            return true;
        }
        if (a.prev == WordRole::scale && v > a.last_scale) {
            a.total *= v;
            a.scale *= v;
            a.last_scale = v;
            return true;
        }
        return false;
    }

    // "three dozen", "a dozen", "five hundred dozen".
    bool add_dozen(const WordInfo& w) {
        WordTally& a = m_tally;
        const bool counted = a.prev == WordRole::unit || a.prev == WordRole::teen ||
                             a.prev == WordRole::tens || a.prev == WordRole::literal ||
                             a.prev == WordRole::article || a.prev == WordRole::hundred;
        if (!w.dozen || !counted) {
            return false;
        }
        if (a.has_rest) {
            a.rest *= 12;
        } else {
            a.hundreds *= 12;
        }
        a.prev = WordRole::dozen;
        return true;
    }

    // A word that did not fit: when it looks like a number, or an "and" is
    // still open, the "and" began a new number and is given back.
    void give_back(bool digits, const WordInfo* w) {
        const bool numberish =
            digits || (w != nullptr && (w->cardinal != Cardinal::none || w->dozen));
        if (m_checkpoint && (numberish || m_tally.prev == WordRole::and_)) {
            m_tally = *m_checkpoint;
        }
    }

    const TokenizedText& m_tokens;
    WordTally& m_tally;
    std::optional<WordTally> m_checkpoint;
};

} // namespace

bool is_word_hyphen(const Token& t) {
    return t.type == TokenType::symbol &&
           (t.symbol == '-' || t.symbol == 0x2010 || t.symbol == 0x2011 || t.symbol == 0x2013);
}

void read_integer_words(const TokenizedText& tokens, std::size_t p, WordTally& tally) {
    IntegerWordReader(tokens, tally).read(p);
}

} // namespace crosscheck::extract::number
