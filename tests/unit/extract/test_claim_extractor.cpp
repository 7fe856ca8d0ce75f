#include "host/extract/claim_extractor.hpp"
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace crosscheck;
using model::Claim;

namespace {

const rules::RuleSet& default_rules() {
    static const rules::RuleSet rules = [] {
        auto loaded = rules::effective_extraction_rules();
        if (!loaded) {
            FAIL(loaded.error().to_string());
        }
        return std::move(*loaded);
    }();
    return rules;
}

std::vector<Claim> claims_of(std::string_view text,
                             std::string_view published = "2023-09-25T21:05:00Z") {
    static const extract::ClaimExtractor extractor(default_rules());
    return extractor.extract(text, *parse_timestamp(published));
}

using MetricValue = std::pair<std::string, double>;

std::vector<MetricValue> metric_values(const std::vector<Claim>& claims) {
    std::vector<MetricValue> out;
    for (const auto& c : claims) {
        out.emplace_back(c.metric, c.value);
    }
    return out;
}

} // namespace

TEST_CASE("claims: news phrasings bind figures to the right metric", "[extract]") {
    struct Row {
        std::string text;
        std::vector<MetricValue> expected;
    };
    const std::vector<Row> rows = {
        {"At least 12 people were killed and 30 wounded in the attack, officials said.",
         {{"deaths", 12}, {"injuries", 30}}},
        {"The shelling killed at least 27 people.", {{"deaths", 27}}},
        {"The death toll rose to 45 on Tuesday.", {{"deaths", 45}}},
        {"Officials now put the death toll at 2,000, with 400 people injured.",
         {{"deaths", 2000}, {"injuries", 400}}},
        {"Armenia has reported more than 200 deaths and 400 injuries.",
         {{"deaths", 200}, {"injuries", 400}}},
        {"Rescuers said 17 people remain missing.", {{"missing", 17}}},
        {"More than 5,000 refugees crossed the border overnight.", {{"refugees", 5000}}},
        {"2,906 people had entered the country from the region.", {{"refugees", 2906}}},
        {"By morning 2,900 people had crossed into Armenia.", {{"refugees", 2900}}},
        {"The quake left 1,200 dead and 3,400 injured.", {{"deaths", 1200}, {"injuries", 3400}}},
        {"Fighters surrendered 1,200 weapons and 130,000 rounds of ammunition.",
         {{"weapons_surrendered", 1200}, {"ammunition", 130000}}},
        {"Militants handed in 300 rifles and 45 armoured vehicles.",
         {{"weapons_surrendered", 300}, {"armoured_vehicles", 45}}},
        {"They had so far surrendered 12,000 weapons and 130,000 units of ammunition.",
         {{"weapons_surrendered", 12000}, {"ammunition", 130000}}},
        {"A convoy delivered 2,500 kg of flour.", {{"food_aid", 2.5}}},
        {"125,000 kilograms of food and 65 tonnes of fuel were brought in.",
         {{"food_aid", 125}, {"fuel", 65}}},
        {"The hospital received 40 metric tons of medical supplies.", {{"aid", 40}}},
        {"The town, home to 15,000 residents, was shelled.", {{"population", 15000}}},
        {"The region's population of about 120,000 people is leaving.", {{"population", 120000}}},
        {"The region is home to some 120,000 ethnic Armenians.", {{"population", 120000}}},
        {"The ministry said 1,500 people were evacuated.", {{"displaced", 1500}}},
        // A vague amount is no claim unless the rules ask for it (below).
        {"Dozens of people were injured.", {}},
        {"Hundreds of people have died and thousands have been wounded.", {}},
        // A share is no count.
        {"A quarter of the city was wiped out and more than half of the dead were children.", {}},
        {"More than 100,000 refugees have arrived, putting the exact figure at 100,417.",
         {{"refugees", 100000}, {"refugees", 100417}}},
        // Not claims: no metric, or not a quantity.
        {"Officials met at 10 a.m. to discuss the plan.", {}},
        {"The war of 2020 lasted 44 days.", {}},
        {"Fuel prices rose 12% this week.", {}},
        {"He scored 3 goals in 2019.", {}},
        {"Some 65 trucks of fuel waited at the border.", {}}, // fuel needs a tonnage
        {"Page views: 1,234,567", {}},
        {"Peacekeepers sheltered several thousand civilians at their base.", {}},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        CHECK(metric_values(claims_of(row.text)) == row.expected);
    }
}

