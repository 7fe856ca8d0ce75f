#pragma once
/// \file
/// Test a built plugin the way the host runs it. `PluginHarness` opens the
/// plugin file with the host's own loader (the same dlopen flags, the same
/// table and API version checks, the same layout of claims and validation of
/// findings: the `crosscheck::testing` library is compiled from the host's
/// plugin sources), configures it, and runs it on claim groups you build in
/// code. Framework-agnostic: errors are thrown as `std::runtime_error`, so
/// any test framework (Catch2 in the template) reports them.
///
/// Link `crosscheck::testing` (from `find_package(crosscheck-sdk)`); this
/// header needs nothing but the standard library and the C ABI header.
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

#include "crosscheck/crosscheck_plugin.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace crosscheck::testing {

/// A point in time; `epoch_seconds` empty means unknown.
struct TimeRecord {
    std::optional<std::int64_t> epoch_seconds; ///< seconds since the epoch
    std::string iso;                           ///< "2023-09-24T12:40:00Z"
};

/// A claim as a test writes it; the plugin receives it as a `crosscheck_claim`
/// laid out exactly as the host lays out a stored claim.
struct ClaimRecord {
    std::int64_t id = 0;        ///< stable claim id
    std::string metric;         ///< "deaths"
    double value = 0;           ///< as stated, canonical unit
    std::optional<double> low;  ///< empty: unbounded below
    std::optional<double> high; ///< empty: unbounded above
    std::string unit;           ///< "people"
    /// "" for an exact figure, else a name the host uses: "more_than",
    /// "at_least", "less_than", "at_most", "nearly", "approximately",
    /// "range", "vague" (any other is refused: the host never sends it).
    std::string qualifier;
    std::string text;             ///< "more than 2,900"
    std::string scope_subject;    ///< scope.subject
    std::string scope_event;      ///< scope.event
    std::string scope_period;     ///< scope.period
    std::string attribution;      ///< who says so
    TimeRecord as_of;             ///< when the figure was true
    std::int64_t source_id = 0;   ///< source.id
    std::string source_url;       ///< source.url
    std::string source_outlet;    ///< source.outlet
    TimeRecord source_published;  ///< source.published
    std::string quote;            ///< the sentence quoted
    std::uint64_t span_start = 0; ///< byte offset of `text`
    std::uint64_t span_end = 0;   ///< byte offset past `text`
    bool as_of_stated = false;    ///< the source states `as_of` (else publication time)
};

/// A claim group: claims about one metric and scope.
struct ClaimGroupRecord {
    std::string metric;              ///< shared metric
    std::string scope_key;           ///< "subject|event|period"
    std::vector<ClaimRecord> claims; ///< the claims compared
};

/// A claim a finding involves.
struct FindingClaimRecord {
    std::int64_t claim_id = 0; ///< a claim of the group
    std::string role;          ///< "questioned" or "reference"

    /// Equal id and role.
    friend bool operator==(const FindingClaimRecord&, const FindingClaimRecord&) = default;
};

/// A finding as the host keeps it, validated and copied out of the plugin.
struct FindingRecord {
    std::string checker;                    ///< the plugin's name unless it named a sub-checker
    std::string severity;                   ///< "high", "medium", "low", "info"
    std::string message;                    ///< one line
    std::vector<FindingClaimRecord> claims; ///< at least one
};

/// A configuration value: bool, integer, number, string or array.
struct ConfigValueRecord {
    std::int32_t type = CROSSCHECK_VALUE_BOOL; ///< a crosscheck_value_type
    bool boolean = false;                      ///< BOOL
    std::int64_t integer = 0;                  ///< INTEGER
    double number = 0;                         ///< NUMBER (and INTEGER as double)
    std::string string;                        ///< STRING
    std::vector<ConfigValueRecord> items;      ///< ARRAY

    ConfigValueRecord() = default;
    /// A bool.
    ConfigValueRecord(bool b) : type(CROSSCHECK_VALUE_BOOL), boolean(b) {}
    /// An integer.
    template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) ConfigValueRecord(I i)
        : type(CROSSCHECK_VALUE_INTEGER), integer(static_cast<std::int64_t>(i)),
          number(static_cast<double>(i)) {}
    /// A floating-point number.
    ConfigValueRecord(double d) : type(CROSSCHECK_VALUE_NUMBER), number(d) {}
    /// A string.
    ConfigValueRecord(const char* s) : type(CROSSCHECK_VALUE_STRING), string(s) {}
    /// A string.
    ConfigValueRecord(std::string s) : type(CROSSCHECK_VALUE_STRING), string(std::move(s)) {}
    /// An array.
    ConfigValueRecord(std::vector<ConfigValueRecord> a)
        : type(CROSSCHECK_VALUE_ARRAY), items(std::move(a)) {}
};

