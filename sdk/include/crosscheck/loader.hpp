#pragma once
/// \file
/// How the crosscheck host loads, checks and calls a plugin. This header is
/// the host's own loading code (host/plugin/ uses it unchanged) and is also
/// what the testing harness (`crosscheck/testing/plugin_harness.hpp`) uses, so
/// a plugin tested with the harness is loaded exactly as the host loads it:
/// the same dlopen flags (RTLD_NOW | RTLD_LOCAL through Boost.DLL), the same
/// table and version checks, the same validation of findings.
///
/// Needs Boost.DLL (header-only; define BOOST_DLL_USE_STD_FS to avoid
/// Boost.Filesystem) and libdl. Plugin authors reach it through the harness;
/// only `crosscheck/checker.hpp` is needed to write a plugin.
///
/// Host-side data is plain C++ (`ClaimRecord`, `FindingRecord`, ...); the
/// `Marshalled*` classes lay it out as the C structs of the ABI.

#include "crosscheck/crosscheck_plugin.h"

#include <boost/dll/shared_library.hpp>

#include <dlfcn.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

namespace crosscheck::loader {

/// The API version of the host this header is compiled into.
inline constexpr crosscheck_version k_host_api_version{
    CROSSCHECK_API_VERSION_MAJOR, CROSSCHECK_API_VERSION_MINOR, CROSSCHECK_API_VERSION_PATCH};

/// Size of the plugin table as defined by API 1.0: the members up to
/// `config_keys`. A table smaller than this is refused.
inline constexpr std::size_t k_table_size_v1_0 =
    offsetof(crosscheck_plugin, config_keys) + sizeof(void*);

/// Size of a finding as defined by API 1.0.
inline constexpr std::size_t k_finding_size_v1_0 =
    offsetof(crosscheck_finding, claim_count) + sizeof(std::size_t);

/// Room the host gives a plugin for an error message.
inline constexpr std::size_t k_error_capacity = 2048;

/// "1.2.3".
[[nodiscard]] inline std::string to_string(const crosscheck_version& v) {
    return std::to_string(v.major) + '.' + std::to_string(v.minor) + '.' + std::to_string(v.patch);
}

/// Why a plugin requiring API `required` cannot run on a host providing
/// `host`, or an empty optional when it can (same major, required minor not
/// newer than the host's; the patch level never matters).
[[nodiscard]] inline std::optional<std::string> incompatibility(const crosscheck_version& required,
                                                                const crosscheck_version& host) {
    if (required.major != host.major) {
        return "major versions differ";
    }
    if (required.minor > host.minor) {
        return "it needs a newer host (required minor " + std::to_string(required.minor) + " > " +
               std::to_string(host.minor) + ")";
    }
    return std::nullopt;
}

/// "high", "medium", "low", "info" for a `crosscheck_severity`, else nullptr.
[[nodiscard]] inline const char* severity_name(std::int32_t severity) noexcept {
    switch (severity) {
    case CROSSCHECK_SEVERITY_HIGH:
        return "high";
    case CROSSCHECK_SEVERITY_MEDIUM:
        return "medium";
    case CROSSCHECK_SEVERITY_LOW:
        return "low";
    case CROSSCHECK_SEVERITY_INFO:
        return "info";
    default:
        return nullptr;
    }
}

/// "questioned", "reference" for a `crosscheck_claim_role`, else nullptr.
[[nodiscard]] inline const char* role_name(std::int32_t role) noexcept {
    switch (role) {
    case CROSSCHECK_ROLE_QUESTIONED:
        return "questioned";
    case CROSSCHECK_ROLE_REFERENCE:
        return "reference";
    default:
        return nullptr;
    }
}

/// A short description of a non-OK `crosscheck_status`.
[[nodiscard]] inline std::string status_name(std::int32_t status) {
    switch (status) {
    case CROSSCHECK_OK:
        return "ok";
    case CROSSCHECK_ERROR_CONFIG:
        return "configuration error";
    case CROSSCHECK_ERROR_INPUT:
        return "input error";
    case CROSSCHECK_ERROR_INTERNAL:
        return "internal error";
    case CROSSCHECK_ERROR_HOST:
        return "refused by the host";
    default:
        return "status " + std::to_string(status);
    }
}

// ---------------------------------------------------------------------------
// Host-side records: what the check engine (or a test) fills in.

/// A point in time; `epoch_seconds` empty means unknown.
struct TimeRecord {
    std::optional<std::int64_t> epoch_seconds; ///< seconds since the epoch
    std::string iso;                           ///< "2023-09-24T12:40:00Z"
};

/// A claim as plain C++ data; mirrors `crosscheck_claim` field by field.
struct ClaimRecord {
    std::int64_t id = 0;          ///< stable claim id
    std::string metric;           ///< "deaths"
    double value = 0;             ///< as stated, canonical unit
    std::optional<double> low;    ///< empty: unbounded below
    std::optional<double> high;   ///< empty: unbounded above
    std::string unit;             ///< "people"
    std::string qualifier;        ///< "more_than", "" when exact
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
};

/// A claim group as plain C++ data.
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

// ---------------------------------------------------------------------------
// Marshalling to the C structs. Each object points into the records it was
// built from, which must outlive it; none may be copied or moved (the C
// structs point into the object itself).

namespace detail {
inline crosscheck_string c_string(const std::string& s) noexcept {
    return {s.c_str(), s.size()};
}
inline crosscheck_time c_time(const TimeRecord& t) noexcept {
    return {t.epoch_seconds.has_value() ? 1 : 0, t.epoch_seconds.value_or(0), c_string(t.iso)};
}
} // namespace detail

/// A `ClaimGroupRecord` laid out as a `crosscheck_claim_group`.
class MarshalledGroup {
public:
    /// Points into `group`, which must outlive this object and not change.
    explicit MarshalledGroup(const ClaimGroupRecord& group) {
        m_claims.reserve(group.claims.size());
        for (const ClaimRecord& r : group.claims) {
            m_claims.push_back(marshal(r));
        }
        finish(group.metric, group.scope_key);
    }
    /// The claims of `claims` at `positions`, in that order, as one group:
    /// a host lays out a group of a large case without moving or copying a
    /// claim. Points into `metric`, `scope_key` and `claims`, which must
    /// outlive this object and not change.
    MarshalledGroup(const std::string& metric, const std::string& scope_key,
                    const std::vector<ClaimRecord>& claims,
                    const std::vector<std::size_t>& positions) {
        m_claims.reserve(positions.size());
        for (const std::size_t i : positions) {
            m_claims.push_back(marshal(claims.at(i)));
        }
        finish(metric, scope_key);
    }
    MarshalledGroup(const MarshalledGroup&) = delete;
    MarshalledGroup& operator=(const MarshalledGroup&) = delete;

