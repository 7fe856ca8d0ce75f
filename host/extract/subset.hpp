#pragma once
// Phase 4: whether a figure is a part of a total stated elsewhere: "ten *of
// the dead*", "*of whom* 10", "*including* 10" ([subsets] after/before).
// Such a figure must never be compared with the total it is part of.
//
// A state the figure's clause puts what it counts in makes it a part too:
// "88 bodies have been *identified*", "793 passengers had *gone home*",
// "382 were still *being treated*" ([subsets] states, up to
// `k_state_reach` words after the figure's slot, never across punctuation
// or another figure), unless the figure is the whole a part is taken from
// ("88 of *the 275 bodies* had been identified").
//
// So is a figure with no noun of its own before "of the" ("29 of the 295
// people killed").
//
// An increment is a part too: "three *more* bodies" ([subsets] after), and
// "*another* 31 bodies" ([subsets] added) when the figure counts what the
// claim before it counted: after a toll, "another 10,000 missing" adds a
// metric, not dead.
//
// Reads: the subset phrases that start right after the figure's slot or
// end right before the figure, and whether the figure's metric is the
// previous claim's. Decides: `ClaimScope::subset`. Assumes the phrases are
// compiled into the sentence's phrase table.

#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>

namespace crosscheck::extract {

/// Words after a figure's slot searched for a state phrase.
inline constexpr std::size_t k_state_reach = 6;

/// The rules' subset phrases, compiled.
class SubsetPhrases {
public:
    SubsetPhrases(const rules::RuleSet& rules, PhraseTable& phrases);

    /// Adds `[subsets] after`, `before`, `added` and `states` to `phrases`.
    /// True when the figure at token `figure`, whose slot (figure and unit
    /// phrase) ends at token `slot_last`, is marked as a part;
    /// `adds_to_previous`: its metric is that of the claim before it in the
    /// paragraph, which an `added` phrase ("another") adds it to.
    [[nodiscard]] bool marks_subset(const SentenceWords& words, std::size_t figure,
                                    std::size_t slot_last, bool adds_to_previous = false) const;
};

} // namespace crosscheck::extract
