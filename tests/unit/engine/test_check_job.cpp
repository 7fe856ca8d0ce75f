// The check job with the real built-in plugins from the build folder, and
// the misbehaving test plugins of tests/plugins/.
#include "host/engine/check_job.hpp"
#include "host/engine/finding_identity.hpp"
#include "host/engine/finding_merge.hpp"
#include "host/plugin/plugin_registry.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using crosscheck::model::Claim;
using namespace crosscheck;
using namespace crosscheck::engine;
using crosscheck::rules::CheckerAssignment;
using crosscheck::rules::CheckPlan;

namespace {

constexpr std::int64_t k_sep25_morning = 1695600000 + 9 * 3600;

plugin::PluginRegistry builtin_registry(bool with_check_error = false) {
    plugin::PluginRegistry registry;
    REQUIRE(registry.load(INTERVAL_CONFLICT_PLUGIN, true));
    REQUIRE(registry.load(TRANSCRIPTION_PLUGIN, true));
    REQUIRE(registry.load(CUMULATIVE_TIMELINE_PLUGIN, true));
    REQUIRE(registry.load(CONSENSUS_OUTLIER_PLUGIN, true));
    if (with_check_error) {
        REQUIRE(registry.load(std::filesystem::path(CROSSCHECK_TEST_PLUGIN_DIR) / "check_error" /
                                  "check_error.so",
                              true));
    }
    return registry;
}

// Claim `id`, with the stable key "key-ID".
Claim death_toll(std::int64_t id, double value, std::string attribution,
                 std::string subject = "armenian_side", std::int64_t minutes = 0) {
    Claim c;
    c.id = id;
    c.key = "key-" + std::to_string(id);
    c.metric = "deaths";
    c.value = value;
    c.low = value;
    c.high = value;
    c.unit = "people";
    c.text = std::to_string(static_cast<long>(value));
    c.scope.subject = std::move(subject);
    c.scope.event = "offensive_2023";
    c.scope.period = "2023";
    c.attribution = std::move(attribution);
    c.as_of.seconds = k_sep25_morning + minutes * 60;
    c.source.id = id;
    c.source.outlet = "Outlet " + std::to_string(id);
    return c;
}

CheckerAssignment assignment(std::string checker, model::CheckerConfig config = {}) {
    CheckerAssignment a;
    a.checker = std::move(checker);
    a.config = std::move(config);
    return a;
}

CheckPlan plan_for_deaths(std::vector<std::string> checkers) {
    CheckPlan plan;
    for (auto& name : checkers) {
        plan.by_metric["deaths"].push_back(assignment(std::move(name)));
    }
    plan.threads = 1;
    return plan;
}

Expected<CheckOutcome> run(const plugin::PluginRegistry& registry, const CheckPlan& plan,
                           const std::vector<Claim>& claims) {
    return run_check_job(registry, plan, claims);
}

} // namespace

TEST_CASE("check job: findings carry stable ids from metric and questioned claim keys",
          "[engine]") {
    const auto registry = builtin_registry();
    const std::vector<Claim> claims = {death_toll(1, 2000, "Karabakh ombudsman"),
                                       death_toll(2, 200, "Karabakh ombudsman")};
    const auto outcome = run(registry, plan_for_deaths({"interval_conflict"}), claims);
    REQUIRE(outcome.has_value());
    CHECK(outcome->complete());
    CHECK(outcome->claim_count == 2);
    CHECK(outcome->group_count == 1);
    REQUIRE(outcome->findings.size() == 1);
    const auto& f = outcome->findings[0];
    CHECK(f.checker == "interval_conflict");
    CHECK(f.metric == "deaths");
    CHECK(f.scope_key == "armenian_side|offensive_2023|2023");
    CHECK(f.severity == model::Severity::high);
    CHECK(f.id == finding_id("deaths", {"key-2", "key-1"}));
    REQUIRE(f.reasons.size() == 1);
    CHECK(f.reasons[0].checker == "interval_conflict");
    CHECK(f.reasons[0].message == f.message);
    CHECK(f.spread == 10); // 2,000 over 200
    REQUIRE(f.claims.size() == 2);
    for (const auto& c : f.claims) {
        CHECK(c.claim_key == "key-" + std::to_string(c.claim_id));
        CHECK(c.role == model::ClaimRole::questioned);
    }
    // The same claims in another order, under other row ids but the same
    // keys: the same finding.
    std::vector<Claim> again = {death_toll(20, 200, "Karabakh ombudsman"),
                                death_toll(10, 2000, "Karabakh ombudsman")};
    again[0].key = "key-2";
    again[1].key = "key-1";
    const auto rerun = run(registry, plan_for_deaths({"interval_conflict"}), again);
    REQUIRE(rerun.has_value());
    REQUIRE(rerun->findings.size() == 1);
    CHECK(rerun->findings[0].id == f.id);
    CHECK(rerun->findings[0].id == finding_id(rerun->findings[0]));
}