    /// The C struct.
    [[nodiscard]] const crosscheck_claim_group& get() const noexcept { return m_group; }

private:
    static crosscheck_claim marshal(const ClaimRecord& r) noexcept {
        using detail::c_string;
        crosscheck_claim c{};
        c.struct_size = sizeof(crosscheck_claim);
        c.id = r.id;
        c.metric = c_string(r.metric);
        c.value = r.value;
        c.has_low = r.low.has_value() ? 1 : 0;
        c.low = r.low.value_or(0);
        c.has_high = r.high.has_value() ? 1 : 0;
        c.high = r.high.value_or(0);
        c.unit = c_string(r.unit);
        c.qualifier = c_string(r.qualifier);
        c.text = c_string(r.text);
        c.scope = {c_string(r.scope_subject), c_string(r.scope_event), c_string(r.scope_period)};
        c.attribution = c_string(r.attribution);
        c.as_of = detail::c_time(r.as_of);
        c.source = {r.source_id, c_string(r.source_url), c_string(r.source_outlet),
                    detail::c_time(r.source_published)};
        c.quote = c_string(r.quote);
        c.span_start = r.span_start;
        c.span_end = r.span_end;
        return c;
    }
    void finish(const std::string& metric, const std::string& scope_key) {
        m_pointers.reserve(m_claims.size());
        for (const crosscheck_claim& c : m_claims) {
            m_pointers.push_back(&c);
        }
        m_group.struct_size = sizeof(crosscheck_claim_group);
        m_group.metric = detail::c_string(metric);
        m_group.scope_key = detail::c_string(scope_key);
        m_group.claims = m_pointers.data();
        m_group.claim_count = m_pointers.size();
    }

