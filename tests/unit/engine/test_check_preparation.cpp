// Preparing a check: every problem of the rules against the plugins, found
// before any work, and each checker configured once for validation and
// checking together.
#include "host/engine/check_job.hpp"
#include "host/engine/check_preparation.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace crosscheck;

namespace {

plugin::PluginRegistry counting_registry() {
    plugin::PluginRegistry registry;
    REQUIRE(registry.load(
        std::filesystem::path(CROSSCHECK_TEST_PLUGIN_DIR) / "counting" / "counting.so", true));
    return registry;
}

model::Claim death_toll(std::int64_t id, double value) {
    model::Claim c;
    c.id = id;
    c.key = "key-" + std::to_string(id);
    c.metric = "deaths";
    c.value = value;
    c.low = c.high = value;
    c.unit = "people";
    c.as_of = model::Moment::from_iso("2023-09-25T08:00:00Z");
    return c;
}

} // namespace

TEST_CASE("check preparation: the checkers it configures are the job's, none configured twice",
          "[engine]") {
    const auto registry = counting_registry();
    auto loaded = rules::load({{"r.toml", "[checks.deaths]\ncheckers = [\"counting\"]\n"}});
    REQUIRE(loaded.ok());
    loaded.plan.threads = 1;
    const auto inits_of = [](const engine::CheckOutcome& outcome) {
        REQUIRE_FALSE(outcome.findings.empty());
        return std::stoi(outcome.findings[0].message.substr(std::string("inits so far: ").size()));
    };
    // The plugin counts its inits over the process: what matters is how many
    // one prepared check adds.
    auto first = engine::prepare_check(loaded, registry);
    REQUIRE(first.problems.empty());
    const auto before = engine::run_check_job(registry, loaded.plan, {death_toll(1, 200)},
                                              std::move(first.checkers));
    REQUIRE(before);
    auto second = engine::prepare_check(loaded, registry);
    REQUIRE(second.problems.empty());
    const auto after = engine::run_check_job(registry, loaded.plan, {death_toll(1, 200)},
                                             std::move(second.checkers));
    REQUIRE(after);
    CHECK(inits_of(*after) == inits_of(*before) + 1);
}

TEST_CASE("check preparation: problems are located and a near-miss name is suggested", "[engine]") {
    const auto registry = counting_registry();
    const auto loaded = rules::load({{"r.toml", "[checks.deaths]\n"
                                                "checkers = [\"countng\", \"nothing_like_it\"]\n"
                                                "[plugins.cuonting]\n"
                                                "isolate = true\n"}});
    REQUIRE(loaded.ok());
    const auto prepared = engine::prepare_check(loaded, registry);
    REQUIRE(prepared.problems.size() == 3);
    CHECK(prepared.problems[0].to_string() ==
          "r.toml:3:1: [plugins.cuonting] names no loaded plugin (did you mean 'counting'?)");
    CHECK(prepared.problems[1].to_string() ==
          "r.toml:2:13: [checks.deaths] names checker 'countng', which no loaded plugin provides "
          "(did you mean 'counting'?)");
    CHECK_THAT(
        prepared.problems[2].to_string(),
        Catch::StartsWith("r.toml:2:24: [checks.deaths] names checker 'nothing_like_it', "
                          "which no loaded plugin provides (loaded: counting); looked in ") &&
            Catch::Contains("--plugins DIR") && Catch::Contains("$CROSSCHECK_PLUGIN_PATH"));
    CHECK_FALSE(prepared.checkers);
}