TEST_CASE("check job: claims in different scopes or metrics are not compared", "[engine]") {
    const auto registry = builtin_registry();
    auto refugees = death_toll(3, 200, "Karabakh ombudsman");
    refugees.metric = "refugees";
    const std::vector<Claim> claims = {death_toll(1, 2000, "Karabakh ombudsman", "armenian_side"),
                                       death_toll(2, 192, "Karabakh ombudsman", "azerbaijani_side"),
                                       refugees};
    const auto outcome = run(registry, plan_for_deaths({"interval_conflict"}), claims);
    REQUIRE(outcome.has_value());
    CHECK(outcome->findings.empty());
    CHECK(outcome->claim_count == 3);
    CHECK(outcome->group_count == 2); // refugees: no checker, no work
}

TEST_CASE("check job: an unknown checker or a refused configuration fails before work",
          "[engine]") {
    const auto registry = builtin_registry();
    const std::vector<Claim> claims = {death_toll(1, 2000, ""), death_toll(2, 200, "")};

    const auto unknown =
        run(registry, plan_for_deaths({"interval_conflict", "no_such_checker"}), claims);
    REQUIRE_FALSE(unknown.has_value());
    CHECK_THAT(unknown.error().message, Catch::Contains("no_such_checker"));
    CHECK_THAT(unknown.error().message, Catch::Contains("deaths"));

    CheckPlan bad = plan_for_deaths({});
    bad.by_metric["deaths"].push_back(assignment("interval_conflict", {{"window_hours", -1}}));
    const auto refused = run(registry, bad, claims);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().message, Catch::Contains("window_hours"));
}

TEST_CASE("check job: a plan's per-metric configuration reaches the checker", "[engine]") {
    const auto registry = builtin_registry();
    // Two days apart: outside the default 24 h window, inside "any time".
    const std::vector<Claim> claims = {death_toll(1, 2000, "", "armenian_side", 0),
                                       death_toll(2, 200, "", "armenian_side", 48 * 60)};
    CHECK(run(registry, plan_for_deaths({"interval_conflict"}), claims)->findings.empty());
    CheckPlan any_time = plan_for_deaths({});
    any_time.by_metric["deaths"].push_back(assignment("interval_conflict", {{"window_hours", 0}}));
    CHECK(run(registry, any_time, claims)->findings.size() == 1);
}

TEST_CASE("check job: a checker failing on a group is reported, other findings kept", "[engine]") {
    const auto registry = builtin_registry(true);
    const std::vector<Claim> claims = {
        death_toll(1, 2000, "", "armenian_side"), death_toll(2, 200, "", "armenian_side"),
        death_toll(3, 500, "", "azerbaijani_side"), death_toll(4, 50, "", "azerbaijani_side")};
    const auto outcome =
        run(registry, plan_for_deaths({"check_error", "interval_conflict"}), claims);
    REQUIRE(outcome.has_value());
    CHECK_FALSE(outcome->complete());
    REQUIRE(outcome->errors.size() == 2); // once per group
    for (const auto& e : outcome->errors) {
        CHECK_THAT(e, Catch::Contains("check_error"));
        CHECK_THAT(e, Catch::Contains("deaths"));
        CHECK_THAT(e, Catch::Contains("cannot compare 2 claims"));
    }
    REQUIRE(outcome->findings.size() == 2);
    for (const auto& f : outcome->findings) {
        CHECK(f.checker == "interval_conflict");
    }
}

