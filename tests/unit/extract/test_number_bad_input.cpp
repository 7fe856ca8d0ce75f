// The number scanner on hostile input: it must not crash, overflow or hang,
// and each case has a defined result.

#include "host/extract/number/scanner.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using crosscheck::extract::number::find_numbers;
using crosscheck::extract::number::NumberKind;
using crosscheck::model::Qualifier;

TEST_CASE("numbers: invalid UTF-8 is skipped, figures around it are kept", "[extract]") {
    const std::string text = "\xff\xfe 27 \xc3 killed \xe2\x80 and 1,200 \xed\xa0\x80 wounded \xf4";
    const auto ms = find_numbers(text);
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].value == 27);
    CHECK(ms[1].value == 1200);
    CHECK(ms[1].text == "1,200");
}

TEST_CASE("numbers: a 10 MB line is scanned whole", "[extract]") {
    std::string text;
    const std::string sentence = "Officials said at least 27 people were killed and 1,200 fled. ";
    while (text.size() < 10u * 1024 * 1024) {
        text += sentence;
    }
    const auto ms = find_numbers(text);
    const std::size_t sentences = text.size() / sentence.size();
    REQUIRE(ms.size() == 2 * sentences);
    CHECK(ms.back().value == 1200);
    CHECK(ms.back().end <= text.size());
}

TEST_CASE("numbers: a 10,000-digit number is skipped, not read as infinity", "[extract]") {
    const std::string digits(10000, '7');
    const auto ms = find_numbers("before " + digits + " after 12");
    // The overflowing literal has no finite value: it is not a mention.
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].value == 12);
    // With thousands separators, too.
    std::string grouped = "1";
    for (int i = 0; i < 3000; ++i) {
        grouped += ",000";
    }
    for (const auto& m : find_numbers(grouped)) {
        CHECK(std::isfinite(m.value));
    }
}

TEST_CASE("numbers: exponents past a double's range are skipped", "[extract]") {
    CHECK(find_numbers("1e309").empty());
    CHECK(find_numbers("1e-400").empty());
    const auto ok = find_numbers("1e308");
    REQUIRE(ok.size() == 1);
    CHECK(ok[0].value == 1e308);
    const auto small = find_numbers("-12e-1");
    REQUIRE(small.size() == 1);
    CHECK(small[0].value == Approx(-1.2));
}

TEST_CASE("numbers: '1,2,3,4' is a list of four numbers", "[extract]") {
    const auto ms = find_numbers("1,2,3,4");
    REQUIRE(ms.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(ms[i].value == static_cast<double>(i + 1));
        CHECK(ms[i].qualifier == Qualifier::none);
    }
    // A long list stays linear and keeps every item.
    std::string list = "0";
    for (int i = 1; i < 20000; ++i) {
        list += "," + std::to_string(i % 10);
    }
    CHECK(find_numbers(list).size() == 20000);
}

TEST_CASE("numbers: stacked qualifiers take the one nearest the figure", "[extract]") {
    const auto ms = find_numbers("about more than 200 people");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].text == "about more than 200");
    CHECK(ms[0].qualifier == Qualifier::more_than);
    CHECK(ms[0].low == 200);
    CHECK_FALSE(ms[0].high.has_value());
    const auto nearly = find_numbers("at least nearly 100");
    REQUIRE(nearly.size() == 1);
    CHECK(nearly[0].qualifier == Qualifier::nearly);
    CHECK(nearly[0].text == "at least nearly 100");
}

TEST_CASE("numbers: degenerate input", "[extract]") {
    CHECK(find_numbers("").empty());
    CHECK(find_numbers(std::string(1, '\0')).empty());
    CHECK(find_numbers("-").empty());
    CHECK(find_numbers("and and and a a an").empty());
    CHECK(find_numbers(std::string(100000, '-')).empty());
    const auto words = find_numbers("one one one one");
    CHECK(words.size() == 4);
    // Symbols only, every byte value once.
    std::string bytes;
    for (int c = 1; c < 256; ++c) {
        bytes.push_back(static_cast<char>(c));
    }
    const auto ms = find_numbers(bytes);
    for (const auto& m : ms) {
        CHECK(m.end <= bytes.size());
        CHECK(m.start < m.end);
    }
}
