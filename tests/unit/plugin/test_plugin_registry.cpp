// Discovery and the registry: folders, unsafe files, duplicate names, and the
// calls the check engine makes, on the test plugins of tests/plugins/.
#include "host/plugin/plugin_registry.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

using crosscheck::Expected;
using crosscheck::model::Claim;
using crosscheck::model::Finding;
using crosscheck::plugin::ClaimGroupLayout;
using crosscheck::plugin::ConfiguredChecker;
using crosscheck::plugin::PluginRegistry;
using crosscheck::plugin::RegistryOptions;

namespace {

const std::filesystem::path k_plugins = CROSSCHECK_TEST_PLUGIN_DIR;

RegistryOptions only(std::vector<std::filesystem::path> dirs) {
    RegistryOptions options;
    options.search.plugin_dirs = std::move(dirs);
    options.search.use_build_dir = false;
    options.search.use_environment = false;
    return options;
}

// Runs `checker` on a group of death tolls, (id, figure) each.
Expected<std::vector<Finding>> check_deaths(ConfiguredChecker& checker,
                                            std::vector<std::pair<std::int64_t, double>> figures) {
    std::vector<Claim> claims;
    for (const auto& [id, value] : figures) {
        Claim c;
        c.id = id;
        c.metric = "deaths";
        c.value = value;
        c.low = value;
        c.high = value;
        c.text = std::to_string(static_cast<long>(value));
        claims.push_back(c);
    }
    const std::string metric = "deaths";
    const std::string scope = "armenian_side|offensive_2023|2023";
    return checker.check(ClaimGroupLayout(metric, scope, claims));
}

// A copy of the good plugin in a fresh folder, with the given modes.
std::filesystem::path copy_good_plugin(const crosscheck::testing::TempDir& dir,
                                       std::filesystem::perms file_mode,
                                       std::filesystem::perms folder_mode) {
    const auto folder = dir / "plugins";
    std::filesystem::create_directories(folder);
    const auto file = folder / "good_spread.so";
    std::filesystem::copy_file(k_plugins / "good_spread" / "good_spread.so", file);
    std::filesystem::permissions(file, file_mode);
    std::filesystem::permissions(folder, folder_mode);
    return file;
}

using std::filesystem::perms;
constexpr perms k_safe_file = perms::owner_all | perms::group_read | perms::group_exec |
                              perms::others_read | perms::others_exec;

} // namespace

TEST_CASE("registry: loads the good plugins and skips each bad one with its reason", "[plugin]") {
    const PluginRegistry registry = PluginRegistry::discover(
        only({k_plugins / "good_spread", k_plugins / "c_minimal", k_plugins / "no_entry",
              k_plugins / "not_a_library", k_plugins / "wrong_major", k_plugins / "newer_minor",
              k_plugins / "unresolved", k_plugins / "missing_name", k_plugins / "missing"}));
    const auto plugins = registry.plugins();
    REQUIRE(plugins.size() == 2);
    CHECK(plugins[0]->name == "c_minimal");
    CHECK(plugins[1]->name == "good_spread");
    REQUIRE(registry.failures().size() == 7);
    CHECK(registry.failures()[0].file == k_plugins / "no_entry" / "no_entry.so");
    CHECK(registry.failures()[6].reason ==
          "plugin folder '" + (k_plugins / "missing").string() + "' does not exist");
    CHECK(registry.find("good_spread") != nullptr);
    CHECK(registry.find("wrong_major") == nullptr);
}

TEST_CASE("registry: two plugins with the same name is an error naming both files", "[plugin]") {
    const PluginRegistry registry = PluginRegistry::discover(only({k_plugins / "duplicate"}));
    REQUIRE(registry.plugins().size() == 1);
    REQUIRE(registry.failures().size() == 1);
    CHECK(registry.failures()[0].reason ==
          "two plugins are named 'twin': '" + (k_plugins / "duplicate" / "twin_first.so").string() +
              "' and '" + (k_plugins / "duplicate" / "twin_second.so").string() +
              "'; the second is skipped");
}

