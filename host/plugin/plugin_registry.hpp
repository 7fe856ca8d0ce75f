#pragma once
// The plugins the host found: discovery, loading with the ABI checks, and the
// calls the check engine makes (init with a checker's configuration, check
// on a claim group), in the model's terms: the C ABI, Boost.DLL and dlfcn stay
// inside host/plugin/. A plugin that fails to load is reported and skipped;
// nothing a plugin file contains makes these functions throw.
//
// Lifetime: the registry owns every loaded library (shared with each
// ConfiguredChecker made from it), so a library is unloaded only after the
// registry and every ConfiguredChecker from it are gone; keep the registry
// alive for the whole job.

#include "host/model/checker_config.hpp"
#include "host/model/finding.hpp"
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_file.hpp"
#include "host/plugin/plugin_info.hpp"
#include "host/plugin/plugin_search.hpp"
#include "host/plugin/plugin_watchdog.hpp"
#include "host/util/error.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::plugin {

class PluginLibrary;  // plugin_library.hpp
class PluginInstance; // plugin_instance.hpp

/// A plugin file (or folder) that was not loaded, and why; `reason` names
/// the file, and the plugin and versions when they are known.
struct LoadFailure {
    std::filesystem::path file;
    std::string reason;
};

/// How to discover plugins.
struct RegistryOptions {
    SearchOptions search;
    /// --allow-unsafe-plugins: load files that others can write to.
    bool allow_unsafe = false;
    /// Plugin name -> pinned SHA-256 (hex). A file named NAME.so is hashed
    /// through its open descriptor before it is loaded, and loaded only
    /// when it matches; a plugin calling itself NAME from a file named
    /// otherwise is refused.
    std::map<std::string, std::string> pins;
    /// When set, a plugin file from outside the build's plugin folder is
    /// first loaded by a child process of this program (`crosscheck
    /// plugin-host`, under the default isolation limits) and refused if
    /// that child crashes, hangs or fails: discovery loads every plugin in
    /// the host, so a plugin whose library constructor or entry function
    /// crashes would otherwise take the host down, isolated or not. The
    /// command line sets "/proc/self/exe"; tests that load plugins
    /// directly leave it unset.
    std::optional<std::filesystem::path> probe_program;
};

/// How an isolated plugin runs: in a child process per worker thread, under
/// these limits (see plugin_watchdog.hpp).
struct IsolationSettings {
    IsolationLimits limits;
};

/// The child processes of one thread's isolated plugins, one per plugin,
/// shared by every ConfiguredChecker configured with this pool. Not
/// thread-safe: one pool per worker thread. Destroying it ends the children
/// (after the checkers using them are gone).
class ChildPool {
public:
    /// The process slot for plugin `name`.
    std::shared_ptr<PluginProcess>& slot(const std::string& name) { return m_children[name]; }

private:
    std::map<std::string, std::shared_ptr<PluginProcess>> m_children;
};

/// A plugin configured by its `init`, ready to check claim groups. Movable;
/// keeps its library loaded.
class ConfiguredChecker {
public:
    ConfiguredChecker(ConfiguredChecker&&) noexcept;
    ConfiguredChecker& operator=(ConfiguredChecker&&) noexcept;
    ~ConfiguredChecker();

    /// The plugin's metadata.
    [[nodiscard]] const PluginInfo& info() const;

    /// Runs the plugin on `group` and returns the findings it emitted,
    /// validated: each with its checker, severity, message and the ids and
    /// roles of its claims (all of the group), for the caller to complete.
    /// Fails, naming the plugin and its file, when the plugin returns an
    /// error, throws, or emits an invalid finding (then none of the group's
    /// findings are kept). The plugin's log goes to spdlog.
    Expected<std::vector<model::Finding>> check(const ClaimGroupLayout& group);

