#pragma once
// A checker's configuration laid out as the `crosscheck_config` its `init`
// receives: one `crosscheck_config_entry` per key, strings pointing into the
// model's entries (no copy). Host-internal to host/plugin/.

#include "host/model/checker_config.hpp"

#include <crosscheck/crosscheck_plugin.h>

#include <list>
#include <vector>

namespace crosscheck::plugin {

/// `config` as a `crosscheck_config`. Points into `config`, which must
/// outlive this object and not change; neither copied nor moved (the C
/// structs point into the object itself).
class ConfigLayout {
public:
    explicit ConfigLayout(const model::CheckerConfig& config);
    ConfigLayout(const ConfigLayout&) = delete;
    ConfigLayout& operator=(const ConfigLayout&) = delete;

    /// The C struct.
    [[nodiscard]] const crosscheck_config& get() const noexcept { return m_config; }

private:
    crosscheck_config_value convert(const model::ConfigValue& v);

    // A list keeps every array's storage in place as more are added.
    std::list<std::vector<crosscheck_config_value>> m_arrays;
    std::vector<crosscheck_config_entry> m_entries;
    crosscheck_config m_config{};
};

} // namespace crosscheck::plugin