TEST_CASE("check job: figures of different sides are capped by the policy", "[engine]") {
    const auto registry = builtin_registry();
    CheckPlan plan = plan_for_deaths({"interval_conflict"});
    plan.cross_side_ceiling = "low";
    plan.attribution_sides = {{"Armenian government", "armenian"},
                              {"Karabakh ombudsman", "armenian"},
                              {"Azerbaijani defence ministry", "azerbaijani"}};
    struct Row {
        const char* what;
        const char* a;
        const char* b;
        const char* severity;
    };
    const Row rows[] = {
        {"one side vs the other", "Armenian government", "Azerbaijani defence ministry", "low"},
        {"two voices of one side", "Armenian government", "Karabakh ombudsman", "high"},
        {"the same attribution", "Karabakh ombudsman", "Karabakh ombudsman", "high"},
        {"unlisted attributions are each their own side", "Hospital staff", "Local residents",
         "low"},
        {"unattributed against attributed", "", "Azerbaijani defence ministry", "high"},
    };
    for (const auto& row : rows) {
        INFO(row.what);
        const auto outcome =
            run(registry, plan, {death_toll(1, 2000, row.a), death_toll(2, 200, row.b)});
        REQUIRE(outcome.has_value());
        REQUIRE(outcome->findings.size() == 1);
        const auto& f = outcome->findings[0];
        CHECK(model::to_string(f.severity) == row.severity);
        const bool capped = std::string(row.severity) == "low";
        CHECK((f.message.find("different attributions") != std::string::npos) == capped);
        CHECK(f.cross_side == capped); // reports list these apart
    }
    // A finding already below the ceiling is left as it is.
    plan.cross_side_ceiling = "medium";
    const auto low = run(registry, plan,
                         {death_toll(1, 2000, "Armenian government"),
                          death_toll(2, 1800, "Azerbaijani defence ministry")});
    REQUIRE(low->findings.size() == 1);
    CHECK(low->findings[0].severity == model::Severity::low);
    CHECK(low->findings[0].message.find("different attributions") == std::string::npos);
    // Still one side's figure against another's: set apart all the same.
    CHECK(low->findings[0].cross_side);
    // A ceiling of high lowers nothing and sets nothing apart.
    plan.cross_side_ceiling = "high";
    const auto uncapped = run(registry, plan,
                              {death_toll(1, 2000, "Armenian government"),
                               death_toll(2, 200, "Azerbaijani defence ministry")});
    REQUIRE(uncapped->findings.size() == 1);
    CHECK(uncapped->findings[0].severity == model::Severity::high);
    CHECK_FALSE(uncapped->findings[0].cross_side);
}

TEST_CASE("check job: three checkers on the same figure give one finding with three reasons",
          "[engine]") {
    const auto registry = builtin_registry();
    // An extra zero in one copy of the ministry's statement, against three
    // faithful copies by other outlets within the hour.
    std::vector<Claim> claims = {death_toll(1, 310, "health ministry", "armenian_side", 20),
                                 death_toll(2, 31, "health ministry", "armenian_side", 0),
                                 death_toll(3, 31, "health ministry", "armenian_side", 40),
                                 death_toll(4, 31, "health ministry", "armenian_side", 50)};
    for (auto& c : claims) {
        const auto minutes = (c.as_of.seconds.value() - k_sep25_morning) / 60;
        c.as_of.iso = "2023-09-25T09:" + std::string(minutes < 10 ? "0" : "") +
                      std::to_string(minutes) + ":00Z";
    }
    const CheckPlan plan =
        plan_for_deaths({"interval_conflict", "transcription", "consensus_outlier"});
    const auto outcome = run(registry, plan, claims);
    REQUIRE(outcome.has_value());
    CHECK(outcome->checker_findings == 3);
    REQUIRE(outcome->findings.size() == 1);
    const auto& f = outcome->findings[0];
    REQUIRE(f.reasons.size() == 3);
    std::vector<std::string> checkers;
    for (const auto& r : f.reasons) {
        checkers.push_back(r.checker);
        CHECK_FALSE(r.message.empty());
    }
    std::sort(checkers.begin(), checkers.end());
    CHECK(checkers ==
          std::vector<std::string>{"consensus_outlier", "interval_conflict", "transcription"});
    CHECK(f.severity == model::Severity::high);
    CHECK(f.checker == f.reasons[0].checker);
    CHECK(f.message == f.reasons[0].message);
    // It questions the extra zero only, against every copy.
    std::vector<std::int64_t> questioned, references;
    for (const auto& c : f.claims) {
        (c.role == model::ClaimRole::questioned ? questioned : references).push_back(c.claim_id);
    }
    std::sort(references.begin(), references.end());
    CHECK(questioned == std::vector<std::int64_t>{1});
    CHECK(references == std::vector<std::int64_t>{2, 3, 4});
    CHECK(f.id == finding_id("deaths", {"key-1"}));
    CHECK(f.spread == Approx(10));
    CHECK(f.as_of == claims[0].as_of.iso);

    // Whichever checkers find it, it is the same discrepancy.
    for (const auto& only : {"interval_conflict", "transcription", "consensus_outlier"}) {
        INFO(only);
        const auto alone = run(registry, plan_for_deaths({only}), claims);
        REQUIRE(alone->findings.size() == 1);
        CHECK(alone->findings[0].id == f.id);
        CHECK(alone->findings[0].reasons.size() == 1);
    }
}

