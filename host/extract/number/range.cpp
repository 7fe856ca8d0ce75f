#include "host/extract/number/range.hpp"

#include <array>
#include <cmath>

namespace crosscheck::extract::number {
namespace {

using model::Qualifier;

// Verbs that make "from 200 to 300" a change rather than a range.
constexpr std::array<std::string_view, 30> k_change_words = {
    "rose",      "risen",   "rising", "rises",   "increased", "increasing", "climbed", "climbing",
    "jumped",    "grew",    "grown",  "fell",    "fallen",    "falling",    "dropped", "declined",
    "decreased", "revised", "raised", "lowered", "went",      "soared",     "surged",  "plunged",
    "doubled",   "up",      "down",   "cut",     "reduced",   "changed"};

// What joins the two figures: a dash, or "to", "through (to)", "thru",
// "or", "and" after "between".
struct Joint {
    std::size_t second = 0; ///< the second figure's first token; 0: no joint
    bool dash = false;
    bool between = false; ///< "between" before the first figure
    bool from = false;    ///< "from" before the first figure
    bool is_or = false;
};

Joint read_joint(const TokenizedText& t, std::size_t first, std::size_t last) {
    Joint j;
    j.between = first > 0 && t.is(first - 1, "between");
    j.from = first > 0 && t.is(first - 1, "from");
    j.is_or = t.is(last, "or");
    if (last >= t.size()) {
        return j; // the text ends before any joint ("... for 3 tickets")
    }
    const Token& c = t.token(last);
    if (c.type == TokenType::symbol &&
        (c.symbol == '-' || c.symbol == 0x2013 || c.symbol == 0x2014 || c.symbol == '~' ||
         c.symbol == 0x2012)) {
        j.second = last + 1;
        j.dash = true;
    } else if (t.is(last, "to") || t.is(last, "through") || t.is(last, "thru") ||
               (j.between && t.is(last, "and")) || j.is_or) {
        j.second = t.is(last, "through") && t.is(last + 1, "to") ? last + 2 : last + 1;
    }
    return j;
}

// "rose from 20 to 30": a change verb before "from".
bool is_change(const TokenizedText& t, std::size_t first, const Joint& j) {
    if (!j.from || first < 2) {
        return false;
    }
    bool change = false;
    for (const std::string_view w : k_change_words) {
        change = change || t.is(first - 2, w);
    }
    return change;
}

// "1988-1994", "2012-13": two plain four-digit years, the second later, or
// two digits after a dash.
bool are_years(const Figure& a, const Figure& b, bool dash) {
    return a.lone_literal && a.digits == 4 && a.value >= 1800 && a.value <= 2100 &&
           b.lone_literal &&
           ((b.digits == 4 && b.value > a.value && b.value <= 2100) || (dash && b.digits == 2));
}

Range year_range(const Figure& a, const Figure& b, const Joint& j) {
    Range r;
    r.kind = NumberKind::year;
    r.first = j.between || j.from ? a.first - 1 : a.first;
    r.last = b.last;
    r.value = a.value;
    r.low = a.value;
    r.percent = a.percent;
    double end_year = b.value;
    if (b.digits == 2) {
        end_year = std::floor(a.value / 100) * 100 + b.value;
        if (end_year <= a.value && b.value == 0) {
            end_year += 100; // "1999-00"
        }
    }
    r.high = end_year;
    if (end_year <= a.value) {
        // "1995-01" is a year and a month, not a range.
        r.kind = NumberKind::date;
        r.high = a.value;
        r.qualifier = Qualifier::none;
    }
    return r;
}

std::optional<Range> quantity_range(const TokenizedText& t, const Figure& a, const Figure& b,
                                    const Joint& j) {
    // "fell 12% to 880 units": a share and then a count are two figures.
    if (a.percent && !b.percent) {
        return std::nullopt;
    }
    // "from -18 to -34": two figures below zero are a range in either order.
    if (a.negative && b.negative && b.value < a.value && a.scale == b.scale) {
        Range r;
        r.first = j.between || j.from ? a.first - 1 : a.first;
        r.last = b.last;
        r.low = b.value;
        r.high = a.value;
        r.value = (a.value + b.value) / 2;
        return r;
    }
    double av = a.value;
    if (b.scale > 1 && a.scale == 1 && !a.percent && a.value < b.unscaled) {
        av = a.value * b.scale; // "20 to 30 million"
    }
    // "10 bln or 10 tln" are two figures; so are word numbers joined by a
    // hyphen ("three-nought-four").
    const bool scales_agree = a.scale == 1 || b.scale == 1 || a.scale == b.scale;
    const bool dash_ok =
        !j.dash || ((t.is_digits(a.first) || t.is_digits(a.first + 1)) && t.is_digits(b.first));
    if (b.kind != NumberKind::quantity || b.ordinal || !(av < b.value) ||
        (j.is_or && b.words != a.words) || !scales_agree || !dash_ok) {
        return std::nullopt;
    }
    Range r;
    r.first = j.between || j.from ? a.first - 1 : a.first;
    r.last = b.last;
    r.low = av;
    r.high = b.value;
    r.value = (av + b.value) / 2;
    r.percent = a.percent || b.percent;
    return r;
}

// "44 mg to 50 mg", "-18 °C to -34 °C": a unit of one or two tokens
// after the first figure and before the joint, which must be repeated
// after the second. The number of the unit's tokens, 0 when there is none.
std::size_t unit_before_joint(const TokenizedText& t, const FigureParser& parser, std::size_t p) {
    for (std::size_t k = 1; k <= 2; ++k) {
        const std::size_t q = p + k - 1;
        if (q >= t.size() || t.after_newline(q) || t.is_digits(q) || parser.can_start(q) ||
            (k == 2 && !t.glued(q))) {
            return 0;
        }
        const Token& u = t.token(q);
        if (u.type == TokenType::symbol && u.symbol != 0xB0) {
            return 0; // only the degree sign, before "C" or "F"
        }
        if (t.is(q, "to") || t.is(q, "or") || t.is(q, "and") || t.is(q, "through") ||
            t.is(q, "thru")) {
            return 0;
        }
        const Joint j = read_joint(t, p, q + 1);
        if (j.second != 0 && !j.dash) {
            return k;
        }
    }
    return 0;
}

// The `unit` tokens after `a_last` come again, the same, right after `b_last`.
bool same_unit_after(const TokenizedText& t, std::size_t a_last, std::size_t unit,
                     std::size_t b_last) {
    for (std::size_t k = 0; k < unit; ++k) {
        if (b_last + k >= t.size() || t.text_of(b_last + k) != t.text_of(a_last + k) ||
            t.glued(b_last + k) != t.glued(a_last + k)) {
            return false;
        }
    }
    return true;
}

bool is_lower_bound(Qualifier q) {
    return q == Qualifier::more_than || q == Qualifier::at_least;
}

bool is_upper_bound(Qualifier q) {
    return q == Qualifier::less_than || q == Qualifier::at_most;
}

} // namespace

std::optional<Range> read_range(const TokenizedText& t, const FigureParser& parser, const Figure& a,
                                NumberKind context) {
    if (a.kind != NumberKind::quantity || a.ordinal || a.last >= t.size() ||
        (context != NumberKind::quantity && context != NumberKind::year) ||
        t.after_newline(a.last)) {
        return std::nullopt;
    }
    const std::size_t unit = unit_before_joint(t, parser, a.last);
    const Joint j = read_joint(t, a.first, a.last + unit);
    if (j.second == 0 || j.second >= t.size() || t.after_newline(j.second) ||
        !parser.can_start(j.second) || (j.dash && (unit > 0 || t.token(j.second).symbol == '-'))) {
        return std::nullopt;
    }
    const Figure b = parser.parse(j.second);
    if (!b.valid || is_change(t, a.first, j) ||
        (b.kind != NumberKind::quantity && b.kind != NumberKind::year) ||
        !same_unit_after(t, a.last, unit, b.last)) {
        return std::nullopt;
    }
    if (unit > 0) {
        return quantity_range(t, a, b, j);
    }
    if (are_years(a, b, j.dash) && (j.dash || t.is(a.last, "to") || j.between || j.from)) {
        return year_range(a, b, j);
    }
    return quantity_range(t, a, b, j);
}

void merge_bounds(const TokenizedText& t, std::vector<NumberMention>& mentions,
                  std::vector<TokenSpan>& spans) {
    const std::size_t k = mentions.size();
    if (k < 2) {
        return;
    }
    NumberMention& x = mentions[k - 2];
    const NumberMention& y = mentions[k - 1];
    if (x.kind != NumberKind::quantity || y.kind != NumberKind::quantity) {
        return;
    }
    const bool lo_hi = is_lower_bound(x.qualifier) && is_upper_bound(y.qualifier);
    const bool hi_lo = is_upper_bound(x.qualifier) && is_lower_bound(y.qualifier);
    if (!lo_hi && !hi_lo) {
        return;
    }
    // Nothing but ",", "and" or "but" between them.
    std::size_t p = spans[k - 2].last;
    const std::size_t q = spans[k - 1].first;
    if (p < q && t.is(p, ",")) {
        ++p;
    }
    if (p < q && (t.is(p, "and") || t.is(p, "but"))) {
        ++p;
    }
    if (p != q || q == spans[k - 2].last) {
        return;
    }
    const double low = lo_hi ? x.value : y.value;
    const double high = lo_hi ? y.value : x.value;
    if (!(low < high)) {
        return;
    }
    x.end = y.end;
    x.text.assign(t.text().substr(x.start, x.end - x.start));
    x.low = low;
    x.high = high;
    x.value = (low + high) / 2;
    x.qualifier = Qualifier::range;
    x.percent = x.percent || y.percent;
    spans[k - 2].last = spans[k - 1].last;
    mentions.pop_back();
    spans.pop_back();
}

} // namespace crosscheck::extract::number
