#include "host/extract/number/qualifier_phrases.hpp"

#include "host/extract/number/token_phrase.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace crosscheck::extract::number {
namespace {

using model::Qualifier;

struct Phrase {
    std::string_view text;
    Qualifier qualifier;
};

// Prefix qualifiers, matched right before a figure. Words and symbols are
// space-separated tokens (">=" is "> =": the tokenizer splits symbols).
// `Qualifier::none` marks phrases that only state exactness ("equal to").
constexpr std::array k_prefixes = std::to_array<Phrase>({
    {"greater than or equal to", Qualifier::at_least},
    {"more than or equal to", Qualifier::at_least},
    {"higher than or equal to", Qualifier::at_least},
    {"bigger than or equal to", Qualifier::at_least},
    {"larger than or equal to", Qualifier::at_least},
    {"less than or equal to", Qualifier::at_most},
    {"smaller than or equal to", Qualifier::at_most},
    {"fewer than or equal to", Qualifier::at_most},
    {"lower than or equal to", Qualifier::at_most},
    {"equal to or more than", Qualifier::at_least},
    {"equal to or greater than", Qualifier::at_least},
    {"equal to or higher than", Qualifier::at_least},
    {"equal to or larger than", Qualifier::at_least},
    {"equal to or less than", Qualifier::at_most},
    {"equal to or smaller than", Qualifier::at_most},
    {"equal to or fewer than", Qualifier::at_most},
    {"equal to or lower than", Qualifier::at_most},
    {"bigger or equal than", Qualifier::at_least},
    {"higher or equal than", Qualifier::at_least},
    {"greater or equal than", Qualifier::at_least},
    {"larger or equal than", Qualifier::at_least},
    {"more or equal than", Qualifier::at_least},
    {"smaller or equal than", Qualifier::at_most},
    {"less or equal than", Qualifier::at_most},
    {"lower or equal than", Qualifier::at_most},
    {"fewer or equal than", Qualifier::at_most},
    {"at least or equal to", Qualifier::at_least},
    {"in the region of", Qualifier::approximately},
    {"on the order of", Qualifier::approximately},
    {"in excess of", Qualifier::more_than},
    {"no less than", Qualifier::at_least},
    {"no fewer than", Qualifier::at_least},
    {"not less than", Qualifier::at_least},
    {"not fewer than", Qualifier::at_least},
    {"a minimum of", Qualifier::at_least},
    {"no more than", Qualifier::at_most},
    {"not more than", Qualifier::at_most},
    {"a maximum of", Qualifier::at_most},
    {"as many as", Qualifier::at_most},
    {"just shy of", Qualifier::nearly},
    {"something like", Qualifier::approximately},
    {"more than", Qualifier::more_than},
    {"greater than", Qualifier::more_than},
    {"larger than", Qualifier::more_than},
    {"bigger than", Qualifier::more_than},
    {"higher than", Qualifier::more_than},
    {"upwards of", Qualifier::more_than},
    {"upward of", Qualifier::more_than},
    {"well over", Qualifier::more_than},
    {"well above", Qualifier::more_than},
    {"at least", Qualifier::at_least},
    {"minimum of", Qualifier::at_least},
    {"less than", Qualifier::less_than},
    {"fewer than", Qualifier::less_than},
    {"smaller than", Qualifier::less_than},
    {"lower than", Qualifier::less_than},
    {"up to", Qualifier::at_most},
    {"at most", Qualifier::at_most},
    {"maximum of", Qualifier::at_most},
    {"just under", Qualifier::nearly},
    {"just below", Qualifier::nearly},
    {"close to", Qualifier::nearly},
    {"not quite", Qualifier::nearly},
    {"an estimated", Qualifier::approximately},
    {"an approximate", Qualifier::approximately},
    {"approx .", Qualifier::approximately},
    {"ca .", Qualifier::approximately},
    {"equal to", Qualifier::none},
    {"equals to", Qualifier::none},
    {"equaling to", Qualifier::none},
    {"equalling to", Qualifier::none},
    {"a total of", Qualifier::none},
    {"> =", Qualifier::at_least},
    {"< =", Qualifier::at_most},
    {"over", Qualifier::more_than},
    {"above", Qualifier::more_than},
    {"exceed", Qualifier::more_than},
    {"exceeds", Qualifier::more_than},
    {"exceeded", Qualifier::more_than},
    {"exceeding", Qualifier::more_than},
    {"surpass", Qualifier::more_than},
    {"surpassed", Qualifier::more_than},
    {"surpassing", Qualifier::more_than},
    {"topping", Qualifier::more_than},
    {">", Qualifier::more_than},
    {"\u2265", Qualifier::at_least},
    {"under", Qualifier::less_than},
    {"below", Qualifier::less_than},
    {"<", Qualifier::less_than},
    {"\u2264", Qualifier::at_most},
    {"nearly", Qualifier::nearly},
    {"almost", Qualifier::nearly},
    {"approaching", Qualifier::nearly},
    {"about", Qualifier::approximately},
    {"approximately", Qualifier::approximately},
    {"approx", Qualifier::approximately},
    {"some", Qualifier::approximately},
    {"around", Qualifier::approximately},
    {"roughly", Qualifier::approximately},
    {"estimated", Qualifier::approximately},
    {"circa", Qualifier::approximately},
    {"~", Qualifier::approximately},
    {"equals", Qualifier::none},
    {"equaling", Qualifier::none},
    {"equalling", Qualifier::none},
    {"exactly", Qualifier::none},
    {"precisely", Qualifier::none},
    {"=", Qualifier::none},
});

// Postfix qualifiers: "200 or more", "500 or less", "200-odd", "200+".
constexpr std::array k_postfixes = std::to_array<Phrase>({
    {"or greater than", Qualifier::at_least},
    {"or more than", Qualifier::at_least},
    {"or higher than", Qualifier::at_least},
    {"or less than", Qualifier::at_most},
    {"or fewer than", Qualifier::at_most},
    {"or lower than", Qualifier::at_most},
    {"or more", Qualifier::at_least},
    {"and more", Qualifier::at_least},
    {"or greater", Qualifier::at_least},
    {"or above", Qualifier::at_least},
    {"and above", Qualifier::at_least},
    {"or higher", Qualifier::at_least},
    {"or over", Qualifier::at_least},
    {"and over", Qualifier::at_least},
    {"or larger", Qualifier::at_least},
    {"or less", Qualifier::at_most},
    {"or fewer", Qualifier::at_most},
    {"or below", Qualifier::at_most},
    {"and below", Qualifier::at_most},
    {"or lower", Qualifier::at_most},
    {"or under", Qualifier::at_most},
    {"and under", Qualifier::at_most},
    {"and less", Qualifier::at_most},
    {"or smaller", Qualifier::at_most},
    {"or so", Qualifier::approximately},
    {"- odd", Qualifier::approximately},
    {"odd", Qualifier::approximately},
    {"plus", Qualifier::at_least},
    {"+", Qualifier::at_least},
});

template <std::size_t N>
std::array<TokenPhrase, N> split_all(const std::array<Phrase, N>& phrases) {
    std::array<TokenPhrase, N> out;
    for (std::size_t i = 0; i < N; ++i) {
        out[i] = split_phrase(phrases[i].text);
    }
    return out;
}

const std::array<TokenPhrase, k_prefixes.size()>& prefix_parts() {
    static const auto s_parts = split_all(k_prefixes);
    return s_parts;
}

// The prefix phrases grouped by their last token, lowercased, so that a
// figure is checked only against the phrases that can end right before it.
const std::unordered_map<std::string, std::vector<std::size_t>>& prefixes_by_last_part() {
    static const auto s_index = [] {
        std::unordered_map<std::string, std::vector<std::size_t>> index;
        const auto& parts = prefix_parts();
        for (std::size_t k = 0; k < parts.size(); ++k) {
            index[std::string(parts[k].parts[parts[k].count - 1])].push_back(k);
        }
        return index;
    }();
    return s_index;
}

// "how about 2", "what about 3": a suggestion, not a hedge.
bool is_suggestion(const TokenizedText& t, std::size_t about) {
    return t.is(about, "about") && about > 0 && (t.is(about - 1, "how") || t.is(about - 1, "what"));
}

// "handed over 1,200 weapons": a phrasal verb's particle, not "more than".
bool is_particle(const TokenizedText& t, std::size_t over) {
    static constexpr std::string_view k_phrasal[] = {
        "handed", "hand",   "hands", "handing", "turned", "turn", "turns", "turning",
        "signed", "passed", "given", "gave",    "give",   "took", "taken", "handover"};
    if (!t.is(over, "over") || over == 0) {
        return false;
    }
    return std::any_of(std::begin(k_phrasal), std::end(k_phrasal),
                       [&](std::string_view verb) { return t.is(over - 1, verb); });
}

} // namespace

