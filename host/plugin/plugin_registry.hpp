#pragma once
// The plugins the host found: discovery, loading with the ABI checks, and the
// calls the check engine makes (init with a config section, check on a claim
// group). A plugin that fails to load is reported and skipped; nothing a
// plugin file contains makes these functions throw.
//
// Lifetime: the registry owns every loaded library (shared with each
// ConfiguredChecker made from it), so a library is unloaded only after the
// registry and every ConfiguredChecker from it are gone; keep the registry
// alive for the whole job.

#include "host/plugin/plugin_records.hpp"
#include "host/plugin/plugin_search.hpp"
#include "host/util/error.hpp"

#include <crosscheck/loader.hpp>
#include <toml.hpp>

#include <concepts>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::plugin {

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
};

/// A plugin configured by its `init`, ready to check claim groups. Movable;
/// keeps its library loaded.
class ConfiguredChecker {
public:
    ConfiguredChecker(ConfiguredChecker&&) noexcept = default;
    ConfiguredChecker& operator=(ConfiguredChecker&&) noexcept = default;
    ~ConfiguredChecker();

    /// The plugin's metadata.
    [[nodiscard]] const loader::PluginInfo& info() const;

    /// Runs the plugin on `group` and returns the findings it emitted,
    /// validated. Fails, naming the plugin and its file, when the plugin
    /// returns an error, throws, or emits an invalid finding (then none of
    /// the group's findings are kept). The plugin's log goes to spdlog.
    Expected<std::vector<FindingRecord>> check(const ClaimGroupRecord& group);
    /// As above on a group already laid out as the C struct.
    Expected<std::vector<FindingRecord>> check(const crosscheck_claim_group& group);

private:
    friend class PluginRegistry;
    explicit ConfiguredChecker(std::unique_ptr<loader::PluginInstance> instance);
    std::unique_ptr<loader::PluginInstance> m_instance;
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
    bool load(const std::filesystem::path& file, bool allow_unsafe);

    /// The loaded plugins' metadata, sorted by name.
    [[nodiscard]] std::vector<const loader::PluginInfo*> plugins() const;
    /// The plugin called `name`, or nullptr.
    [[nodiscard]] const loader::PluginInfo* find(std::string_view name) const;
    /// Every file or folder that was skipped, in discovery order.
    [[nodiscard]] const std::vector<LoadFailure>& failures() const { return m_failures; }
    /// The folders that were searched, in order.
    [[nodiscard]] const std::vector<std::filesystem::path>& search_dirs() const {
        return m_search_dirs;
    }

    /// Configures plugin `name` with `config` by calling its init. Fails when
    /// no plugin has that name, or when the plugin refuses the configuration
    /// (the message names the plugin, its file, and the offending key).
    Expected<ConfiguredChecker> configure(std::string_view name,
                                          const std::vector<ConfigEntryRecord>& config) const;
    /// As above with the plugin's TOML section (see config_from_toml); an
    /// uninitialized value means no configuration. A template only so that a
    /// braced list (`configure("x", {})`) picks the overload above.
    template <class Section>
    requires std::same_as<Section, toml::value> Expected<ConfiguredChecker>
    configure(std::string_view name, const Section& section)
    const { return configure_from_toml(name, section); }
    /// The same, by its own name.
    Expected<ConfiguredChecker> configure_from_toml(std::string_view name,
                                                    const toml::value& section) const;

private:
    void record_failure(const std::filesystem::path& file, std::string reason);

    std::vector<std::shared_ptr<const loader::PluginLibrary>> m_libraries;
    std::vector<LoadFailure> m_failures;
    std::vector<std::filesystem::path> m_search_dirs;
};

} // namespace crosscheck::plugin
