// The host's plugin loader (host/plugin/plugin_library, plugin_instance),
// driven through the testing harness that is built from it, on the test
// plugins of tests/plugins/: what a good plugin does, and the message each
// bad one gets.
#include "host/plugin/plugin_library.hpp"

#include <crosscheck/testing/plugin_harness.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using crosscheck::testing::claim;
using crosscheck::testing::FindingClaimRecord;
using crosscheck::testing::group;
using crosscheck::testing::PluginHarness;

namespace {

std::filesystem::path test_plugin(const std::string& folder, const std::string& file = "") {
    return std::filesystem::path(CROSSCHECK_TEST_PLUGIN_DIR) / folder /
           ((file.empty() ? folder : file) + ".so");
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("loader: a good plugin's metadata is read", "[plugin]") {
    PluginHarness plugin{test_plugin("good_spread")};
    CHECK(plugin.info().name == "good_spread");
    CHECK(plugin.info().version == "1.2.3");
    CHECK(plugin.info().description ==
          "Flags claim groups whose figures are far apart (test plugin)");
    CHECK(crosscheck::testing::to_string(plugin.info().required_api) == "1.1.0");
    CHECK(plugin.info().file == test_plugin("good_spread"));
    REQUIRE(plugin.info().config_keys.size() == 3);
    CHECK(plugin.info().config_keys[0].name == "max_ratio");
    CHECK(plugin.info().config_keys[0].type == "number");
    CHECK(plugin.info().config_keys[0].default_value == "2.0");
}

TEST_CASE("loader: a good plugin's findings come back validated", "[plugin]") {
    PluginHarness plugin{test_plugin("good_spread")};
    auto a = claim(12, 2000);
    a.text = "2,000";
    a.source_outlet = "Stepanakert Observer";
    auto b = claim(7, 200);
    b.text = "200";
    b.source_outlet = "Atlas Press Agency";
    const auto findings = plugin.check(group("deaths", {a, claim(9, 900), b}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].checker == "good_spread");
    CHECK(findings[0].severity == "high");
    CHECK(findings[0].message == "2,000 (Stepanakert Observer) vs 200 (Atlas Press Agency)");
    CHECK(findings[0].claims ==
          std::vector<FindingClaimRecord>{{12, "questioned"}, {7, "questioned"}});
    // Within the ratio: nothing; a group of one: nothing.
    CHECK(plugin.check(group("deaths", {claim(1, 100), claim(2, 150)})).empty());
    CHECK(plugin.check(group("deaths", {claim(1, 100)})).empty());
}

TEST_CASE("loader: configuration reaches the plugin, logs come back", "[plugin]") {
    PluginHarness plugin{test_plugin("good_spread")};
    plugin.configure({{"max_ratio", 20}, {"severity", "low"}, {"verbose", true}});
    CHECK(plugin.check(group("deaths", {claim(1, 2000), claim(2, 200)})).empty());
    REQUIRE(plugin.log().size() == 1);
    CHECK(plugin.log()[0].level == CROSSCHECK_LOG_DEBUG);
    CHECK(plugin.log()[0].message == "compared 2");
    plugin.configure({{"max_ratio", 5.0}, {"severity", "low"}});
    const auto findings = plugin.check(group("deaths", {claim(1, 2000), claim(2, 200)}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == "low");
}

TEST_CASE("loader: unknown, ill-typed and out-of-range keys name the plugin and key", "[plugin]") {
    PluginHarness plugin{test_plugin("good_spread")};
    CHECK(plugin.configure_error({{"max_ration", 3.0}}) ==
          "plugin 'good_spread': configuration error: config key 'max_ration': unknown key (did "
          "you mean 'max_ratio'?)");
    CHECK(plugin.configure_error({{"colour", "red", "rules/checks.toml:9:1"}}) ==
          "plugin 'good_spread': configuration error: config key 'colour': "
          "(rules/checks.toml:9:1) unknown key");
    crosscheck::testing::ConfigEntryRecord typed{"max_ratio", "three", "rules/checkers.toml:4:13"};
    CHECK(plugin.configure_error({typed}) ==
          "plugin 'good_spread': configuration error: config key 'max_ratio': "
          "(rules/checkers.toml:4:13) expected number, got string");
    CHECK(plugin.configure_error({{"max_ratio", 0.5}}) ==
          "plugin 'good_spread': configuration error: config key 'max_ratio': must be >= 1");
    CHECK(plugin.configure_error({{"severity", "urgent"}}) ==
          "plugin 'good_spread': configuration error: config key 'severity': must be high, "
          "medium, low or info");
    CHECK(plugin.configure_error({{"max_ratio", 3}}).empty()); // an integer is a number
}

TEST_CASE("loader: a plugin written in plain C works", "[plugin]") {
    PluginHarness plugin{test_plugin("c_minimal")};
    CHECK(plugin.info().name == "c_minimal");
    const auto findings = plugin.check(group("refugees", {claim(4, 100000), claim(5, 120000)}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].checker == "c_minimal");
    CHECK(findings[0].severity == "info");
    CHECK(findings[0].claims == std::vector<FindingClaimRecord>{{4, "reference"}});
    REQUIRE(plugin.log().size() == 1);
    CHECK(plugin.log()[0].message == "hello from C");
    CHECK(plugin.configure_error({{"anything", 1}}) ==
          "plugin 'c_minimal': configuration error: config key 'anything': unknown key");
}

TEST_CASE("loader: each bad plugin file is refused with a clear message", "[plugin]") {
    const std::string dir = CROSSCHECK_TEST_PLUGIN_DIR;
    struct Row {
        std::string folder;
        std::string expected;
    };
    const Row rows[] = {
        {"no_entry", "'" + dir +
                         "/no_entry/no_entry.so' is not a crosscheck plugin: it exports "
                         "no symbol 'crosscheck_plugin_v1'"},
        {"not_a_library", "cannot load plugin file '" + dir + "/not_a_library/not_a_library.so': "},
        {"wrong_major", "plugin 'wrong_major' (" + dir +
                            "/wrong_major/wrong_major.so) requires "
                            "host API 2.1.0, this host provides 1.1.0: major versions differ"},
        {"newer_minor", "plugin 'newer_minor' (" + dir +
                            "/newer_minor/newer_minor.so) requires "
                            "host API 1.2.0, this host provides 1.1.0: it needs a newer host"},
        {"unresolved", "cannot load plugin file '" + dir + "/unresolved/unresolved.so': "},
        {"missing_name", "plugin file '" + dir +
                             "/missing_name/missing_name.so': required "
                             "metadata 'name' is missing"},
    };
    for (const Row& row : rows) {
        INFO(row.folder);
        const std::string error = PluginHarness::load_error(test_plugin(row.folder));
        CHECK(error.rfind(row.expected, 0) == 0);
        CHECK_THROWS_WITH(PluginHarness{test_plugin(row.folder)}, error);
    }
    CHECK(contains(PluginHarness::load_error(test_plugin("unresolved")),
                   "undefined symbol: crosscheck_test_symbol_nobody_defines"));
    CHECK(contains(PluginHarness::load_error(test_plugin("not_a_library")), "invalid ELF header"));
    CHECK(contains(PluginHarness::load_error(test_plugin("nowhere")), "No such file"));
}

TEST_CASE("loader: the API version rule: same major, required minor not newer", "[plugin]") {
    using crosscheck::plugin::incompatibility;
    CHECK_FALSE(incompatibility({1, 0, 0}, {1, 0, 0}));
    CHECK_FALSE(incompatibility({1, 0, 9}, {1, 0, 0})); // patch never matters
    CHECK_FALSE(incompatibility({1, 2, 0}, {1, 3, 0}));
    CHECK(incompatibility({1, 4, 0}, {1, 3, 0}) == "it needs a newer host (required minor 4 > 3)");
    CHECK(incompatibility({0, 9, 0}, {1, 3, 0}) == "major versions differ");
    CHECK(incompatibility({2, 0, 0}, {1, 3, 0}) == "major versions differ");
}

TEST_CASE("loader: exceptions of any type in init and check become errors", "[plugin]") {
    PluginHarness plugin{test_plugin("throwing")};
    struct Row {
        std::string where;
        std::string type;
        std::string expected;
    };
    const Row rows[] = {
        {"init", "std", "internal error: std::runtime_error: boom in init"},
        {"init", "int",
         "internal error: exception of type 'int' (not derived from "
         "std::exception)"},
        {"init", "custom",
         "internal error: exception of type '(anonymous "
         "namespace)::CustomFailure' (not derived from std::exception)"},
        {"check", "std", "internal error: std::runtime_error: boom in check"},
        {"check", "int",
         "internal error: exception of type 'int' (not derived from "
         "std::exception)"},
        {"check", "custom",
         "internal error: exception of type '(anonymous "
         "namespace)::CustomFailure' (not derived from std::exception)"},
    };
    for (const Row& row : rows) {
        INFO(row.where << " " << row.type);
        const std::vector<crosscheck::testing::ConfigEntryRecord> config{
            {"throw_in", row.where, ""}, {"throw_type", row.type, ""}};
        if (row.where == "init") {
            CHECK(plugin.configure_error(config) == "plugin 'throwing': " + row.expected);
        } else {
            plugin.configure(config);
            const auto outcome = plugin.run(group("deaths", {claim(1, 1)}));
            CHECK(outcome.status == CROSSCHECK_ERROR_INTERNAL);
            CHECK(outcome.error == row.expected);
        }
    }
}

TEST_CASE("loader: an error returned from check is reported with its message", "[plugin]") {
    PluginHarness plugin{test_plugin("check_error")};
    const auto outcome = plugin.run(group("deaths", {claim(1, 1), claim(2, 2)}));
    CHECK(outcome.status == CROSSCHECK_ERROR_INPUT);
    CHECK(outcome.error == "input error: cannot compare 2 claims about 'deaths'");
    CHECK_THROWS_WITH(plugin.check(group("deaths", {claim(1, 1)})),
                      "plugin 'check_error': input error: cannot compare 1 claims about 'deaths'");
}

TEST_CASE("loader: a finding naming a claim outside the group is refused", "[plugin]") {
    PluginHarness plugin{test_plugin("bad_finding")};
    const auto outcome = plugin.run(group("deaths", {claim(1, 1)}));
    CHECK(outcome.status == CROSSCHECK_ERROR_INTERNAL);
    CHECK(outcome.error == "internal error: the host refused my finding (host: finding \"first "
                           "claim noted\" names claim 999, which is not in the group)");
    CHECK(outcome.findings.empty());
}

TEST_CASE("loader: the README's first checker compiles and works", "[plugin]") {
    PluginHarness plugin{test_plugin("readme_first_checker")};
    CHECK(plugin.info().name == "no_overlap");
    auto more_than = claim(3, 2900);
    more_than.high.reset(); // "more than 2,900"
    CHECK(plugin.check(group("deaths", {more_than, claim(4, 2950)})).empty());
    const auto findings = plugin.check(group("deaths", {claim(1, 2000), claim(2, 200)}));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].claims ==
          std::vector<FindingClaimRecord>{{1, "questioned"}, {2, "questioned"}});
    CHECK(plugin.configure_error({{"min_ratoi", 2.0}}) ==
          "plugin 'no_overlap': configuration error: config key 'min_ratoi': unknown key (did "
          "you mean 'min_ratio'?)");
    REQUIRE(plugin.info().config_keys.size() == 1);
    CHECK(plugin.info().config_keys[0].default_value == "1.0");
}

TEST_CASE("loader: the harness refuses a claim the host could never send", "[plugin]") {
    PluginHarness plugin{test_plugin("good_spread")};
    auto odd = claim(1, 5000);
    odd.qualifier = "between"; // the host says "range"
    CHECK_THROWS_AS(plugin.run(group("deaths", {odd, claim(2, 10)})), std::invalid_argument);
    odd.qualifier = "range";
    CHECK(plugin.check(group("deaths", {odd, claim(2, 10)})).size() == 1);
}