    std::vector<crosscheck_claim> m_claims;
    std::vector<const crosscheck_claim*> m_pointers;
    crosscheck_claim_group m_group{};
};

/// A configuration laid out as a `crosscheck_config`.
class MarshalledConfig {
public:
    /// Points into `entries`, which must outlive this object and not change.
    explicit MarshalledConfig(const std::vector<ConfigEntryRecord>& entries) {
        m_entries.reserve(entries.size());
        for (const ConfigEntryRecord& e : entries) {
            m_entries.push_back(
                {detail::c_string(e.key), detail::c_string(e.origin), convert(e.value)});
        }
        m_config.struct_size = sizeof(crosscheck_config);
        m_config.entries = m_entries.data();
        m_config.entry_count = m_entries.size();
    }
    MarshalledConfig(const MarshalledConfig&) = delete;
    MarshalledConfig& operator=(const MarshalledConfig&) = delete;

    /// The C struct.
    [[nodiscard]] const crosscheck_config& get() const noexcept { return m_config; }

private:
    crosscheck_config_value convert(const ConfigValueRecord& v) {
        crosscheck_config_value out{};
        out.type = v.type;
        out.boolean = v.boolean ? 1 : 0;
        out.integer = v.integer;
        out.number = v.number;
        out.string = detail::c_string(v.string);
        if (v.type == CROSSCHECK_VALUE_ARRAY) {
            // A list keeps every array's storage in place as more are added.
            std::vector<crosscheck_config_value>& items = m_arrays.emplace_back();
            items.reserve(v.items.size());
            for (const ConfigValueRecord& item : v.items) {
                items.push_back(convert(item));
            }
            out.items = items.data();
            out.item_count = items.size();
        }
        return out;
    }

