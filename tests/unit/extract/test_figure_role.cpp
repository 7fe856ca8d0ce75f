#include "host/extract/figure_role.hpp"
#include "tests/unit/extract/phase_fixture.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace crosscheck;
using extract::testing::ReadSentence;

namespace {

struct Row {
    std::string text;
    std::string figure;
    std::string role; ///< to_string(FigureRole)
};

void check_rows(const std::vector<Row>& rows) {
    for (const auto& row : rows) {
        INFO(row.text << " / " << row.figure);
        const ReadSentence s(row.text);
        CHECK(extract::to_string(extract::figure_role(s.words, s.figure(row.figure))) == row.role);
    }
}

} // namespace

TEST_CASE("figure role: a figure glued by a hyphen to the next word modifies it", "[extract]") {
    check_rows({
        {"A 6.1-magnitude quake killed 300 people.", "6.1", "compound"},
        {"A 6.1-magnitude quake killed 300 people.", "300", "count"},
        {"A 2,000-strong force was sent.", "2,000", "compound"},
        {"An 11-truck convoy crossed into Syria.", "11", "compound"},
        {"A 7-metre wave hit the coast.", "7", "compound"},
        // Still counts: a suffix that rounds the count, a spaced dash.
        {"Some 1,000-plus people fled.", "Some 1,000", "count"},
        {"They counted 40 - most of them children.", "40", "count"},
    });
}

TEST_CASE("figure role: a unit of measure after a figure, or a measure word before it",
          "[extract]") {
    check_rows({
        {"The 7.8 magnitude quake killed thousands.", "7.8", "measure"},
        {"A magnitude 7.4 earthquake killed more than 17,000 people.", "7.4", "measure"},
        {"A magnitude 7.4 earthquake killed more than 17,000 people.", "more than 17,000", "count"},
        {"Two quakes measuring 6.4 and 5.8 killed six more people.", "6.4", "measure"},
        {"Two quakes measuring 6.4 and 5.8 killed six more people.", "5.8", "measure"},
        {"Two quakes measuring 6.4 and 5.8 killed six more people.", "six", "count"},
        {"The epicentre lay 26 km from the city.", "26", "measure"},
        {"The boat sank about 50 miles off Pylos.", "about 50", "measure"},
        {"50 people were rescued.", "50", "count"},
    });
}

TEST_CASE("figure role: a currency before or after a figure makes it money", "[extract]") {
    check_rows({
        {"The victims paid $5,000 each.", "5,000", "money"},
        {"An appeal for US$ 71 million for the displaced.", "71 million", "money"},
        {"Families of the dead get Rs 2 lakh each.", "2 lakh", "money"},
        {"It costs 5 million dollars.", "5 million", "money"},
        {"5,000 people were displaced.", "5,000", "count"},
    });
}

TEST_CASE("figure role: an age, stated or set off by commas after a name", "[extract]") {
    check_rows({
        {"A woman aged 65 was rescued.", "65", "age"},
        {"His nephew Ali Sheikhi, 29, is thought to have survived.", "29", "age"},
        {"In Derna, 40 bodies were found.", "40", "count"},
        {"In Syria, 2,600 deaths have been reported.", "2,600", "count"},
        {"The toll rose to 81, officials said.", "81", "count"},
    });
}

TEST_CASE("figure role: a label noun names a thing by its number", "[extract]") {
    check_rows({
        {"Traffic on Route 30 was stopped.", "30", "label"},
        {"They waited at Gate 3 for hours.", "3", "label"},
        {"Flight 370 carried 239 people.", "370", "label"},
        {"Flight 370 carried 239 people.", "239", "count"},
    });
}