TEST_CASE("claims: a vague amount is a claim with its interval when the rules ask for it",
          "[extract]") {
    rules::RuleSet with_vague = default_rules();
    with_vague.numbers.vague_claims = true;
    const extract::ClaimExtractor extractor(with_vague);
    const auto c = extractor.extract("Dozens of people were injured.",
                                     *parse_timestamp("2023-09-25T21:05:00Z"));
    REQUIRE(c.size() == 1);
    CHECK(c[0].metric == "injuries");
    CHECK(c[0].value == 24);
    CHECK(c[0].high == 99);
    CHECK(c[0].qualifier == model::Qualifier::vague);
}

TEST_CASE("claims: qualifiers become intervals in the metric's unit", "[extract]") {
    const auto claims = claims_of("More than 2,900 people crossed into Armenia, and about "
                                  "125,000 kilograms of food arrived.");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].qualifier == model::Qualifier::more_than);
    CHECK(claims[0].low == 2900);
    // Open above unless the rules close "more than N" at N * factor.
    const double factor = default_rules().numbers.open_upper_factor;
    if (factor == 0) {
        CHECK_FALSE(claims[0].high.has_value());
    } else {
        CHECK(claims[0].high == 2900 * factor);
    }
    CHECK(claims[0].unit == "people");
    CHECK(claims[1].metric == "food_aid");
    CHECK(claims[1].unit == "tonnes");
    CHECK(claims[1].value == 125);
    REQUIRE(claims[1].low.has_value());
    CHECK(*claims[1].low == Approx(112.5));
    CHECK(*claims[1].high == Approx(137.5));
}

TEST_CASE("claims: attribution is the speaker, normalised, and carried to 'he said'", "[extract]") {
    struct Row {
        std::string text;
        std::string attribution;
    };
    const std::vector<Row> rows = {
        {"Armenia's government said 2,906 people had entered the country.", "Armenian government"},
        {"Some 13,000 refugees have now reached Armenia, the Armenian government said.",
         "Armenian government"},
        {"The toll rose to 45, according to Russian peacekeepers.", "Russian peacekeepers"},
        {"Artsakh's ombudsman said 27 people had been killed.", "Karabakh ombudsman"},
        {"Russian peacekeepers in Nagorno-Karabakh said 1,200 weapons were handed over.",
         "Russian peacekeepers"},
        {"Azerbaijan's defence ministry said 192 servicemen had been killed.",
         "Azerbaijani defence ministry"},
        {"Local doctors said 30 people were wounded.", "local doctors"},
        {"At least 30 people were wounded.", ""},
    };
    for (const auto& row : rows) {
        INFO(row.text);
        const auto claims = claims_of(row.text);
        REQUIRE(claims.size() == 1);
        CHECK(claims[0].attribution == row.attribution);
    }

    const auto carried = claims_of("At least 200 people were killed, Karabakh's ombudsman said. "
                                   "Ten of the dead were civilians, he said.\n\n"
                                   "Later, 5 people died, he said.");
    REQUIRE(carried.size() == 3);
    CHECK(carried[1].attribution == "Karabakh ombudsman");
    CHECK(carried[2].attribution == ""); // a new paragraph forgets the speaker
}

