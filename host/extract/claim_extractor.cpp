#include "host/extract/claim_extractor.hpp"

#include "host/extract/aliases.hpp"
#include "host/extract/as_of.hpp"
#include "host/extract/attribution.hpp"
#include "host/extract/figure_claim.hpp"
#include "host/extract/figure_role.hpp"
#include "host/extract/figure_unit.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/metric_binding.hpp"
#include "host/extract/number/scanner.hpp"
#include "host/extract/place.hpp"
#include "host/extract/sentence_scope.hpp"
#include "host/extract/sentence_splitter.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/extract/subject.hpp"
#include "host/extract/subset.hpp"

#include <algorithm>
#include <optional>
#include <string>

namespace crosscheck::extract {
namespace {

// What one paragraph carries from sentence to sentence.
struct Paragraph {
    std::size_t index = static_cast<std::size_t>(-1);
    std::string speaker;                        ///< the last named speaker, for "he said"
    std::optional<std::size_t> previous_metric; ///< the last claim's, for anaphora

    void enter(std::size_t paragraph) {
        if (paragraph != index) {
            index = paragraph;
            speaker.clear();
            previous_metric.reset();
        }
    }
};

// When a text was published, and the as-of times it states, each written
// out once: most claims hold at the publication time, and a text's
// sentences share a few others.
class AsOfMoments {
public:
    explicit AsOfMoments(Timestamp published)
        : m_published(published), m_publication(model::Moment::of(published)) {}

    [[nodiscard]] Timestamp published() const { return m_published; }
    [[nodiscard]] const model::Moment& publication() const { return m_publication; }
    /// `t` as a Moment, valid until the next call.
    [[nodiscard]] const model::Moment& stated(Timestamp t) {
        if (!m_stated.seconds || *m_stated.seconds != t.seconds) {
            m_stated = model::Moment::of(t);
        }
        return m_stated;
    }

private:
    Timestamp m_published;
    model::Moment m_publication;
    model::Moment m_stated;
};

// A claim is large (model::Claim, 672 bytes), so growing the result vector
// claim by claim costs as much as extracting them on a long text: the
// moves, and the fresh pages of each larger copy. Room is reserved for
// every figure that could become a claim, at most `max_claims` and at most
// 2^17 claims (88 MB) whatever the text.
std::size_t room_for_claims(const std::vector<number::NumberMention>& mentions,
                            std::size_t max_claims) {
    constexpr std::size_t k_most_reserved = std::size_t{1} << 17;
    const auto figures = static_cast<std::size_t>(
        std::count_if(mentions.begin(), mentions.end(), [](const number::NumberMention& m) {
            return m.kind == number::NumberKind::quantity && !m.percent;
        }));
    return std::min({figures, max_claims, k_most_reserved});
}

// What the figures of one sentence share, each found at most once.
struct SentenceFacts {
    std::vector<Speaker> speakers;
    SentenceScope scope;
    const model::Moment* as_of = nullptr; ///< resolved on first use
    bool as_of_stated = false;
    std::string quote; ///< collapsed on first use

    void clear_per_sentence() {
        as_of = nullptr;
        quote.clear();
    }
};

} // namespace

// The rules compiled into the phases. Every phase adds its phrases to the
// one table, so that a sentence is matched once whatever the phases look
// for; the order they add them in decides which of two phrases with the
// same first word comes first, and so is kept as it always was.
struct ClaimExtractor::Compiled {
    rules::RuleSet rules;
    PhraseTable phrases;
    Aliases aliases{rules.aliases};
    UnitWords units{rules, phrases};
    MetricKeywords metrics{rules, aliases, units, phrases};
    SubjectKeywords subjects{rules, aliases, phrases};
    EventsAndPeriods events_and_periods{rules, aliases, phrases};
    PlacePhrases places{rules, aliases, phrases};
    SubsetPhrases subsets{rules, phrases};
    Attribution attribution{rules, aliases, phrases};