TEST_CASE("check job: a merged finding lists its earliest references and counts the rest",
          "[engine]") {
    const auto registry = builtin_registry();
    // An extra zero (minute 200) against eighteen copies of the ministry's
    // 31, six each at minutes 0-5, 100-105 and 150-155. The interval checker
    // over 24 hours compares it with all of them, over 2 hours with the last
    // twelve; the transcription checker (an hour) with the last six. Each
    // cites the earliest five of its own: together fifteen.
    std::vector<Claim> claims = {death_toll(1, 310, "health ministry", "armenian_side", 200)};
    for (std::int64_t k = 0; k < 6; ++k) {
        claims.push_back(death_toll(2 + k, 31, "health ministry", "armenian_side", k));
        claims.push_back(death_toll(8 + k, 31, "health ministry", "armenian_side", 100 + k));
        claims.push_back(death_toll(14 + k, 31, "health ministry", "armenian_side", 150 + k));
    }
    CheckPlan plan = plan_for_deaths({"interval_conflict", "transcription"});
    plan.by_metric["deaths"].push_back(assignment("interval_conflict", {{"window_hours", 2}}));
    const auto outcome = run(registry, plan, claims);
    REQUIRE(outcome.has_value());
    CHECK(outcome->checker_findings == 3);
    REQUIRE(outcome->findings.size() == 1);
    const auto& f = outcome->findings[0];
    CHECK(f.reasons.size() == 3);
    std::vector<std::int64_t> questioned, references;
    for (const auto& c : f.claims) {
        (c.role == model::ClaimRole::questioned ? questioned : references).push_back(c.claim_id);
    }
    CHECK(questioned == std::vector<std::int64_t>{1});
    // The ten earliest of the fifteen, in as-of order; the other five
    // (minutes 150-154) counted.
    static_assert(k_max_listed_references == 10);
    CHECK(references == std::vector<std::int64_t>{2, 3, 4, 5, 6, 8, 9, 10, 11, 12});
    CHECK(f.more_references == 5);
    // Listing fewer leaves the discrepancy, and so its id, as it was.
    CHECK(f.id == finding_id("deaths", {"key-1"}));
}

TEST_CASE("check job: one thread or two give the same findings", "[engine]") {
    const auto registry = builtin_registry();
    std::vector<Claim> claims;
    for (int s = 0; s < 20; ++s) {
        const std::string subject = "subject_" + std::to_string(s);
        for (int i = 0; i < 6; ++i) {
            const std::int64_t id = s * 10 + i;
            claims.push_back(
                death_toll(id, i == 3 ? 10000 : 1000 + i, "Karabakh ombudsman", subject, i * 30));
        }
    }
    CheckPlan plan = plan_for_deaths({"interval_conflict", "transcription", "cumulative_timeline"});
    plan.threads = 1;
    const auto one = run(registry, plan, claims);
    plan.threads = 2;
    const auto two = run(registry, plan, claims);
    REQUIRE(one.has_value());
    REQUIRE(two.has_value());
    CHECK(one->group_count == 20);
    REQUIRE(one->findings.size() == two->findings.size());
    CHECK_FALSE(one->findings.empty());
    for (std::size_t i = 0; i < one->findings.size(); ++i) {
        CHECK(one->findings[i].id == two->findings[i].id);
        CHECK(one->findings[i].message == two->findings[i].message);
        if (i > 0) {
            CHECK(one->findings[i - 1].id < one->findings[i].id);
        }
    }
}

TEST_CASE("check job: each checker is configured once per job and worker, validation included",
          "[engine]") {
    plugin::PluginRegistry registry;
    REQUIRE(registry.load(
        std::filesystem::path(CROSSCHECK_TEST_PLUGIN_DIR) / "counting" / "counting.so", true));
    const std::vector<Claim> claims = {death_toll(1, 2000, "", "armenian_side"),
                                       death_toll(2, 500, "", "azerbaijani_side")};
    const CheckPlan plan = plan_for_deaths({"counting"});
    // The plugin counts its inits over the process; what matters is how many
    // one job adds: one, the validation's, which then checks every group.
    const auto inits = [&] {
        const auto outcome = run(registry, plan, claims);
        REQUIRE(outcome.has_value());
        REQUIRE(outcome->findings.size() == 2);
        CHECK(outcome->findings[0].message == outcome->findings[1].message);
        return std::stoi(outcome->findings[0].message.substr(std::string("inits so far: ").size()));
    };
    const int before = inits();
    CHECK(inits() == before + 1);
}