TEST_CASE("figure role: a figure heading a noun of things counts them, not people", "[extract]") {
    check_rows({
        {"17 coaches derailed, killing 288 people.", "17", "thing"},
        {"17 coaches derailed, killing 288 people.", "288", "count"},
        {"The toll climbed to 284 across 10 provinces.", "10", "thing"},
        {"The toll climbed to 284 across 10 provinces.", "284", "count"},
        {"Nearly 5,000 people of 96 nationalities were evacuated.", "96", "thing"},
        // Any other noun is left to the keywords: people have many names.
        {"Police detained 45 protesters.", "45", "count"},
        {"125 bodies were recovered.", "125", "count"},
        {"82 Pakistanis died.", "82", "count"},
    });
}

TEST_CASE("figure role: a figure later in a list a label noun opens is a label", "[extract]") {
    const std::string ipc =
        "It was registered under several IPC sections, among them 37 and 38 (on causing hurt and "
        "putting lives in danger), 304A (death caused by negligence) and 34 (common intention).";
    check_rows({
        {ipc, "37", "label"},
        {ipc, "38", "label"},
        {ipc, "34", "label"},
        {"Under sections 153, 154 and 175 of the Act.", "154", "label"},
        {"Under sections 153, 154 and 175 of the Act.", "175", "label"},
        // A list of counts after a label is no label.
        {"On Route 30, 12 people died and 40 were hurt.", "12", "count"},
        {"On Route 30, 12 people died and 40 were hurt.", "40", "count"},
    });
}

TEST_CASE("figure role: a figure in brackets after a name is an age", "[extract]") {
    check_rows({
        {"They cremated Dinesh Yadav (31) of Jharkhand.", "31", "age"},
        {"The toll (31) was revised.", "31", "count"},
        {"They are mostly Syrians (47) and Egyptians (43).", "47", "count"},
        {"Officials said (150) bodies were found.", "150", "count"},
    });
}

// Found by the claims fuzz target: a huge negative figure where an age
// could stand was cast to an integer, undefined behaviour that UBSan reports.
TEST_CASE("figure role: a negative or huge figure where an age could stand is no age",
          "[extract]") {
    for (const std::string figure :
         {"-486666666666666666666666", "486666666666666666666666", "-5"}) {
        for (const std::string& text :
             {"His nephew Ali Sheikhi, " + figure + ", is thought to have survived.",
              "They cremated Dinesh Yadav (" + figure + ") of Jharkhand."}) {
            INFO(text);
            const ReadSentence s(text);
            CHECK(extract::to_string(extract::figure_role(s.words, s.figure(figure))) != "age");
        }
    }
}

TEST_CASE("figure role: a figure between capitalised words is part of a name", "[extract]") {
    check_rows({
        {"He came from South 24 Parganas in West Bengal.", "24", "label"},
        {"Hatay 5,111 dead and 15,613 wounded.", "5,111", "count"},
        {"In Syria 2,600 people died.", "2,600", "count"},
    });
}

TEST_CASE("figure role: one person the story names is no count", "[extract]") {
    check_rows({
        {"One resident, Mohammad al-Dawali, said every family was hit.", "One", "individual"},
        {"One more person had been confirmed dead on Sunday.", "One", "count"},
        {"Two residents, Ali and Omar, said the water rose.", "Two", "count"},
        {"They cremated two victims - Dinesh Yadav and Suresh Ray.", "two", "individual"},
        {"Two survivors: Ali Khan and Omar Aziz.", "Two", "individual"},
        {"They cremated 12 victims - most of them children.", "12", "count"},
        {"Where more than one person claimed a body, DNA was taken.", "more than one", "vague"},
        {"At least one person died.", "At least one", "count"},
    });
}

TEST_CASE("figure role: a noun of things after a modifier or a possessive", "[extract]") {
    check_rows({
        {"A navy frigate and four other ships combed the area.", "four", "thing"},
        {"Rescuers worked at six different sites.", "six", "thing"},
        {"The bodies are kept in six different hospitals.", "six", "thing"},
        {"They came from 96 separate villages.", "96", "thing"},
        {"The failure of two dams caused thousands of deaths.", "two", "thing"},
        {"It asked for DNA results of at least 15 victims' families.", "at least 15", "thing"},
        {"News came a few hours after the search ended.", "a few", "thing"},
        {"It was the worst tragedy for several years.", "several", "thing"},
        {"Three organisations put up the photographs.", "Three", "thing"},
        // People, with or without a modifier.
        {"Four other people died in hospital.", "Four", "count"},
        {"At least 15 victims were buried.", "At least 15", "count"},
        {"The bodies of 12 migrants' children were found.", "12", "count"},
    });
}

