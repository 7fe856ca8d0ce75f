#pragma once
// What the steps of figure_role read a sentence's tokens with: small tests
// on one token, shared by figure_role.cpp and the files of its steps that
// stand on their own (figure_projection, page_furniture, figure_difference).
// Internal to host/extract.

#include "host/extract/sentence_words.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace crosscheck::extract::role_words {

inline bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// The lower-case word at token `i`, or "" when `i` is past the end or not a word.
inline std::string_view word_at(const SentenceWords& w, std::size_t i) {
    return i < w.size() && w.token(i).kind == TokenKind::word ? w.token(i).text
                                                              : std::string_view();
}

/// Token `i` is a word written with a capital first letter.
inline bool is_capitalised_word(const SentenceWords& w, std::size_t i) {
    return i < w.size() && w.token(i).kind == TokenKind::word &&
           is_upper(w.text()[w.token(i).start]);
}

} // namespace crosscheck::extract::role_words
