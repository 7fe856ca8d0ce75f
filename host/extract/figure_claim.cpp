#include "host/extract/figure_claim.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace crosscheck::extract {

std::size_t CodePointCursor::at(std::size_t byte) {
    for (; m_byte < byte && m_byte < m_text.size(); ++m_byte) {
        if ((static_cast<unsigned char>(m_text[m_byte]) & 0xC0) != 0x80) {
            ++m_count;
        }
    }
    return m_count;
}

double convert(double value, double factor) {
    if (!std::isfinite(value) || std::fabs(value) > 1e15) {
        return value * factor;
    }
    // A whole number below 1e12 in its own unit has at most 12 significant
    // digits already: the round trip through text would give it back as it
    // is, and it is most figures, so it is not taken.
    if (factor == 1 && value == std::floor(value) && std::fabs(value) < 1e12) {
        return value;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.12g", value * factor);
    return std::strtod(buffer, nullptr);
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += c;
    }
    return out;
}

model::Claim figure_claim(const rules::Metric& metric, double factor, const SentenceWords& words,
                          std::size_t figure, CodePointCursor& code_points, std::string& quote) {
    const number::NumberMention& mention = words.mention_at(figure);
    const Sentence& sentence = words.sentence();
    model::Claim claim;
    claim.metric = metric.name;
    claim.unit = metric.unit;
    claim.value = convert(mention.value, factor);
    if (mention.low) {
        claim.low = convert(*mention.low, factor);
    }
    if (mention.high) {
        claim.high = convert(*mention.high, factor);
    }
    claim.qualifier = mention.qualifier;
    claim.text = mention.text;
    const model::TextSpan span{sentence.start + mention.start, sentence.start + mention.end};
    claim.span = span;
    claim.cp_span = model::TextSpan{code_points.at(span.start), code_points.at(span.end)};
    claim.sentence = model::TextSpan{sentence.start, sentence.end};
    if (quote.empty()) {
        quote = collapse_whitespace(words.text());
    }
    claim.quote = quote;
    return claim;
}

} // namespace crosscheck::extract
