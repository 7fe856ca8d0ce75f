// The scan: at each token a vague amount, else a figure and what surrounds
// it, then on to the first token after what was read.

#include "host/extract/number/scanner.hpp"

#include "host/extract/number/context_classifier.hpp"
#include "host/extract/number/figure.hpp"
#include "host/extract/number/qualifier_phrases.hpp"
#include "host/extract/number/range.hpp"
#include "host/extract/number/token.hpp"
#include "host/extract/number/vague_amount.hpp"

#include <algorithm>

namespace crosscheck::extract::number {
namespace {

using model::Qualifier;

// "one" as a pronoun: "no one", "the one", "one of the", "one another".
bool is_pronoun_one(const TokenizedText& t, const Figure& f) {
    if (f.last != f.first + 1 || !t.is_word(f.first, "one")) {
        return false;
    }
    const std::size_t b = f.first;
    if (b > 0) {
        for (const std::string_view w :
             {"the", "this", "that", "which", "no", "any", "every", "each", "another", "someone",
              "anyone", "little", "only", "last", "next", "first", "such", "every"}) {
            if (t.is(b - 1, w)) {
                return true;
            }
        }
    }
    for (const std::string_view w : {"of", "another", "by", "who", "whose", "after", "'", "\u2019",
                                     "thing", "way", "hand", "side", "which"}) {
        if (t.is(b + 1, w)) {
            return true;
        }
    }
    return false;
}

// A mention being read around one figure: tokens [first, last).
struct Reading {
    std::size_t first = 0;
    std::size_t last = 0;
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    Qualifier qualifier = Qualifier::none;
    bool percent = false;
    NumberKind kind = NumberKind::quantity;
    bool ranged = false;

    static Reading of(const Figure& a) {
        return {a.first,         a.last,    a.value, a.value, a.value,
                Qualifier::none, a.percent, a.kind,  false};
    }
    void take(const Range& r) {
        first = r.first;
        last = r.last;
        value = r.value;
        low = r.low;
        high = r.high;
        qualifier = r.qualifier;
        percent = r.percent;
        kind = r.kind;
        ranged = true;
    }
};

class Scanner {
public:
    Scanner(const TokenizedText& tokens, const rules::NumberSemantics& semantics)
        : m_tokens(tokens), m_parser(tokens), m_semantics(semantics),
          m_vague(vague_table(semantics)) {}

    std::vector<NumberMention> run() {
        std::size_t i = 0;
        while (i < m_tokens.size()) {
            i = step(i);
        }
        return std::move(m_out);
    }

private:
    // Reads what starts at token `i`; returns the token to go on from,
    // always past `i`.
    std::size_t step(std::size_t i) {
        if (m_vague.may_start_at(m_tokens, i)) {
            if (const auto vague = read_vague_amount(m_tokens, i, m_vague)) {
                emit(vague->first, vague->last, vague->phrase_first, vague->value, vague->low,
                     vague->high, vague->qualifier, false, NumberKind::quantity);
                return vague->last;
            }
        }
        if (!m_parser.can_start(i)) {
            return i + 1;
        }
        const Figure a = m_parser.parse(i);
        if (!a.valid) {
            return std::max(a.skip, i + 1);
        }
        if (is_pronoun_one(m_tokens, a)) {
            return std::max(a.last, i + 1);
        }
        const Reading r = read_around(a);
        emit(r.first, r.last, a.first, r.value, r.low, r.high, r.qualifier, r.percent, r.kind);
        merge_bounds(m_tokens, m_out, m_spans);
        return std::max(r.last, i + 1); // always forward, whatever a parse returned
    }

    // Figure `a` and what surrounds it, in the order each step needs the
    // one before: the range it begins, qualifiers after and before it, the
    // interval they make, and the kind its context gives it.
    Reading read_around(const Figure& a) const {
        Reading r = Reading::of(a);
        const NumberKind context =
            a.kind == NumberKind::quantity ? classify_in_context(m_tokens, a) : a.kind;
        if (const auto range = read_range(m_tokens, m_parser, a, context)) {
            r.take(*range);
        }
        if (!r.ranged && a.kind == NumberKind::quantity && !a.ordinal) {
            if (const auto postfix = postfix_qualifier(m_tokens, m_parser, a, r.last)) {
                r.qualifier = postfix->qualifier;
                r.last = postfix->end;
            }
        }
        const auto or_equal = r.ranged ? std::nullopt : or_equal_end(m_tokens, m_parser, r.last);
        if (or_equal) {
            r.last = *or_equal;
        }
        read_prefix(a, r);
        if (or_equal) {
            // "more than 5000 or equal to" is "at least 5000".
            if (r.qualifier == Qualifier::more_than) {
                r.qualifier = Qualifier::at_least;
            } else if (r.qualifier == Qualifier::less_than) {
                r.qualifier = Qualifier::at_most;
            }
        }
        if (!r.ranged) {
            const Interval interval = qualified_interval(r.qualifier, a.value, m_semantics);
            r.low = interval.low;
            r.high = interval.high;
        }
        settle_kind(a, context, r);
        return r;
    }

