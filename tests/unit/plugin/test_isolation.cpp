// The pieces of plugin isolation that need no child process: the protocol's
// frames and codecs, the pinned file, and how a child's end is described.
// The child processes themselves are exercised end to end
// (tests/e2e/test_isolation.cpp) and by PluginRegistry below.
#include "host/plugin/isolation_protocol.hpp"
#include "host/plugin/plugin_file.hpp"
#include "host/plugin/plugin_library.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/plugin/plugin_watchdog.hpp"
#include "host/util/sha256.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <filesystem>
#include <limits>

using namespace crosscheck;
using namespace crosscheck::plugin;

namespace {

const std::filesystem::path k_plugins = CROSSCHECK_TEST_PLUGIN_DIR;

std::vector<model::Claim> sample_claims() {
    model::Claim c;
    c.id = 7;
    c.key = "not carried: the child has no use for it";
    c.metric = "deaths";
    c.value = 2906;
    c.low = 2900;
    c.high = std::nullopt; // "more than 2,900": unbounded above
    c.unit = "people";
    c.qualifier = model::Qualifier::more_than;
    c.text = "more than 2,900";
    c.scope.subject = "armenian_side";
    c.scope.subset = true;
    c.attribution = "Armenian government";
    c.as_of = {1695600000, "2023-09-25T00:00:00Z"};
    c.source.outlet = "Outlet \xe2\x80\x9cquoted\xe2\x80\x9d";
    c.quote = std::string("a NUL \0 inside", 14);
    c.span = model::TextSpan{3, 18};
    model::Claim d = c;
    d.id = 8;
    d.value = 0.1 + 0.2; // not exactly representable in decimal text
    d.low = -std::numeric_limits<double>::infinity();
    d.qualifier = model::Qualifier::none;
    d.as_of = {};
    d.span.reset();
    return {c, d};
}

} // namespace

TEST_CASE("isolation protocol: a group survives the round trip exactly", "[plugin]") {
    const std::vector<model::Claim> claims = sample_claims();
    const std::string metric = "deaths";
    const std::string scope = "armenian_side/subset||";
    const plugin::ClaimGroupLayout group(metric, scope, claims);
    const std::string frame = isolation::encode_frame(isolation::group_to_json(group));
    REQUIRE(isolation::frame_length(frame.data()) == frame.size() - 4);
    auto decoded = isolation::decode_payload(frame.substr(4));
    REQUIRE(decoded);
    const isolation::ReceivedGroup back = isolation::group_from_json(*decoded);
    REQUIRE(back.claims.size() == 2);
    CHECK(back.metric == metric);
    CHECK(back.scope_key == scope);
    CHECK(back.claims[0].low == 2900);
    CHECK_FALSE(back.claims[0].high.has_value());
    CHECK(back.claims[0].qualifier == model::Qualifier::more_than);
    CHECK(back.claims[0].scope == claims[0].scope);
    CHECK(back.claims[0].quote == claims[0].quote);
    CHECK(back.claims[0].source.outlet == claims[0].source.outlet);
    CHECK(back.claims[0].as_of.seconds == 1695600000);
    CHECK(back.claims[0].span == claims[0].span);
    CHECK(back.claims[0].key.empty());
    CHECK_FALSE(back.claims[1].as_of.seconds.has_value());
    CHECK(back.claims[1].value == 0.1 + 0.2);
    CHECK(std::isinf(*back.claims[1].low));
    CHECK(back.claims[1].qualifier == model::Qualifier::none);
    CHECK_FALSE(back.claims[1].span.has_value());
}

