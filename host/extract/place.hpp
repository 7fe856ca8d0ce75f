#pragma once
// Phase 6b (per figure): the place a figure is stated for. Tolls are given
// per city, province and country and for several together, and only like
// places may be compared: "5,000 in Derna" is no rival of "11,300 in
// Libya", nor "40,000 in Turkey" of "50,000 in Turkey and Syria".
//
// Reads: the sentence's place hits ([places.NAME] aliases) and the words
// before and after each. A place counts inside a preposition phrase ("in
// Derna", "across the five provinces", "in neighbouring Syria"), as the
// subject that opens a clause of figures ("Osmaniye has 878 dead", "Hatay
// 5,111 dead": for the figures after it only), and as a possessive before a
// metric keyword ("Syria's death toll"); any other possessive or a speaker
// ("Turkey's disaster agency") names no place.
// Decides: `ClaimScope::place` for one figure, from the place phrase
// nearest to it in tokens: "derna"; places joined by "and" or a comma
// ("in Turkey and Syria") are one combined place, names sorted and joined
// by '+' ("syria+turkey"); "elsewhere in Libya" is "libya/elsewhere" and a
// bare "elsewhere" is "elsewhere". "" when the sentence states no place.

#include "host/extract/aliases.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <string>

namespace crosscheck::extract {

/// The rules' places, compiled.
class PlacePhrases {
public:
    /// Adds every place's aliases (and their alias spellings) to `phrases`.
    PlacePhrases(const rules::RuleSet& rules, const Aliases& aliases, PhraseTable& phrases);

    /// The place the figure at token `figure` of `words` is stated for.
    /// Linear in the sentence's phrase hits.
    [[nodiscard]] std::string place_of(const SentenceWords& words, std::size_t figure) const;

    /// The rules name no place: every figure's place is "".
    [[nodiscard]] bool empty() const { return m_rules.places.empty(); }

private:
    const rules::RuleSet& m_rules;
};

} // namespace crosscheck::extract
