#include "host/extract/lexicon.hpp"

#include <algorithm>

namespace crosscheck::extract {
namespace {

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// One pass over a sentence: a number mention is one token, a word runs on
// through inner '-' and '.', and punctuation is kept only where it marks a
// clause boundary.
class SentenceTokenizer {
public:
    SentenceTokenizer(std::string_view text, const std::vector<number::NumberMention>& mentions,
                      std::string& buffer, std::vector<Token>& tokens)
        : m_text(text), m_mentions(mentions), m_buffer(buffer), m_tokens(tokens) {
        m_tokens.clear();
        m_buffer.assign(text.begin(), text.end());
        for (char& c : m_buffer) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
    }

    void run() {
        while (m_i < m_text.size()) {
            if (read_mention()) {
                continue;
            }
            const unsigned char c = byte(m_i);
            if (c == 0xE2 && m_i + 2 < m_text.size() && byte(m_i + 1) == 0x80) {
                read_curly_punctuation();
            } else if (c == '\'') {
                m_i = read_apostrophe_word(m_i, m_i + 1, false);
            } else if (is_word_byte(c)) {
                read_word();
            } else {
                read_punctuation(c);
            }
        }
    }

private:
    unsigned char byte(std::size_t i) const { return static_cast<unsigned char>(m_text[i]); }

    // Views the lower-cased buffer, which is never reallocated.
    void push(std::size_t start, std::size_t end, TokenKind kind, int mention = -1) {
        m_tokens.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                            kind, mention, std::string_view(m_buffer).substr(start, end - start)});
    }

    // The mention that covers the cursor, as one token.
    bool read_mention() {
        while (m_next_mention < m_mentions.size() && m_mentions[m_next_mention].end <= m_i) {
            ++m_next_mention;
        }
        if (m_next_mention >= m_mentions.size() || m_mentions[m_next_mention].start > m_i) {
            return false;
        }
        const auto& m = m_mentions[m_next_mention];
        const std::size_t end = std::min(m.end, m_text.size());
        push(m_i, end,
             m.kind == number::NumberKind::quantity ? TokenKind::quantity : TokenKind::other_number,
             static_cast<int>(m_next_mention));
        m_i = end;
        ++m_next_mention;
        return true;
    }

    // Curly quotes, apostrophes and dashes (U+2013 to U+201D).
    void read_curly_punctuation() {
        const unsigned char third = byte(m_i + 2);
        if (third == 0x98 || third == 0x99) { // ‘ ’: "Armenia’s"
            // Normalised to ASCII "'" so that rule phrases match.
            m_buffer[m_i] = ' ';
            m_buffer[m_i + 1] = ' ';
            m_buffer[m_i + 2] = '\'';
            m_i = read_apostrophe_word(m_i + 2, m_i + 3, true);
            return;
        }
        if (third == 0x93 || third == 0x94) {
            push(m_i, m_i + 3, TokenKind::strong_punct);
        } else if (third == 0x9C || third == 0x9D) {
            push(m_i, m_i + 3, TokenKind::comma);
        }
        m_i += 3;
    }

    // "'s" as a word of its own, from the apostrophe at `start` (its ASCII
    // letters from `letters` on); returns the byte after it. A curly
    // apostrophe is always a token (`always`), an ASCII one only with
    // letters after it.
    std::size_t read_apostrophe_word(std::size_t start, std::size_t letters, bool always) {
        std::size_t end = letters;
        while (end < m_text.size() && is_word_byte(byte(end)) && byte(end) < 0x80) {
            ++end;
        }
        if (always || end > letters) {
            push(start, end, TokenKind::word);
        }
        return end;
    }

    // Letters and digits, with inner '-' and '.' ("nagorno-karabakh", "u.s");
    // curly punctuation ends a word.
    void read_word() {
        std::size_t end = m_i + 1;
        while (end < m_text.size()) {
            const unsigned char d = byte(end);
            if (d == 0xE2 && end + 2 < m_text.size() && byte(end + 1) == 0x80) {
                break;
            }
            const bool inner = (d == '-' || d == '.') && end + 1 < m_text.size() &&
                               is_word_byte(byte(end + 1)) && byte(end + 1) < 0x80;
            if (!is_word_byte(d) && !inner) {
                break;
            }
            ++end;
        }
        push(m_i, end, TokenKind::word);
        m_i = end;
    }

    void read_punctuation(unsigned char c) {
        switch (c) {
        case ',':
        case ':':
        case '"':
            push(m_i, m_i + 1, TokenKind::comma);
            break;
        case ';':
        case '(':
        case ')':
        case '[':
        case ']':
        case '-': // " - " between words
            push(m_i, m_i + 1, TokenKind::strong_punct);
            break;
        default:
            break;
        }
        ++m_i;
    }

    std::string_view m_text;
    const std::vector<number::NumberMention>& m_mentions;
    std::string& m_buffer;
    std::vector<Token>& m_tokens;
    std::size_t m_i = 0;
    std::size_t m_next_mention = 0;
};

} // namespace

void tokenize(std::string_view text, const std::vector<number::NumberMention>& mentions,
              std::string& buffer, std::vector<Token>& tokens) {
    SentenceTokenizer(text, mentions, buffer, tokens).run();
}

std::string normalise_words(std::string_view phrase) {
    std::string buffer;
    std::vector<Token> tokens;
    tokenize(phrase, {}, buffer, tokens);
    std::string out;
    for (const auto& t : tokens) {
        if (t.kind != TokenKind::word) {
            continue;
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += t.text;
    }
    return out;
}

void PhraseTable::add(std::string_view phrase, PhraseKind kind, int index, double factor) {
    std::string buffer;
    std::vector<Token> tokens;
    tokenize(phrase, {}, buffer, tokens);
    Entry entry{{}, kind, index, factor};
    for (const auto& t : tokens) {
        if (t.kind == TokenKind::word) {
            entry.words.emplace_back(t.text);
        }
    }
    if (entry.words.empty()) {
        return;
    }
    auto& list = m_by_first_word[entry.words.front()];
    list.push_back(std::move(entry));
}

void PhraseTable::find_all(const std::vector<Token>& tokens, std::vector<PhraseHit>& hits) const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::word) {
            continue;
        }
        const auto it = m_by_first_word.find(tokens[i].text);
        if (it == m_by_first_word.end()) {
            continue;
        }
        for (const auto& entry : it->second) {
            std::size_t j = i;
            std::size_t w = 0;
            while (w < entry.words.size() && j < tokens.size() &&
                   tokens[j].kind == TokenKind::word && tokens[j].text == entry.words[w]) {
                ++w;
                ++j;
            }
            if (w == entry.words.size()) {
                hits.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - 1),
                                entry.kind, entry.index, entry.factor});
            }
        }
    }
}

} // namespace crosscheck::extract
