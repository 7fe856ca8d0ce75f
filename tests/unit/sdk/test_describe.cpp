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
