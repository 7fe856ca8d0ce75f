#pragma once
// Phase 6 (after attribution): whose figure it is. The nearest subject
// keyword in the figure's clause (up to `k_subject_left` words before it
// and `k_subject_right` after its unit phrase, never across punctuation or
// another figure) sets the subject: "civilians", "azerbaijani_forces". A
// possessive keyword ("its servicemen") counts only when the attribution
// names one of the subject's `when_attribution` ("azerbaijan"): said by
// Armenia's ministry it is not Azerbaijan's. A keyword another figure heads
// is that figure's when this one names what it counts ("12 Pakistanis were
// among the 104 people": 104 has no subject; "killed 12 civilians and
// wounded 30": 30 are civilians). No keyword: the empty subject, the story's main population.
//
// Reads: the sentence's subject hits, the figure's slot, the claim's
// attribution (phase 5). Decides: `ClaimScope::subject` (before the
// subset fold). Assumes the keywords are compiled into the sentence's
// phrase table.

#include "host/extract/aliases.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// Words before a figure searched for its subject.
inline constexpr std::size_t k_subject_left = 8;
/// Words after a figure's unit phrase searched for its subject.
inline constexpr std::size_t k_subject_right = 6;

/// The rules' subject keywords, compiled.
class SubjectKeywords {
public:
    /// Adds every subject's keywords and possessive keywords (and their
    /// alias spellings) to `phrases`.
    SubjectKeywords(const rules::RuleSet& rules, const Aliases& aliases, PhraseTable& phrases);

    /// The subject of the figure at token `figure`, whose slot ends at
    /// `slot_last`, stated by `attribution`; "" when none.
    [[nodiscard]] std::string subject_of(const SentenceWords& words, std::size_t figure,
                                         std::size_t slot_last, std::string_view attribution) const;

private:
    // Whether `attribution` allows subject `subject`'s possessive keywords.
    [[nodiscard]] bool possessive_allowed(std::size_t subject, std::string_view attribution) const;

    const rules::RuleSet& m_rules;
    const Aliases& m_aliases;
    std::vector<std::vector<std::string>> m_when_attribution; ///< per subject, canonical words
};

} // namespace crosscheck::extract
