#pragma once
// One configured checker in this process: the state a plugin's `init`
// created from a configuration, its `check` on claim groups with every
// finding validated and copied as it is emitted, and its `destroy`.
// Host-internal to host/plugin/ (it speaks the C ABI); the registry's
// ConfiguredChecker is what the rest of the host calls.

#include "host/model/checker_config.hpp"
#include "host/model/finding.hpp"
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_library.hpp"
#include "host/util/error.hpp"

#include <crosscheck/crosscheck_plugin.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::plugin {

/// Size of a finding as defined by API 1.0.
inline constexpr std::size_t k_finding_size_v1_0 =
    offsetof(crosscheck_finding, claim_count) + sizeof(std::size_t);

/// Room the host gives a plugin for an error message.
inline constexpr std::size_t k_error_capacity = 2048;

/// "configuration error", "input error", ... for a `crosscheck_status`.
[[nodiscard]] std::string status_name(std::int32_t status);

/// Receives the plugin's log messages: a `crosscheck_log_level` and the text.
using LogSink = std::function<void(std::int32_t level, std::string_view message)>;

/// What one `check` call produced. `status != CROSSCHECK_OK` means it failed
/// and `error` says why (findings emitted before the failure are kept, for
/// the caller to discard). Each finding has its checker (the plugin's name
/// unless it named a sub-checker), severity, message and the ids and roles
/// of its claims, every id one of the group's.
struct CallOutcome {
    std::int32_t status = CROSSCHECK_OK; ///< a crosscheck_status
    std::string error;                   ///< the plugin's message, or the host's
    std::vector<model::Finding> findings;
};

/// One configured checker: the state `init` created, and the library it came
/// from, kept alive until `destroy` has run.
class PluginInstance {
public:
    /// Calls the plugin's `init` with `config`. Fails with the status and the
    /// plugin's message ("configuration error: config key 'x': unknown key");
    /// the caller adds the plugin's name and file.
    [[nodiscard]] static Expected<std::unique_ptr<PluginInstance>>
    create(std::shared_ptr<const PluginLibrary> library, const model::CheckerConfig& config);

    ~PluginInstance();
    PluginInstance(const PluginInstance&) = delete;
    PluginInstance& operator=(const PluginInstance&) = delete;

    /// The library this instance runs.
    [[nodiscard]] const PluginLibrary& library() const noexcept { return *m_library; }

    /// Runs the plugin's `check` on `group`, collecting (and validating) the
    /// findings it emits and passing its log messages to `log`.
    [[nodiscard]] CallOutcome check(const ClaimGroupLayout& group, const LogSink& log = {});

private:
    PluginInstance(std::shared_ptr<const PluginLibrary> library, void* state)
        : m_library(std::move(library)), m_state(state) {}

    std::shared_ptr<const PluginLibrary> m_library;
    void* m_state;
};

} // namespace crosscheck::plugin
