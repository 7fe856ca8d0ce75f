// The number scanner: finds figures (number_figure.cpp, number_words.cpp),
// joins them into ranges, reads the qualifiers around them, matches vague
// amounts, and classifies what is not a quantity (number_context.cpp).

#include "host/extract/number.hpp"

#include "host/extract/number_figure.hpp"
#include "host/extract/number_token.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

namespace crosscheck::extract {

std::string_view to_string(NumberKind k) {
    switch (k) {
    case NumberKind::quantity:
        return "quantity";
    case NumberKind::year:
        return "year";
    case NumberKind::date:
        return "date";
    case NumberKind::clock_time:
        return "clock_time";
    case NumberKind::ordinal:
        return "ordinal";
    case NumberKind::duration:
        return "duration";
    case NumberKind::phone:
        return "phone";
    case NumberKind::ip_address:
        return "ip_address";
    case NumberKind::version:
        return "version";
    case NumberKind::list_marker:
        return "list_marker";
    }
    return "quantity";
}

namespace {

using detail::Figure;
using detail::FigureParser;
using detail::Gap;
using detail::Token;
using detail::TokenType;

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

// Verbs that make "from 200 to 300" a change rather than a range.
constexpr std::array<std::string_view, 30> k_change_words = {
    "rose",      "risen",   "rising", "rises",   "increased", "increasing", "climbed", "climbing",
    "jumped",    "grew",    "grown",  "fell",    "fallen",    "falling",    "dropped", "declined",
    "decreased", "revised", "raised", "lowered", "went",      "soared",     "surged",  "plunged",
    "doubled",   "up",      "down",   "cut",     "reduced",   "changed"};

constexpr std::size_t k_max_phrase_tokens = 8;

struct PhraseParts {
    std::array<std::string_view, k_max_phrase_tokens> parts{};
    std::size_t count = 0;
};

PhraseParts split_phrase(std::string_view text) {
    PhraseParts p;
    std::size_t pos = 0;
    while (pos < text.size() && p.count < k_max_phrase_tokens) {
        const std::size_t space = text.find(' ', pos);
        const std::size_t end = space == std::string_view::npos ? text.size() : space;
        if (end > pos) {
            p.parts[p.count++] = text.substr(pos, end - pos);
        }
        pos = end + 1;
    }
    return p;
}

template <std::size_t N>
std::array<PhraseParts, N> split_all(const std::array<Phrase, N>& phrases) {
    std::array<PhraseParts, N> out;
    for (std::size_t i = 0; i < N; ++i) {
        out[i] = split_phrase(phrases[i].text);
    }
    return out;
}

// Vague phrases split into tokens, longest first, indexed by initial. Built
// once per thread for a given set of rules, not once per call.
struct VagueTable {
    struct Entry {
        PhraseParts parts;
        double low;
        double high;
    };
    std::vector<NumberSemantics::VagueAmount> source;
    std::vector<Entry> entries;
    std::array<std::vector<std::size_t>, 26> by_initial;
};

bool same_amounts(const std::vector<NumberSemantics::VagueAmount>& a,
                  const std::vector<NumberSemantics::VagueAmount>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].phrase != b[i].phrase || a[i].low != b[i].low || a[i].high != b[i].high) {
            return false;
        }
    }
    return true;
}

const VagueTable& vague_table(const NumberSemantics& semantics) {
    thread_local VagueTable t_table;
    thread_local bool t_built = false;
    if (t_built && same_amounts(t_table.source, semantics.vague_amounts)) {
        return t_table;
    }
    t_table = VagueTable{};
    t_table.source = semantics.vague_amounts; // the parts below view these strings
    for (const auto& v : t_table.source) {
        PhraseParts parts = split_phrase(v.phrase);
        if (parts.count > 0) {
            t_table.entries.push_back({parts, v.low, v.high});
        }
    }
    // Longest phrases first, so "tens of thousands" wins over "thousands".
    std::stable_sort(t_table.entries.begin(), t_table.entries.end(),
                     [](const VagueTable::Entry& a, const VagueTable::Entry& b) {
                         return a.parts.count > b.parts.count;
                     });
    for (std::size_t k = 0; k < t_table.entries.size(); ++k) {
        const std::string_view w = t_table.entries[k].parts.parts[0];
        const char c = w.empty() ? '\0' : w[0];
        if (c >= 'a' && c <= 'z') {
            t_table.by_initial[static_cast<std::size_t>(c - 'a')].push_back(k);
        }
    }
    t_built = true;
    return t_table;
}

