#include "host/rules/checker_config.hpp"

#include <algorithm>

namespace crosscheck::rules {
namespace {

Location location_of(const toml::value& v) {
    const toml::source_location where = v.location();
    return Location{where.file_name(), static_cast<std::uint32_t>(where.line()),
                    static_cast<std::uint32_t>(where.column())};
}

Expected<model::ConfigValue> convert(const std::string& key, const toml::value& v) {
    switch (v.type()) {
    case toml::value_t::boolean:
        return model::ConfigValue{v.as_boolean()};
    case toml::value_t::integer:
        return model::ConfigValue{static_cast<std::int64_t>(v.as_integer())};
    case toml::value_t::floating:
        return model::ConfigValue{static_cast<double>(v.as_floating())};
    case toml::value_t::string:
        return model::ConfigValue{std::string(v.as_string().str)};
    case toml::value_t::array: {
        std::vector<model::ConfigValue> items;
        for (const toml::value& item : v.as_array()) {
            if (item.is_table() || item.is_array()) {
                return fail("'" + key + "': arrays of tables or of arrays are not supported",
                            location_of(item));
            }
            auto converted = convert(key, item);
            if (!converted) {
                return std::unexpected(converted.error());
            }
            items.push_back(std::move(*converted));
        }
        return model::ConfigValue{std::move(items)};
    }
    default:
        return fail("'" + key + "': dates and times are not supported in a plugin's configuration",
                    location_of(v));
    }
}

Expected<void> flatten(const std::string& prefix, const toml::value& table,
                       model::CheckerConfig& out) {
    for (const auto& [name, value] : table.as_table()) {
        const std::string key = prefix.empty() ? name : prefix + "." + name;
        if (value.is_table()) {
            if (auto nested = flatten(key, value, out); !nested) {
                return nested;
            }
            continue;
        }
        auto converted = convert(key, value);
        if (!converted) {
            return std::unexpected(converted.error());
        }
        out.push_back({key, std::move(*converted), location_of(value).to_string()});
    }
    return {};
}

} // namespace

Expected<model::CheckerConfig> config_from_toml(const toml::value& section) {
    model::CheckerConfig out;
    if (section.is_uninitialized()) {
        return out;
    }
    if (!section.is_table()) {
        return fail("a plugin's configuration must be a table", location_of(section));
    }
    if (auto flat = flatten("", section, out); !flat) {
        return std::unexpected(flat.error());
    }
    std::sort(out.begin(), out.end(), [](const model::ConfigEntry& a, const model::ConfigEntry& b) {
        return a.key < b.key;
    });
    return out;
}

} // namespace crosscheck::rules
