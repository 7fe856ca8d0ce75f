// End-to-end: text that looks like SQL is data. It goes in through every
// source format and every metadata field (title, URL, body, outlet) and
// through claim notes, and comes out byte for byte in `sources`, `claims`
// and `report` JSON, with every table still there. Every query is prepared
// and bound (host/store/database.hpp); this proves it from the outside.

#include "tests/support/process.hpp"
#include "tests/support/store_audit.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace crosscheck::testing;
using nlohmann::json;

namespace {

// One row per way SQL text could break out of a literal or a statement.
const std::vector<std::string> k_payloads = {
    "'); DROP TABLE sources;--",
    "Robert'); DELETE FROM claims WHERE ('1'='1",
    "\" OR 1=1; DROP TABLE findings; --",
    "x' || (SELECT group_concat(name) FROM sqlite_schema) || '",
    "?1 ?2 :name @p $x %s %d \\' \\\" */ /* -- ;",
    "'; PRAGMA writable_schema=1; UPDATE sqlite_schema SET sql=''; --",
    "Ünïcødé '); DROP TABLE cases; -- «ü» 日本",
};

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "sql.db", std::move(args));
}

json run_json(const TempDir& dir, std::vector<std::string> args) {
    const auto r = cc(dir, std::move(args));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

std::string html_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// TOML basic string: escape what TOML requires.
std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "\"";
}

struct Expected {
    std::string url, outlet, title, body_sentence;
};

// Writes one source per format, each carrying `payload` in every field,
// stating `deaths` so that the sources disagree and a check finds it.
std::vector<Expected> write_sources(const TempDir& dir, const std::string& payload,
                                    std::size_t index) {
    std::vector<Expected> out;
    const std::string tag = std::to_string(index);
    const auto sentence = [&](int deaths) {
        return "Officials said " + std::to_string(deaths) +
               " people had been killed in the offensive, a count the ministry called " + payload +
               ".";
    };
    {
        Expected e{"https://md.example/" + tag + "?q=" + payload, "MD " + payload,
                   "Title " + payload, sentence(2000)};
        dir.write("in/" + tag + "/a.md",
                  "+++\noutlet = " + toml_string(e.outlet) + "\nurl = " + toml_string(e.url) +
                      "\npublished = 2023-09-25T08:40:00Z\ntitle = " + toml_string(e.title) +
                      "\nlanguage = \"en\"\n+++\n\n" + e.body_sentence + "\n\n" + payload + "\n");
        out.push_back(e);
    }
    {
        Expected e{"https://jsonl.example/" + tag + "#" + payload, "JSONL " + payload,
                   "Title " + payload, sentence(200)};
        const json line = {
            {"outlet", e.outlet}, {"url", e.url},     {"published", "2023-09-25T09:40:00Z"},
            {"title", e.title},   {"language", "en"}, {"body", e.body_sentence + "\n\n" + payload}};
        dir.write("in/" + tag + "/b.jsonl", line.dump() + "\n");
        out.push_back(e);
    }
    {
        Expected e{"https://html.example/" + tag + "/" + payload, "HTML " + payload,
                   "Title " + payload, sentence(2100)};
        dir.write("in/" + tag + "/c.html",
                  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>" +
                      html_escape(e.title) +
                      "</title>\n<meta property=\"og:site_name\" content=\"" +
                      html_escape(e.outlet) + "\">\n<meta property=\"og:url\" content=\"" +
                      html_escape(e.url) +
                      "\">\n<meta property=\"article:published_time\" "
                      "content=\"2023-09-25T10:40:00Z\">\n</head><body><article><p>" +
                      html_escape(e.body_sentence) + "</p><p>" + html_escape(payload) +
                      "</p></article></body></html>\n");
        out.push_back(e);
    }
    return out;
}

} // namespace