class Scanner {
public:
    Scanner(std::string_view text, const std::vector<Token>& tokens,
            const NumberSemantics& semantics)
        : m_text(text), m_tokens(tokens), m_parser(text, tokens), m_semantics(semantics),
          m_vague(vague_table(semantics)) {}

    std::vector<NumberMention> run();

private:
    [[nodiscard]] bool token_is(std::size_t i, std::string_view part) const;
    [[nodiscard]] std::size_t match_forward(std::size_t i, const PhraseParts& p) const;
    [[nodiscard]] bool match_backward(std::size_t end, const PhraseParts& p) const;
    [[nodiscard]] bool try_vague(std::size_t& i);
    [[nodiscard]] bool is_pronoun_one(const Figure& f) const;
    void emit(std::size_t first, std::size_t last, std::size_t number_first, double value,
              std::optional<double> low, std::optional<double> high, Qualifier q, bool percent,
              NumberKind kind);
    std::size_t prefix_qualifier(std::size_t start, Qualifier& q) const;
    void merge_bounds();

    std::string_view m_text;
    const std::vector<Token>& m_tokens;
    FigureParser m_parser;
    const NumberSemantics& m_semantics;
    const VagueTable& m_vague;
    std::vector<NumberMention> m_out;
    std::vector<std::pair<std::size_t, std::size_t>> m_spans; // tokens of each mention
};

// "more than 100 and less than 300", "at most 100 and at least 20": two
// bounds joined by "and", "but" or a comma make one range when they overlap.
void Scanner::merge_bounds() {
    const std::size_t k = m_out.size();
    if (k < 2) {
        return;
    }
    NumberMention& x = m_out[k - 2];
    const NumberMention& y = m_out[k - 1];
    if (x.kind != NumberKind::quantity || y.kind != NumberKind::quantity) {
        return;
    }
    const auto lower = [](Qualifier q) {
        return q == Qualifier::more_than || q == Qualifier::at_least;
    };
    const auto upper = [](Qualifier q) {
        return q == Qualifier::less_than || q == Qualifier::at_most;
    };
    const bool lo_hi = lower(x.qualifier) && upper(y.qualifier);
    const bool hi_lo = upper(x.qualifier) && lower(y.qualifier);
    if (!lo_hi && !hi_lo) {
        return;
    }
    std::size_t p = m_spans[k - 2].second;
    const std::size_t q = m_spans[k - 1].first;
    if (p < q && token_is(p, ",")) {
        ++p;
    }
    if (p < q && (token_is(p, "and") || token_is(p, "but"))) {
        ++p;
    }
    if (p != q || q == m_spans[k - 2].second) {
        return;
    }
    const double low = lo_hi ? x.value : y.value;
    const double high = lo_hi ? y.value : x.value;
    if (!(low < high)) {
        return;
    }
    x.end = y.end;
    x.text.assign(m_text.substr(x.start, x.end - x.start));
    x.low = low;
    x.high = high;
    x.value = (low + high) / 2;
    x.qualifier = Qualifier::range;
    x.percent = x.percent || y.percent;
    m_spans[k - 2].second = m_spans[k - 1].second;
    m_out.pop_back();
    m_spans.pop_back();
}

bool Scanner::token_is(std::size_t i, std::string_view part) const {
    if (i >= m_tokens.size() || m_tokens[i].end - m_tokens[i].start != part.size()) {
        return false;
    }
    return detail::equals_lower(m_text.substr(m_tokens[i].start, part.size()), part);
}

// One past the last token of phrase `p` matched at `i`, or 0.
std::size_t Scanner::match_forward(std::size_t i, const PhraseParts& p) const {
    for (std::size_t k = 0; k < p.count; ++k) {
        if (!token_is(i + k, p.parts[k]) || (k > 0 && m_tokens[i + k].gap == Gap::newline)) {
            return 0;
        }
    }
    return i + p.count;
}