    /// Whether the plugin runs in a child process.
    [[nodiscard]] bool isolated() const { return m_process != nullptr; }

private:
    friend class PluginRegistry;
    explicit ConfiguredChecker(std::unique_ptr<PluginInstance> instance);
    ConfiguredChecker(std::shared_ptr<const PluginLibrary> library,
                      std::shared_ptr<PluginProcess> process, model::CheckerConfig config);
    // Isolated: creates the plugin state in the current child (again after
    // a restart); fails with the plugin's or the watchdog's message.
    Expected<void> init_isolated();
    Expected<std::vector<model::Finding>> check_isolated(const ClaimGroupLayout& group);

    std::unique_ptr<PluginInstance> m_instance; // in-process
    std::shared_ptr<const PluginLibrary> m_library;
    std::shared_ptr<PluginProcess> m_process; // isolated
    model::CheckerConfig m_config;
    std::uint64_t m_generation = 0;
    std::int64_t m_state = -1;
};

/// The loaded plugins, by name.
class PluginRegistry {
public:
    /// Searches the folders `options` name (see plugin_search_dirs) and
    /// loads every plugin file there. Failures are logged (spdlog warn) and
    /// kept in `failures()`.
    static PluginRegistry discover(const RegistryOptions& options);

    PluginRegistry() = default;
    PluginRegistry(PluginRegistry&&) noexcept = default;
    PluginRegistry& operator=(PluginRegistry&&) noexcept = default;

    /// Loads one plugin file, applying the safety check unless
    /// `allow_unsafe`; returns false (and records a failure) when it is not
    /// loaded, including when its name is already taken.
    bool load(const std::filesystem::path& file, bool allow_unsafe,
              const std::map<std::string, std::string>& pins = {},
              const std::optional<std::filesystem::path>& probe_program = std::nullopt);

    /// The loaded plugins' metadata, sorted by name.
    [[nodiscard]] std::vector<const PluginInfo*> plugins() const;
    /// The plugin called `name`, or nullptr.
    [[nodiscard]] const PluginInfo* find(std::string_view name) const;
    /// Every file or folder that was skipped, in discovery order.
    [[nodiscard]] const std::vector<LoadFailure>& failures() const { return m_failures; }
    /// The folders that were searched, in order.
    [[nodiscard]] const std::vector<std::filesystem::path>& search_dirs() const {
        return m_search_dirs;
    }

    /// Configures plugin `name` with `config` by calling its init. Fails when
    /// no plugin has that name, or when the plugin refuses the configuration
    /// (the message names the plugin, its file, and the offending key).
    /// An isolated plugin (see `isolate`) runs its init in a child process
    /// of `pool` (one per plugin), or of a private child when `pool` is null.
    Expected<ConfiguredChecker> configure(std::string_view name, const model::CheckerConfig& config,
                                          ChildPool* pool = nullptr) const;

    /// Runs plugin `name` isolated from now on (or in-process again when
    /// `settings` is empty). Returns false when no plugin has that name.
    bool isolate(std::string_view name, std::optional<IsolationSettings> settings);
    /// How plugin `name` runs isolated, or nullptr when in-process.
    [[nodiscard]] const IsolationSettings* isolation(std::string_view name) const;
    /// Whether plugin `name` was loaded from the build's own plugin folder
    /// (CROSSCHECK_PLUGIN_BUILD_DIR), which makes it trusted by default.
    [[nodiscard]] bool from_build_dir(std::string_view name) const;
    /// The crosscheck program isolated plugins run under (default: this
    /// program, "/proc/self/exe"); tests name the built binary.
    void set_child_program(std::filesystem::path program) { m_child_program = std::move(program); }

private:
    void record_failure(const std::filesystem::path& file, std::string reason);

    struct Loaded {
        std::shared_ptr<const PluginLibrary> library;
        // Open for as long as the library is: isolated children load it
        // through this descriptor.
        std::shared_ptr<PluginFile> file;
        bool from_build_dir = false;
        std::optional<IsolationSettings> isolation;
    };
    const Loaded* entry(std::string_view name) const;

    std::vector<Loaded> m_libraries;
    std::filesystem::path m_child_program = "/proc/self/exe";
    std::vector<LoadFailure> m_failures;
    std::vector<std::filesystem::path> m_search_dirs;
};

} // namespace crosscheck::plugin