    std::list<std::vector<crosscheck_config_value>> m_arrays;
    std::vector<crosscheck_config_entry> m_entries;
    crosscheck_config m_config{};
};

// ---------------------------------------------------------------------------
// Loading.

/// A configuration key a plugin declares.
struct ConfigKeyInfo {
    std::string name;          ///< "tolerance.relative"
    std::string type;          ///< "bool", "integer", "number", "string", "array"
    std::string description;   ///< one line
    std::string default_value; ///< as TOML text, "" when none
};

/// A plugin's metadata, read before anything of it runs (except its entry
/// function and `config_keys`, which only return constants).
struct PluginInfo {
    std::string name;                       ///< unique among loaded plugins
    std::string version;                    ///< the plugin's own version
    std::string description;                ///< one line
    crosscheck_version required_api{};      ///< oldest host API it works with
    std::filesystem::path file;             ///< where it was loaded from
    std::vector<ConfigKeyInfo> config_keys; ///< what its config may contain
};

/// An opened and validated plugin library. Shared (`std::shared_ptr`) by
/// every `PluginInstance` created from it, so the library outlives them all;
/// it is unloaded only when the last owner goes away.
class PluginLibrary {
public:
    /// Opens `file` with immediate binding, looks up the entry symbol, and
    /// validates the table and its metadata against `host_api`. On failure
    /// returns nullptr and sets `error` to a message naming the file (and the
    /// plugin and both versions when they are known). Never throws for
    /// anything the plugin file contains; a plugin whose code crashes when
    /// its entry function runs cannot be guarded against. `shown_as`, when
    /// given, is the path messages and `info().file` name instead of `file`
    /// (the host loads a checked file through "/proc/self/fd/N").
    static std::shared_ptr<PluginLibrary> open(const std::filesystem::path& file,
                                               std::string& error,
                                               crosscheck_version host_api = k_host_api_version,
                                               const std::filesystem::path& shown_as = {}) {
        const std::filesystem::path& shown = shown_as.empty() ? file : shown_as;
        const std::string where = "'" + shown.string() + "'";
        std::shared_ptr<PluginLibrary> self{new PluginLibrary};
        boost::dll::fs::error_code ec;
        // rtld_now: an unresolved symbol fails here, not at the first call.
        // Boost.DLL adds RTLD_LOCAL, so plugins never see each other's symbols.
        self->m_library.load(file, ec, boost::dll::load_mode::rtld_now);
        if (ec || !self->m_library.is_loaded()) {
            // Boost.DLL reports a generic errno; dlerror() still holds why.
            const char* reason = ::dlerror();
            error = "cannot load plugin file " + where + ": " +
                    (reason != nullptr ? std::string(reason) : ec.message());
            return nullptr;
        }
        if (!self->m_library.has(CROSSCHECK_PLUGIN_ENTRY_SYMBOL)) {
            error = where + " is not a crosscheck plugin: it exports no symbol '" +
                    std::string(CROSSCHECK_PLUGIN_ENTRY_SYMBOL) + "'";
            return nullptr;
        }
        const auto entry =
            self->m_library.get<const crosscheck_plugin*()>(CROSSCHECK_PLUGIN_ENTRY_SYMBOL);
        const crosscheck_plugin* table = entry();
        if (table == nullptr) {
            error = "plugin file " + where + ": " + CROSSCHECK_PLUGIN_ENTRY_SYMBOL +
                    "() returned no table";
            return nullptr;
        }
        if (table->struct_size < k_table_size_v1_0) {
            error = "plugin file " + where + ": its table is " +
                    std::to_string(table->struct_size) + " bytes, smaller than the " +
                    std::to_string(k_table_size_v1_0) + " bytes of API 1.0";
            return nullptr;
        }
        if (table->name == nullptr || *table->name == '\0') {
            error = "plugin file " + where + ": required metadata 'name' is missing";
            return nullptr;
        }
        const std::string name = table->name;
        const std::string who = "plugin '" + name + "' (" + shown.string() + ")";
        for (const char c : name) {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                error = who + ": name must be made of a-z, 0-9 and _";
                return nullptr;
            }
        }
        if (table->version == nullptr || *table->version == '\0') {
            error = who + ": required metadata 'version' is missing";
            return nullptr;
        }
        if (table->description == nullptr || *table->description == '\0') {
            error = who + ": required metadata 'description' is missing";
            return nullptr;
        }
        if (auto why = incompatibility(table->required_api, host_api)) {
            error = who + " requires host API " + to_string(table->required_api) +
                    ", this host provides " + to_string(host_api) + ": " + *why;
            return nullptr;
        }
        if (table->init == nullptr || table->check == nullptr || table->destroy == nullptr ||
            table->config_keys == nullptr) {
            error = who + ": its table lacks one of init, check, destroy, config_keys";
            return nullptr;
        }
        self->m_table = table;
        self->m_info.name = name;
        self->m_info.version = table->version;
        self->m_info.description = table->description;
        self->m_info.required_api = table->required_api;
        self->m_info.file = shown;
        std::size_t count = 0;
        const crosscheck_config_key* keys = table->config_keys(&count);
        for (std::size_t i = 0; keys != nullptr && i < count; ++i) {
            auto text = [](const char* s) { return s != nullptr ? std::string(s) : std::string(); };
            const char* type = nullptr;
            switch (keys[i].type) {
            case CROSSCHECK_VALUE_BOOL:
                type = "bool";
                break;
            case CROSSCHECK_VALUE_INTEGER:
                type = "integer";
                break;
            case CROSSCHECK_VALUE_NUMBER:
                type = "number";
                break;
            case CROSSCHECK_VALUE_STRING:
                type = "string";
                break;
            case CROSSCHECK_VALUE_ARRAY:
                type = "array";
                break;
            default:
                type = "unknown";
            }
            self->m_info.config_keys.push_back(
                {text(keys[i].name), type, text(keys[i].description), text(keys[i].default_value)});
        }
        return self;
    }

    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    /// The plugin's metadata.
    [[nodiscard]] const PluginInfo& info() const noexcept { return m_info; }
    /// The validated table.
    [[nodiscard]] const crosscheck_plugin& table() const noexcept { return *m_table; }

private:
    PluginLibrary() = default;

