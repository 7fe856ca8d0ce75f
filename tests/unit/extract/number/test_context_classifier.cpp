// What a figure's surroundings make of it (host/extract/number/context_classifier.hpp).

#include "host/extract/number/context_classifier.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck::extract::number;

TEST_CASE("number context: years, dates, clock times, durations, phones, versions, list "
          "markers and labels are told from quantities",
          "[extract]") {
    struct Row {
        std::string text;
        std::string figure; ///< where the figure starts
        NumberKind kind;
    };
    const std::vector<Row> rows = {
        {"in 2023 the war", "2023", NumberKind::year},
        {"since 1994, they", "1994", NumberKind::year},
        {"2023 was a hard year", "2023", NumberKind::year},
        {"the 2023 offensive", "2023", NumberKind::year},
        {"2023 people died", "2023", NumberKind::quantity},
        {"$2023 was paid", "2023", NumberKind::quantity},
        {"Sept 21, they", "21", NumberKind::date},
        {"Sept. 21, they", "21", NumberKind::date},
        {"21 September", "21", NumberKind::date},
        {"may 12 people come", "12", NumberKind::quantity}, // "may" lower case is a verb
        {"May 12 was sunny", "12", NumberKind::date},
        {"the 21st of September", "21st", NumberKind::date},
        {"the 21st attack", "21st", NumberKind::ordinal},
        {"at 8 a.m. on", "8", NumberKind::clock_time},
        {"at 8pm", "8", NumberKind::clock_time},
        {"at 8 o'clock", "8", NumberKind::clock_time},
        {"at 30 am", "30", NumberKind::quantity}, // no clock has 30 hours
        {"it lasted 44 days", "44", NumberKind::duration},
        {"a 48-hour truce", "48", NumberKind::duration},
        {"call +1 202 555 0143", "1", NumberKind::phone},
        {"see v2 notes", "2", NumberKind::version},
        {"version 3 is out", "3", NumberKind::version},
        {"1. First item", "1", NumberKind::list_marker},
        {"x\n2) Second item", "2", NumberKind::list_marker},
        {"(3) third", "3", NumberKind::list_marker},
        {"call 555-123-4567 now", "555", NumberKind::phone},
        {"call 1-800-555-0199 now", "1", NumberKind::phone},
        {"a 5-4 vote", "5", NumberKind::quantity}, // two groups are no phone
        {"at Gate 3B", "3", NumberKind::label},
        {"flights from Terminal 2E", "2", NumberKind::label},
        {"Some 30K people fled", "30", NumberKind::quantity}, // the capital opens the sentence
        {"the team (L2) won", "2", NumberKind::label},
        {"an A320 landed", "320", NumberKind::label},
        {"a Core i7 860 chip", "860", NumberKind::label},
        {"F-16 jets", "16", NumberKind::label},
        {"Rs50 a day", "50", NumberKind::quantity}, // a currency code glued is money
        {"12% of voters", "12", NumberKind::quantity},
        {"killed 27 people", "27", NumberKind::quantity},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        std::vector<Token> tokens;
        tokenize(row.text, tokens);
        const TokenizedText t(row.text, tokens);
        const std::size_t at = row.text.find(row.figure);
        std::size_t i = 0;
        while (i < tokens.size() && tokens[i].start < at) {
            ++i;
        }
        const Figure f = FigureParser(t).parse(i);
        REQUIRE(f.valid);
        CHECK(classify_in_context(t, f) == row.kind);
    }
}