// True when phrase `p` ends right before token `end`.
bool Scanner::match_backward(std::size_t end, const PhraseParts& p) const {
    if (p.count == 0 || end < p.count) {
        return false;
    }
    const std::size_t first = end - p.count;
    return match_forward(first, p) == end;
}

// The prefix phrases grouped by their last token, lowercased, so that a
// figure is checked only against the phrases that can end right before it.
const std::unordered_map<std::string, std::vector<std::size_t>>& prefixes_by_last_part() {
    static const auto s_index = [] {
        std::unordered_map<std::string, std::vector<std::size_t>> index;
        const auto parts = split_all(k_prefixes);
        for (std::size_t k = 0; k < parts.size(); ++k) {
            index[std::string(parts[k].parts[parts[k].count - 1])].push_back(k);
        }
        return index;
    }();
    return s_index;
}

std::size_t Scanner::prefix_qualifier(std::size_t start, Qualifier& q) const {
    static const auto s_parts = split_all(k_prefixes);
    if (start == 0 || m_tokens[start].gap == Gap::newline) {
        return start;
    }
    const Token& before = m_tokens[start - 1];
    if (before.end - before.start > 16) {
        return start;
    }
    std::string last(m_text.substr(before.start, before.end - before.start));
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
    std::size_t best = start;
    for (const std::size_t k : it->second) {
        if (s_parts[k].count <= start && start - s_parts[k].count < best &&
            match_backward(start, s_parts[k])) {
            best = start - s_parts[k].count;
            q = k_prefixes[k].qualifier;
        }
    }
    // "how about 2", "what about 3": not a hedge.
    if (best + 1 == start && token_is(best, "about") && best > 0 &&
        (token_is(best - 1, "how") || token_is(best - 1, "what"))) {
        return start;
    }
    // "handed over 1,200 weapons": a phrasal verb's particle, not "more than".
    if (best + 1 == start && token_is(best, "over") && best > 0) {
        static constexpr std::string_view k_phrasal[] = {
            "handed", "hand",   "hands", "handing", "turned", "turn", "turns", "turning",
            "signed", "passed", "given", "gave",    "give",   "took", "taken", "handover"};
        for (const auto verb : k_phrasal) {
            if (token_is(best - 1, verb)) {
                return start;
            }
        }
    }
    return best;
}

bool Scanner::try_vague(std::size_t& i) {
    const Token& t = m_tokens[i];
    if (t.type != TokenType::word) {
        return false;
    }
    char c = m_text[t.start];
    if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
    }
    if (c < 'a' || c > 'z') {
        return false;
    }
    const std::size_t length = t.end - t.start;
    for (const std::size_t k : m_vague.by_initial[static_cast<std::size_t>(c - 'a')]) {
        const VagueTable::Entry& v = m_vague.entries[k];
        if (v.parts.parts[0].size() != length) {
            continue;
        }
        const std::size_t end = match_forward(i, v.parts);
        if (end == 0) {
            continue;
        }
        // "scores" is a verb unless "scores of" follows.
        if (v.parts.count == 1 && v.parts.parts[0] == "scores" && !token_is(end, "of")) {
            continue;
        }
        double low = v.low;
        double high = v.high;
        std::size_t last = end;
        // "several hundred thousand", "a few million".
        if (const detail::WordInfo* s = m_parser.info(end);
            s != nullptr && s->cardinal == detail::Cardinal::scale && !s->plural &&
            m_tokens[end].gap != Gap::newline) {
            low *= s->value;
            high *= s->value;
            last = end + 1;
        }
        Qualifier q = Qualifier::vague;
        const std::size_t start = prefix_qualifier(i, q);
        std::optional<double> lo = low;
        std::optional<double> hi = high;
        if (start != i) {
            // "at least several hundred": the bound the qualifier keeps.
            if (q == Qualifier::more_than || q == Qualifier::at_least) {
                hi.reset();
            } else if (q == Qualifier::less_than || q == Qualifier::at_most) {
                lo.reset();
            }
            if (q == Qualifier::none || q == Qualifier::nearly || q == Qualifier::approximately) {
                q = Qualifier::vague;
            }
        }
        emit(start, last, i, low, lo, hi, q, false, NumberKind::quantity);
        m_spans.push_back({start, last});
        i = last;
        return true;
    }
    return false;
}

