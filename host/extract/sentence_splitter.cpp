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

// Closing quotes and brackets after a sentence's end belong to it: `...
// he said."`. The byte after them, from `from` on.
std::size_t after_closing_marks(std::string_view text, std::size_t from) {
    const auto u = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    std::size_t end = from;
    while (end < text.size()) {
        const bool ascii = text[end] == '"' || text[end] == ')' || text[end] == '\'';
        const bool curly = u(end) == 0xE2 && end + 2 < text.size() && u(end + 1) == 0x80 &&
                           (u(end + 2) == 0x9D || u(end + 2) == 0x99); // ” ’
        if (!ascii && !curly) {
            break;
        }
        end += curly ? 3 : 1;
    }
    return end;
}

// One pass over the text: blank lines end paragraphs, and '.', '!' or '?'
// followed by whitespace ends a sentence unless the full stop belongs to
// an abbreviation. Each step takes the cursor and returns where to go on
// (`k_done` at the text's end), so the cursor stays in a register.
class SentenceSplitter {
public:
    explicit SentenceSplitter(std::string_view text) : m_text(text) {}

    std::vector<Sentence> run() {
        for (std::size_t i = 0; i < m_text.size(); ++i) {
            i = step(i);
            if (i == k_done) {
                break;
            }
        }
        close(m_text.size());
        return std::move(m_out);
    }

private:
    static constexpr std::size_t k_done = std::string_view::npos;

    // Reads the byte at `i`; returns the last byte read.
    std::size_t step(std::size_t i) {
        const char c = m_text[i];
        if (c == '\n') {
            if (const std::size_t blank = blank_line_end(i); blank != i) {
                return blank;
            }
        }
        if (is_space(c)) {
            if (m_start != std::string_view::npos && i - m_start >= k_max_sentence_bytes) {
                close(i);
            }
            return i;
        }
        if (m_start == std::string_view::npos) {
            m_start = i;
        }
        if (c != '.' && c != '!' && c != '?') {
            return i;
        }
        return sentence_end(i, c);
    }

    // A blank line after the newline at `i` ends the sentence and the
    // paragraph: returns its last newline, or `i` when there is none.
    std::size_t blank_line_end(std::size_t i) {
        std::size_t j = i + 1;
        while (j < m_text.size() && (m_text[j] == ' ' || m_text[j] == '\t' || m_text[j] == '\r')) {
            ++j;
        }
        if (j >= m_text.size() || m_text[j] != '\n') {
            return i;
        }
        close(i);
        if (m_paragraph_has_text) {
            ++m_paragraph;
            m_paragraph_has_text = false;
        }
        return j;
    }

    // The punctuation `c` at `i`: a sentence ends there when whitespace
    // follows and, for a full stop, no abbreviation forbids it.
    std::size_t sentence_end(std::size_t i, char c) {
        const std::size_t end = after_closing_marks(m_text, i + 1);
        if (end >= m_text.size()) {
            close(m_text.size());
            return k_done;
        }
        if (!is_space(m_text[end])) {
            return i; // "1.5", "U.S.-led", "example.com"
        }
        std::size_t next = end;
        bool newline = false;
        while (next < m_text.size() && is_space(m_text[next])) {
            newline = newline || m_text[next] == '\n';
            ++next;
        }
        if (next >= m_text.size()) {
            close(m_text.size());
            return k_done;
        }
        if (c != '.' || newline || full_stop_ends_sentence(m_text, i, next)) {
            close(end);
            return end - 1;
        }
        return i;
    }

    // Ends the current sentence at `end`, trailing whitespace trimmed.
    void close(std::size_t end) {
        if (m_start == std::string_view::npos) {
            return;
        }
        while (end > m_start && is_space(m_text[end - 1])) {
            --end;
        }
        if (end > m_start) {
            m_out.push_back({m_start, end, m_paragraph});
            m_paragraph_has_text = true;
        }
        m_start = std::string_view::npos;
    }

    std::string_view m_text;
    std::vector<Sentence> m_out;
    std::size_t m_paragraph = 0;
    std::size_t m_start = std::string_view::npos; ///< the current sentence's first byte
    bool m_paragraph_has_text = false;
};

} // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
    return SentenceSplitter(text).run();
}

} // namespace crosscheck::extract