TEST_CASE("isolation protocol: config and findings round trip", "[plugin]") {
    const model::CheckerConfig config = {
        {"window_hours", 12, "rules/checks.toml:3:16"},
        {"names", std::vector<model::ConfigValue>{"a", 2.5, true}, ""}};
    const auto back = isolation::config_from_json(isolation::config_to_json(config));
    REQUIRE(back.size() == 2);
    CHECK(back[0].key == "window_hours");
    CHECK(back[0].value.type == model::ConfigValue::Type::integer);
    CHECK(back[0].value.integer == 12);
    CHECK(back[0].origin == "rules/checks.toml:3:16");
    REQUIRE(back[1].value.items.size() == 3);
    CHECK(back[1].value.items[0].string == "a");
    CHECK(back[1].value.items[1].number == 2.5);
    CHECK(back[1].value.items[2].boolean);

    model::Finding finding;
    finding.checker = "x";
    finding.severity = model::Severity::medium;
    finding.message = "2,000 vs 200";
    finding.claims = {{7, "", model::ClaimRole::questioned}, {8, "", model::ClaimRole::reference}};
    const auto again = isolation::findings_from_json(isolation::findings_to_json({finding}));
    REQUIRE(again.size() == 1);
    CHECK(again[0].checker == "x");
    CHECK(again[0].severity == model::Severity::medium);
    CHECK(again[0].message == "2,000 vs 200");
    CHECK(again[0].claims == finding.claims);

    // Well-formed CBOR, but no severity by that name: an error, not a guess.
    nlohmann::json bad = isolation::findings_to_json({finding});
    bad[0][1] = "urgent";
    CHECK_THROWS_AS(isolation::findings_from_json(bad), isolation::ProtocolError);
}

TEST_CASE("isolation protocol: bad frames are errors, not crashes", "[plugin]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    SECTION("a truncated header") {
        REQUIRE(::write(fds[1], "\x05\x00", 2) == 2);
        ::close(fds[1]);
        auto r = isolation::read_message(fds[0]);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "truncated frame header");
    }
    SECTION("a length beyond the limit") {
        REQUIRE(::write(fds[1], "\xff\xff\xff\x7f", 4) == 4);
        ::close(fds[1]);
        auto r = isolation::read_message(fds[0]);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "frame of 2147483647 bytes is too large");
    }
    SECTION("a payload that is not CBOR") {
        REQUIRE(::write(fds[1], "\x03\x00\x00\x00xyz", 7) == 7);
        ::close(fds[1]);
        auto r = isolation::read_message(fds[0]);
        REQUIRE_FALSE(r);
        CHECK(r.error().message == "malformed message (not a CBOR object)");
    }
    SECTION("end of file before any byte is the end, not an error") {
        ::close(fds[1]);
        auto r = isolation::read_message(fds[0]);
        REQUIRE(r);
        CHECK_FALSE(r->has_value());
    }
    ::close(fds[0]);
}

TEST_CASE("watchdog: how a child's end is described", "[plugin]") {
    CHECK(describe_signal(SIGSEGV) == "SIGSEGV (segmentation fault)");
    CHECK(describe_signal(SIGABRT) == "SIGABRT (aborted)");
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::_exit(7);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(describe_exit(status) == "exited with status 7");
}

TEST_CASE("plugin file: is_sha256_hex", "[plugin]") {
    CHECK(is_sha256_hex(std::string(64, 'f')));
    CHECK(is_sha256_hex(std::string(32, 'A') + std::string(32, '0')));
    CHECK_FALSE(is_sha256_hex(std::string(63, 'f')));
    CHECK_FALSE(is_sha256_hex(std::string(65, 'f')));
    CHECK_FALSE(is_sha256_hex(std::string(63, 'f') + "g"));
    CHECK_FALSE(is_sha256_hex(""));
}

TEST_CASE("plugin file: hashed and loaded through the descriptor, not the path", "[plugin]") {
    testing::TempDir dir;
    const auto path = dir / "swapped.so";
    std::filesystem::copy_file(k_plugins / "good_spread" / "good_spread.so", path);
    auto file = open_plugin_file(path);
    REQUIRE(file);
    const auto original = file->sha256();
    REQUIRE(original);
    CHECK(original->size() == 64);
    CHECK(verify_pin(*file, *original));

    // Someone replaces the file after the check: what the descriptor reads,
    // and what the loader loads through it, are still the original.
    std::filesystem::copy_file(k_plugins / "c_minimal" / "c_minimal.so", dir / "other.so");
    std::filesystem::rename(dir / "other.so", path);
    CHECK(*file->sha256() == *original);
    auto loadable = file->loadable_path();
    REQUIRE(loadable);
    auto library = PluginLibrary::open(*loadable, k_host_api_version, path);
    INFO((library ? "" : library.error().message));
    REQUIRE(library);
    CHECK((*library)->info().name == "good_spread");
    CHECK((*library)->info().file == path);

    const std::string wrong(64, '0');
    auto mismatch = verify_pin(*file, wrong);
    REQUIRE_FALSE(mismatch);
    CHECK(mismatch.error().message == "plugin file '" + path.string() +
                                          "' does not match its pinned SHA-256: expected " + wrong +
                                          ", actual " + *original);
}

