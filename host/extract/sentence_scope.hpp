#pragma once
// Phase 6 (sentence-wide): the event and period a sentence's figures
// belong to. A sentence naming an event keyword puts its figures in that
// event (the depot "explosion", not the offensive); one naming a period
// keyword in that period ("the first war" -> "1988-1994"). Without a
// period keyword, a sentence with a quantity that names a span of years
// ("between 1988 and 1994") or one past year ("in 2020", never "since
// 2020") gets that period; the publication's own year is the present.
//
// Reads: the sentence's event and period hits and its year tokens.
// Decides: `ClaimScope::event` and `ClaimScope::period` for every figure
// of the sentence (the first keyword of each kind wins). Assumes the
// keywords are compiled into the sentence's phrase table.

#include "host/extract/aliases.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <string>
#include <string_view>

namespace crosscheck::extract {

/// What a sentence says its figures are about, beyond each figure's subject.
struct SentenceScope {
    std::string event;  ///< "" = the story's main event
    std::string period; ///< "" = the present
};

/// The rules' event and period keywords, compiled.
class EventsAndPeriods {
public:
    /// Adds every event's, then every period's, keywords (and their alias
    /// spellings) to `phrases`.
    EventsAndPeriods(const rules::RuleSet& rules, const Aliases& aliases, PhraseTable& phrases);

    /// The scope of the sentence in `words`, published in `publication_year`
    /// ("2023").
    [[nodiscard]] SentenceScope scope_of(const SentenceWords& words,
                                         std::string_view publication_year) const;

private:
    const rules::RuleSet& m_rules;
};

} // namespace crosscheck::extract
