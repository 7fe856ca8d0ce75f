#include "host/extract/number/token_phrase.hpp"

namespace crosscheck::extract::number {

TokenPhrase split_phrase(std::string_view text) {
    TokenPhrase p;
    std::size_t pos = 0;
    while (pos < text.size() && p.count < k_max_phrase_tokens) {
        const std::size_t space = text.find(' ', pos);
        const std::size_t end = space == std::string_view::npos ? text.size() : space;
        if (end > pos) {
            p.parts[p.count++] = text.substr(pos, end - pos);
        }
        pos = end + 1;
    }
    return p;
}

} // namespace crosscheck::extract::number
