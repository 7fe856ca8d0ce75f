// `crosscheck plugins list|info` on the test plugins of tests/plugins/: what
// the host lists, what it skips and why, and that it never crashes.
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using crosscheck::testing::ProcessOptions;
using crosscheck::testing::run_crosscheck;
using crosscheck::testing::without_plugin_path;

namespace {

const std::filesystem::path k_plugins = CROSSCHECK_TEST_PLUGIN_DIR;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("plugins list: good plugins listed, bad ones skipped with reasons", "[plugins]") {
    const auto result = run_crosscheck({"--plugins", (k_plugins / "good_spread").string(),
                                        "--plugins", (k_plugins / "wrong_major").string(),
                                        "--plugins", (k_plugins / "no_entry").string(), "--plugins",
                                        (k_plugins / "throwing").string(), "--plugins",
                                        (k_plugins / "unresolved").string(), "plugins", "list"},
                                       without_plugin_path());
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "good_spread  1.2.3  (API 1.1.0)  Flags claim groups whose "
                               "figures are far apart (test plugin)\n    " +
                                   (k_plugins / "good_spread" / "good_spread.so").string()));
    CHECK(contains(result.out, "throwing  0.1.0  (API 1.1.0)"));
    CHECK(contains(result.out, "3 skipped:"));
    CHECK(contains(result.out, "requires host API 2.1.0, this host provides 1.1.0"));
    CHECK(contains(result.err, "crosscheck: warning: skipping plugin: plugin 'wrong_major' (" +
                                   (k_plugins / "wrong_major" / "wrong_major.so").string() +
                                   ") requires host API 2.1.0"));
    CHECK(contains(result.err, "is not a crosscheck plugin"));
    CHECK(contains(result.err, "undefined symbol: crosscheck_test_symbol_nobody_defines"));
}

TEST_CASE("plugins list --format json: plugins and failures", "[plugins]") {
    const auto result =
        run_crosscheck({"--plugins", (k_plugins / "duplicate").string(), "--plugins",
                        (k_plugins / "c_minimal").string(), "plugins", "list", "--format", "json"},
                       without_plugin_path());
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["host_api_version"] == "1.1.0");
    std::vector<std::string> names;
    for (const auto& p : json["plugins"]) {
        names.push_back(p["name"]);
    }
    CHECK(std::find(names.begin(), names.end(), "twin") != names.end());
    CHECK(std::find(names.begin(), names.end(), "c_minimal") != names.end());
    REQUIRE(json["failures"].size() == 1);
    CHECK(json["failures"][0]["file"] == (k_plugins / "duplicate" / "twin_second.so").string());
    CHECK(contains(json["failures"][0]["reason"], "two plugins are named 'twin'"));
}

TEST_CASE("plugins info: metadata and config keys", "[plugins]") {
    const auto result = run_crosscheck(
        {"--plugins", (k_plugins / "good_spread").string(), "plugins", "info", "good_spread"},
        without_plugin_path());
    REQUIRE(result.exit_code == 0);
    CHECK(result.out ==
          "name:         good_spread\n"
          "version:      1.2.3\n"
          "api version:  1.1.0 (host 1.1.0)\n"
          "description:  Flags claim groups whose figures are far apart (test plugin)\n"
          "file:         " +
              (k_plugins / "good_spread" / "good_spread.so").string() +
              "\n"
              "config keys:  \n"
              "    max_ratio (number, default 2.0): largest tolerated high/low ratio\n"
              "    severity (string, default \"high\"): severity of a finding\n"
              "    verbose (bool, default false): log each comparison at debug level\n");
}

TEST_CASE("plugins info: an unknown name is an input error", "[plugins]") {
    const auto result =
        run_crosscheck({"--plugins", (k_plugins / "c_minimal").string(), "plugins", "info", "nope"},
                       without_plugin_path());
    CHECK(result.exit_code == 2);
    CHECK(contains(result.err, "crosscheck: error: no plugin named 'nope' (searched: "));
}

TEST_CASE("plugins: a world-writable plugin is refused unless allowed", "[plugins]") {
    crosscheck::testing::TempDir dir;
    const auto folder = dir / "plugins";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(k_plugins / "c_minimal" / "c_minimal.so", folder / "c_minimal.so");
    std::filesystem::permissions(folder / "c_minimal.so", std::filesystem::perms::all);
    auto refused = run_crosscheck({"--plugins", folder.string(), "plugins", "info", "c_minimal"},
                                  without_plugin_path());
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "is writable by everyone (mode 0777)"));
    auto allowed = run_crosscheck(
        {"--plugins", folder.string(), "--allow-unsafe-plugins", "plugins", "info", "c_minimal"},
        without_plugin_path());
    CHECK(allowed.exit_code == 0);
    CHECK(contains(allowed.out, "name:         c_minimal\n"));
}

TEST_CASE("plugins: $CROSSCHECK_PLUGIN_PATH is searched", "[plugins]") {
    ProcessOptions options;
    options.env["CROSSCHECK_PLUGIN_PATH"] =
        (k_plugins / "missing_name").string() + ":" + (k_plugins / "c_minimal").string();
    const auto result = run_crosscheck({"plugins", "list"}, options);
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "c_minimal  0.1.0"));
    CHECK(contains(result.out, "required metadata 'name' is missing"));
}