// "one" as a pronoun: "no one", "the one", "one of the", "one another".
bool Scanner::is_pronoun_one(const Figure& f) const {
    if (f.last != f.first + 1 || !m_parser.is_word(f.first, "one")) {
        return false;
    }
    const std::size_t b = f.first;
    if (b > 0) {
        for (const std::string_view w :
             {"the", "this", "that", "which", "no", "any", "every", "each", "another", "someone",
              "anyone", "little", "only", "last", "next", "first", "such", "every"}) {
            if (token_is(b - 1, w)) {
                return true;
            }
        }
    }
    for (const std::string_view w : {"of", "another", "by", "who", "whose", "after", "'", "\u2019",
                                     "thing", "way", "hand", "side", "which"}) {
        if (token_is(b + 1, w)) {
            return true;
        }
    }
    return false;
}

void Scanner::emit(std::size_t first, std::size_t last, std::size_t number_first, double value,
                   std::optional<double> low, std::optional<double> high, Qualifier q, bool percent,
                   NumberKind kind) {
    NumberMention m;
    m.start = m_tokens[first].start;
    m.end = m_tokens[last - 1].end;
    m.number_start = m_tokens[number_first].start;
    m.text.assign(m_text.substr(m.start, m.end - m.start));
    m.value = value;
    m.low = low;
    m.high = high;
    m.qualifier = q;
    m.percent = percent;
    m.kind = kind;
    m_out.push_back(std::move(m));
}