std::size_t prefix_qualifier(const TokenizedText& t, std::size_t start, Qualifier& q) {
    if (start == 0 || t.after_newline(start)) {
        return start;
    }
    const Token& before = t.token(start - 1);
    if (before.end - before.start > 16) {
        return start;
    }
    std::string last(t.text_of(start - 1));
    for (char& c : last) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    const auto& index = prefixes_by_last_part();
    const auto it = index.find(last);
    if (it == index.end()) {
        return start;
    }
    // Try the longest match over all the candidates.
    const auto& parts = prefix_parts();
    std::size_t best = start;
    for (const std::size_t k : it->second) {
        if (parts[k].count <= start && start - parts[k].count < best &&
            match_backward(t, start, parts[k])) {
            best = start - parts[k].count;
            q = k_prefixes[k].qualifier;
        }
    }
    if (best + 1 == start && (is_suggestion(t, best) || is_particle(t, best))) {
        return start;
    }
    return best;
}

std::optional<StackedPrefix> stacked_prefix(const TokenizedText& t, std::size_t first) {
    std::optional<StackedPrefix> out;
    std::size_t start = first;
    for (int depth = 0; depth < 3; ++depth) {
        Qualifier found = Qualifier::none;
        const std::size_t s = prefix_qualifier(t, start, found);
        if (s == start) {
            break;
        }
        if (!out) {
            out = StackedPrefix{s, found};
        }
        start = s;
    }
    if (out) {
        out->start = start;
    }
    return out;
}

