#pragma once
// Phase 5: who states a figure. A speaker is the phrase before a speech
// verb ("the Armenian government said"), after it when a determiner opens
// it (", said the ministry"), or after a source prefix ("according to
// Russian peacekeepers"). A speaker phrase containing an actor pattern
// (after aliases; the longest pattern wins) is that actor ("Armenia's
// government" -> "Armenian government"); one that matches none is kept as
// written, in lower case; a pronoun ("he", "the ministry" when the rules
// say so) refers to the paragraph's previous speaker.
//
// Reads: the sentence's speech-verb and source-prefix hits and its words.
// Decides: the claim's attribution, "" for the outlet itself: the nearest
// actor in the sentence, else the paragraph's speaker when the sentence
// has a pronoun speaker, else the nearest phrase kept as written. Assumes
// the verbs and prefixes are compiled into the sentence's phrase table.

#include "host/extract/aliases.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::extract {

/// Words a speaker phrase may hold at most ("the office of Armenia's prime minister").
inline constexpr std::size_t k_max_speaker_words = 8;

/// Who states a figure, as found in one sentence.
struct Speaker {
    std::size_t token = 0; ///< where the speech verb or prefix stands
    std::string name;      ///< canonical actor name, or the phrase as written
    bool matched = false;  ///< `name` is a rule actor
    bool pronoun = false;  ///< "he said": refers back
};

/// The rules' speech verbs, source prefixes, pronouns and actors, compiled.
class Attribution {
public:
    /// Adds the speech verbs and source prefixes to `phrases`.
    Attribution(const rules::RuleSet& rules, const Aliases& aliases, PhraseTable& phrases);

    /// The speakers of the sentence in `words`, in the order of their verbs.
    void find_speakers(const SentenceWords& words, std::vector<Speaker>& speakers) const;

    /// The attribution of the figure at token `figure`, given the
    /// sentence's `speakers` and the paragraph's previous speaker `carried`.
    [[nodiscard]] static std::string attribution_for(const std::vector<Speaker>& speakers,
                                                     std::size_t figure,
                                                     const std::string& carried);

    /// The speaker a later "he said" in the same paragraph refers to, after
    /// a sentence with `speakers`; `carried` when they name none.
    [[nodiscard]] static std::string carried_speaker(const std::vector<Speaker>& speakers,
                                                     std::string carried);

    /// The speaker a phrase names (lower case, normalised), found at `token`.
    [[nodiscard]] Speaker name_speaker(std::string_view phrase, std::size_t token) const;

private:
    const rules::RuleSet& m_rules;
    const Aliases& m_aliases;
    std::vector<std::string> m_pronouns;                               ///< normalised
    std::vector<std::pair<std::string, std::size_t>> m_actor_patterns; ///< longest first
};

} // namespace crosscheck::extract
