#pragma once
// Phase 1 of claim extraction: one sentence as every later phase reads it.
// The scanner's mentions that lie in the sentence (offsets made relative
// to it), its tokens (each mention one token) and their stems, and every
// rule phrase found among them in one pass, indexed by the token each phrase starts and ends
// at, so that a phase asks "which phrases start right after this figure?"
// in constant time.

#include "host/extract/lexicon.hpp"
#include "host/extract/number/mention.hpp"
#include "host/extract/sentence_splitter.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// Reused from sentence to sentence: its buffers keep their capacity, so a
/// text costs no allocation per sentence once they have grown.
class SentenceWords {
public:
    /// Reads `sentence` of `text`. `mentions` are all of `text`'s mentions
    /// in order; `next_mention` is the first one not before an earlier
    /// sentence, advanced here. A mention that crosses the sentence's end is
    /// left out. Linear in the sentence.
    void read(std::string_view text, const Sentence& sentence,
              const std::vector<number::NumberMention>& mentions, std::size_t& next_mention,
              const PhraseTable& phrases);

    [[nodiscard]] const Sentence& sentence() const { return m_sentence; }
    /// The sentence's text as written.
    [[nodiscard]] std::string_view text() const { return m_text; }
    [[nodiscard]] const std::vector<Token>& tokens() const { return m_tokens; }
    [[nodiscard]] std::size_t size() const { return m_tokens.size(); }
    [[nodiscard]] const Token& token(std::size_t i) const { return m_tokens[i]; }
    /// The mentions in the sentence, offsets relative to it.
    [[nodiscard]] const std::vector<number::NumberMention>& mentions() const { return m_mentions; }
    /// The mention number token `i` stands for.
    [[nodiscard]] const number::NumberMention& mention_at(std::size_t i) const {
        return m_mentions[static_cast<std::size_t>(m_tokens[i].mention)];
    }
    /// Token `i` is a figure a claim can be made of: a quantity, not a percentage.
    [[nodiscard]] bool is_figure(std::size_t i) const {
        return m_tokens[i].kind == TokenKind::quantity && !mention_at(i).percent;
    }
    /// Some token is a quantity (a percentage too).
    [[nodiscard]] bool has_quantity() const;

    /// Every rule phrase found, ordered by first token.
    [[nodiscard]] const std::vector<PhraseHit>& hits() const { return m_hits; }
    /// Indices into `hits()` of the phrases whose first token is `i`.
    [[nodiscard]] const std::vector<std::uint32_t>& starting_at(std::size_t i) const {
        return m_by_first[i];
    }
    /// Indices into `hits()` of the phrases whose last token is `i`.
    [[nodiscard]] const std::vector<std::uint32_t>& ending_at(std::size_t i) const {
        return m_by_last[i];
    }
    /// One of the phrases starting at token `i` (if any) is of `kind`.
    [[nodiscard]] bool starts_phrase(std::size_t i, PhraseKind kind) const;
    /// One of the phrases ending at token `i` (if any) is of `kind`.
    [[nodiscard]] bool ends_phrase(std::size_t i, PhraseKind kind) const;

private:
    Sentence m_sentence;
    std::string_view m_text;
    std::vector<number::NumberMention> m_mentions;
    std::string m_buffer; ///< the lower-cased text tokens view
    std::string m_stems;  ///< the stems tokens view
    Stemmer m_stemmer;
    std::vector<Token> m_tokens;
    std::vector<PhraseHit> m_hits;
    std::vector<std::vector<std::uint32_t>> m_by_first;
    std::vector<std::vector<std::uint32_t>> m_by_last;
};

} // namespace crosscheck::extract