std::vector<NumberMention> Scanner::run() {
    static const auto s_postfix_parts = split_all(k_postfixes);
    const std::size_t n = m_tokens.size();
    std::size_t i = 0;
    while (i < n) {
        if (try_vague(i)) {
            continue;
        }
        if (!m_parser.can_start(i)) {
            ++i;
            continue;
        }
        Figure a = m_parser.parse(i);
        if (!a.valid) {
            i = std::max(a.skip, i + 1);
            continue;
        }
        if (is_pronoun_one(a)) {
            i = std::max(a.last, i + 1);
            continue;
        }
        std::size_t first = a.first;
        std::size_t last = a.last;
        double value = a.value;
        std::optional<double> low = a.value;
        std::optional<double> high = a.value;
        Qualifier q = Qualifier::none;
        bool percent = a.percent;
        NumberKind kind = a.kind;

        // Ranges: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30
        // million", "2012-13" (a year range).
        bool ranged = false;
        const NumberKind context = a.kind == NumberKind::quantity ? m_parser.classify(a) : a.kind;
        if (a.kind == NumberKind::quantity && !a.ordinal && last < n &&
            (context == NumberKind::quantity || context == NumberKind::year) &&
            m_tokens[last].gap != Gap::newline) {
            const Token& c = m_tokens[last];
            std::size_t b_at = 0;
            bool dash = false;
            const bool between = first > 0 && token_is(first - 1, "between");
            const bool from = first > 0 && token_is(first - 1, "from");
            if (c.type == TokenType::symbol &&
                (c.symbol == '-' || c.symbol == 0x2013 || c.symbol == 0x2014 || c.symbol == '~' ||
                 c.symbol == 0x2012)) {
                b_at = last + 1;
                dash = true;
            } else if (token_is(last, "to") || token_is(last, "through") ||
                       token_is(last, "thru") || (between && token_is(last, "and")) ||
                       token_is(last, "or")) {
                b_at = token_is(last, "through") && token_is(last + 1, "to") ? last + 2 : last + 1;
            }
            if (b_at != 0 && b_at < n && m_tokens[b_at].gap != Gap::newline &&
                m_parser.can_start(b_at) && !(dash && m_tokens[b_at].symbol == '-')) {
                Figure b = m_parser.parse(b_at);
                bool change = false;
                if (from && first >= 2) {
                    for (const std::string_view w : k_change_words) {
                        change = change || token_is(first - 2, w);
                    }
                }
                const bool is_or = token_is(last, "or");
                if (b.valid && !change &&
                    (b.kind == NumberKind::quantity || b.kind == NumberKind::year)) {
                    const bool years = a.lone_literal && a.digits == 4 && a.value >= 1800 &&
                                       a.value <= 2100 && b.lone_literal &&
                                       ((b.digits == 4 && b.value > a.value && b.value <= 2100) ||
                                        (dash && b.digits == 2));
                    double av = a.value;
                    if (b.scale > 1 && a.scale == 1 && !a.percent && a.value < b.unscaled) {
                        av = a.value * b.scale; // "20 to 30 million"
                    }
                    // "10 bln or 10 tln" are two figures; so are word numbers
                    // joined by a hyphen ("three-nought-four").
                    const bool scales_agree = a.scale == 1 || b.scale == 1 || a.scale == b.scale;
                    const bool dash_ok =
                        !dash ||
                        ((m_parser.is_digits(a.first) || m_parser.is_digits(a.first + 1)) &&
                         m_parser.is_digits(b.first));
                    if (years && (dash || token_is(last, "to") || between || from)) {
                        kind = NumberKind::year;
                        last = b.last;
                        if (between || from) {
                            first -= 1;
                        }
                        value = a.value;
                        low = a.value;
                        double end_year = b.value;
                        if (b.digits == 2) {
                            end_year = std::floor(a.value / 100) * 100 + b.value;
                            if (end_year <= a.value && b.value == 0) {
                                end_year += 100; // "1999-00"
                            }
                        }
                        high = end_year;
                        q = Qualifier::range;
                        ranged = true;
                        if (end_year <= a.value) {
                            // "1995-01" is a year and a month, not a range.
                            kind = NumberKind::date;
                            high = a.value;
                            q = Qualifier::none;
                        }
                    } else if (b.kind == NumberKind::quantity && !b.ordinal && av < b.value &&
                               !(is_or && b.words != a.words) && scales_agree && dash_ok) {
                        low = av;
                        high = b.value;
                        value = (av + b.value) / 2;
                        last = b.last;
                        percent = a.percent || b.percent;
                        if (between || from) {
                            first -= 1;
                        }
                        q = Qualifier::range;
                        ranged = true;
                    }
                }
            }
        }
        if (!ranged && a.kind == NumberKind::quantity && !a.ordinal) {
            // Postfix qualifiers, unless a figure follows ("or less than 6000").
            const bool maybe_postfix = token_is(last, "or") || token_is(last, "and") ||
                                       token_is(last, "-") || token_is(last, "odd") ||
                                       token_is(last, "plus") || token_is(last, "+");
            for (std::size_t k = 0; maybe_postfix && k < k_postfixes.size(); ++k) {
                const PhraseParts& p = s_postfix_parts[k];
                if (last >= n || m_tokens[last].gap == Gap::newline) {
                    break;
                }
                const bool symbol = p.count == 1 && p.parts[0] == "+";
                if (symbol && m_tokens[last].gap != Gap::none) {
                    continue;
                }
                const std::size_t end = match_forward(last, p);
                if (end == 0 || token_is(end, "than") ||
                    (p.parts[0] == "and" && (token_is(end, "or") || token_is(end, "equal"))) ||
                    (m_parser.can_start(end) && k_postfixes[k].text != "odd" &&
                     k_postfixes[k].text != "- odd")) {
                    continue;
                }
                if ((k_postfixes[k].text == "odd" || k_postfixes[k].text == "- odd") &&
                    a.value < 10) {
                    continue;
                }
                q = k_postfixes[k].qualifier;
                last = end;
                break;
            }
        }
        // "more than 5000 or equal to", "less than 5000 or equal".
        bool or_equal = false;
        if (!ranged && token_is(last, "or") && token_is(last + 1, "equal") &&
            m_tokens[last].gap != Gap::newline) {
            std::size_t e = last + 2;
            if (token_is(e, "to")) {
                ++e;
                if (token_is(e, "it")) {
                    ++e;
                }
            }
            if (!m_parser.can_start(e)) {
                or_equal = true;
                last = e;
            }
        }
        // Prefix qualifiers, stacked ones included ("about more than 200"):
        // the one nearest the figure decides the interval.
        if (!ranged || (first == a.first)) {
            std::size_t start = first;
            Qualifier inner = Qualifier::none;
            bool have_inner = false;
            for (int depth = 0; depth < 3; ++depth) {
                Qualifier found = Qualifier::none;
                const std::size_t s = prefix_qualifier(start, found);
                if (s == start) {
                    break;
                }
                if (!have_inner) {
                    inner = found;
                    have_inner = true;
                }
                start = s;
            }
            if (have_inner) {
                first = start;
                if (!ranged && q == Qualifier::none) {
                    q = inner;
                }
            }
        }
        if (or_equal) {
            if (q == Qualifier::more_than) {
                q = Qualifier::at_least;
            } else if (q == Qualifier::less_than) {
                q = Qualifier::at_most;
            }
        }
        if (!ranged) {
            const double v = a.value;
            const auto bounds = [](double x, double y) {
                return std::pair{std::min(x, y), std::max(x, y)};
            };
            switch (q) {
            case Qualifier::more_than:
            case Qualifier::at_least:
                low = v;
                // The factor bounds a count from above; "more than -400"
                // or "more than 0" has no such bound (v times the factor
                // would lie below v).
                high = m_semantics.open_upper_factor > 0 && v > 0
                           ? std::optional<double>(v * m_semantics.open_upper_factor)
                           : std::nullopt;
                break;
            case Qualifier::less_than:
            case Qualifier::at_most:
                low.reset();
                high = v;
                break;
            case Qualifier::nearly: {
                const auto [l, h] = bounds(v * (1 - m_semantics.nearly_tolerance), v);
                low = l;
                high = h;
                break;
            }
            case Qualifier::approximately: {
                const auto [l, h] = bounds(v * (1 - m_semantics.approximate_tolerance),
                                           v * (1 + m_semantics.approximate_tolerance));
                low = l;
                high = h;
                break;
            }
            default:
                break;
            }
        }
        if (ranged && kind == NumberKind::quantity) {
            Figure tail = a;
            tail.first = last - 1; // only what follows the range matters here
            tail.last = last;
            tail.lone_literal = false;
            if (m_parser.classify(tail) == NumberKind::duration) {
                kind = NumberKind::duration; // "3-4 days"
            }
        }
        if (kind == NumberKind::quantity && !ranged) {
            kind = context;
            if (kind == NumberKind::year && q != Qualifier::none) {
                kind = NumberKind::quantity; // "more than 2000" counts something
            }
            if (kind == NumberKind::phone) {
                // Take the whole number: "+1-222-2222/2222".
                first = a.first - 1;
                std::size_t e = a.last;
                for (std::size_t p = a.last; p < n && p < a.first + 16; ++p) {
                    if (m_parser.is_digits(p)) {
                        e = p + 1;
                    } else if (!(m_parser.is_symbol(p, '-') || m_parser.is_symbol(p, '.') ||
                                 m_parser.is_symbol(p, '/'))) {
                        break;
                    }
                }
                last = e;
            }
            if (kind == NumberKind::list_marker && last < n &&
                (m_parser.is_symbol(last, '.') || m_parser.is_symbol(last, ')'))) {
                last += 1;
            }
        } else if (a.ordinal) {
            kind = m_parser.classify(a);
        }
        emit(first, last, a.first, value, low, high, q, percent, kind);
        m_spans.push_back({first, last});
        merge_bounds();
        i = std::max(last, i + 1); // always forward, whatever a parse returned
    }
    return std::move(m_out);
}

} // namespace

std::vector<NumberMention> find_numbers(std::string_view text, const NumberSemantics& semantics) {
    thread_local std::vector<Token> t_tokens;
    detail::tokenize(text, t_tokens);
    Scanner scanner(text, t_tokens, semantics);
    std::vector<NumberMention> out = scanner.run();
    if (t_tokens.capacity() > (std::size_t{1} << 20)) {
        std::vector<Token>().swap(t_tokens); // do not keep a 10 MB line's tokens
    }
    return out;
}

} // namespace crosscheck::extract