TEST_CASE("registry: a plugin file or folder others can write to is refused", "[plugin]") {
    crosscheck::testing::TempDir dir;
    SECTION("world-writable file") {
        const auto file = copy_good_plugin(dir, perms::all, k_safe_file);
        const PluginRegistry registry = PluginRegistry::discover(only({file.parent_path()}));
        CHECK(registry.plugins().empty());
        REQUIRE(registry.failures().size() == 1);
        CHECK(registry.failures()[0].reason ==
              "refusing to load: plugin file '" + file.string() +
                  "' is writable by everyone (mode 0777); fix with `chmod go-w`, or pass "
                  "--allow-unsafe-plugins");
        RegistryOptions allowed = only({file.parent_path()});
        allowed.allow_unsafe = true;
        CHECK(PluginRegistry::discover(allowed).plugins().size() == 1);
    }
    SECTION("group-writable folder") {
        const auto file = copy_good_plugin(dir, k_safe_file, k_safe_file | perms::group_write);
        const PluginRegistry registry = PluginRegistry::discover(only({file.parent_path()}));
        CHECK(registry.plugins().empty());
        REQUIRE(registry.failures().size() == 1);
        CHECK(registry.failures()[0].reason ==
              "refusing to load: plugin folder '" + file.parent_path().string() +
                  "' is writable by its group (mode 0775); fix with `chmod go-w`, or pass "
                  "--allow-unsafe-plugins");
    }
    SECTION("safe copy") {
        const auto file = copy_good_plugin(dir, k_safe_file, k_safe_file);
        CHECK(PluginRegistry::discover(only({file.parent_path()})).plugins().size() == 1);
    }
}

TEST_CASE("registry: $CROSSCHECK_PLUGIN_PATH folders are searched after --plugins", "[plugin]") {
    const std::string value =
        (k_plugins / "c_minimal").string() + ":" + (k_plugins / "good_spread").string() + ":";
    ::setenv("CROSSCHECK_PLUGIN_PATH", value.c_str(), 1);
    RegistryOptions options = only({k_plugins / "good_spread"});
    options.search.use_environment = true;
    const PluginRegistry registry = PluginRegistry::discover(options);
    ::unsetenv("CROSSCHECK_PLUGIN_PATH");
    // good_spread is named twice but searched once.
    CHECK(registry.search_dirs() ==
          std::vector<std::filesystem::path>{k_plugins / "good_spread", k_plugins / "c_minimal"});
    CHECK(registry.plugins().size() == 2);
    CHECK(registry.failures().empty());
}

TEST_CASE("registry: configure and check return findings or errors as Expected", "[plugin]") {
    const PluginRegistry registry = PluginRegistry::discover(
        only({k_plugins / "good_spread", k_plugins / "throwing", k_plugins / "check_error"}));

    auto checker = registry.configure("good_spread", {{"max_ratio", 5.0}});
    REQUIRE(checker);
    auto findings = check_deaths(*checker, {{1, 2000}, {2, 200}});
    REQUIRE(findings);
    REQUIRE(findings->size() == 1);
    CHECK((*findings)[0].checker == "good_spread");
    CHECK((*findings)[0].severity == crosscheck::model::Severity::high);
    REQUIRE((*findings)[0].claims.size() == 2);
    CHECK((*findings)[0].claims[0].claim_id == 1);
    CHECK((*findings)[0].claims[0].claim_key.empty()); // the engine's to set
    CHECK((*findings)[0].claims[0].role == crosscheck::model::ClaimRole::questioned);

    const std::string good_file = (k_plugins / "good_spread" / "good_spread.so").string();
    auto bad_config = registry.configure("good_spread", {{"max_ratio", true}});
    REQUIRE_FALSE(bad_config);
    CHECK(bad_config.error().message ==
          "plugin 'good_spread' (" + good_file +
              "): init failed: configuration error: config key 'max_ratio': expected number, "
              "got bool");

    auto missing = registry.configure("no_such_checker", {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message ==
          "no plugin named 'no_such_checker' (loaded: check_error, good_spread, throwing)");

    auto throwing = registry.configure("throwing", {{"throw_type", "int"}});
    REQUIRE(throwing);
    auto thrown = check_deaths(*throwing, {{1, 5}});
    REQUIRE_FALSE(thrown);
    CHECK(thrown.error().message ==
          "plugin 'throwing' (" + (k_plugins / "throwing" / "throwing.so").string() +
              "): check of 1 claim(s) about 'deaths' failed: internal error: exception of type "
              "'int' (not derived from std::exception)");

    auto failing = registry.configure("check_error", {});
    REQUIRE(failing);
    auto failed = check_deaths(*failing, {{1, 5}, {2, 6}});
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.ends_with(
        "check of 2 claim(s) about 'deaths' failed: input error: cannot compare 2 claims about "
        "'deaths'"));
}

TEST_CASE("registry: a configured checker keeps its library after the registry is gone",
          "[plugin]") {
    std::optional<ConfiguredChecker> checker;
    {
        const PluginRegistry registry = PluginRegistry::discover(only({k_plugins / "good_spread"}));
        auto configured = registry.configure("good_spread", {});
        REQUIRE(configured);
        checker.emplace(std::move(*configured));
    }
    auto findings = check_deaths(*checker, {{1, 2000}, {2, 200}});
    REQUIRE(findings);
    CHECK(findings->size() == 1);
    CHECK(checker->info().name == "good_spread");
}
