#pragma once
// What the tests of the extraction phases share: the shipped rules compiled
// into the phases in the order ClaimExtractor compiles them (the order
// decides ties between phrases), and one sentence read the way the
// extractor reads it.

#include "host/extract/aliases.hpp"
#include "host/extract/attribution.hpp"
#include "host/extract/figure_unit.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/metric_binding.hpp"
#include "host/extract/number/scanner.hpp"
#include "host/extract/place.hpp"
#include "host/extract/sentence_scope.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/extract/subject.hpp"
#include "host/extract/subset.hpp"
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract::testing {

inline const rules::RuleSet& shipped_rules() {
    static const rules::RuleSet rules = [] {
        auto loaded = rules::effective_extraction_rules();
        if (!loaded) {
            FAIL(loaded.error().to_string());
        }
        return std::move(*loaded);
    }();
    return rules;
}

/// Every phase, compiled from `rules`.
struct Phases {
    explicit Phases(const rules::RuleSet& r) : rules(r) {}
    Phases(const Phases&) = delete;
    Phases& operator=(const Phases&) = delete;

    const rules::RuleSet& rules;
    PhraseTable phrases;
    Aliases aliases{rules.aliases};
    UnitWords units{rules, phrases};
    MetricKeywords metrics{rules, aliases, units, phrases};
    SubjectKeywords subjects{rules, aliases, phrases};
    EventsAndPeriods events_and_periods{rules, aliases, phrases};
    PlacePhrases places{rules, aliases, phrases};
    SubsetPhrases subsets{rules, phrases};
    Attribution attribution{rules, aliases, phrases};
};

/// The phases of the shipped rules.
inline const Phases& shipped_phases() {
    static const Phases phases(shipped_rules());
    return phases;
}

/// `text` read as one sentence with `phases`' phrases. Holds the text the
/// words view, so it is neither copied nor moved.
class ReadSentence {
public:
    explicit ReadSentence(std::string text, const Phases& phases = shipped_phases())
        : m_text(std::move(text)) {
        m_mentions = number::find_numbers(m_text, phases.rules.numbers);
        std::size_t next = 0;
        words.read(m_text, Sentence{0, m_text.size(), 0}, m_mentions, next, phases.phrases);
    }
    ReadSentence(const ReadSentence&) = delete;
    ReadSentence& operator=(const ReadSentence&) = delete;

    /// The token of the figure written `figure` ("2,906", "more than 200").
    [[nodiscard]] std::size_t figure(std::string_view figure) const {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words.token(i).mention >= 0 && words.mention_at(i).text == figure) {
                return i;
            }
        }
        FAIL("no figure '" << figure << "' in '" << m_text << "'");
        return 0;
    }

    /// The token whose lower-cased text is `word` (the first such).
    [[nodiscard]] std::size_t word(std::string_view word) const {
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (words.token(i).text == word) {
                return i;
            }
        }
        FAIL("no word '" << word << "' in '" << m_text << "'");
        return 0;
    }

    SentenceWords words;

private:
    std::string m_text;
    std::vector<number::NumberMention> m_mentions;
};

} // namespace crosscheck::extract::testing
