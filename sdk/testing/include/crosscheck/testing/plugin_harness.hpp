#pragma once
/// \file
/// Test a built plugin the way the host runs it. `PluginHarness` opens the
/// plugin file with the host's own loader (`crosscheck/loader.hpp`: same
/// dlopen flags, same table and API version checks, same validation of
/// findings), configures it, and runs it on claim groups you build in code.
/// Framework-agnostic: errors are thrown as `std::runtime_error`, so any test
/// framework (Catch2 in the template) reports them.
///
/// Example (Catch2):
/// \code
/// #include <crosscheck/testing/plugin_harness.hpp>
/// #include <catch2/catch.hpp>
///
/// TEST_CASE("spread: 2,000 vs 200 is flagged") {
///     crosscheck::testing::PluginHarness plugin{SPREAD_PLUGIN_FILE};
///     plugin.configure({{"max_ratio", 3.0}});
///     auto findings = plugin.check(crosscheck::testing::group("deaths", {
///         crosscheck::testing::claim(1, 2000), crosscheck::testing::claim(2, 200)}));
///     REQUIRE(findings.size() == 1);
///     CHECK(findings[0].severity == "high");
/// }
/// \endcode

#include "crosscheck/loader.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::testing {

using loader::CheckOutcome;
using loader::ClaimGroupRecord;
using loader::ClaimRecord;
using loader::ConfigEntryRecord;
using loader::ConfigValueRecord;
using loader::FindingClaimRecord;
using loader::FindingRecord;
using loader::PluginInfo;

/// An exact claim: id `id`, `value` with interval [value, value], the
/// metric "deaths" unless given, unit "people". Adjust fields as needed:
/// \code
/// auto c = claim(3, 2900);
/// c.qualifier = "more_than";
/// c.high.reset();
/// \endcode
[[nodiscard]] inline ClaimRecord claim(std::int64_t id, double value,
                                       std::string metric = "deaths") {
    ClaimRecord c;
    c.id = id;
    c.metric = std::move(metric);
    c.value = value;
    c.low = value;
    c.high = value;
    c.unit = "people";
    c.text = std::to_string(value);
    c.source_id = id;
    c.source_outlet = "Outlet " + std::to_string(id);
    return c;
}

/// A claim group about `metric`, with the empty scope key.
[[nodiscard]] inline ClaimGroupRecord group(std::string metric, std::vector<ClaimRecord> claims) {
    ClaimGroupRecord g;
    g.metric = std::move(metric);
    g.scope_key = "||";
    g.claims = std::move(claims);
    return g;
}

/// A loaded plugin under test.
class PluginHarness {
public:
    /// Loads `file` as the host would; throws `std::runtime_error` with the
    /// host's message when the host would refuse it.
    explicit PluginHarness(const std::filesystem::path& file) {
        std::string error;
        m_library = loader::PluginLibrary::open(file, error);
        if (!m_library) {
            throw std::runtime_error(error);
        }
    }

    /// Why the host would refuse `file`, or "" when it would load it.
    [[nodiscard]] static std::string load_error(const std::filesystem::path& file) {
        std::string error;
        return loader::PluginLibrary::open(file, error) ? std::string{} : error;
    }

    /// The plugin's metadata as `crosscheck plugins info` shows it.
    [[nodiscard]] const PluginInfo& info() const noexcept { return m_library->info(); }

    /// Calls `init` with `config` (replacing an earlier configuration); throws
    /// `std::runtime_error` with the plugin's message when it refuses it.
    /// \code
    /// plugin.configure({{"max_ratio", 3.0}, {"severity", "high"}});
    /// \endcode
    void configure(const std::vector<ConfigEntryRecord>& config) {
        m_instance.reset();
        std::string error;
        m_instance = loader::PluginInstance::create(m_library, config, error);
        if (!m_instance) {
            throw std::runtime_error("plugin '" + info().name + "': " + error);
        }
    }

    /// The message `init` fails with for `config`, or "" when it accepts it.
    [[nodiscard]] std::string configure_error(const std::vector<ConfigEntryRecord>& config) {
        try {
            configure(config);
            return {};
        } catch (const std::runtime_error& e) {
            return e.what();
        }
    }

    /// Runs the plugin on `group` (configuring it with no key first if
    /// `configure` was not called) and returns the full outcome, errors and
    /// log included.
    CheckOutcome run(const ClaimGroupRecord& group) {
        ensure_configured();
        m_log.clear();
        return m_instance->check(group, [this](std::int32_t level, std::string_view message) {
            m_log.push_back({level, std::string(message)});
        });
    }

    /// Runs the plugin on `group` and returns its findings; throws
    /// `std::runtime_error` with the plugin's message when the check fails.
    std::vector<FindingRecord> check(const ClaimGroupRecord& group) {
        CheckOutcome outcome = run(group);
        if (outcome.status != CROSSCHECK_OK) {
            throw std::runtime_error("plugin '" + info().name + "': " + outcome.error);
        }
        return std::move(outcome.findings);
    }

    /// A log message the plugin sent during the last `run`/`check`.
    struct LogLine {
        std::int32_t level;  ///< a crosscheck_log_level
        std::string message; ///< the text
    };
    /// What the plugin logged during the last `run`/`check`.
    [[nodiscard]] const std::vector<LogLine>& log() const noexcept { return m_log; }

private:
    void ensure_configured() {
        if (!m_instance) {
            configure({});
        }
    }

    std::shared_ptr<const loader::PluginLibrary> m_library;
    std::unique_ptr<loader::PluginInstance> m_instance;
    std::vector<LogLine> m_log;
};

} // namespace crosscheck::testing