std::optional<Postfix> postfix_qualifier(const TokenizedText& t, const FigureParser& parser,
                                         const Figure& f, std::size_t last) {
    static const auto s_parts = split_all(k_postfixes);
    const bool maybe = t.is(last, "or") || t.is(last, "and") || t.is(last, "-") ||
                       t.is(last, "odd") || t.is(last, "plus") || t.is(last, "+");
    if (!maybe || last >= t.size() || t.after_newline(last)) {
        return std::nullopt;
    }
    for (std::size_t k = 0; k < k_postfixes.size(); ++k) {
        const TokenPhrase& p = s_parts[k];
        const bool symbol = p.count == 1 && p.parts[0] == "+";
        if (symbol && !t.glued(last)) {
            continue;
        }
        const bool odd = k_postfixes[k].text == "odd" || k_postfixes[k].text == "- odd";
        const std::size_t end = match_forward(t, last, p);
        // "or less than 6000", "and more or less", "and equal": not this figure's.
        if (end == 0 || t.is(end, "than") ||
            (p.parts[0] == "and" && (t.is(end, "or") || t.is(end, "equal"))) ||
            (parser.can_start(end) && !odd) || (odd && f.value < 10)) {
            continue;
        }
        return Postfix{k_postfixes[k].qualifier, end};
    }
    return std::nullopt;
}

std::optional<std::size_t> or_equal_end(const TokenizedText& t, const FigureParser& parser,
                                        std::size_t last) {
    if (!t.is(last, "or") || !t.is(last + 1, "equal") || t.after_newline(last)) {
        return std::nullopt;
    }
    std::size_t e = last + 2;
    if (t.is(e, "to")) {
        ++e;
        if (t.is(e, "it")) {
            ++e;
        }
    }
    if (parser.can_start(e)) {
        return std::nullopt;
    }
    return e;
}

Interval qualified_interval(Qualifier q, double v, const rules::NumberSemantics& semantics) {
    const auto bounds = [](double x, double y) { return Interval{std::min(x, y), std::max(x, y)}; };
    switch (q) {
    case Qualifier::more_than:
    case Qualifier::at_least:
        // The factor bounds a count from above; "more than -400" or "more
        // than 0" has no such bound (v times the factor would lie below v).
        return {v, semantics.open_upper_factor > 0 && v > 0
                       ? std::optional<double>(v * semantics.open_upper_factor)
                       : std::nullopt};
    case Qualifier::less_than:
    case Qualifier::at_most:
        return {std::nullopt, v};
    case Qualifier::nearly:
        return bounds(v * (1 - semantics.nearly_tolerance), v);
    case Qualifier::approximately:
        return bounds(v * (1 - semantics.approximate_tolerance),
                      v * (1 + semantics.approximate_tolerance));
    default:
        return {v, v};
    }
}

} // namespace crosscheck::extract::number
