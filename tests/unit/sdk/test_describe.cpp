// describe: the wording every checker's messages share.
#include <crosscheck/describe.hpp>

#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace describe = crosscheck::describe;

TEST_CASE("describe: ratios read as multiples, small ones as percentages", "[sdk]") {
    CHECK(describe::ratio(10.0) == "10x");
    CHECK(describe::ratio(3.0) == "3.0x");
    CHECK(describe::ratio(1.3) == "1.3x");
    CHECK(describe::ratio(1.025) == "2.5%");
    CHECK(describe::ratio(1.0) == "0.0%");
    CHECK(describe::ratio(std::numeric_limits<double>::infinity()) == "no overlap");
    CHECK(describe::ratio(0.0) == "no overlap");
}

TEST_CASE("describe: figures have thousands separators", "[sdk]") {
    CHECK(describe::figure(12000) == "12,000");
    CHECK(describe::figure(2.5) == "2.5");
}

TEST_CASE("describe: NameSample names a few and counts the rest", "[sdk]") {
    const auto sample = [](std::vector<std::string> keys, std::size_t limit) {
        describe::NameSample names(limit);
        int built = 0;
        for (const auto& k : keys) {
            names.add(k, [&] {
                ++built;
                return "<" + k + ">";
            });
        }
        return std::make_pair(names.str(), built);
    };
    CHECK(sample({"A", "B", "A"}, 5) == std::make_pair(std::string("<A> and <B>"), 2));
    CHECK(sample({"A", "B", "C", "D"}, 2) == std::make_pair(std::string("<A>, <B> and 2 more"), 2));
    CHECK(sample({"A", "A", "B", "C"}, 2) == std::make_pair(std::string("<A>, <B> and 1 more"), 2));
    CHECK(sample({}, 3).first.empty());
}

TEST_CASE("describe: a partial NameSample says 'and others', not a count", "[sdk]") {
    describe::NameSample names(2);
    for (const char* k : {"A", "B", "C"}) {
        names.add(k, [&] { return std::string(k); });
    }
    names.mark_partial();
    CHECK(names.str() == "A, B and others");
}

namespace {

// A claim as the host lays it out, with only what FigureSample reads. The
// C struct points into the strings, so it is made where they live (a copy
// of a struct holding both would point into the original's buffers).
struct Stated {
    std::string outlet, text;
    double value;

    crosscheck_claim claim() const {
        crosscheck_claim c{};
        c.struct_size = sizeof(crosscheck_claim);
        c.value = value;
        c.text = {text.c_str(), text.size()};
        c.source.outlet = {outlet.c_str(), outlet.size()};
        c.source.url = {"", 0};
        return c;
    }
};

std::string figures(const std::vector<Stated>& claims, std::size_t limit, bool partial = false) {
    describe::FigureSample sample(limit);
    for (const auto& c : claims) {
        const crosscheck_claim claim = c.claim();
        sample.add(crosscheck::ClaimView(claim));
    }
    if (partial) {
        sample.mark_partial();
    }
    return sample.str();
}

} // namespace

TEST_CASE("describe: FigureSample puts each outlet beside its own figure", "[sdk]") {
    struct Row {
        const char* what;
        std::vector<Stated> claims;
        std::size_t limit;
        const char* expected;
    };
    const Row rows[] = {
        {"one outlet", {{"A", "1,200", 1200}}, 5, "A: 1,200"},
        {"the same figure from two outlets",
         {{"A", "1,200", 1200}, {"B", "1,200", 1200}},
         5,
         "A and B: 1,200"},
        {"different figures: never 'A and B: 310' when B said 29",
         {{"A", "310", 310}, {"B", "29", 29}},
         5,
         "A: 310; B: 29"},
        {"grouped by figure, in the order first met",
         {{"A", "31", 31}, {"B", "29", 29}, {"C", "31", 31}},
         5,
         "A and C: 31; B: 29"},
        {"an outlet with two figures is named with each",
         {{"A", "31", 31}, {"A", "33", 33}},
         5,
         "A: 31; A: 33"},
        {"the same outlet and figure twice counts once",
         {{"A", "31", 31}, {"A", "31", 31}},
         5,
         "A: 31"},
        {"as written: 'some 120,000' and 'about 120,000' differ",
         {{"A", "some 120,000", 120000}, {"B", "about 120,000", 120000}},
         5,
         "A: some 120,000; B: about 120,000"},
        {"without text, the value formatted", {{"A", "", 2500}}, 5, "A: 2,500"},
        {"past the limit, counted",
         {{"A", "1", 1}, {"B", "2", 2}, {"C", "1", 1}, {"D", "3", 3}},
         2,
         "A: 1; B: 2 and 2 more"},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        CHECK(figures(row.claims, row.limit) == row.expected);
    }
    CHECK(figures({{"A", "1", 1}, {"B", "2", 2}}, 5, true) == "A: 1; B: 2 and others");
}
