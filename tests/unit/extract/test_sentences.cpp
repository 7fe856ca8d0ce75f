#include "host/extract/sentence_splitter.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::extract;

namespace {

std::vector<std::string> sentences_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& s : split_sentences(text)) {
        out.emplace_back(text.substr(s.start, s.end - s.start));
    }
    return out;
}

} // namespace

TEST_CASE("sentences: abbreviations, decimals and initials do not end a sentence", "[extract]") {
    struct Row {
        std::string text;
        std::vector<std::string> expected;
    };
    const std::vector<Row> rows = {
        {"2,906 people had entered as of 8 a.m. on Monday. Most were women.",
         {"2,906 people had entered as of 8 a.m. on Monday.", "Most were women."}},
        {"It happened at 8 a.m. Monday in the capital. Then it stopped.",
         {"It happened at 8 a.m. Monday in the capital.", "Then it stopped."}},
        {"The count rose by 5 p.m. Officials said more would come.",
         {"The count rose by 5 p.m.", "Officials said more would come."}},
        {"The talks began on Sept. 19 in Baku. They ended.",
         {"The talks began on Sept. 19 in Baku.", "They ended."}},
        {"U.S. officials said 1.5 million people fled. The U.N. agreed.",
         {"U.S. officials said 1.5 million people fled.", "The U.N. agreed."}},
        {"Aid reached the U.S. The president spoke.",
         {"Aid reached the U.S.", "The president spoke."}},
        {"Mr. Aliyev met Dr. Smith and Gen. Ivanov. Nothing was agreed.",
         {"Mr. Aliyev met Dr. Smith and Gen. Ivanov.", "Nothing was agreed."}},
        {"The report by J. R. Smith counted 200 dead. It was disputed.",
         {"The report by J. R. Smith counted 200 dead.", "It was disputed."}},
        {"Is it over? \"Yes,\" he said. Really!", {"Is it over?", "\"Yes,\" he said.", "Really!"}},
        {"He said: \"We counted 27.\" Others disagreed.",
         {"He said: \"We counted 27.\"", "Others disagreed."}},
        {"No full stop at the end", {"No full stop at the end"}},
        {"", {}},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(sentences_of(row.text) == row.expected);
    }
}

TEST_CASE("sentences: blank lines end sentences and paragraphs", "[extract]") {
    const std::string text = "Headline without a stop\n\nFirst one. Second one.\n\n\n  Third one.";
    const auto s = split_sentences(text);
    REQUIRE(s.size() == 4);
    CHECK(s[0].paragraph == 0);
    CHECK(s[1].paragraph == 1);
    CHECK(s[2].paragraph == 1);
    CHECK(s[3].paragraph == 2);
    CHECK(text.substr(s[3].start, s[3].end - s[3].start) == "Third one.");
}

TEST_CASE("sentences: a single newline inside a paragraph does not split", "[extract]") {
    CHECK(sentences_of("The toll rose\nto 200 on Monday. Next.") ==
          std::vector<std::string>{"The toll rose\nto 200 on Monday.", "Next."});
}

TEST_CASE("sentences: any bytes are accepted", "[extract]") {
    const std::string text = "Bad \xff\xfe bytes. More \xc3 here.\n\n\x80";
    const auto s = split_sentences(text);
    CHECK(s.size() == 3);
    for (const auto& x : s) {
        CHECK(x.start < x.end);
        CHECK(x.end <= text.size());
    }
}
