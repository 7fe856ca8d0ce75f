// Phase 7: when a figure held (host/extract/as_of.hpp).

#include "host/extract/as_of.hpp"
#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;
using extract::testing::shipped_rules;

TEST_CASE("as of: the time a sentence names, resolved against publication", "[extract]") {
    struct Row {
        std::string text;
        std::string published;
        std::string as_of; ///< "" = none stated (the publication time stands in)
    };
    // 2023-09-25 was a Monday.
    const std::vector<Row> rows = {
        {"The number rose to 6,650 by Monday evening.", "2023-09-25T21:05:00Z",
         "2023-09-25T19:00:00Z"},
        {"2,906 people had entered as of 8 a.m. on Monday.", "2023-09-25T12:00:00Z",
         "2023-09-25T08:00:00Z"},
        {"28,120 refugees had arrived by Tuesday evening.", "2023-09-28T10:00:00Z",
         "2023-09-26T19:00:00Z"},
        {"13,350 people had crossed by 5 a.m. on Tuesday.", "2023-09-26T07:30:00Z",
         "2023-09-26T05:00:00Z"},
        {"Officials said on Wednesday evening that 13,000 had arrived.", "2023-09-27T19:45:00Z",
         "2023-09-27T19:00:00Z"},
        {"Officials said on Sept. 21 that 200 died.", "2023-09-25T10:00:00Z",
         "2023-09-21T12:00:00Z"},
        {"The toll was 200 yesterday.", "2023-09-25T21:05:00Z", "2023-09-24T12:00:00Z"},
        {"The toll was 200 last night.", "2023-09-25T21:05:00Z", "2023-09-24T22:00:00Z"},
        {"The toll was 200 this morning.", "2023-09-25T21:05:00Z", "2023-09-25T08:00:00Z"},
        {"As of 8 a.m., 200 had died.", "2023-09-25T21:05:00Z", "2023-09-25T08:00:00Z"},
        // Later than publication: clamped to it.
        {"2,906 people had entered as of 8 a.m. on Monday.", "2023-09-25T07:55:00Z",
         "2023-09-25T07:55:00Z"},
        {"The toll was 200 tonight.", "2023-09-25T21:05:00Z", "2023-09-25T21:05:00Z"},
        // The publication day alone, or no time, states none.
        {"At least 200 people were killed, officials said on Monday.", "2023-09-25T16:05:00Z", ""},
        {"At least 200 people were killed.", "2023-09-25T16:05:00Z", ""},
        // A weekday that qualifies something else is no time.
        {"At least 200 people were killed before Wednesday's ceasefire.", "2023-09-28T16:05:00Z",
         ""},
    };
    for (const auto& row : rows) {
        INFO(row.text << " published " << row.published);
        const ReadSentence s(row.text);
        const auto as_of =
            extract::resolve_as_of(s.words.tokens(), s.words.mentions(),
                                   *parse_timestamp(row.published), shipped_rules().time);
        CHECK((as_of ? format_timestamp(*as_of) : std::string()) == row.as_of);
    }
}