    // Prefix qualifiers, stacked ones included ("about more than 200"); a
    // range keeps its own qualifier, and one opened by "between" or "from"
    // takes none.
    void read_prefix(const Figure& a, Reading& r) const {
        if (r.ranged && r.first != a.first) {
            return;
        }
        if (const auto prefix = stacked_prefix(m_tokens, r.first)) {
            r.first = prefix->start;
            if (!r.ranged && r.qualifier == Qualifier::none) {
                r.qualifier = prefix->nearest;
            }
        }
    }

    // The kind of the mention: a range of durations ("3-4 days"), a year
    // that a qualifier makes a count ("more than 2000"), the whole of a
    // phone number, a list marker with its dot, an ordinal's date.
    void settle_kind(const Figure& a, NumberKind context, Reading& r) const {
        if (r.ranged && r.kind == NumberKind::quantity) {
            Figure tail = a;
            tail.first = r.last - 1; // only what follows the range matters here
            tail.last = r.last;
            tail.lone_literal = false;
            if (classify_in_context(m_tokens, tail) == NumberKind::duration) {
                r.kind = NumberKind::duration;
            }
        }
        if (r.kind == NumberKind::quantity && !r.ranged) {
            r.kind = context;
            if (r.kind == NumberKind::year && r.qualifier != Qualifier::none) {
                r.kind = NumberKind::quantity;
            }
            if (r.kind == NumberKind::phone) {
                take_phone_number(a, r);
            }
            if (r.kind == NumberKind::list_marker && r.last < m_tokens.size() &&
                (m_tokens.is_symbol(r.last, '.') || m_tokens.is_symbol(r.last, ')'))) {
                r.last += 1;
            }
        } else if (a.ordinal) {
            r.kind = classify_in_context(m_tokens, a);
        }
    }

    // Take the whole number: "+1-222-2222/2222", "555-123-4567".
    void take_phone_number(const Figure& a, Reading& r) const {
        if (a.first > 0 && m_tokens.is_symbol(a.first - 1, '+') && m_tokens.glued(a.first)) {
            r.first = a.first - 1;
        }
        std::size_t e = a.last;
        for (std::size_t p = a.last; p < m_tokens.size() && p < a.first + 16; ++p) {
            if (m_tokens.is_digits(p)) {
                e = p + 1;
            } else if (!(m_tokens.is_symbol(p, '-') || m_tokens.is_symbol(p, '.') ||
                         m_tokens.is_symbol(p, '/'))) {
                break;
            }
        }
        r.last = e;
    }

    void emit(std::size_t first, std::size_t last, std::size_t number_first, double value,
              std::optional<double> low, std::optional<double> high, Qualifier q, bool percent,
              NumberKind kind) {
        NumberMention m;
        m.start = m_tokens.token(first).start;
        m.end = m_tokens.token(last - 1).end;
        m.number_start = m_tokens.token(number_first).start;
        m.text.assign(m_tokens.text().substr(m.start, m.end - m.start));
        m.value = value;
        m.low = low;
        m.high = high;
        m.qualifier = q;
        m.percent = percent;
        m.kind = kind;
        m_out.push_back(std::move(m));
        m_spans.push_back({first, last});
    }

    const TokenizedText& m_tokens;
    FigureParser m_parser;
    const rules::NumberSemantics& m_semantics;
    const VagueTable& m_vague;
    std::vector<NumberMention> m_out;
    std::vector<TokenSpan> m_spans; // the tokens of each mention in m_out
};

} // namespace

std::vector<NumberMention> find_numbers(std::string_view text,
                                        const rules::NumberSemantics& semantics) {
    thread_local std::vector<Token> t_tokens;
    tokenize(text, t_tokens);
    const TokenizedText tokens(text, t_tokens);
    std::vector<NumberMention> out = Scanner(tokens, semantics).run();
    if (t_tokens.capacity() > (std::size_t{1} << 20)) {
        std::vector<Token>().swap(t_tokens); // do not keep a 10 MB line's tokens
    }
    return out;
}

} // namespace crosscheck::extract::number