TEST_CASE("claims: scope separates subjects, subsets, events and periods", "[extract]") {
    auto c = claims_of("Azerbaijan's defence ministry said 192 of its servicemen had been killed "
                       "and 511 wounded.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].scope.subject == "azerbaijani_forces");
    CHECK(c[1].scope.subject == "azerbaijani_forces");

    // "its servicemen" said by another party is not Azerbaijan's.
    c = claims_of("Armenia's defence ministry said 30 of its servicemen had been killed.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].scope.subject == "armenian_forces");

    c = claims_of("At least 200 people were killed. Ten of the dead were civilians.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].scope.subject.empty());
    CHECK_FALSE(c[0].scope.subset);
    CHECK(c[1].scope.subset);
    CHECK(c[1].scope.subject == "civilians"); // the subset is said once, by `subset`

    c = claims_of("A fuel depot explosion on Monday night injured more than 200 people.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].metric == "injuries");
    CHECK(c[0].scope.event == "explosion");

    c = claims_of("Between 1988 and 1994, the first war killed 30,000 people and "
                  "displaced more than a million.");
    REQUIRE(c.size() == 2);
    CHECK(c[0].scope.period == "1988-1994");
    CHECK(c[1].metric == "displaced");
    CHECK(c[1].scope.period == "1988-1994");

    c = claims_of("The first war killed 30,000 people.");
    REQUIRE(c.size() == 1);
    CHECK(c[0].scope.period == "1988-1994");

    c = claims_of("The 2023 offensive killed 200 people.", "2023-09-25T21:05:00Z");
    REQUIRE(c.size() == 1);
    CHECK(c[0].scope.period.empty()); // the publication's own year is the present
}

TEST_CASE("claims: as-of times resolve against the publication time", "[extract]") {
    struct Row {
        std::string text;
        std::string published;
        std::string as_of;
        bool stated;
    };
    // 2023-09-25 was a Monday.
    const std::vector<Row> rows = {
        {"The number of refugees rose to 6,650 by Monday evening.", "2023-09-25T21:05:00Z",
         "2023-09-25T19:00:00Z", true},
        {"2,906 people had entered the country as of 8 a.m. on Monday.", "2023-09-25T12:00:00Z",
         "2023-09-25T08:00:00Z", true},
        {"28,120 refugees had arrived by Tuesday evening.", "2023-09-28T10:00:00Z",
         "2023-09-26T19:00:00Z", true},
        {"13,350 people had crossed into Armenia by 5 a.m. on Tuesday.", "2023-09-26T07:30:00Z",
         "2023-09-26T05:00:00Z", true},
        {"Some 13,000 refugees have reached Armenia, officials said on Wednesday evening.",
         "2023-09-27T19:45:00Z", "2023-09-27T19:00:00Z", true},
        // A time after publication is clamped to it.
        {"2,906 people had entered the country as of 8 a.m. on Monday.", "2023-09-25T07:55:00Z",
         "2023-09-25T07:55:00Z", true},
        // The publication day alone, or no time: the publication time.
        {"At least 200 people were killed, officials said on Monday.", "2023-09-25T16:05:00Z",
         "2023-09-25T16:05:00Z", false},
        {"At least 200 people were killed.", "2023-09-25T16:05:00Z", "2023-09-25T16:05:00Z", false},
        // "Wednesday's ceasefire" names an event, not the figure's time.
        {"At least 200 people were killed before Wednesday's ceasefire.", "2023-09-28T16:05:00Z",
         "2023-09-28T16:05:00Z", false},
    };
    for (const auto& row : rows) {
        INFO(row.text << " published " << row.published);
        const auto c = claims_of(row.text, row.published);
        REQUIRE(c.size() == 1);
        CHECK(c[0].as_of.iso == row.as_of);
        CHECK(c[0].as_of_stated == row.stated);
    }
}

TEST_CASE("claims: provenance gives byte and code-point spans and the sentence", "[extract]") {
    const std::string text = "Première ligne.\n\nÉmile said 12 people were killed. Next one.";
    const auto c = claims_of(text);
    REQUIRE(c.size() == 1);
    REQUIRE(c[0].span.has_value());
    REQUIRE(c[0].cp_span.has_value());
    REQUIRE(c[0].sentence.has_value());
    const auto span = *c[0].span;
    CHECK(text.substr(span.start, span.end - span.start) == "12");
    CHECK(c[0].text == "12");
    // "Première ligne.\n\nÉmile said " has two two-byte letters.
    CHECK(c[0].cp_span->start == span.start - 2);
    CHECK(c[0].cp_span->end == span.end - 2);
    CHECK(c[0].quote == "Émile said 12 people were killed.");
    const auto sentence = *c[0].sentence;
    CHECK(text.substr(sentence.start, sentence.end - sentence.start) == c[0].quote);
}

TEST_CASE("claims: a metric added in TOML works without recompiling", "[extract]") {
    auto texts = rules::read_effective_rule_files();
    REQUIRE(texts);
    texts->push_back({"extra.toml", R"([metrics.detained]
description = "people detained"
unit = "people"
keywords = ["detained", "arrested"]
)"});
    const auto rules = rules::extraction_rules(*texts);
    REQUIRE(rules);
    const extract::ClaimExtractor extractor(*rules);
    const auto c = extractor.extract("Police detained 45 protesters and 3 people were killed.",
                                     *parse_timestamp("2023-09-25T10:00:00Z"));
    CHECK(metric_values(c) == std::vector<MetricValue>{{"detained", 45}, {"deaths", 3}});
}

TEST_CASE("claims: bad input never crashes", "[extract]") {
    std::string big(200000, 'x');
    big += " 12 people were killed.";
    CHECK(claims_of(big).size() == 1);
    CHECK_NOTHROW(claims_of("\xff\xfe 12 \xc3 killed \x80."));
    CHECK_NOTHROW(claims_of(std::string(5000, '9') + " killed"));
    CHECK_NOTHROW(claims_of("1,2,3,4 killed; more than more than about 5 dead"));
    CHECK(claims_of("").empty());
}
