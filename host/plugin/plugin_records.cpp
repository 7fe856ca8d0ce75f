#include "host/plugin/plugin_records.hpp"

namespace crosscheck::plugin {
namespace {

ConfigValueRecord to_record(const model::ConfigValue& v) {
    using Type = model::ConfigValue::Type;
    switch (v.type) {
    case Type::boolean:
        return ConfigValueRecord{v.boolean};
    case Type::integer:
        return ConfigValueRecord{v.integer};
    case Type::number:
        return ConfigValueRecord{v.number};
    case Type::string:
        return ConfigValueRecord{v.string};
    case Type::array: {
        std::vector<ConfigValueRecord> items;
        for (const auto& item : v.items) {
            items.push_back(to_record(item));
        }
        return ConfigValueRecord{std::move(items)};
    }
    }
    return ConfigValueRecord{};
}

} // namespace

std::vector<ConfigEntryRecord> to_records(const model::CheckerConfig& config) {
    std::vector<ConfigEntryRecord> out;
    out.reserve(config.size());
    for (const auto& e : config) {
        out.push_back({e.key, to_record(e.value), e.origin});
    }
    return out;
}

} // namespace crosscheck::plugin
