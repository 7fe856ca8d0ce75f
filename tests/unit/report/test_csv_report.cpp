#include "host/report/csv_report.hpp"
#include "tests/unit/report/sample_report.hpp"

#include <catch2/catch.hpp>

using crosscheck::report::csv_field;
using crosscheck::report::render_csv;

TEST_CASE("csv: RFC 4180 quoting of fields", "[report]") {
    struct Row {
        std::string in;
        std::string out;
    };
    const std::vector<Row> rows = {
        {"plain", "plain"},
        {"", ""},
        {"2,000", "\"2,000\""},
        {"a \"record\"", "\"a \"\"record\"\"\""},
        {"line\nbreak", "\"line\nbreak\""},
        {"cr\rlf", "\"cr\rlf\""},
        {"\"", "\"\"\"\""},
        {"Stepanakert – Khankendi", "Stepanakert – Khankendi"},
    };
    for (const auto& row : rows) {
        INFO(row.in);
        CHECK(csv_field(row.in) == row.out);
    }
}

TEST_CASE("csv: cells that a spreadsheet would run as formulas get a leading quote", "[report]") {
    struct Row {
        std::string in;
        std::string out;
    };
    const std::vector<Row> rows = {
        {"=1+1", "'=1+1"},
        {"+44 20", "'+44 20"},
        {"-5 dead", "'-5 dead"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"\tx", "'\tx"},
        {"=HYPERLINK(\"http://x\",\"a,b\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\""},
        {"1=1", "1=1"},
        {"a-b", "a-b"},
    };
    for (const auto& row : rows) {
        INFO(row.in);
        CHECK(csv_field(row.in) == row.out);
    }
    // Numbers we write ourselves stay numbers.
    CHECK(csv_field("-5", false) == "-5");
}

TEST_CASE("csv: one row per finding and claim, CRLF records, history in one cell", "[report]") {
    const auto csv = render_csv(crosscheck::testing::sample_report());
    // Header + 2 claims of the first finding + 1 of the second.
    std::size_t records = 0;
    for (std::size_t pos = 0; (pos = csv.find("\r\n", pos)) != std::string::npos; pos += 2) {
        ++records;
    }
    CHECK(records == 4);
    CHECK(csv.starts_with("case,finding_id,severity,verdict,status,checker,metric,message,"
                          "claim_id,role,figure,value,low,high,unit,outlet,url,published,as_of,"
                          "attribution,quote,reviewed_by,reviewed_at,review_note,"
                          "review_history,cross_side,other_reasons\r\n"));
    CHECK_THAT(csv, Catch::Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\","));
    CHECK_THAT(csv, Catch::Contains("\"Officials put the toll at 2,000, a \"\"record\"\" | "
                                    "sources\""));
    CHECK_THAT(csv, Catch::Contains("\"2026-11-28T09:59:30Z bob: open\n2026-11-28T10:00:00Z "
                                    "alice: confirmed (Checked with *both* desks, line\nbreak) "
                                    "[given on cccccccccccc]\",no,\"transcription (medium): 2,000 "
                                    "vs 200: the same statement | copied\"\r\n"));
    CHECK_THAT(csv, Catch::Contains(",yes,\r\n")); // the cross-side one, no other reasons
    CHECK_THAT(csv, Catch::Contains(",'-5 is odd,"));
    CHECK_THAT(csv, Catch::Contains(",2000,2000,2000,people,"));
}
