#include "host/extract/subset.hpp"

namespace crosscheck::extract {
namespace {

bool is_clause_word(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::other_number;
}

// "88 of the 275 bodies": the figure right after "of" (or "of the") is the
// whole a part is taken from.
bool is_whole_of_part(const SentenceWords& words, std::size_t figure) {
    for (std::size_t back = 1; back <= 2 && back <= figure; ++back) {
        const Token& t = words.token(figure - back);
        if (t.kind != TokenKind::word) {
            return false;
        }
        if (t.text == "of") {
            return true;
        }
        if (t.text != "the" && t.text != "those") {
            return false;
        }
    }
    return false;
}

// "29 of the 295 people killed", "88 of the 275 bodies": a figure with no
// noun of its own followed by "of the" is a part of what follows ("200
// people of the region" is not).
bool part_of_the(const SentenceWords& words, std::size_t figure, std::size_t slot_last) {
    return slot_last == figure && figure + 2 < words.size() &&
           words.token(figure + 1).kind == TokenKind::word &&
           words.token(figure + 1).text == "of" &&
           words.token(figure + 2).kind == TokenKind::word && words.token(figure + 2).text == "the";
}

// A state phrase in the figure's clause within `k_state_reach` words after
// its slot.
bool states_part(const SentenceWords& words, std::size_t figure, std::size_t slot_last) {
    if (is_whole_of_part(words, figure)) {
        return false;
    }
    for (std::size_t j = slot_last + 1;
         j < words.size() && j - slot_last <= k_state_reach && is_clause_word(words.token(j));
         ++j) {
        if (words.starts_phrase(j, PhraseKind::subset_state)) {
            return true;
        }
    }
    return false;
}

} // namespace

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
    for (const auto& k : rules.subsets.states) {
        phrases.add(k, PhraseKind::subset_state, 0);
    }
}

bool SubsetPhrases::marks_subset(const SentenceWords& words, std::size_t figure,
                                 std::size_t slot_last, bool adds_to_previous) const {
    const bool after = slot_last + 1 < words.size() &&
                       words.starts_phrase(slot_last + 1, PhraseKind::subset_after);
    const bool before = figure > 0 && words.ends_phrase(figure - 1, PhraseKind::subset_before);
    const bool added =
        adds_to_previous && figure > 0 && words.ends_phrase(figure - 1, PhraseKind::subset_added);
    return after || before || added || part_of_the(words, figure, slot_last) ||
           states_part(words, figure, slot_last);
}

} // namespace crosscheck::extract
