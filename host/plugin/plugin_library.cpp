#include "host/plugin/plugin_library.hpp"

#include <boost/dll/shared_library.hpp>

#include <dlfcn.h>

#include <utility>

namespace crosscheck::plugin {

struct PluginLibrary::Handle {
    boost::dll::shared_library library;
};

namespace {

const char* value_type_name(std::int32_t type) {
    switch (type) {
    case CROSSCHECK_VALUE_BOOL:
        return "bool";
    case CROSSCHECK_VALUE_INTEGER:
        return "integer";
    case CROSSCHECK_VALUE_NUMBER:
        return "number";
    case CROSSCHECK_VALUE_STRING:
        return "string";
    case CROSSCHECK_VALUE_ARRAY:
        return "array";
    default:
        return "unknown";
    }
}

// The table's metadata, checked; `where` names the file as messages show it.
Expected<void> validate_table(const crosscheck_plugin* table, const std::filesystem::path& shown,
                              const crosscheck_version& host_api) {
    const std::string where = "'" + shown.string() + "'";
    if (table == nullptr) {
        return fail("plugin file " + where + ": " + CROSSCHECK_PLUGIN_ENTRY_SYMBOL +
                    "() returned no table");
    }
    if (table->struct_size < k_table_size_v1_0) {
        return fail("plugin file " + where + ": its table is " +
                    std::to_string(table->struct_size) + " bytes, smaller than the " +
                    std::to_string(k_table_size_v1_0) + " bytes of API 1.0");
    }
    if (table->name == nullptr || *table->name == '\0') {
        return fail("plugin file " + where + ": required metadata 'name' is missing");
    }
    const std::string name = table->name;
    const std::string who = "plugin '" + name + "' (" + shown.string() + ")";
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return fail(who + ": name must be made of a-z, 0-9 and _");
        }
    }
    if (table->version == nullptr || *table->version == '\0') {
        return fail(who + ": required metadata 'version' is missing");
    }
    if (table->description == nullptr || *table->description == '\0') {
        return fail(who + ": required metadata 'description' is missing");
    }
    if (auto why = incompatibility(table->required_api, host_api)) {
        return fail(who + " requires host API " + to_string(api_version(table->required_api)) +
                    ", this host provides " + to_string(api_version(host_api)) + ": " + *why);
    }
    if (table->init == nullptr || table->check == nullptr || table->destroy == nullptr ||
        table->config_keys == nullptr) {
        return fail(who + ": its table lacks one of init, check, destroy, config_keys");
    }
    return {};
}

PluginInfo read_info(const crosscheck_plugin& table, const std::filesystem::path& shown) {
    PluginInfo info;
    info.name = table.name;
    info.version = table.version;
    info.description = table.description;
    info.required_api = api_version(table.required_api);
    info.file = shown;
    std::size_t count = 0;
    const crosscheck_config_key* keys = table.config_keys(&count);
    const auto text = [](const char* s) { return s != nullptr ? std::string(s) : std::string(); };
    for (std::size_t i = 0; keys != nullptr && i < count; ++i) {
        info.config_keys.push_back({text(keys[i].name), value_type_name(keys[i].type),
                                    text(keys[i].description), text(keys[i].default_value)});
    }
    return info;
}

} // namespace

std::string to_string(const ApiVersion& v) {
    return std::to_string(v.major) + '.' + std::to_string(v.minor) + '.' + std::to_string(v.patch);
}

ApiVersion host_api_version() {
    return api_version(k_host_api_version);
}

std::optional<std::string> incompatibility(const crosscheck_version& required,
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

PluginLibrary::PluginLibrary() : m_handle(std::make_unique<Handle>()) {}

PluginLibrary::~PluginLibrary() = default;

Expected<std::shared_ptr<const PluginLibrary>>
PluginLibrary::open(const std::filesystem::path& file, crosscheck_version host_api,
                    const std::filesystem::path& shown_as) {
    const std::filesystem::path& shown = shown_as.empty() ? file : shown_as;
    const std::string where = "'" + shown.string() + "'";
    std::shared_ptr<PluginLibrary> self{new PluginLibrary};
    boost::dll::shared_library& library = self->m_handle->library;
    boost::dll::fs::error_code ec;
    // rtld_now: an unresolved symbol fails here, not at the first call.
    // Boost.DLL adds RTLD_LOCAL, so plugins never see each other's symbols.
    library.load(file, ec, boost::dll::load_mode::rtld_now);
    if (ec || !library.is_loaded()) {
        // Boost.DLL reports a generic errno; dlerror() still holds why.
        const char* reason = ::dlerror();
        return fail("cannot load plugin file " + where + ": " +
                    (reason != nullptr ? std::string(reason) : ec.message()));
    }
    if (!library.has(CROSSCHECK_PLUGIN_ENTRY_SYMBOL)) {
        return fail(where + " is not a crosscheck plugin: it exports no symbol '" +
                    std::string(CROSSCHECK_PLUGIN_ENTRY_SYMBOL) + "'");
    }
    const auto entry = library.get<const crosscheck_plugin*()>(CROSSCHECK_PLUGIN_ENTRY_SYMBOL);
    const crosscheck_plugin* table = entry();
    if (auto valid = validate_table(table, shown, host_api); !valid) {
        return std::unexpected(valid.error());
    }
    self->m_table = table;
    self->m_info = read_info(*table, shown);
    return std::shared_ptr<const PluginLibrary>(std::move(self));
}

} // namespace crosscheck::plugin
