// What bounds extraction on hostile text: the sentence length cap and the
// claim count at which `ClaimExtractor::extract` stops.

#include "host/extract/claim_extractor.hpp"
#include "host/extract/sentence_splitter.hpp"
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace crosscheck;

namespace {

const extract::ClaimExtractor& extractor() {
    static const rules::RuleSet rules = [] {
        auto loaded = rules::effective_extraction_rules();
        if (!loaded) {
            FAIL(loaded.error().to_string());
        }
        return std::move(*loaded);
    }();
    static const extract::ClaimExtractor instance(rules);
    return instance;
}

const Timestamp k_published = *parse_timestamp("2023-09-25T21:05:00Z");

} // namespace

TEST_CASE("sentences: text without sentence ends is cut at whitespace past the cap", "[extract]") {
    std::string text;
    while (text.size() < 3 * extract::k_max_sentence_bytes) {
        text += "five people were killed and ";
    }
    const auto sentences = extract::split_sentences(text);
    REQUIRE(sentences.size() >= 3);
    std::size_t previous_end = 0;
    for (const auto& s : sentences) {
        CHECK(s.end - s.start <= extract::k_max_sentence_bytes + 16);
        CHECK(s.start >= previous_end);
        CHECK(text[s.start] != ' '); // cut at a space, never inside a word
        previous_end = s.end;
    }
    // Single line breaks (a list, a table dump) are cut the same way.
    std::string lines;
    while (lines.size() < 3 * extract::k_max_sentence_bytes) {
        lines += "12\nkilled\n";
    }
    const auto cut = extract::split_sentences(lines);
    REQUIRE(cut.size() >= 3);
    for (const auto& s : cut) {
        CHECK(s.end - s.start <= extract::k_max_sentence_bytes + 16);
    }
    // Ordinary sentences are untouched by the cap.
    const auto two = extract::split_sentences("At least 200 were killed. 400 were wounded.");
    CHECK(two.size() == 2);
}

TEST_CASE("claims: extraction stops at max_claims", "[extract]") {
    std::string text;
    for (int i = 1; i <= 50; ++i) {
        text += "Officials said " + std::to_string(i) + " people were killed. ";
    }
    const auto all = extractor().extract(text, k_published);
    REQUIRE(all.size() == 50);
    const auto first = extractor().extract(text, k_published, 11);
    REQUIRE(first.size() == 11);
    CHECK(first.back().value == 11);
    REQUIRE(first.back().span.has_value());
    CHECK(first.back().span->start == all[10].span->start);
    CHECK(extractor().extract(text, k_published, 0).empty());
}
