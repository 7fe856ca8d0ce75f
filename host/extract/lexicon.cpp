#include "host/extract/lexicon.hpp"

#include <algorithm>

namespace crosscheck::extract {
namespace {

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

} // namespace

void tokenize(std::string_view text, const std::vector<number::NumberMention>& mentions,
              std::string& buffer, std::vector<Token>& tokens) {
    tokens.clear();
    buffer.assign(text.begin(), text.end());
    for (char& c : buffer) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    const std::string_view lower(buffer);
    const auto u = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const auto push = [&](std::size_t start, std::size_t end, TokenKind kind, int mention = -1) {
        tokens.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), kind,
                          mention, lower.substr(start, end - start)});
    };

    std::size_t next_mention = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (next_mention < mentions.size() && mentions[next_mention].end <= i) {
            ++next_mention;
        }
        if (next_mention < mentions.size() && mentions[next_mention].start <= i) {
            const auto& m = mentions[next_mention];
            push(i, std::min(m.end, text.size()),
                 m.kind == number::NumberKind::quantity ? TokenKind::quantity
                                                        : TokenKind::other_number,
                 static_cast<int>(next_mention));
            i = std::min(m.end, text.size());
            ++next_mention;
            continue;
        }
        const unsigned char c = u(i);
        // Punctuation in UTF-8: curly quotes, apostrophes and dashes.
        if (c == 0xE2 && i + 2 < text.size() && u(i + 1) == 0x80) {
            const unsigned char third = u(i + 2);
            if (third == 0x98 || third == 0x99) { // ‘ ’: "Armenia’s"
                std::size_t end = i + 3;
                while (end < text.size() && is_word_byte(u(end)) && u(end) < 0x80) {
                    ++end;
                }
                // Normalise to ASCII "'" so that rule phrases match.
                buffer[i] = ' ';
                buffer[i + 1] = ' ';
                buffer[i + 2] = '\'';
                push(i + 2, end, TokenKind::word);
                i = end;
                continue;
            }
            if (third == 0x93 || third == 0x94) {
                push(i, i + 3, TokenKind::strong_punct);
            } else if (third == 0x9C || third == 0x9D) {
                push(i, i + 3, TokenKind::comma);
            }
            i += 3;
            continue;
        }
        if (c == '\'') {
            std::size_t end = i + 1;
            while (end < text.size() && is_word_byte(u(end)) && u(end) < 0x80) {
                ++end;
            }
            if (end > i + 1) {
                push(i, end, TokenKind::word);
            }
            i = end;
            continue;
        }
        if (is_word_byte(c)) {
            std::size_t end = i + 1;
            while (end < text.size()) {
                const unsigned char d = u(end);
                if (d == 0xE2 && end + 2 < text.size() && u(end + 1) == 0x80) {
                    break; // curly punctuation ends a word
                }
                if (is_word_byte(d)) {
                    ++end;
                } else if ((d == '-' || d == '.') && end + 1 < text.size() &&
                           is_word_byte(u(end + 1)) && u(end + 1) < 0x80) {
                    ++end; // "nagorno-karabakh", "u.s"
                } else {
                    break;
                }
            }
            push(i, end, TokenKind::word);
            i = end;
            continue;
        }
        switch (c) {
        case ',':
        case ':':
        case '"':
            push(i, i + 1, TokenKind::comma);
            break;
        case ';':
        case '(':
        case ')':
        case '[':
        case ']':
            push(i, i + 1, TokenKind::strong_punct);
            break;
        case '-':
            push(i, i + 1, TokenKind::strong_punct); // " - " between words
            break;
        default:
            break;
        }
        ++i;
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
