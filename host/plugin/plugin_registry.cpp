#include "host/plugin/plugin_registry.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <system_error>

namespace crosscheck::plugin {
namespace {

std::string who(const loader::PluginInfo& info) {
    return "plugin '" + info.name + "' (" + info.file.string() + ")";
}

spdlog::level::level_enum spdlog_level(std::int32_t level) {
    switch (level) {
    case CROSSCHECK_LOG_TRACE:
        return spdlog::level::trace;
    case CROSSCHECK_LOG_DEBUG:
        return spdlog::level::debug;
    case CROSSCHECK_LOG_INFO:
        return spdlog::level::info;
    case CROSSCHECK_LOG_WARN:
        return spdlog::level::warn;
    default:
        return spdlog::level::err;
    }
}

} // namespace

ConfiguredChecker::ConfiguredChecker(std::unique_ptr<loader::PluginInstance> instance)
    : m_instance(std::move(instance)) {}

ConfiguredChecker::~ConfiguredChecker() = default;

const loader::PluginInfo& ConfiguredChecker::info() const {
    return m_instance->library().info();
}

Expected<std::vector<FindingRecord>> ConfiguredChecker::check(const ClaimGroupRecord& group) {
    const loader::MarshalledGroup marshalled{group};
    return check(marshalled.get());
}

Expected<std::vector<FindingRecord>> ConfiguredChecker::check(const crosscheck_claim_group& group) {
    const std::string& name = info().name;
    loader::CheckOutcome outcome =
        m_instance->check(group, [&name](std::int32_t level, std::string_view message) {
            spdlog::log(spdlog_level(level), "plugin '{}': {}", name, message);
        });
    if (outcome.status != CROSSCHECK_OK) {
        return fail(who(info()) + ": check of " + std::to_string(group.claim_count) +
                    " claim(s) about '" + std::string(group.metric.data, group.metric.size) +
                    "' failed: " + outcome.error);
    }
    return std::move(outcome.findings);
}

PluginRegistry PluginRegistry::discover(const RegistryOptions& options) {
    PluginRegistry registry;
    registry.m_search_dirs = plugin_search_dirs(options.search);
    for (const std::filesystem::path& dir : registry.m_search_dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec)) {
            registry.record_failure(dir, "plugin folder '" + dir.string() + "' does not exist");
            continue;
        }
        for (const std::filesystem::path& file : plugin_files_in(dir)) {
            registry.load(file, options.allow_unsafe);
        }
    }
    return registry;
}

bool PluginRegistry::load(const std::filesystem::path& file, bool allow_unsafe) {
    if (!allow_unsafe) {
        if (auto reason = unsafe_reason(file)) {
            record_failure(file, "refusing to load: " + *reason);
            return false;
        }
    }
    std::string error;
    std::shared_ptr<const loader::PluginLibrary> library = loader::PluginLibrary::open(file, error);
    if (!library) {
        record_failure(file, error);
        return false;
    }
    if (const loader::PluginInfo* other = find(library->info().name)) {
        record_failure(file, "two plugins are named '" + other->name + "': '" +
                                 other->file.string() + "' and '" + file.string() +
                                 "'; the second is skipped");
        return false;
    }
    spdlog::debug("loaded {} version {}", who(library->info()), library->info().version);
    m_libraries.push_back(std::move(library));
    return true;
}

std::vector<const loader::PluginInfo*> PluginRegistry::plugins() const {
    std::vector<const loader::PluginInfo*> out;
    out.reserve(m_libraries.size());
    for (const auto& library : m_libraries) {
        out.push_back(&library->info());
    }
    std::sort(out.begin(), out.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    return out;
}

const loader::PluginInfo* PluginRegistry::find(std::string_view name) const {
    for (const auto& library : m_libraries) {
        if (library->info().name == name) {
            return &library->info();
        }
    }
    return nullptr;
}

Expected<ConfiguredChecker>
PluginRegistry::configure(std::string_view name,
                          const std::vector<ConfigEntryRecord>& config) const {
    const auto it = std::find_if(m_libraries.begin(), m_libraries.end(),
                                 [&](const auto& l) { return l.get()->info().name == name; });
    if (it == m_libraries.end()) {
        std::string known;
        for (const loader::PluginInfo* info : plugins()) {
            known += (known.empty() ? "" : ", ") + info->name;
        }
        return fail("no plugin named '" + std::string(name) +
                    "' (loaded: " + (known.empty() ? "none" : known) + ")");
    }
    std::string error;
    std::unique_ptr<loader::PluginInstance> instance =
        loader::PluginInstance::create(*it, config, error);
    if (!instance) {
        return fail(who((*it)->info()) + ": init failed: " + error);
    }
    return ConfiguredChecker{std::move(instance)};
}

Expected<ConfiguredChecker> PluginRegistry::configure_from_toml(std::string_view name,
                                                                const toml::value& section) const {
    auto config = config_from_toml(section);
    if (!config) {
        return fail("plugin '" + std::string(name) + "': " + config.error().message,
                    config.error().where);
    }
    return configure(name, *config);
}

void PluginRegistry::record_failure(const std::filesystem::path& file, std::string reason) {
    spdlog::warn("skipping plugin: {}", reason);
    m_failures.push_back({file, std::move(reason)});
}

} // namespace crosscheck::plugin
