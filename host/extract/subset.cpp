#include "host/extract/subset.hpp"

namespace crosscheck::extract {

SubsetPhrases::SubsetPhrases(const rules::RuleSet& rules, PhraseTable& phrases) {
    for (const auto& k : rules.subsets.after) {
        phrases.add(k, PhraseKind::subset_after, 0);
    }
    for (const auto& k : rules.subsets.before) {
        phrases.add(k, PhraseKind::subset_before, 0);
    }
    for (const auto& k : rules.subsets.added) {
        phrases.add(k, PhraseKind::subset_added, 0);
    }
}

bool SubsetPhrases::marks_subset(const SentenceWords& words, std::size_t figure,
                                 std::size_t slot_last, bool adds_to_previous) const {
    const bool after = slot_last + 1 < words.size() &&
                       words.starts_phrase(slot_last + 1, PhraseKind::subset_after);
    const bool before = figure > 0 && words.ends_phrase(figure - 1, PhraseKind::subset_before);
    const bool added =
        adds_to_previous && figure > 0 && words.ends_phrase(figure - 1, PhraseKind::subset_added);
    return after || before || added;
}

} // namespace crosscheck::extract
