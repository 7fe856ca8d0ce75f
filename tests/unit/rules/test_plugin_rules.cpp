// [plugins.NAME]: isolation, pinning and limits, and every bad value.
#include "host/rules/rules.hpp"

#include <catch2/catch.hpp>

using crosscheck::rules::RuleText;

TEST_CASE("plugin rules: keys are read, later files override key by key", "[rules]") {
    const std::string hex(64, 'A');
    const std::vector<RuleText> texts = {
        {"defaults.toml", "[plugins.outside]\nisolate = true\ntimeout_seconds = 2.5\n"},
        {"case.toml", "[plugins.outside]\nmemory_mib = 64\nsha256 = \"" + hex + "\"\n"}};
    const auto [extraction, plan, errors] = crosscheck::rules::load(texts);
    REQUIRE(errors.empty());
    const auto& rule = plan.plugin_rules.at("outside");
    CHECK(rule.isolate == true);
    CHECK(rule.timeout_seconds == 2.5);
    CHECK(rule.memory_mib == 64u);
    CHECK(rule.sha256 == std::string(64, 'a')); // stored lower-case
    CHECK(rule.where.to_string() == "case.toml:3:10");
}

TEST_CASE("plugin rules: each bad value is an error at file:line:col", "[rules]") {
    struct Row {
        std::string text;
        std::string error;
    };
    const Row rows[] = {
        {"isolate = 1", "r.toml:2:11: 'isolate' in [plugins.p] must be true or false"},
        {"sha256 = \"" + std::string(63, 'a') + "\"",
         "r.toml:2:10: 'sha256' in [plugins.p] must be the plugin file's SHA-256 as 64 hex "
         "digits (sha256sum FILE)"},
        {"sha256 = \"" + std::string(63, 'a') + "g\"",
         "r.toml:2:10: 'sha256' in [plugins.p] must be the plugin file's SHA-256 as 64 hex "
         "digits (sha256sum FILE)"},
        {"sha256 = 5", "r.toml:2:10: 'sha256' in [plugins.p] must be the plugin file's SHA-256 "
                       "as 64 hex digits (sha256sum FILE)"},
        {"timeout_seconds = -1",
         "r.toml:2:19: 'timeout_seconds' in [plugins.p] must be a number of seconds, > 0 and "
         "<= 86400"},
        {"timeout_seconds = nan",
         "r.toml:2:19: 'timeout_seconds' in [plugins.p] must be a number of seconds, > 0 and "
         "<= 86400"},
        {"timeout_seconds = \"10\"",
         "r.toml:2:19: 'timeout_seconds' in [plugins.p] must be a number of seconds, > 0 and "
         "<= 86400"},
        {"memory_mib = 8", "r.toml:2:14: 'memory_mib' in [plugins.p] must be an integer number "
                           "of MiB, >= 16"},
        {"memory_mib = 1.5e3", "r.toml:2:14: 'memory_mib' in [plugins.p] must be an integer "
                               "number of MiB, >= 16"},
        {"memory_mb = 100", "r.toml:2:13: unknown key 'memory_mb' in [plugins.p] (did you mean "
                            "'memory_mib'?)"},
        {"timeout = 100", "r.toml:2:11: unknown key 'timeout' in [plugins.p] (known: isolate, "
                          "sha256, timeout_seconds, memory_mib)"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const auto errors =
                crosscheck::rules::load({{"r.toml", "[plugins.p]\n" + row.text + "\n"}}).errors;
            REQUIRE(errors.size() == 1);
            CHECK(errors[0].to_string() == row.error);
        }
    }
}

TEST_CASE("plugin rules: [plugins.NAME] must be a table", "[rules]") {
    const auto [extraction, plan, errors] =
        crosscheck::rules::load({{"r.toml", "[plugins]\np = 1\n"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "[plugins.p] must be a table");
}
