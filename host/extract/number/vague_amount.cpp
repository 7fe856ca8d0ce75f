#include "host/extract/number/vague_amount.hpp"

#include "host/extract/number/qualifier_phrases.hpp"

#include <algorithm>

namespace crosscheck::extract::number {
namespace {

using model::Qualifier;

bool same_amounts(const std::vector<rules::NumberSemantics::VagueAmount>& a,
                  const std::vector<rules::NumberSemantics::VagueAmount>& b) {
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

void build(VagueTable& table, const rules::NumberSemantics& semantics) {
    table = VagueTable{};
    table.source = semantics.vague_amounts;
    for (const auto& v : table.source) {
        const TokenPhrase parts = split_phrase(v.phrase);
        if (parts.count > 0) {
            table.entries.push_back({parts, v.low, v.high});
        }
    }
    // Longest phrases first, so "tens of thousands" wins over "thousands".
    std::stable_sort(table.entries.begin(), table.entries.end(),
                     [](const VagueTable::Entry& a, const VagueTable::Entry& b) {
                         return a.parts.count > b.parts.count;
                     });
    for (std::size_t k = 0; k < table.entries.size(); ++k) {
        const std::string_view w = table.entries[k].parts.parts[0];
        const char c = w.empty() ? '\0' : w[0];
        if (c >= 'a' && c <= 'z') {
            const auto initial = static_cast<std::size_t>(c - 'a');
            table.by_initial[initial].push_back(k);
            table.first_word_lengths[initial] |= std::uint64_t{1}
                                                 << std::min<std::size_t>(w.size(), 63);
        }
    }
}

// The first entry of `table` that matches at token `i`: its index and the
// token after it.
std::optional<std::pair<std::size_t, std::size_t>>
match_entry(const TokenizedText& t, std::size_t i, const VagueTable& table) {
    const Token& token = t.token(i);
    if (token.type != TokenType::word) {
        return std::nullopt;
    }
    char c = t.text()[token.start];
    if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
    }
    if (c < 'a' || c > 'z') {
        return std::nullopt;
    }
    const std::size_t length = token.end - token.start;
    for (const std::size_t k : table.by_initial[static_cast<std::size_t>(c - 'a')]) {
        const VagueTable::Entry& v = table.entries[k];
        if (v.parts.parts[0].size() != length) {
            continue;
        }
        const std::size_t end = match_forward(t, i, v.parts);
        // "scores" is a verb unless "scores of" follows.
        if (end == 0 || (v.parts.count == 1 && v.parts.parts[0] == "scores" && !t.is(end, "of"))) {
            continue;
        }
        return std::pair{k, end};
    }
    return std::nullopt;
}

} // namespace

const VagueTable& vague_table(const rules::NumberSemantics& semantics) {
    thread_local VagueTable t_table;
    thread_local bool t_built = false;
    if (!t_built || !same_amounts(t_table.source, semantics.vague_amounts)) {
        build(t_table, semantics);
        t_built = true;
    }
    return t_table;
}

std::optional<VagueAmount> read_vague_amount(const TokenizedText& t, std::size_t i,
                                             const VagueTable& table) {
    const auto match = match_entry(t, i, table);
    if (!match) {
        return std::nullopt;
    }
    const auto [k, end] = *match;
    VagueAmount out;
    out.phrase_first = i;
    double low = table.entries[k].low;
    double high = table.entries[k].high;
    out.last = end;
    // "several hundred thousand", "a few million".
    if (const WordInfo* s = t.info(end);
        s != nullptr && s->cardinal == Cardinal::scale && !s->plural && !t.after_newline(end)) {
        low *= s->value;
        high *= s->value;
        out.last = end + 1;
    }
    out.first = prefix_qualifier(t, i, out.qualifier);
    out.value = low;
    out.low = low;
    out.high = high;
    if (out.first != i) {
        // "at least several hundred": the bound the qualifier keeps.
        const Qualifier q = out.qualifier;
        if (q == Qualifier::more_than || q == Qualifier::at_least) {
            out.high.reset();
        } else if (q == Qualifier::less_than || q == Qualifier::at_most) {
            out.low.reset();
        }
        if (q == Qualifier::none || q == Qualifier::nearly || q == Qualifier::approximately) {
            out.qualifier = Qualifier::vague;
        }
    }
    return out;
}

} // namespace crosscheck::extract::number
