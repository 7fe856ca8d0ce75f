#pragma once
// Phase 4: whether a figure is a part of a total stated elsewhere: "ten *of
// the dead*", "*of whom* 10", "*including* 10" ([subsets] after/before).
// Such a figure must never be compared with the total it is part of.
//
// Reads: the subset phrases that start right after the figure's slot or
// end right before the figure. Decides: `ClaimScope::subset`. Assumes the
// phrases are compiled into the sentence's phrase table.

#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>

namespace crosscheck::extract {

/// The rules' subset phrases, compiled.
class SubsetPhrases {
public:
    /// Adds `[subsets] after` and `before` to `phrases`.
    SubsetPhrases(const rules::RuleSet& rules, PhraseTable& phrases);

    /// True when the figure at token `figure`, whose slot (figure and unit
    /// phrase) ends at token `slot_last`, is marked as a part.
    [[nodiscard]] bool marks_subset(const SentenceWords& words, std::size_t figure,
                                    std::size_t slot_last) const;
};

} // namespace crosscheck::extract
