// libFuzzer target for the claim extractor with the shipped rules: sentence
// splitting, phrase matching, metric binding, scope, attribution and as-of
// times on any text. No crash, no sanitizer report, and every claim's spans
// inside the text and its interval ordered and finite where bounded.

#include "fuzz/fuzz_input.hpp"
#include "host/extract/claim_extractor.hpp"
#include "host/rules/rules.hpp"

#include <cmath>

using namespace crosscheck;

namespace {

const extract::ClaimExtractor& extractor() {
    static const rules::RuleSet rules = [] {
        auto loaded = rules::effective_extraction_rules();
        if (!loaded) {
            fuzz::violated("the shipped rules do not load");
        }
        return std::move(*loaded);
    }();
    static const extract::ClaimExtractor instance(rules);
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::as_text(data, size);
    if (utf8::first_invalid(text)) {
        return 0; // stored bodies are valid UTF-8
    }
    static const Timestamp published = *parse_timestamp("2023-09-25T21:05:00Z");
    const auto claims = extractor().extract(text, published);
    const auto code_points = utf8::length(text);
    std::size_t previous = 0;
    for (const auto& c : claims) {
        if (!c.span || !c.cp_span || !c.sentence) {
            fuzz::violated("extracted claim without its spans");
        }
        const auto span = *c.span;
        const auto cp = *c.cp_span;
        const auto sentence = *c.sentence;
        if (span.start >= span.end || span.end > text.size() || span.start < previous ||
            sentence.start > span.start || sentence.end < span.end || sentence.end > text.size() ||
            cp.start >= cp.end || cp.end > code_points) {
            fuzz::violated("claim span outside its text or sentence");
        }
        if (!std::isfinite(c.value) || (c.low && !std::isfinite(*c.low)) ||
            (c.high && !std::isfinite(*c.high)) || (c.low && c.high && *c.low > *c.high)) {
            fuzz::violated("claim interval not finite or not ordered");
        }
        if (c.metric.empty() || c.unit.empty() || c.quote.empty() ||
            text.substr(span.start, span.end - span.start) != c.text) {
            fuzz::violated("claim without metric, unit, quote or with text not at its span");
        }
        if (utf8::first_invalid(c.quote) || utf8::first_invalid(c.attribution)) {
            fuzz::violated("claim quote or attribution not valid UTF-8");
        }
        previous = span.start;
    }
    return 0;
}
