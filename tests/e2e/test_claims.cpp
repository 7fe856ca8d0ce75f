// End-to-end: `crosscheck claims` on the example corpus, checked against
// examples/karabakh-2023/expected.toml read generically: every figure it
// names is extracted from the right source with the right value, and none of
// its not_a_claim values is. Also: manual claims and rejections survive
// re-extraction under new rules, and a bad rule file is a file:line:col error.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <toml.hpp>

#include <cmath>
#include <filesystem>
#include <set>

using namespace crosscheck::testing;
using nlohmann::json;

namespace {

const std::filesystem::path k_case_dir =
    std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples" / "karabakh-2023";

ProcessResult cc(const TempDir& dir, std::vector<std::string> args) {
    return run_crosscheck_on_db(dir / "test.db", std::move(args));
}

json claims_json(const TempDir& dir, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"claims", "--case", "k", "--format", "json", "--all"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = cc(dir, args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

void ingest_example(const TempDir& dir) {
    const auto r = cc(dir, {"ingest", "--case", "k", (k_case_dir / "sources").string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

// expected.toml's rule: a claim matches {url, value} when its source is
// `url` and its value is within 1% of `value`.
bool matches(const json& claim, const std::string& url, double value) {
    return claim["source"]["url"] == url && claim["status"] == "active" &&
           std::fabs(claim["value"].get<double>() - value) <= 0.01 * std::fabs(value);
}

struct Figure {
    std::string url;
    double value;
    std::string where; // which entry names it
};

double number_of(const toml::value& v) {
    return v.is_integer() ? static_cast<double>(v.as_integer()) : v.as_floating();
}

} // namespace

TEST_CASE("claims: every figure expected.toml names is extracted, no not_a_claim is",
          "[e2e][claims]") {
    TempDir dir;
    ingest_example(dir);
    const json out = claims_json(dir);
    REQUIRE(out["case"] == "k");
    const auto& claims = out["claims"];

    const auto expected = toml::parse((k_case_dir / "expected.toml").string());
    std::vector<Figure> figures;
    for (const char* section : {"must_flag", "must_not_flag"}) {
        for (const auto& entry : toml::find<toml::array>(expected, section)) {
            const std::string id = toml::find<std::string>(entry, "id");
            const auto& a = toml::find(entry, "a");
            figures.push_back(
                {toml::find<std::string>(a, "url"), number_of(toml::find(a, "value")), id + ".a"});
            for (const auto& b : toml::find<toml::array>(entry, "b")) {
                figures.push_back({toml::find<std::string>(b, "url"),
                                   number_of(toml::find(b, "value")), id + ".b"});
            }
        }
    }
    REQUIRE(figures.size() > 20);
    std::size_t found = 0;
    for (const auto& f : figures) {
        bool hit = false;
        for (const auto& c : claims) {
            hit = hit || matches(c, f.url, f.value);
        }
        INFO(f.where << ": " << f.value << " from " << f.url);
        CHECK(hit);
        found += hit ? 1 : 0;
    }
    WARN("expected.toml figures extracted: " << found << "/" << figures.size());

    std::size_t not_claims = 0;
    for (const auto& entry : toml::find<toml::array>(expected, "not_a_claim")) {
        const std::string url = toml::find<std::string>(entry, "url");
        for (const auto& v : toml::find<toml::array>(entry, "values")) {
            const double value = number_of(v);
            ++not_claims;
            for (const auto& c : claims) {
                INFO("not a claim: " << value << " from " << url << " but got " << c.dump());
                CHECK_FALSE(matches(c, url, value));
            }
        }
    }
    REQUIRE(not_claims > 0);
}

TEST_CASE("claims: JSON claim objects carry the contract's fields", "[e2e][claims]") {
    TempDir dir;
    ingest_example(dir);
    const json out = claims_json(dir);
    REQUIRE_FALSE(out["claims"].empty());
    for (const auto& c : out["claims"]) {
        for (const char* key :
             {"id", "metric", "value", "low", "high", "unit", "text", "quote", "as_of", "source",
              "qualifier", "scope", "attribution", "status", "origin", "span"}) {
            INFO(key << " in " << c.dump());
            CHECK(c.contains(key));
        }
        CHECK(c["source"].contains("url"));
        CHECK(c["source"].contains("outlet"));
        CHECK(c["source"].contains("published"));
    }
    // "125,000 kilograms of food" is 125 tonnes.
    bool kilograms = false;
    for (const auto& c : out["claims"]) {
        if (c["metric"] == "food_aid" && c["text"] == "125,000") {
            kilograms = true;
            CHECK(c["value"] == 125);
            CHECK(c["unit"] == "tonnes");
        }
    }
    CHECK(kilograms);
}

TEST_CASE("claims: manual claims and rejections survive re-extraction under new rules",
          "[e2e][claims]") {
    TempDir dir;
    ingest_example(dir);
    json out = claims_json(dir);
    const std::string url = "https://meridian-news.example/2023/09/25/peacekeepers-weapons";
    std::int64_t rejected_id = 0;
    std::string rejected_key;
    for (const auto& c : out["claims"]) {
        if (c["source"]["url"] == url && c["value"] == 12000) {
            rejected_id = c["id"].get<std::int64_t>();
            rejected_key = c["key"].get<std::string>();
        }
    }
    REQUIRE(rejected_id != 0);
    auto r = cc(dir, {"claims", "reject", std::to_string(rejected_id), "--note", "test"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    r = cc(dir, {"claims", "add", "--case", "k", "--source", url, "--metric", "weapons_surrendered",
                 "--value", "1200", "--quote", "corrected by hand"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);

    // New rules: a new metric, so the rules hash changes and every source is
    // extracted again.
    const auto rules = dir.write("extra.toml", R"([metrics.detained]
unit = "people"
keywords = ["detained", "arrested"]
)");
    r = cc(dir, {"claims", "--case", "k", "--rules", rules.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("extracted") != std::string::npos);

    out = claims_json(dir, {"--rules", rules.string()});
    bool saw_rejected = false;
    bool saw_manual = false;
    for (const auto& c : out["claims"]) {
        if (c["key"] == rejected_key) {
            saw_rejected = true;
            CHECK(c["status"] == "rejected");
            CHECK(c["id"] == rejected_id); // row kept, id stable
        }
        if (c["origin"] == "manual") {
            saw_manual = true;
            CHECK(c["value"] == 1200);
            CHECK(c["quote"] == "corrected by hand");
        }
    }
    CHECK(saw_rejected);
    CHECK(saw_manual);

    // Without --all, the rejected claim is not listed.
    r = cc(dir, {"claims", "--case", "k", "--format", "json", "--rules", rules.string()});
    REQUIRE(r.exit_code == 0);
    // Keep the parsed document alive: a range-for over a member of a
    // temporary would read freed memory.
    const json listed = json::parse(r.out);
    for (const auto& c : listed["claims"]) {
        CHECK(c["key"] != rejected_key);
    }
}

TEST_CASE("claims: a bad rule file stops the command with file:line:col", "[e2e][claims]") {
    TempDir dir;
    ingest_example(dir);
    const auto rules = dir.write("bad.toml", "[metrics.deaths]\nkeywrods = [\"slain\"]\n");
    const auto r = cc(dir, {"claims", "--case", "k", "--rules", rules.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("bad.toml:2:") != std::string::npos);
    CHECK(r.err.find("unknown key 'keywrods' in [metrics.deaths] (did you mean 'keywords'?)") !=
          std::string::npos);
}

TEST_CASE("claims: unknown claim and unknown metric are input errors", "[e2e][claims]") {
    TempDir dir;
    ingest_example(dir);
    auto r = cc(dir, {"claims", "reject", "999999"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no claim with id 999999") != std::string::npos);
    r = cc(dir, {"claims", "add", "--case", "k", "--source",
                 "https://meridian-news.example/2023/09/25/peacekeepers-weapons", "--metric",
                 "arrests", "--value", "3"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("unknown metric 'arrests'") != std::string::npos);
}