    boost::dll::shared_library m_library;
    const crosscheck_plugin* m_table = nullptr;
    PluginInfo m_info;
};

/// Receives the plugin's log messages: a `crosscheck_log_level` and the text.
using LogSink = std::function<void(std::int32_t level, std::string_view message)>;

/// What one `check` call produced. `status != CROSSCHECK_OK` means it failed
/// and `error` says why (findings emitted before the failure are kept, for
/// the caller to discard).
struct CheckOutcome {
    std::int32_t status = CROSSCHECK_OK; ///< a crosscheck_status
    std::string error;                   ///< the plugin's message, or the host's
    std::vector<FindingRecord> findings; ///< validated copies
};

/// One configured checker: the state `init` created, and the library it came
/// from, kept alive until `destroy` has run.
class PluginInstance {
public:
    /// Calls the plugin's `init` with `config`. On failure returns nullptr and
    /// sets `error` to the plugin's message (e.g. "config key 'x': unknown
    /// key"); the caller adds the plugin's name and file.
    static std::unique_ptr<PluginInstance> create(std::shared_ptr<const PluginLibrary> library,
                                                  const std::vector<ConfigEntryRecord>& config,
                                                  std::string& error) {
        const MarshalledConfig marshalled{config};
        char buffer[k_error_capacity] = {};
        void* state = nullptr;
        const std::int32_t status =
            library->table().init(&marshalled.get(), &state, buffer, sizeof buffer);
        if (status != CROSSCHECK_OK) {
            buffer[sizeof buffer - 1] = '\0';
            error = status_name(status) + ": " + message_or(buffer, status);
            if (state != nullptr) {
                library->table().destroy(state);
            }
            return nullptr;
        }
        return std::unique_ptr<PluginInstance>(new PluginInstance(std::move(library), state));
    }

    ~PluginInstance() { m_library->table().destroy(m_state); }
    PluginInstance(const PluginInstance&) = delete;
    PluginInstance& operator=(const PluginInstance&) = delete;

    /// The library this instance runs.
    [[nodiscard]] const PluginLibrary& library() const noexcept { return *m_library; }

    /// Runs the plugin's `check` on `group`, collecting (and validating) the
    /// findings it emits and passing its log messages to `log`.
    CheckOutcome check(const crosscheck_claim_group& group, const LogSink& log = {}) {
        Collector collector{&group, &log, &m_library->info().name, {}, {}, {}};
        crosscheck_host host{};
        host.struct_size = sizeof(crosscheck_host);
        host.api_version = k_host_api_version;
        host.context = &collector;
        host.emit_finding = &Collector::emit;
        host.log = &Collector::log_message;
        // On the stack: a heap buffer per call would cost more than the call.
        char buffer[k_error_capacity];
        buffer[0] = '\0';
        CheckOutcome outcome;
        outcome.status = m_library->table().check(m_state, &group, &host, buffer, sizeof buffer);
        buffer[sizeof buffer - 1] = '\0';
        if (outcome.status != CROSSCHECK_OK) {
            outcome.error = status_name(outcome.status) + ": " + message_or(buffer, outcome.status);
        }
        if (!collector.rejected.empty()) {
            // A plugin that ignores a refusal still failed: the report would
            // otherwise silently miss what it meant to say.
            if (outcome.status == CROSSCHECK_OK) {
                outcome.status = CROSSCHECK_ERROR_HOST;
                outcome.error = "invalid finding: " + collector.rejected.front();
            } else {
                outcome.error += " (host: " + collector.rejected.front() + ")";
            }
        }
        outcome.findings = std::move(collector.findings);
        return outcome;
    }

