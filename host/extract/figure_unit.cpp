#include "host/extract/figure_unit.hpp"

#include <algorithm>

namespace crosscheck::extract {

UnitWords::UnitWords(const rules::RuleSet& rules, PhraseTable& phrases) {
    for (const auto& [name, unit] : rules.units) {
        const int index = static_cast<int>(m_names.size());
        m_names.push_back(name);
        for (const auto& word : unit.words) {
            phrases.add(word.phrase, PhraseKind::unit_word, index, word.factor);
        }
    }
}

int UnitWords::index_of(std::string_view name) const {
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end() ? -1 : static_cast<int>(it - m_names.begin());
}

FigureUnit UnitWords::unit_of(const SentenceWords& words, std::size_t figure) const {
    FigureUnit out;
    out.slot_last = figure;
    const auto& hits = words.hits();
    // Right after the figure, or after "of": "tens of thousands of people".
    for (const std::size_t start : {figure + 1, figure + 2}) {
        if (start >= words.size()) {
            break;
        }
        if (start == figure + 2 && words.token(figure + 1).text != "of") {
            break;
        }
        std::size_t longest = 0;
        for (const auto h : words.starting_at(start)) {
            if (hits[h].kind == PhraseKind::unit_word) {
                longest = std::max<std::size_t>(longest, hits[h].last);
            }
        }
        for (const auto h : words.starting_at(start)) {
            if (hits[h].kind == PhraseKind::unit_word && hits[h].last == longest) {
                out.units.push_back(hits[h].index);
                out.factors.push_back(hits[h].factor);
            }
        }
        if (!out.units.empty()) {
            out.slot_last = longest;
            break;
        }
    }
    return out;
}

} // namespace crosscheck::extract
