#include "host/extract/sentence_words.hpp"

#include <algorithm>

namespace crosscheck::extract {

void SentenceWords::read(std::string_view text, const Sentence& sentence,
                         const std::vector<number::NumberMention>& mentions,
                         std::size_t& next_mention, const PhraseTable& phrases) {
    m_sentence = sentence;
    m_text = text.substr(sentence.start, sentence.end - sentence.start);
    m_mentions.clear();
    while (next_mention < mentions.size() && mentions[next_mention].start < sentence.start) {
        ++next_mention;
    }
    for (std::size_t m = next_mention; m < mentions.size() && mentions[m].start < sentence.end;
         ++m) {
        if (mentions[m].end > sentence.end) {
            break;
        }
        number::NumberMention shifted = mentions[m];
        shifted.start -= sentence.start;
        shifted.end -= sentence.start;
        shifted.number_start -= std::min(shifted.number_start, sentence.start);
        m_mentions.push_back(std::move(shifted));
    }

    tokenize(m_text, m_mentions, m_buffer, m_tokens);
    phrases.assign_stems(m_tokens, m_stemmer, m_stems);
    m_hits.clear();
    phrases.find_all(m_tokens, m_hits);
    if (m_by_first.size() < m_tokens.size()) {
        m_by_first.resize(m_tokens.size());
        m_by_last.resize(m_tokens.size());
    }
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        m_by_first[i].clear();
        m_by_last[i].clear();
    }
    for (std::uint32_t h = 0; h < m_hits.size(); ++h) {
        m_by_first[m_hits[h].first].push_back(h);
        m_by_last[m_hits[h].last].push_back(h);
    }
}

bool SentenceWords::has_quantity() const {
    return std::any_of(m_tokens.begin(), m_tokens.end(),
                       [](const Token& t) { return t.kind == TokenKind::quantity; });
}

bool SentenceWords::starts_phrase(std::size_t i, PhraseKind kind) const {
    return std::any_of(m_by_first[i].begin(), m_by_first[i].end(),
                       [&](std::uint32_t h) { return m_hits[h].kind == kind; });
}

bool SentenceWords::ends_phrase(std::size_t i, PhraseKind kind) const {
    return std::any_of(m_by_last[i].begin(), m_by_last[i].end(),
                       [&](std::uint32_t h) { return m_hits[h].kind == kind; });
}

} // namespace crosscheck::extract
