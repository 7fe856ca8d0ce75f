#pragma once
// A plugin library: the shared object opened with immediate binding
// (RTLD_NOW | RTLD_LOCAL, through Boost.DLL), its entry symbol looked up and
// its table checked against the host's API version before anything else of
// it runs. Host-internal to host/plugin/ (it speaks the C ABI of
// sdk/include/crosscheck/crosscheck_plugin.h); the rest of the host sees
// plugins through plugin_registry.hpp, plugin authors through the testing
// harness, which is compiled from these sources.

#include "host/plugin/plugin_info.hpp"
#include "host/util/error.hpp"

#include <crosscheck/crosscheck_plugin.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace crosscheck::plugin {

/// The API version of the host these sources are compiled into.
inline constexpr crosscheck_version k_host_api_version{
    CROSSCHECK_API_VERSION_MAJOR, CROSSCHECK_API_VERSION_MINOR, CROSSCHECK_API_VERSION_PATCH};

/// Size of the plugin table as defined by API 1.0: the members up to
/// `config_keys`. A table smaller than this is refused.
inline constexpr std::size_t k_table_size_v1_0 =
    offsetof(crosscheck_plugin, config_keys) + sizeof(void*);

/// `v` as the host's plain C++ version.
[[nodiscard]] constexpr ApiVersion api_version(const crosscheck_version& v) noexcept {
    return {v.major, v.minor, v.patch};
}

/// Why a plugin requiring API `required` cannot run on a host providing
/// `host`, or an empty optional when it can (same major, required minor not
/// newer than the host's; the patch level never matters).
[[nodiscard]] std::optional<std::string> incompatibility(const crosscheck_version& required,
                                                         const crosscheck_version& host);

/// An opened and validated plugin library. Shared (`std::shared_ptr`) by
/// every PluginInstance created from it, so the library outlives them all;
/// it is unloaded only when the last owner goes away.
class PluginLibrary {
public:
    /// Opens `file` with immediate binding, looks up the entry symbol, and
    /// validates the table and its metadata against `host_api`. Fails with a
    /// message naming the file (and the plugin and both versions when they
    /// are known). Never throws for anything the plugin file contains; a
    /// plugin whose code crashes when its entry function runs cannot be
    /// guarded against. `shown_as`, when given, is the path messages and
    /// `info().file` name instead of `file` (the host loads a checked file
    /// through "/proc/self/fd/N").
    [[nodiscard]] static Expected<std::shared_ptr<const PluginLibrary>>
    open(const std::filesystem::path& file, crosscheck_version host_api = k_host_api_version,
         const std::filesystem::path& shown_as = {});

    ~PluginLibrary();
    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    /// The plugin's metadata.
    [[nodiscard]] const PluginInfo& info() const noexcept { return m_info; }
    /// The validated table.
    [[nodiscard]] const crosscheck_plugin& table() const noexcept { return *m_table; }

private:
    struct Handle; // the Boost.DLL library, kept out of this header
    PluginLibrary();

    std::unique_ptr<Handle> m_handle;
    const crosscheck_plugin* m_table = nullptr;
    PluginInfo m_info;
};

} // namespace crosscheck::plugin
