// `report --format claimreview` as a publisher must emit it, driven through
// the real binary: every object and property is schema.org's (the
// vocabulary, with its source, is tests/data/schema/claimreview-vocabulary.json),
// what Google requires of a fact-check is there, the --organisation is the
// author even when $USER named the reviewer, and an export of nothing is
// refused.

#include "tests/e2e/report_workspace.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using crosscheck::testing::ReportWorkspace;
using nlohmann::json;

namespace {

json vocabulary() {
    const auto path = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "tests" / "data" / "schema" /
                      "claimreview-vocabulary.json";
    std::ifstream in(path);
    REQUIRE(in);
    return json::parse(in);
}

// The properties `type` allows: its own and its parents', transitively.
std::set<std::string> allowed(const json& types, const std::string& type) {
    std::set<std::string> out;
    if (!types.contains(type)) {
        return out;
    }
    for (const auto& p : types[type]["properties"]) {
        out.insert(p.get<std::string>());
    }
    for (const auto& parent : types[type]["parent"]) {
        const auto more = allowed(types, parent.get<std::string>());
        out.insert(more.begin(), more.end());
    }
    return out;
}

// Every object with an @type, however deep, is a schema.org type of the
// vocabulary and uses only properties that type has.
void validate(const json& types, const json& node, const std::string& where) {
    if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            validate(types, node[i], where + "[" + std::to_string(i) + "]");
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    INFO(where);
    REQUIRE(node.contains("@type"));
    const std::string type = node["@type"];
    INFO("@type " << type);
    REQUIRE(types.contains(type));
    const auto props = allowed(types, type);
    for (const auto& [key, value] : node.items()) {
        if (key == "@type" || key == "@context") {
            continue;
        }
        INFO("property " << key);
        CHECK(props.count(key) == 1);
        validate(types, value, where + "." + key);
    }
}

const std::string k_template = "https://factcheck.example/{case}/{finding}";

} // namespace

TEST_CASE("claimreview: schema.org's properties only, what a fact-check requires, the desk as "
          "author",
          "[e2e][report][claimreview]") {
    ReportWorkspace ws;
    const auto findings = ws.report_json()["findings"];
    REQUIRE_FALSE(findings.empty());

    // Nothing confirmed yet: no export, a clear error, exit 2.
    const auto empty = ws.run({"report", "--case", ws.slug, "--format", "claimreview",
                               "--url-template", k_template, "--organisation", "Desk"});
    CHECK(empty.exit_code == 2);
    CHECK_THAT(empty.err, Catch::Contains("no confirmed findings"));
    CHECK(empty.out.empty());

    // Confirmed with the reviewer taken from $USER.
    const std::string id = findings.front()["id"];
    const std::string severity = findings.front()["severity"];
    crosscheck::testing::ProcessOptions as_user;
    as_user.env["USER"] = "jdoe";
    REQUIRE(ws.run({"review", id, "--status", "confirmed"}, as_user).exit_code == 0);

    // Without a url template a ClaimReview cannot be published.
    const auto no_url =
        ws.run({"report", "--case", ws.slug, "--format", "claimreview", "--organisation", "Desk"});
    CHECK(no_url.exit_code == 2);
    CHECK_THAT(no_url.err, Catch::Contains("--url-template"));

    const auto r = ws.run({"report", "--case", ws.slug, "--format", "claimreview", "--url-template",
                           k_template, "--organisation", "Example Fact Check"},
                          as_user);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto doc = json::parse(r.out);
    REQUIRE(doc.is_array());
    REQUIRE_FALSE(doc.empty());

    const auto vocab = vocabulary();
    validate(vocab["types"], doc, "$");

    std::set<std::string> identifiers;
    for (const auto& review : doc) {
        CHECK(review["@context"] == "https://schema.org");
        CHECK(review["@type"] == "ClaimReview");
        for (const auto& p : vocab["google_required"]["ClaimReview"]) {
            CHECK(review.contains(p.get<std::string>()));
        }
        for (const auto& p : vocab["google_required"]["Rating"]) {
            CHECK(review["reviewRating"].contains(p.get<std::string>()));
        }
        for (const auto& p : vocab["google_recommended"]["Rating"]) {
            CHECK(review["reviewRating"][p.get<std::string>()].is_number_integer());
        }
        CHECK(review["url"] == "https://factcheck.example/" + ws.slug + "/" + id);
        CHECK(review["author"] == json{{"@type", "Organization"}, {"name", "Example Fact Check"}});
        CHECK(review["claimReviewed"].get<std::string>().size() > 0);
        const auto& rating = review["reviewRating"];
        const int value = rating["ratingValue"];
        CHECK(rating["worstRating"].get<int>() <= value);
        CHECK(value < rating["bestRating"].get<int>());
        // A finding rates its figure down; high is the worst of the scale.
        if (severity == "high") {
            CHECK(value == rating["worstRating"].get<int>());
        }
        CHECK(identifiers.insert(review["identifier"].get<std::string>()).second);
    }

    // Without --organisation the reviewer $USER named is the author.
    const auto person = ws.run(
        {"report", "--case", ws.slug, "--format", "claimreview", "--url-template", k_template});
    INFO(person.err);
    REQUIRE(person.exit_code == 0);
    CHECK(json::parse(person.out)[0]["author"] == json{{"@type", "Person"}, {"name", "jdoe"}});
}
