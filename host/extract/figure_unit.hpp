#pragma once
// Phase 2: the unit a figure is stated in. A unit word directly after the
// figure ("125 tons", "130,000 rounds"), or after "of" ("tens of thousands
// of people"), names the figure's unit; the longest unit phrase there wins
// ("metric tons" over "metric"). A phrase may name several units (a rule
// can make "refugees" a unit of two tables): all are kept, and the metric
// binding picks the one its metric is in.
//
// Reads: the sentence's unit-word hits. Decides: the candidate units, their
// conversion factors, and where the figure's "slot" (figure plus unit
// phrase) ends, which the later phases measure distances from. Assumes
// the rules' units are compiled into the same phrase table.

#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// The unit phrase after a figure.
struct FigureUnit {
    std::vector<int> units;      ///< unit indices (`UnitWords::index_of`); empty: no unit word
    std::vector<double> factors; ///< the factor of each to the unit's canonical measure
    std::size_t slot_last = 0;   ///< the last token of figure and unit phrase
};

/// The rules' unit words, compiled.
class UnitWords {
public:
    /// Adds every `[units.NAME].words` phrase to `phrases` (units in name order).
    UnitWords(const rules::RuleSet& rules, PhraseTable& phrases);

    /// The index of the unit named `name`, or -1.
    [[nodiscard]] int index_of(std::string_view name) const;

    /// The unit phrase after the figure at token `figure` of `words`.
    [[nodiscard]] FigureUnit unit_of(const SentenceWords& words, std::size_t figure) const;

private:
    std::vector<std::string> m_names; ///< unit index -> name
};

} // namespace crosscheck::extract