TEST_CASE("plugin file: a missing file is an error naming it", "[plugin]") {
    auto file = open_plugin_file("/nonexistent/x.so");
    REQUIRE_FALSE(file);
    CHECK(file.error().message ==
          "cannot open plugin file '/nonexistent/x.so': No such file or directory");
}

TEST_CASE("registry: a pinned file that does not match is not loaded", "[plugin]") {
    PluginRegistry registry;
    const auto file = k_plugins / "good_spread" / "good_spread.so";
    CHECK_FALSE(registry.load(file, true, {{"good_spread", std::string(64, 'e')}}));
    CHECK(registry.find("good_spread") == nullptr);
    REQUIRE(registry.failures().size() == 1);
    CHECK(registry.failures()[0].reason.find("expected " + std::string(64, 'e') + ", actual ") !=
          std::string::npos);

    auto opened = open_plugin_file(file);
    REQUIRE(opened);
    CHECK(registry.load(file, true, {{"good_spread", *opened->sha256()}}));
    CHECK(registry.find("good_spread") != nullptr);
}

TEST_CASE("registry: a pinned name in a file named otherwise is refused", "[plugin]") {
    // The pin is looked up by file name before loading; a plugin that calls
    // itself by a pinned name from another file cannot slip past it.
    testing::TempDir dir;
    std::filesystem::copy_file(k_plugins / "good_spread" / "good_spread.so", dir / "renamed.so");
    PluginRegistry registry;
    CHECK_FALSE(registry.load(dir / "renamed.so", true, {{"good_spread", std::string(64, 'e')}}));
    REQUIRE(registry.failures().size() == 1);
    CHECK(registry.failures()[0].reason.find("is pinned, but its file") != std::string::npos);
}

#ifdef CROSSCHECK_PLUGIN_HOST_BINARY
TEST_CASE("registry: an isolated plugin checks like the in-process one", "[plugin]") {
    PluginRegistry registry;
    registry.set_child_program(CROSSCHECK_PLUGIN_HOST_BINARY);
    REQUIRE(registry.load(k_plugins / "good_spread" / "good_spread.so", true));
    std::vector<model::Claim> claims;
    for (int i = 0; i < 4; ++i) {
        model::Claim c;
        c.id = i + 1;
        c.metric = "deaths";
        c.value = i == 3 ? 5000 : 200 + i;
        c.low = c.high = c.value;
        claims.push_back(c);
    }
    const std::string metric = "deaths";
    const std::string scope = "||";
    const ClaimGroupLayout group(metric, scope, claims);
    auto in_process = registry.configure("good_spread", {});
    REQUIRE(in_process);
    auto expected = in_process->check(group);
    REQUIRE(expected);

    IsolationSettings settings;
    settings.limits.timeout = std::chrono::seconds(20);
    REQUIRE(registry.isolate("good_spread", settings));
    ChildPool pool;
    auto isolated = registry.configure("good_spread", {}, &pool);
    INFO((isolated ? "" : isolated.error().message));
    REQUIRE(isolated);
    CHECK(isolated->isolated());
    auto found = isolated->check(group);
    INFO((found ? "" : found.error().message));
    REQUIRE(found);
    REQUIRE(found->size() == expected->size());
    for (std::size_t i = 0; i < found->size(); ++i) {
        CHECK((*found)[i].checker == (*expected)[i].checker);
        CHECK((*found)[i].severity == (*expected)[i].severity);
        CHECK((*found)[i].message == (*expected)[i].message);
        CHECK((*found)[i].claims == (*expected)[i].claims);
    }
    // A configuration the plugin refuses is refused through the child too.
    auto refused = registry.configure("good_spread", {{"no_such_key", 1}}, &pool);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("init failed") != std::string::npos);
    CHECK(refused.error().message.find("no_such_key") != std::string::npos);
}
#endif