TEST_CASE("figure role: what may yet be is a projection, not a count", "[extract]") {
    check_rows({
        {"The mayor says the toll could reach 20,000.", "20,000", "projection"},
        {"The toll is expected to rise to 250.", "250", "projection"},
        {"More than 800,000 people may flee Sudan.", "More than 800,000", "projection"},
        {"He said up to 20,000 people might have died there.", "up to 20,000", "projection"},
        // What was, estimated, and what is.
        {"Up to 700 people may have been on the boat.", "Up to 700", "count"},
        {"As many as 100 children may also have been on the vessel.", "As many as 100", "count"},
        {"The toll rose to 250 on Monday.", "250", "count"},
        {"The other 81 bodies could not be identified.", "81", "count"},
        {"The toll could not be confirmed, but 300 died.", "300", "count"},
    });
}

TEST_CASE("figure role: a figure in page furniture around the article is no claim", "[extract]") {
    check_rows({
        {"3 View gallery", "3", "furniture"},
        {"12 comments", "12", "furniture"},
        {"Share 45", "45", "furniture"},
        {"Comments 7.", "7", "furniture"},
        {"See 20 photos of the flood.", "20", "furniture"},
        // Still counts: the furniture word is not next to the figure, or the
        // line goes on to say something.
        {"3 people were pictured in the gallery.", "3", "count"},
        {"Read how 40 people were rescued.", "40", "count"},
        {"Police shared 12 names of the dead.", "12", "count"},
        {"Comments by 5 officials were reported.", "5", "count"},
    });
}

TEST_CASE("figure role: the size of a change or a gap is a difference, not a count", "[extract]") {
    check_rows({
        {"Deaths rose to 40,689, 47 more than in the count released on Saturday.", "47",
         "difference"},
        {"Deaths rose to 40,689, 47 more than in the count released on Saturday.", "40,689",
         "count"},
        {"The toll jumped by more than 3,000 in a matter of hours.", "more than 3,000",
         "difference"},
        {"The number of displaced went up by 500 overnight.", "500", "difference"},
        {"The figure was 200 fewer than first reported.", "200", "difference"},
        {"That is an increase of 500 since Monday.", "500", "difference"},
        {"Officials reported a further rise of 40 deaths.", "40", "difference"},
        // Still counts: no "than" after "more"; "by" after no change verb.
        {"Two quakes killed six more people.", "six", "count"},
        {"The village was hit by 3 landslides and 40 people died.", "40", "count"},
        {"They were killed by 12 gunmen.", "12", "count"},
        {"More than 3,000 people died.", "More than 3,000", "count"},
    });
}

TEST_CASE("figure role: a capital letter glued to a figure makes it a label", "[extract]") {
    check_rows({
        {"The charges are 304A (death caused by negligence) and 34.", "304", "label"},
        // Still counts: a spaced capital, a lower-case unit-like letter.
        {"Officials said 30 A few were missing.", "30", "count"},
        {"In total 275 died on Friday.", "275", "count"},
    });
}

TEST_CASE("figure role: the size of a sample examined is a thing, not a claim", "[extract]") {
    check_rows({
        {"Of the 830,000 buildings surveyed in the region, 105,000 collapsed.", "830,000", "thing"},
        {"Of the 830,000 buildings surveyed in the region, 105,000 collapsed.", "105,000", "count"},
        {"Of the 1,200 inspected, 300 were unsafe.", "1,200", "thing"},
        {"Some 5,000 buildings were destroyed.", "Some 5,000", "count"},
    });
}
