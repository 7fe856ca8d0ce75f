#pragma once
// Vague amounts: "dozens", "hundreds", "tens of thousands", "several
// hundred thousand", "at least several hundred". The rules say what each
// phrase stands for ([vague] in rules/qualifiers.toml, as
// rules::NumberSemantics::vague_amounts); a figure's value is its low end.

#include "host/extract/number/token.hpp"
#include "host/extract/number/token_phrase.hpp"
#include "host/model/qualifier.hpp"
#include "host/rules/number_semantics.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace crosscheck::extract::number {

/// The vague phrases of one set of rules split into tokens, longest first,
/// indexed by their first letter.
struct VagueTable {
    struct Entry {
        TokenPhrase parts;
        double low;
        double high;
    };
    std::vector<rules::NumberSemantics::VagueAmount> source; ///< the parts view these strings
    std::vector<Entry> entries;
    std::array<std::vector<std::size_t>, 26> by_initial;
    /// Per initial, bit n set when a phrase's first word has n letters
    /// (bit 63: 63 or more).
    std::array<std::uint64_t, 26> first_word_lengths{};

    /// False when no phrase can start at token `i`: no phrase's first word
    /// has its initial and length. Inline, since the scanner asks it at
    /// every token.
    [[nodiscard]] bool may_start_at(const TokenizedText& tokens, std::size_t i) const {
        const Token& t = tokens.token(i);
        if (t.type != TokenType::word) {
            return false;
        }
        char c = tokens.text()[t.start];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (c < 'a' || c > 'z') {
            return false;
        }
        const std::size_t length = std::min<std::size_t>(t.end - t.start, 63);
        return ((first_word_lengths[static_cast<std::size_t>(c - 'a')] >> length) & 1) != 0;
    }
};

/// The table for `semantics`, built once per thread for a given set of
/// phrases, not once per call. Valid until this thread asks for another set.
[[nodiscard]] const VagueTable& vague_table(const rules::NumberSemantics& semantics);

/// A vague amount read at one token: tokens [first, last), the phrase
/// itself starting at `phrase_first`, with any qualifier before it.
struct VagueAmount {
    std::size_t first = 0;
    std::size_t phrase_first = 0;
    std::size_t last = 0;
    double value = 0; ///< the low end
    std::optional<double> low;
    std::optional<double> high;
    model::Qualifier qualifier = model::Qualifier::vague;
};

/// The vague amount whose phrase starts at token `i`, or nullopt. "scores"
/// is one only before "of"; a scale word after it multiplies it ("a few
/// million"); a qualifier before it keeps the bound it states ("at least
/// several hundred" is open above).
[[nodiscard]] std::optional<VagueAmount> read_vague_amount(const TokenizedText& tokens,
                                                           std::size_t i, const VagueTable& table);

} // namespace crosscheck::extract::number
