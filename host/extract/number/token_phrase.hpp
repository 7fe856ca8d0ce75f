#pragma once
// A fixed phrase as the scanner's tokens spell it ("more than", "> =",
// "tens of thousands"), and matching it at a token. Qualifiers and vague
// amounts are such phrases.

#include "host/extract/number/token.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace crosscheck::extract::number {

inline constexpr std::size_t k_max_phrase_tokens = 8;

/// A phrase split at spaces into the tokens it must match, lower case.
/// Views the phrase's text, which must outlive it.
struct TokenPhrase {
    std::array<std::string_view, k_max_phrase_tokens> parts{};
    std::size_t count = 0;
};

/// `text` split at spaces; parts past `k_max_phrase_tokens` are dropped.
[[nodiscard]] TokenPhrase split_phrase(std::string_view text);

/// One past the last token of `phrase` matched at token `i` of `tokens`, or 0
/// when it does not match there. A phrase never spans a line break. (Inline:
/// the scanner asks this at most tokens.)
[[nodiscard]] inline std::size_t match_forward(const TokenizedText& tokens, std::size_t i,
                                               const TokenPhrase& phrase) {
    for (std::size_t k = 0; k < phrase.count; ++k) {
        if (!tokens.is(i + k, phrase.parts[k]) || (k > 0 && tokens.after_newline(i + k))) {
            return 0;
        }
    }
    return i + phrase.count;
}

/// True when `phrase` ends right before token `end`.
[[nodiscard]] inline bool match_backward(const TokenizedText& tokens, std::size_t end,
                                         const TokenPhrase& phrase) {
    if (phrase.count == 0 || end < phrase.count) {
        return false;
    }
    return match_forward(tokens, end - phrase.count, phrase) == end;
}

} // namespace crosscheck::extract::number
