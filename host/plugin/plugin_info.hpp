#pragma once
// What the host knows about a loaded plugin, as plain C++: its metadata and
// the configuration keys it declares, read from its table when it is
// loaded (host/plugin/plugin_library.hpp). Commands list it; nothing here
// needs the C ABI.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace crosscheck::plugin {

/// A semantic version of the plugin API.
struct ApiVersion {
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
    std::uint32_t patch = 0;

    friend bool operator==(const ApiVersion&, const ApiVersion&) = default;
};

/// "1.2.3".
[[nodiscard]] std::string to_string(const ApiVersion& version);

/// The plugin API this host provides (CROSSCHECK_API_VERSION_*).
[[nodiscard]] ApiVersion host_api_version();

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
    ApiVersion required_api;                ///< oldest host API it works with
    std::filesystem::path file;             ///< where it was loaded from
    std::vector<ConfigKeyInfo> config_keys; ///< what its config may contain
};

} // namespace crosscheck::plugin
