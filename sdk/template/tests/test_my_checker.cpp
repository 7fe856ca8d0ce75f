// Tests of my_checker, run on the built plugin through the SDK's harness,
// which loads it exactly as the crosscheck host does.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <crosscheck/testing/plugin_harness.hpp>

using crosscheck::testing::claim;
using crosscheck::testing::group;
using crosscheck::testing::PluginHarness;

namespace {

crosscheck::testing::ClaimRecord dated(std::int64_t id, double value, std::int64_t as_of) {
    auto c = claim(id, value);
    c.as_of.epoch_seconds = as_of;
    c.as_of.iso = "t" + std::to_string(as_of);
    return c;
}

} // namespace

TEST_CASE("my_checker: loads as the host loads it") {
    PluginHarness plugin{MY_CHECKER_FILE};
    CHECK(plugin.info().name == "my_checker");
    CHECK(plugin.info().config_keys.size() == 2);
}

TEST_CASE("my_checker: a later, lower count is questioned, the earlier is the reference") {
    PluginHarness plugin{MY_CHECKER_FILE};
    const auto findings = plugin.check(group("deaths", {dated(1, 200, 100), dated(2, 150, 200)}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == "medium");
    CHECK(findings[0].claims == std::vector<crosscheck::testing::FindingClaimRecord>{
                                    {2, "questioned"}, {1, "reference"}});
}

TEST_CASE("my_checker: a growing count is fine, and so is an open interval") {
    PluginHarness plugin{MY_CHECKER_FILE};
    auto open = dated(2, 150, 200);
    open.high.reset(); // "more than 150"
    CHECK(plugin.check(group("deaths", {dated(1, 200, 100), dated(3, 250, 300)})).empty());
    CHECK(plugin.check(group("deaths", {dated(1, 200, 100), open})).empty());
}

TEST_CASE("my_checker: strict makes findings high; unknown keys are refused") {
    PluginHarness plugin{MY_CHECKER_FILE};
    plugin.configure({{"strict", true}});
    const auto findings = plugin.check(group("deaths", {dated(1, 200, 100), dated(2, 150, 200)}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == "high");
    CHECK(plugin.configure_error({{"stirct", true}}) ==
          "plugin 'my_checker': configuration error: config key 'stirct': unknown key (did you "
          "mean 'strict'?)");
}
