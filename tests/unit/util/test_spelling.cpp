#include "host/util/spelling.hpp"

#include <catch2/catch.hpp>

using crosscheck::closest_match;
using crosscheck::edit_distance;

TEST_CASE("spelling: edit distance counts insertions, deletions, substitutions", "[util]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("interval_conflit", "interval_conflict") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("spelling: a near miss is suggested, a far one is not", "[util]") {
    const std::vector<std::string> names = {"interval_conflict", "transcription",
                                            "consensus_outlier"};
    CHECK(closest_match("transcripton", names) == "transcription");
    CHECK_FALSE(closest_match("something_else", names).has_value());
    // The word itself is not a suggestion.
    CHECK_FALSE(closest_match("transcription", names).has_value());
}