    /// As above, marshalling `group` first.
    CheckOutcome check(const ClaimGroupRecord& group, const LogSink& log = {}) {
        const MarshalledGroup marshalled{group};
        return check(marshalled.get(), log);
    }

private:
    PluginInstance(std::shared_ptr<const PluginLibrary> library, void* state)
        : m_library(std::move(library)), m_state(state) {}

    static std::string message_or(const char* message, std::int32_t status) {
        return *message != '\0'
                   ? std::string(message)
                   : "the plugin returned status " + std::to_string(status) + " without a message";
    }

    // The host side of `crosscheck_host`: validates and copies findings.
    struct Collector {
        const crosscheck_claim_group* group;
        const LogSink* log;
        const std::string* plugin;
        std::vector<FindingRecord> findings;
        std::vector<std::string> rejected;
        std::vector<std::int64_t> ids; // the group's claim ids, sorted, once needed

        // Whether `id` names a claim of the group. Sorted once per check
        // call: a finding may name thousands of claims of a large group.
        bool in_group(std::int64_t id) {
            if (ids.size() != group->claim_count) {
                ids.clear();
                for (std::size_t k = 0; k < group->claim_count; ++k) {
                    ids.push_back(group->claims[k]->id);
                }
                std::sort(ids.begin(), ids.end());
            }
            return std::binary_search(ids.begin(), ids.end(), id);
        }

        static std::optional<std::string> read(const crosscheck_string& s) {
            if (s.data == nullptr) {
                return s.size == 0 ? std::optional<std::string>{""} : std::nullopt;
            }
            return std::string(s.data, s.size);
        }

        std::optional<std::string> validate(const crosscheck_finding* f, FindingRecord& out) {
            if (f == nullptr) {
                return "null finding";
            }
            if (f->struct_size < k_finding_size_v1_0) {
                return "finding struct of " + std::to_string(f->struct_size) +
                       " bytes is smaller than API 1.0's";
            }
            const char* severity = severity_name(f->severity);
            if (severity == nullptr) {
                return "severity " + std::to_string(f->severity) + " is not high/medium/low/info";
            }
            auto message = read(f->message);
            auto checker = read(f->checker);
            if (!message || !checker) {
                return "a string has a null pointer and a non-zero size";
            }
            if (message->empty()) {
                return "empty message";
            }
            if (f->claim_count == 0 || f->claims == nullptr) {
                return "finding \"" + *message + "\" involves no claim";
            }
            out.checker = checker->empty() ? *plugin : std::move(*checker);
            out.severity = severity;
            out.message = std::move(*message);
            for (std::size_t i = 0; i < f->claim_count; ++i) {
                const crosscheck_finding_claim& c = f->claims[i];
                const char* role = role_name(c.role);
                if (role == nullptr) {
                    return "claim " + std::to_string(c.claim_id) + " has role " +
                           std::to_string(c.role) + ", not questioned/reference";
                }
                if (!in_group(c.claim_id)) {
                    return "finding \"" + out.message + "\" names claim " +
                           std::to_string(c.claim_id) + ", which is not in the group";
                }
                out.claims.push_back({c.claim_id, role});
            }
            return std::nullopt;
        }

        static std::int32_t emit(void* context, const crosscheck_finding* finding) noexcept {
            auto* self = static_cast<Collector*>(context);
            try {
                FindingRecord record;
                if (auto problem = self->validate(finding, record)) {
                    self->rejected.push_back(std::move(*problem));
                    return CROSSCHECK_ERROR_HOST;
                }
                self->findings.push_back(std::move(record));
                return CROSSCHECK_OK;
            } catch (...) {
                // Out of memory: nothing may unwind into the plugin.
                return CROSSCHECK_ERROR_HOST;
            }
        }

        static void log_message(void* context, std::int32_t level, const char* message,
                                std::size_t size) noexcept {
            auto* self = static_cast<Collector*>(context);
            if (self->log == nullptr || !*self->log || message == nullptr) {
                return;
            }
            try {
                (*self->log)(level, std::string_view(message, size));
            } catch (...) {
                // A failing log sink must not take the check down.
            }
        }
    };

    std::shared_ptr<const PluginLibrary> m_library;
    void* m_state;
};

} // namespace crosscheck::loader
