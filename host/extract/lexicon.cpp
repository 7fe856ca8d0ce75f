#include "host/extract/lexicon.hpp"

#include <algorithm>
#include <optional>

namespace crosscheck::extract {
namespace {

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The byte after an apostrophe's ASCII letters from `from` on: "'s".
std::size_t apostrophe_word_end(std::string_view text, std::size_t from) {
    std::size_t end = from;
    while (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end])) &&
           static_cast<unsigned char>(text[end]) < 0x80) {
        ++end;
    }
    return end;
}

// The byte after the word at `start`: letters and digits, with inner '-'
// and '.' ("nagorno-karabakh", "u.s"); curly punctuation ends a word.
std::size_t word_end(std::string_view text, std::size_t start) {
    const auto u = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t end = start + 1;
    while (end < text.size()) {
        const unsigned char d = u(end);
        if (d == 0xE2 && end + 2 < text.size() && u(end + 1) == 0x80) {
            break;
        }
        const bool inner = (d == '-' || d == '.') && end + 1 < text.size() &&
                           is_word_byte(u(end + 1)) && u(end + 1) < 0x80;
        if (!is_word_byte(d) && !inner) {
            break;
        }
        ++end;
    }
    return end;
}

// The clause boundary an ASCII punctuation character marks, if any: ','
// ':' and '"' weak, ';' brackets and " - " strong.
std::optional<TokenKind> punctuation_kind(unsigned char c) {
    switch (c) {
    case ',':
    case ':':
    case '"':
        return TokenKind::comma;
    case ';':
    case '(':
    case ')':
    case '[':
    case ']':
    case '-':
        return TokenKind::strong_punct;
    default:
        return std::nullopt;
    }
}

// The boundary a curly dash or double quote marks (third UTF-8 byte of
// U+2013 to U+201D), if any.
std::optional<TokenKind> curly_punctuation_kind(unsigned char third) {
    if (third == 0x93 || third == 0x94) {
        return TokenKind::strong_punct;
    }
    if (third == 0x9C || third == 0x9D) {
        return TokenKind::comma;
    }
    return std::nullopt;
}

// The first mention not ending before byte `i`, from `next` on.
std::size_t mention_at_or_after(const std::vector<number::NumberMention>& mentions,
                                std::size_t next, std::size_t i) {
    while (next < mentions.size() && mentions[next].end <= i) {
        ++next;
    }
    return next;
}

} // namespace

// One pass: a number mention is one token, a word runs on through inner '-'
// and '.', "'s" is a word of its own, and punctuation is kept only where it
// marks a clause boundary. (The cursor stays a local: the loop is the
// extractor's hottest after the scanner.)
void tokenize(std::string_view text, const std::vector<number::NumberMention>& mentions,
              std::string& buffer, std::vector<Token>& tokens) {
    tokens.clear();
    buffer.assign(text.begin(), text.end());
    for (char& c : buffer) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    const std::string_view lower(buffer); // never reallocated while tokens view it
    const auto push = [&](std::size_t start, std::size_t end, TokenKind kind, int mention = -1) {
        const std::string_view word = lower.substr(start, end - start);
        tokens.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), kind,
                          mention, word, word});
    };
    std::size_t next_mention = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        next_mention = mention_at_or_after(mentions, next_mention, i);
        if (next_mention < mentions.size() && mentions[next_mention].start <= i) {
            const auto& m = mentions[next_mention];
            const std::size_t end = std::min(m.end, text.size());
            push(i, end,
                 m.kind == number::NumberKind::quantity ? TokenKind::quantity
                                                        : TokenKind::other_number,
                 static_cast<int>(next_mention++));
            i = end;
            continue;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto third = static_cast<unsigned char>(text[i + 2]);
            if (third == 0x98 || third == 0x99) { // ‘ ’: "Armenia’s"
                // Normalised to ASCII "'" so that rule phrases match.
                buffer[i] = ' ';
                buffer[i + 1] = ' ';
                buffer[i + 2] = '\'';
                const std::size_t end = apostrophe_word_end(text, i + 3);
                push(i + 2, end, TokenKind::word);
                i = end;
                continue;
            }
            if (const auto kind = curly_punctuation_kind(third)) {
                push(i, i + 3, *kind);
            }
            i += 3;
        } else if (c == '\'') {
            const std::size_t end = apostrophe_word_end(text, i + 1);
            if (end > i + 1) {
                push(i, end, TokenKind::word);
            }
            i = end;
        } else if (is_word_byte(c)) {
            const std::size_t end = word_end(text, i);
            push(i, end, TokenKind::word);
            i = end;
        } else {
            if (const auto kind = punctuation_kind(c)) {
                push(i, i + 1, *kind);
            }
            ++i;
        }
    }
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
    Stemmer stemmer;
    Entry entry{{}, kind, index, factor};
    for (const auto& t : tokens) {
        if (t.kind == TokenKind::word) {
            entry.words.emplace_back(stemmer.stem(t.text));
            m_prefixes.add(entry.words.back());
        }
    }
    if (entry.words.empty()) {
        return;
    }
    auto& list = m_by_first_word[entry.words.front()];
    // "civilians" and "civilian" are one stem: one phrase, found once.
    for (const Entry& e : list) {
        if (e.words == entry.words && e.kind == kind && e.index == index && e.factor == factor) {
            return;
        }
    }
    list.push_back(std::move(entry));
}

void PhraseTable::assign_stems(std::vector<Token>& tokens, Stemmer& stemmer,
                               std::string& buffer) const {
    // The stems are appended first and viewed after, so that the buffer's
    // growth moves nothing a token views.
    buffer.clear();
    std::size_t stemmed = 0;
    for (Token& t : tokens) {
        if (t.kind == TokenKind::word && is_stemmed_word(t.text) && m_prefixes.may_match(t.text)) {
            const std::string_view stem = stemmer.stem(t.text);
            t.stem = {nullptr, stem.size()}; // its place in `buffer`, set below
            buffer += stem;
            ++stemmed;
        }
    }
    if (stemmed == 0) {
        return;
    }
    std::size_t at = 0;
    for (Token& t : tokens) {
        if (t.stem.data() == nullptr) {
            t.stem = std::string_view(buffer).substr(at, t.stem.size());
            at += t.stem.size();
        }
    }
}

void PhraseTable::find_all(const std::vector<Token>& tokens, std::vector<PhraseHit>& hits) const {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::word) {
            continue;
        }
        const auto it = m_by_first_word.find(tokens[i].stem);
        if (it == m_by_first_word.end()) {
            continue;
        }
        for (const auto& entry : it->second) {
            std::size_t j = i;
            std::size_t w = 0;
            while (w < entry.words.size() && j < tokens.size() &&
                   tokens[j].kind == TokenKind::word && tokens[j].stem == entry.words[w]) {
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