/// One key of a plugin's configuration: `{"max_ratio", 2.5}`.
struct ConfigEntryRecord {
    std::string key;         ///< dotted for nested tables
    ConfigValueRecord value; ///< its value
    std::string origin;      ///< "file:line:col" or ""

    ConfigEntryRecord() = default;
    /// `key` = `value`, found at `origin` ("file:line:col") when known.
    ConfigEntryRecord(std::string key_, ConfigValueRecord value_, std::string origin_ = {})
        : key(std::move(key_)), value(std::move(value_)), origin(std::move(origin_)) {}
};

/// A configuration key a plugin declares.
struct ConfigKeyInfo {
    std::string name;          ///< "tolerance.relative"
    std::string type;          ///< "bool", "integer", "number", "string", "array"
    std::string description;   ///< one line
    std::string default_value; ///< as TOML text, "" when none
};

/// A plugin's metadata, as `crosscheck plugins info` shows it.
struct PluginInfo {
    std::string name;                       ///< unique among loaded plugins
    std::string version;                    ///< the plugin's own version
    std::string description;                ///< one line
    crosscheck_version required_api{};      ///< oldest host API it works with
    std::filesystem::path file;             ///< where it was loaded from
    std::vector<ConfigKeyInfo> config_keys; ///< what its config may contain
};

/// What one `check` call produced. `status != CROSSCHECK_OK` means it failed
/// and `error` says why (findings emitted before the failure are kept).
struct CheckOutcome {
    std::int32_t status = CROSSCHECK_OK; ///< a crosscheck_status
    std::string error;                   ///< the plugin's message, or the host's
    std::vector<FindingRecord> findings; ///< validated copies
};

/// "1.2.3".
[[nodiscard]] inline std::string to_string(const crosscheck_version& v) {
    return std::to_string(v.major) + '.' + std::to_string(v.minor) + '.' + std::to_string(v.patch);
}

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
    explicit PluginHarness(const std::filesystem::path& file);
    ~PluginHarness();
    PluginHarness(PluginHarness&&) noexcept;
    PluginHarness& operator=(PluginHarness&&) noexcept;

    /// Why the host would refuse `file`, or "" when it would load it.
    [[nodiscard]] static std::string load_error(const std::filesystem::path& file);

    /// The plugin's metadata as `crosscheck plugins info` shows it.
    [[nodiscard]] const PluginInfo& info() const noexcept { return m_info; }

    /// Calls `init` with `config` (replacing an earlier configuration); throws
    /// `std::runtime_error` with the plugin's message when it refuses it.
    /// \code
    /// plugin.configure({{"max_ratio", 3.0}, {"severity", "high"}});
    /// \endcode
    void configure(const std::vector<ConfigEntryRecord>& config);

    /// The message `init` fails with for `config`, or "" when it accepts it.
    [[nodiscard]] std::string configure_error(const std::vector<ConfigEntryRecord>& config);

    /// Runs the plugin on `group` (configuring it with no key first if
    /// `configure` was not called) and returns the full outcome, errors and
    /// log included. Throws `std::invalid_argument` for a claim the host
    /// could never send (an unknown qualifier name).
    CheckOutcome run(const ClaimGroupRecord& group);

    /// Runs the plugin on `group` and returns its findings; throws
    /// `std::runtime_error` with the plugin's message when the check fails.
    std::vector<FindingRecord> check(const ClaimGroupRecord& group);

    /// A log message the plugin sent during the last `run`/`check`.
    struct LogLine {
        std::int32_t level;  ///< a crosscheck_log_level
        std::string message; ///< the text
    };
    /// What the plugin logged during the last `run`/`check`.
    [[nodiscard]] const std::vector<LogLine>& log() const noexcept { return m_log; }

private:
    struct Loaded; // the host's library and instance, in the compiled library

    std::unique_ptr<Loaded> m_loaded;
    PluginInfo m_info;
    std::vector<LogLine> m_log;
};

} // namespace crosscheck::testing
