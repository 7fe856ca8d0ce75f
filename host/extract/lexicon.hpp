#pragma once
// The words of a sentence and the rule phrases found among them. Claim
// extraction works on tokens, not characters: a sentence is tokenized once
// (lower case, numbers as single tokens), its words are stemmed
// (host/extract/stemmer.hpp), and every rule phrase (metric keywords, unit
// words, scope keywords, speech verbs) is found with one hash lookup per
// word, stem by stem: the keyword "killed" matches "killing" and "kills".

#include "host/extract/number/mention.hpp"
#include "host/extract/stemmer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crosscheck::extract {

enum class TokenKind : std::uint8_t {
    word,         ///< letters, digits, inner '-' and '.'; "'s" is its own word
    comma,        ///< ',' ':' and quotation marks: a weak clause boundary
    strong_punct, ///< ';' ' - ' dashes and brackets: a strong one
    quantity,     ///< a number mention of kind quantity
    other_number, ///< a year, a date, a clock time ...
};

struct Token {
    std::uint32_t start = 0; ///< byte offsets in the text given to `tokenize`
    std::uint32_t end = 0;
    TokenKind kind = TokenKind::word;
    int mention = -1;      ///< index into the mentions, for number tokens
    std::string_view text; ///< lower case; a view into the tokenizer's buffer
    /// Words: the stem phrases are matched on (`PhraseTable::assign_stems`);
    /// `text` itself until then, and for a word no rule stem can match.
    std::string_view stem;
};

/// Tokenizes `text` (one sentence). `mentions` are the number mentions that
/// lie in it, with offsets relative to `text`, in order; each becomes one
/// token. `buffer` receives the lower-cased text that tokens view.
void tokenize(std::string_view text, const std::vector<number::NumberMention>& mentions,
              std::string& buffer, std::vector<Token>& tokens);

/// What a rule phrase stands for.
enum class PhraseKind : std::uint8_t {
    metric_keyword,
    unit_word,
    anaphora,
    subject,
    subject_possessive,
    event,
    period,
    place,
    subset_after,
    subset_before,
    subset_added,
    subset_state,
    speech_verb,
    source_prefix,
};

/// A rule phrase found in a sentence: tokens [first, last].
struct PhraseHit {
    std::uint32_t first = 0;
    std::uint32_t last = 0;
    PhraseKind kind = PhraseKind::metric_keyword;
    int index = 0;     ///< which metric, unit, subject ... in the rules
    double factor = 1; ///< unit words: the conversion factor
};

/// Rule phrases, keyed by the stem of their first word.
class PhraseTable {
public:
    /// Adds `phrase` (any case and spacing; tokenized like text, then
    /// stemmed word by word).
    void add(std::string_view phrase, PhraseKind kind, int index, double factor = 1);
    /// Sets the stem of every word of `tokens` that could start or continue
    /// a phrase of the table; the stems are written to `buffer`, which the
    /// tokens then view (cleared first).
    void assign_stems(std::vector<Token>& tokens, Stemmer& stemmer, std::string& buffer) const;
    /// Appends every phrase that matches `tokens` (by stem) to `hits`,
    /// ordered by first token.
    void find_all(const std::vector<Token>& tokens, std::vector<PhraseHit>& hits) const;

private:
    struct Entry {
        std::vector<std::string> words;
        PhraseKind kind;
        int index;
        double factor;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> m_by_first_word;
    StemPrefixes m_prefixes; ///< of every stem of every phrase
};

/// `phrase` tokenized and joined by single spaces, lower case:
/// "Armenia’s  Government" -> "armenia 's government".
[[nodiscard]] std::string normalise_words(std::string_view phrase);

} // namespace crosscheck::extract
