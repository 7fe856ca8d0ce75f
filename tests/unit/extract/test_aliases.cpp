// Names of the same place or actor (host/extract/aliases.hpp).

#include "host/extract/aliases.hpp"
#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;

TEST_CASE("aliases: canonical names replace aliases as whole words", "[extract]") {
    struct Row {
        std::string words; ///< normalised
        std::string canonical;
    };
    const std::vector<Row> rows = {
        {"artsakh 's ombudsman", "karabakh 's ombudsman"},
        {"nagorno-karabakh", "karabakh"},
        {"upper karabakh officials", "karabakh officials"},
        {"the mayor of khankendi", "the mayor of stepanakert"},
        {"artsakhs", "artsakhs"},
        {"karabakh", "karabakh"},
        {"", ""},
    };
    const extract::Aliases aliases(extract::testing::shipped_rules().aliases);
    for (const auto& row : rows) {
        INFO(row.words);
        CHECK(aliases.canonical(row.words) == row.canonical);
    }
}

TEST_CASE("aliases: a phrase naming a canonical name matches its aliases too", "[extract]") {
    struct Row {
        std::string text;
        bool matches;
    };
    const std::vector<Row> rows = {
        {"the karabakh servicemen", true},         {"the artsakh servicemen", true},
        {"the nagorno-karabakh servicemen", true}, {"the upper karabakh servicemen", true},
        {"the armenian servicemen", false},
    };
    const extract::Aliases aliases(extract::testing::shipped_rules().aliases);
    extract::PhraseTable table;
    aliases.add_phrase(table, "Karabakh servicemen", extract::PhraseKind::subject, 7);
    for (const auto& row : rows) {
        INFO(row.text);
        std::string buffer;
        std::vector<extract::Token> tokens;
        extract::tokenize(row.text, {}, buffer, tokens);
        std::vector<extract::PhraseHit> hits;
        table.find_all(tokens, hits);
        CHECK(!hits.empty() == row.matches);
        for (const auto& hit : hits) {
            CHECK(hit.kind == extract::PhraseKind::subject);
            CHECK(hit.index == 7);
        }
    }
}

TEST_CASE("aliases: whole-word containment", "[extract]") {
    struct Row {
        std::string haystack;
        std::string needle;
        bool contains;
    };
    const std::vector<Row> rows = {
        {"armenia 's government", "armenia", true},
        {"armenia 's government", "government", true},
        {"armenia 's government", "armenia 's government", true},
        {"armenian government", "armenia", false},
        {"the ombudsmen", "ombudsman", false},
        {"x ombudsman x", "ombudsman", true},
        {"", "x", false},
    };
    for (const auto& row : rows) {
        INFO(row.haystack << " / " << row.needle);
        CHECK(extract::contains_words(row.haystack, row.needle) == row.contains);
    }
}
