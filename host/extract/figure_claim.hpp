#pragma once
// The last phase: the claim a bound figure makes. Its value and interval
// converted to the metric's unit, its qualifier and text as the scanner
// read them, and where it is stated: byte and code-point spans in the
// source text, and the sentence it is quoted in (whitespace collapsed).
// Scope, attribution and as-of time are the other phases' to fill in; the
// store's fields (id, key, source, rules hash) stay empty.

#include "host/extract/number/mention.hpp"
#include "host/extract/sentence_words.hpp"
#include "host/model/claim.hpp"
#include "host/rules/rule_set.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::extract {

/// Code points before a byte offset of a text, for offsets that only grow:
/// linear over a whole text however many claims it holds.
class CodePointCursor {
public:
    explicit CodePointCursor(std::string_view text) : m_text(text) {}

    /// Code points in bytes [0, `byte`); `byte` must not be below the last asked.
    [[nodiscard]] std::size_t at(std::size_t byte);

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_count = 0;
};

/// `value` times `factor`, rounded to 12 significant digits: 125,000 * 0.001
/// is 125.00000000000001 in binary, and stated figures must compare equal.
[[nodiscard]] double convert(double value, double factor);

/// `text` with each run of whitespace made one space, ends trimmed.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

/// The claim the figure at token `figure` of `words` makes about `metric`,
/// its value converted by `factor`. `quote` is the sentence collapsed,
/// computed here on first use (empty before) so that a sentence without
/// claims costs nothing. `code_points` counts over the whole text.
[[nodiscard]] model::Claim figure_claim(const rules::Metric& metric, double factor,
                                        const SentenceWords& words, std::size_t figure,
                                        CodePointCursor& code_points, std::string& quote);

} // namespace crosscheck::extract