// Whether `quote` is taken unchanged from `sentence`, as a reader renders
// it: a Markdown source's backslash escapes (\') and emphasis markers (*/ /*)
// are markup, not text, so both are compared without '\\' and '*'.
static bool quoted_from(std::string sentence, std::string quote) {
    std::erase_if(sentence, [](char c) { return c == '\\' || c == '*'; });
    std::erase_if(quote, [](char c) { return c == '\\' || c == '*'; });
    return sentence.find(quote) != std::string::npos;
}

TEST_CASE("sql text: SQL-looking titles, URLs, bodies and outlets come out unchanged",
          "[e2e][store][sql]") {
    TempDir dir;
    std::vector<Expected> expected;
    for (std::size_t i = 0; i < k_payloads.size(); ++i) {
        for (auto& e : write_sources(dir, k_payloads[i], i)) {
            expected.push_back(std::move(e));
        }
    }
    // A .txt source whose metadata all comes from the command line.
    const std::string& evil = k_payloads[0];
    dir.write("txt/evil.txt",
              "Officials said 20 people had been killed in the offensive, " + evil + ".\n");
    {
        const auto r = cc(dir, {"ingest", "--case", "sql", (dir / "in").string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::Contains(std::to_string(expected.size()) + " new"));
    }
    {
        const auto r =
            cc(dir, {"ingest", "--case", "sql", "--outlet", "TXT " + evil, "--url",
                     "https://txt.example/" + evil, "--title", "Title " + evil, "--published",
                     "2023-09-25T11:40:00Z", (dir / "txt" / "evil.txt").string()});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        expected.push_back(
            {"https://txt.example/" + evil, "TXT " + evil, "Title " + evil,
             "Officials said 20 people had been killed in the offensive, " + evil + "."});
    }

    // sources: every field as it went in.
    const json sources = run_json(dir, {"sources", "--case", "sql", "--format", "json"});
    REQUIRE(sources["sources"].size() == expected.size());
    for (const auto& e : expected) {
        INFO(e.url);
        const auto it = std::find_if(sources["sources"].begin(), sources["sources"].end(),
                                     [&](const json& s) { return s["url"] == e.url; });
        REQUIRE(it != sources["sources"].end());
        CHECK((*it)["outlet"] == e.outlet);
        CHECK((*it)["title"] == e.title);
    }

    // Re-ingesting the same text is a no-op: the content hash of SQL-looking
    // text is as stable as any other.
    {
        const auto r = cc(dir, {"ingest", "--case", "sql", (dir / "in").string()});
        REQUIRE(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::Contains("0 new, 0 updated, " +
                                          std::to_string(expected.size() - 1) + " unchanged"));
    }

    // check, then claims and report: quotes, outlets and URLs unchanged.
    {
        const auto r = cc(dir, {"check", "--case", "sql"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
    const json claims = run_json(dir, {"claims", "--case", "sql", "--format", "json"});
    for (const auto& e : expected) {
        INFO(e.body_sentence);
        // The quote is the sentence, or the part of it before a '?' of the
        // payload that the sentence splitter takes for a sentence end: text
        // from the body either way, unchanged.
        const auto it = std::find_if(claims["claims"].begin(), claims["claims"].end(),
                                     [&](const json& c) { return c["source"]["url"] == e.url; });
        REQUIRE(it != claims["claims"].end());
        CHECK((*it)["source"]["outlet"] == e.outlet);
        const auto quote = (*it)["quote"].get<std::string>();
        CHECK(quote.size() > 20);
        INFO("quote: " << quote);
        CHECK(quoted_from(e.body_sentence, quote));
    }
    const json report = run_json(dir, {"report", "--case", "sql", "--format", "json"});
    REQUIRE(report["findings"].size() > 0);
    std::size_t seen = 0;
    for (const auto& finding : report["findings"]) {
        for (const auto& claim : finding["claims"]) {
            const auto it = std::find_if(expected.begin(), expected.end(), [&](const Expected& e) {
                return claim["source"]["url"] == e.url;
            });
            REQUIRE(it != expected.end());
            CHECK(claim["source"]["outlet"] == it->outlet);
            INFO("sentence: " << it->body_sentence);
            INFO("quote: " << claim["quote"].get<std::string>());
            CHECK(quoted_from(it->body_sentence, claim["quote"].get<std::string>()));
            ++seen;
        }
    }
    CHECK(seen > 0);

    const StoreAudit audit = audit_store(dir / "sql.db", dir / "audit");
    INFO(audit.report());
    CHECK(audit.ok());
    CHECK(audit.sources == static_cast<std::int64_t>(expected.size()));
}

TEST_CASE("sql text: SQL-looking claim notes come out unchanged", "[e2e][store][sql]") {
    TempDir dir;
    dir.write("a.md", "+++\noutlet = \"Atlas\"\nurl = \"https://atlas.example/a\"\npublished = "
                      "2023-09-25T08:40:00Z\n+++\n\nOfficials said 200 people had been killed in "
                      "the offensive.\n");
    REQUIRE(cc(dir, {"ingest", "--case", "sql", (dir / "a.md").string()}).exit_code == 0);
    for (const auto& payload : k_payloads) {
        INFO(payload);
        const auto added =
            cc(dir, {"claims", "add", "--case", "sql", "--source", "https://atlas.example/a",
                     "--metric", "deaths", "--value", "210", "--text", payload, "--quote", payload,
                     "--note", payload});
        INFO(added.err);
        REQUIRE(added.exit_code == 0);
    }
    json claims = run_json(dir, {"claims", "--case", "sql", "--format", "json"});
    std::vector<std::int64_t> manual;
    for (const auto& payload : k_payloads) {
        INFO(payload);
        const auto it = std::find_if(claims["claims"].begin(), claims["claims"].end(),
                                     [&](const json& c) { return c["note"] == payload; });
        REQUIRE(it != claims["claims"].end());
        CHECK((*it)["text"] == payload);
        CHECK((*it)["quote"] == payload);
        manual.push_back((*it)["id"].get<std::int64_t>());
    }

    // A rejection note on an extracted claim survives re-extraction intact.
    const auto extracted =
        std::find_if(claims["claims"].begin(), claims["claims"].end(),
                     [&](const json& c) { return c["note"] == "" && c["value"] == 200; });
    REQUIRE(extracted != claims["claims"].end());
    const auto id = std::to_string((*extracted)["id"].get<std::int64_t>());
    const auto rejected = cc(dir, {"claims", "reject", id, "--note", k_payloads[1]});
    INFO(rejected.err);
    REQUIRE(rejected.exit_code == 0);
    REQUIRE(cc(dir, {"check", "--case", "sql"}).exit_code == 0);
    claims = run_json(dir, {"claims", "--case", "sql", "--format", "json", "--all"});
    const auto after = std::find_if(claims["claims"].begin(), claims["claims"].end(),
                                    [&](const json& c) { return c["value"] == 200; });
    REQUIRE(after != claims["claims"].end());
    CHECK((*after)["status"] == "rejected");
    CHECK((*after)["note"] == k_payloads[1]);

    const StoreAudit audit = audit_store(dir / "sql.db", dir / "audit");
    INFO(audit.report());
    CHECK(audit.ok());
    CHECK(audit.sources == 1);
}

TEST_CASE("sql text: a case name that looks like SQL is refused before any query",
          "[e2e][store][sql]") {
    TempDir dir;
    const auto path =
        dir.write("a.md", "+++\nurl = \"https://a.example/\"\npublished = 2023-09-25T08:40:00Z\n"
                          "+++\n\nText.\n");
    const auto r = cc(dir, {"ingest", "--case", "x'); DROP TABLE cases;--", path.string()});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("invalid case name 'x'); DROP TABLE cases;--'"));
    // Nothing was created for it.
    const auto cases = cc(dir, {"cases"});
    CHECK(cases.exit_code == 0);
    CHECK_THAT(cases.out, !Catch::Contains("DROP"));
}
