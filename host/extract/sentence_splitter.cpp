#include "host/extract/sentence_splitter.hpp"

#include <algorithm>
#include <array>

namespace crosscheck::extract {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
    return is_upper(c) || is_lower(c);
}

std::string_view lower_word(std::string_view word, std::array<char, 16>& buffer) {
    const std::size_t n = std::min(word.size(), buffer.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char c = word[i];
        buffer[i] = is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return {buffer.data(), n};
}

// Abbreviations that a full stop does not end a sentence after, when
// followed by a capitalised word: titles, months, "No.", "St.".
constexpr std::array<std::string_view, 40> k_abbreviations = {
    "mr",   "mrs",  "ms",  "dr",  "prof", "gen",    "lt",  "col", "maj",  "sgt",
    "capt", "cmdr", "adm", "gov", "sen",  "rep",    "rev", "st",  "jr",   "sr",
    "jan",  "feb",  "mar", "apr", "jun",  "jul",    "aug", "sep", "sept", "oct",
    "nov",  "dec",  "no",  "nos", "vs",   "approx", "est", "ft",  "mt",   "pres"};

// Words that, capitalised after "U.S." or "a.m.", begin a new sentence
// rather than continue a name ("U.S. officials" vs "in the U.S. The ...").
constexpr std::array<std::string_view, 24> k_sentence_starters = {
    "the",   "a",   "an",  "he",    "she", "it",    "they", "we",
    "i",     "but", "and", "in",    "on",  "at",    "this", "that",
    "there", "his", "her", "their", "its", "after", "when", "officials"};

// The word (letters and inner dots) that ends just before `dot`.
std::string_view word_before(std::string_view text, std::size_t dot) {
    std::size_t begin = dot;
    while (begin > 0 && (is_alpha(text[begin - 1]) || text[begin - 1] == '.')) {
        --begin;
    }
    return text.substr(begin, dot - begin);
}

std::string_view word_after(std::string_view text, std::size_t pos) {
    std::size_t end = pos;
    while (end < text.size() && is_alpha(text[end])) {
        ++end;
    }
    return text.substr(pos, end - pos);
}

// True when the full stop at `dot`, followed by whitespace and then the
// character at `next`, ends a sentence.
bool full_stop_ends_sentence(std::string_view text, std::size_t dot, std::size_t next) {
    const char following = text[next];
    const bool capital_follows = is_upper(following) || is_digit(following) || following == '"' ||
                                 following == '(' ||
                                 static_cast<unsigned char>(following) == 0xE2; // curly quote
    if (!capital_follows) {
        return false;
    }
    const std::string_view before = word_before(text, dot);
    if (before.empty()) {
        return true;
    }
    std::array<char, 16> buffer{};
    const std::string_view lower = lower_word(before, buffer);
    const bool dotted = before.find('.') != std::string_view::npos; // "U.S", "a.m"
    const bool initial = before.size() == 1 && is_upper(before[0]); // "J. Smith"
    if (dotted || initial) {
        // "in the U.S. The president ..." ends; "U.S. officials" does not.
        std::array<char, 16> next_buffer{};
        const auto next_word = lower_word(word_after(text, next), next_buffer);
        if (lower == "a.m" || lower == "p.m") {
            // "8 a.m. Monday" continues; "at 8 a.m. Officials said" ends.
            static constexpr std::array<std::string_view, 7> k_days = {
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
            return std::find(k_days.begin(), k_days.end(), next_word) == k_days.end() &&
                   !is_digit(following);
        }
        return std::find(k_sentence_starters.begin(), k_sentence_starters.end(), next_word) !=
               k_sentence_starters.end();
    }
    return std::find(k_abbreviations.begin(), k_abbreviations.end(), lower) ==
           k_abbreviations.end();
}

} // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> out;
    std::size_t paragraph = 0;
    std::size_t start = std::string_view::npos; // start of the current sentence
    bool paragraph_has_text = false;

    const auto close = [&](std::size_t end) {
        if (start == std::string_view::npos) {
            return;
        }
        while (end > start && is_space(text[end - 1])) {
            --end;
        }
        if (end > start) {
            out.push_back({start, end, paragraph});
            paragraph_has_text = true;
        }
        start = std::string_view::npos;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            // A blank line ends the sentence and the paragraph.
            std::size_t j = i + 1;
            while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) {
                ++j;
            }
            if (j < text.size() && text[j] == '\n') {
                close(i);
                if (paragraph_has_text) {
                    ++paragraph;
                    paragraph_has_text = false;
                }
                i = j;
                continue;
            }
        }
        if (is_space(c)) {
            if (start != std::string_view::npos && i - start >= k_max_sentence_bytes) {
                close(i);
            }
            continue;
        }
        if (start == std::string_view::npos) {
            start = i;
        }
        if (c != '.' && c != '!' && c != '?') {
            continue;
        }
        // Take closing quotes and brackets with the sentence: `... he said."`
        std::size_t end = i + 1;
        while (end < text.size() &&
               (text[end] == '"' || text[end] == ')' || text[end] == '\'' ||
                (static_cast<unsigned char>(text[end]) == 0xE2 && end + 2 < text.size() &&
                 static_cast<unsigned char>(text[end + 1]) == 0x80 &&
                 (static_cast<unsigned char>(text[end + 2]) == 0x9D ||
                  static_cast<unsigned char>(text[end + 2]) == 0x99)))) {
            end += static_cast<unsigned char>(text[end]) == 0xE2 ? 3 : 1;
        }
        if (end >= text.size()) {
            close(text.size());
            break;
        }
        if (!is_space(text[end])) {
            continue; // "1.5", "U.S.-led", "example.com"
        }
        std::size_t next = end;
        bool newline = false;
        while (next < text.size() && is_space(text[next])) {
            newline = newline || text[next] == '\n';
            ++next;
        }
        if (next >= text.size()) {
            close(text.size());
            break;
        }
        if (c != '.' || newline || full_stop_ends_sentence(text, i, next)) {
            close(end);
            i = end - 1;
        }
    }
    close(text.size());
    return out;
}

} // namespace crosscheck::extract
