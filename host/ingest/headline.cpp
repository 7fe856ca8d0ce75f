#include "host/ingest/headline.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace crosscheck::ingest {
namespace {

// Number words a headline states a figure with; digits are the rest.
constexpr std::array<std::string_view, 35> k_number_words = {
    "one",      "two",     "three",     "four",     "five",     "six",      "seven",
    "eight",    "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
    "fifteen",  "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
    "forty",    "fifty",   "sixty",     "seventy",  "eighty",   "ninety",   "hundred",
    "thousand", "million", "billion",   "dozen",    "dozens",   "hundreds", "thousands",
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The figures `text` states, each as a token: digits without their group
// separators ("1,200" -> "1200"), or a number word in lower case.
std::vector<std::string> figures(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (is_digit(text[pos])) {
            std::string digits;
            while (pos < text.size() &&
                   (is_digit(text[pos]) || ((text[pos] == ',' || text[pos] == '.') &&
                                            pos + 1 < text.size() && is_digit(text[pos + 1])))) {
                if (text[pos] != ',') {
                    digits += text[pos];
                }
                ++pos;
            }
            out.push_back(std::move(digits));
        } else if (is_word_char(text[pos])) {
            std::string word;
            while (pos < text.size() && is_word_char(text[pos])) {
                word += static_cast<char>(
                    text[pos] >= 'A' && text[pos] <= 'Z' ? text[pos] - 'A' + 'a' : text[pos]);
                ++pos;
            }
            if (std::find(k_number_words.begin(), k_number_words.end(), word) !=
                k_number_words.end()) {
                out.push_back(std::move(word));
            }
        } else {
            ++pos;
        }
    }
    return out;
}

// The paragraphs of `text` as (start, length).
std::vector<std::pair<std::size_t, std::size_t>> paragraphs(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find("\n\n", start);
        const auto stop = end == std::string_view::npos ? text.size() : end;
        out.emplace_back(start, stop - start);
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 2;
    }
    return out;
}

} // namespace

std::string without_repeated_headline(std::string text, std::string_view headline) {
    const auto stated = figures(headline);
    if (stated.empty()) {
        return text;
    }
    const auto parts = paragraphs(text);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::string_view(text).substr(parts[i].first, parts[i].second) != headline) {
            continue;
        }
        std::vector<std::string> lede;
        for (std::size_t j = i + 1; j < parts.size() && j <= i + k_lede_paragraphs; ++j) {
            auto more = figures(std::string_view(text).substr(parts[j].first, parts[j].second));
            lede.insert(lede.end(), more.begin(), more.end());
        }
        const bool repeated = std::all_of(stated.begin(), stated.end(), [&](const auto& figure) {
            return std::find(lede.begin(), lede.end(), figure) != lede.end();
        });
        // A repeated headline has a lede after it: erase it and its break.
        if (repeated) {
            text.erase(parts[i].first, parts[i + 1].first - parts[i].first);
        }
        return text;
    }
    return text;
}

} // namespace crosscheck::ingest
