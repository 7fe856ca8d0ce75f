#include "host/plugin/config_layout.hpp"

namespace crosscheck::plugin {
namespace {

crosscheck_string c_string(const std::string& s) noexcept {
    return {s.c_str(), s.size()};
}

std::int32_t value_type(model::ConfigValue::Type type) noexcept {
    switch (type) {
    case model::ConfigValue::Type::boolean:
        return CROSSCHECK_VALUE_BOOL;
    case model::ConfigValue::Type::integer:
        return CROSSCHECK_VALUE_INTEGER;
    case model::ConfigValue::Type::number:
        return CROSSCHECK_VALUE_NUMBER;
    case model::ConfigValue::Type::string:
        return CROSSCHECK_VALUE_STRING;
    case model::ConfigValue::Type::array:
        return CROSSCHECK_VALUE_ARRAY;
    }
    return CROSSCHECK_VALUE_BOOL;
}

} // namespace

ConfigLayout::ConfigLayout(const model::CheckerConfig& config) {
    m_entries.reserve(config.size());
    for (const model::ConfigEntry& e : config) {
        m_entries.push_back({c_string(e.key), c_string(e.origin), convert(e.value)});
    }
    m_config.struct_size = sizeof(crosscheck_config);
    m_config.entries = m_entries.data();
    m_config.entry_count = m_entries.size();
}

crosscheck_config_value ConfigLayout::convert(const model::ConfigValue& v) {
    crosscheck_config_value out{};
    out.type = value_type(v.type);
    out.boolean = v.boolean ? 1 : 0;
    out.integer = v.integer;
    out.number = v.number;
    out.string = c_string(v.string);
    if (v.type == model::ConfigValue::Type::array) {
        std::vector<crosscheck_config_value>& items = m_arrays.emplace_back();
        items.reserve(v.items.size());
        for (const model::ConfigValue& item : v.items) {
            items.push_back(convert(item));
        }
        out.items = items.data();
        out.item_count = items.size();
    }
    return out;
}

} // namespace crosscheck::plugin