    explicit Compiled(const rules::RuleSet& r) : rules(r) {}
    Compiled(const Compiled&) = delete; // the phases refer to `rules` and `aliases`
    Compiled& operator=(const Compiled&) = delete;

    // Adds the claim the figure at token `figure` makes to `claims`, phase
    // by phase; false when the phrase it heads makes it no count (a
    // magnitude, money, an age...) or it binds to no metric. A claim becomes the
    // paragraph's previous claim, which a later anaphora refers to.
    bool add_claim(const SentenceWords& words, std::size_t figure, SentenceFacts& facts,
                   Paragraph& paragraph, AsOfMoments& moments, CodePointCursor& code_points,
                   std::vector<model::Claim>& claims) const {
        const FigureRole role = figure_role(words, figure);
        if (role != FigureRole::count &&
            !(role == FigureRole::vague && rules.numbers.vague_claims)) {
            return false;
        }
        const FigureUnit unit = units.unit_of(words, figure);
        const auto binding = metrics.bind(words, figure, unit, paragraph.previous_metric);
        if (!binding) {
            return false;
        }
        model::Claim& claim =
            claims.emplace_back(figure_claim(rules.metrics[binding->metric], binding->factor, words,
                                             figure, code_points, facts.quote));
        claim.attribution = Attribution::attribution_for(facts.speakers, figure, paragraph.speaker);
        claim.scope.subset =
            subsets.marks_subset(words, figure, unit.slot_last,
                                 paragraph.previous_metric == metrics.referent(binding->metric));
        claim.scope.subject = subjects.subject_of(words, figure, unit.slot_last, claim.attribution);
        claim.scope.event = facts.scope.event;
        claim.scope.period = facts.scope.period;
        claim.scope.place = places.place_of(words, figure);
        if (!facts.as_of) {
            const auto stated =
                resolve_as_of(words.tokens(), words.mentions(), moments.published(), rules.time);
            facts.as_of_stated = stated.has_value();
            facts.as_of = stated ? &moments.stated(*stated) : &moments.publication();
        }
        claim.as_of = *facts.as_of;
        claim.as_of_stated = facts.as_of_stated;
        paragraph.previous_metric = metrics.referent(binding->metric);
        return true;
    }
};

ClaimExtractor::ClaimExtractor(const rules::RuleSet& rules)
    : m_compiled(std::make_unique<Compiled>(rules)) {}

ClaimExtractor::~ClaimExtractor() = default;

std::vector<model::Claim> ClaimExtractor::extract(std::string_view text, Timestamp published,
                                                  std::size_t max_claims) const {
    const Compiled& c = *m_compiled;
    std::vector<model::Claim> claims;
    if (max_claims == 0) {
        return claims;
    }
    const auto mentions = number::find_numbers(text, c.rules.numbers);
    claims.reserve(room_for_claims(mentions, max_claims));
    AsOfMoments moments(published);
    const std::string publication_year = moments.publication().iso.substr(0, 4);
    SentenceWords words; // reused from sentence to sentence
    SentenceFacts facts;
    Paragraph paragraph;
    CodePointCursor code_points(text);
    std::size_t next_mention = 0;
    for (const Sentence& sentence : split_sentences(text)) {
        paragraph.enter(sentence.paragraph);
        words.read(text, sentence, mentions, next_mention, c.phrases);
        c.attribution.find_speakers(words, facts.speakers);
        facts.scope = c.events_and_periods.scope_of(words, publication_year);
        facts.clear_per_sentence();
        for (std::size_t figure = 0; figure < words.size(); ++figure) {
            if (words.is_figure(figure) &&
                c.add_claim(words, figure, facts, paragraph, moments, code_points, claims) &&
                claims.size() >= max_claims) {
                return claims;
            }
        }
        paragraph.speaker = Attribution::carried_speaker(facts.speakers, paragraph.speaker);
    }
    return claims;
}

} // namespace crosscheck::extract
