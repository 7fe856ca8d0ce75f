// One finding per discrepancy: the findings of a group whose questioned
// claims are the same, or one's contain the other's, become one, with every
// checker's reason.
#include "host/engine/finding_identity.hpp"
#include "host/engine/finding_merge.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace crosscheck;
using crosscheck::engine::merge_findings;
using crosscheck::model::ClaimRole;
using crosscheck::model::Severity;

namespace {

// A checker's finding on claims named by one-letter keys: upper case is
// questioned, lower case a reference ("Ab": questions A, compares with B).
model::Finding found(std::string checker, Severity severity, const std::string& claims,
                     bool cross_side = false) {
    model::Finding f;
    f.checker = checker;
    f.metric = "deaths";
    f.severity = severity;
    f.message = checker + " on " + claims;
    f.cross_side = cross_side;
    for (const char c : claims) {
        const bool q = std::isupper(static_cast<unsigned char>(c)) != 0;
        const std::string key(1, static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
        f.claims.push_back({key[0], key, q ? ClaimRole::questioned : ClaimRole::reference});
    }
    return f;
}

// "Ab" again, from a merged finding: questioned claims upper case, in order.
std::string claims_of(const model::Finding& f) {
    std::string out;
    for (const auto& c : f.claims) {
        out += c.role == ClaimRole::questioned
                   ? c.claim_key
                   : std::string(1, static_cast<char>(std::tolower(c.claim_key[0])));
    }
    return out;
}

std::vector<std::string> checkers_of(const model::Finding& f) {
    std::vector<std::string> out;
    for (const auto& r : f.reasons) {
        out.push_back(r.checker);
    }
    return out;
}

// The merged findings as "claims:checker+checker", sorted, for comparing
// outcomes whatever the order of the findings out.
std::vector<std::string> outline(const std::vector<model::Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) {
        std::string line = claims_of(f) + ":";
        for (const auto& c : checkers_of(f)) {
            line += (line.back() == ':' ? "" : "+") + c;
        }
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("finding merge: which findings become one", "[engine]") {
    struct Row {
        const char* what;
        std::vector<model::Finding> in;
        std::vector<std::string> out;
    };
    const Row rows[] = {
        {"one figure, three checkers",
         {found("interval_conflict", Severity::high, "Abc"),
          found("transcription", Severity::high, "Ab"),
          found("consensus_outlier", Severity::medium, "Abcd")},
         {"Abcd:interval_conflict+transcription+consensus_outlier"}},
        {"a pair and a figure singled out of it: that figure is in question",
         {found("interval_conflict", Severity::high, "AB"),
          found("consensus_outlier", Severity::medium, "Acd")},
         {"Abcd:interval_conflict+consensus_outlier"}},
        {"a figure compared with by one checker and paired by another is compared with",
         {found("interval_conflict", Severity::high, "AB"),
          found("transcription", Severity::medium, "Ab")},
         {"Ab:interval_conflict+transcription"}},
        {"checkers singling out different figures of a pair: both stay questioned",
         {found("interval_conflict", Severity::high, "AB"),
          found("transcription", Severity::medium, "Ac"),
          found("consensus_outlier", Severity::medium, "Bd")},
         {"ABcd:interval_conflict+transcription+consensus_outlier"}},
        {"different figures stay apart", // their references are shared
         {found("interval_conflict", Severity::high, "Ac"),
          found("interval_conflict", Severity::high, "Bc")},
         {"Ac:interval_conflict", "Bc:interval_conflict"}},
        {"overlapping pairs stay apart: neither contains the other",
         {found("interval_conflict", Severity::high, "AB"),
          found("interval_conflict", Severity::low, "BC")},
         {"AB:interval_conflict", "BC:interval_conflict"}},
        {"a figure of two pairs joins the first, largest first then in order",
         {found("transcription", Severity::high, "Bx"),
          found("interval_conflict", Severity::high, "AB"),
          found("interval_conflict", Severity::low, "BC")},
         // (sorted: upper case before lower)
         {"BC:interval_conflict", "Bax:transcription+interval_conflict"}},
        {"as severe: the reason that singles out what the finding questions leads",
         {found("transcription", Severity::high, "AB"),
          found("interval_conflict", Severity::high, "Abc")},
         {"Abc:interval_conflict+transcription"}},
        {"one finding alone keeps its reason", {found("x", Severity::low, "Ab")}, {"Ab:x"}},
        {"a finding naming only references questions them all",
         {found("outside", Severity::low, "ab"), found("interval_conflict", Severity::high, "A")},
         // {A} lies within {A, B}; A is questioned by the one that singles it out.
         {"Ab:interval_conflict+outside"}},
        {"a finding joining none keeps its roles, however it names them",
         {found("outside", Severity::low, "ab")},
         {"ab:outside"}},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        CHECK(outline(merge_findings(row.in)) == row.out);
    }
}

TEST_CASE("finding merge: the merged finding's severity, checker, message and reasons",
          "[engine]") {
    const auto merged = merge_findings({found("interval_conflict", Severity::medium, "Abc"),
                                        found("transcription", Severity::high, "Ab"),
                                        found("consensus_outlier", Severity::medium, "Ad")});
    REQUIRE(merged.size() == 1);
    const auto& f = merged[0];
    // The most severe reason first; ties keep the order the checkers ran.
    CHECK(checkers_of(f) ==
          std::vector<std::string>{"transcription", "interval_conflict", "consensus_outlier"});
    CHECK(f.severity == Severity::high);
    CHECK(f.checker == "transcription");
    CHECK(f.message == "transcription on Ab");
    CHECK(f.reasons[1].message == "interval_conflict on Abc");
    CHECK(f.reasons[1].severity == Severity::medium);
    // Every claim once, questioned first.
    CHECK(claims_of(f) == "Abcd");
    CHECK(engine::finding_id(f) == engine::finding_id("deaths", {"A"}));
}

TEST_CASE("finding merge: set apart as cross-side only when every reason is", "[engine]") {
    const auto all = merge_findings({found("interval_conflict", Severity::low, "Ab", true),
                                     found("consensus_outlier", Severity::low, "Ac", true)});
    REQUIRE(all.size() == 1);
    CHECK(all[0].cross_side);
    CHECK(all[0].reasons[0].cross_side);

    // Capped against another side's figure by one checker, a real
    // discrepancy within a side for another.
    const auto mixed = merge_findings({found("interval_conflict", Severity::low, "Ab", true),
                                       found("transcription", Severity::high, "Ac")});
    REQUIRE(mixed.size() == 1);
    CHECK_FALSE(mixed[0].cross_side);
    CHECK(mixed[0].severity == Severity::high);
    CHECK_FALSE(mixed[0].reasons[0].cross_side);
    CHECK(mixed[0].reasons[1].cross_side);
}

TEST_CASE("finding merge: the same findings in any order give the same discrepancies", "[engine]") {
    std::vector<model::Finding> in = {
        found("a", Severity::high, "Ab"), found("b", Severity::high, "ABc"),
        found("c", Severity::low, "Cd"), found("d", Severity::medium, "Ed"),
        found("e", Severity::info, "E")};
    std::vector<std::string> questioned_sets;
    for (const auto& f : merge_findings(in)) {
        questioned_sets.push_back(engine::finding_id(f));
    }
    std::sort(questioned_sets.begin(), questioned_sets.end());
    REQUIRE(questioned_sets.size() == 3); // {A} (singled out of the pair), {C}, {E}
    std::sort(in.begin(), in.end(),
              [](const auto& x, const auto& y) { return x.checker < y.checker; });
    do {
        std::vector<std::string> ids;
        std::size_t reasons = 0;
        for (const auto& f : merge_findings(in)) {
            ids.push_back(engine::finding_id(f));
            reasons += f.reasons.size();
        }
        std::sort(ids.begin(), ids.end());
        CHECK(ids == questioned_sets);
        CHECK(reasons == in.size());
    } while (std::next_permutation(
        in.begin(), in.end(), [](const auto& x, const auto& y) { return x.checker < y.checker; }));
}

TEST_CASE("finding merge: nothing in, nothing out", "[engine]") {
    CHECK(merge_findings({}).empty());
}
