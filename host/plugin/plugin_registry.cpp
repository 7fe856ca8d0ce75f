#include "host/plugin/plugin_registry.hpp"

#include "host/plugin/isolation_protocol.hpp"
#include "host/plugin/plugin_instance.hpp"
#include "host/plugin/plugin_library.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <system_error>

namespace crosscheck::plugin {
namespace {

std::string who(const PluginInfo& info) {
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

std::string check_failed(const PluginInfo& info, std::size_t claims, const std::string& metric) {
    return who(info) + ": check of " + std::to_string(claims) + " claim(s) about '" + metric +
           "' failed: ";
}

bool in_build_dir(const std::filesystem::path& file) {
    std::error_code ec;
    const auto dir = std::filesystem::canonical(CROSSCHECK_PLUGIN_BUILD_DIR, ec);
    if (ec) {
        return false;
    }
    const auto resolved = std::filesystem::canonical(file, ec);
    return !ec && resolved.parent_path() == dir;
}

} // namespace

ConfiguredChecker::ConfiguredChecker(std::unique_ptr<PluginInstance> instance)
    : m_instance(std::move(instance)) {}

ConfiguredChecker::ConfiguredChecker(std::shared_ptr<const PluginLibrary> library,
                                     std::shared_ptr<PluginProcess> process,
                                     model::CheckerConfig config)
    : m_library(std::move(library)), m_process(std::move(process)), m_config(std::move(config)) {}

ConfiguredChecker::ConfiguredChecker(ConfiguredChecker&&) noexcept = default;
ConfiguredChecker& ConfiguredChecker::operator=(ConfiguredChecker&&) noexcept = default;
ConfiguredChecker::~ConfiguredChecker() = default;

const PluginInfo& ConfiguredChecker::info() const {
    return m_instance ? m_instance->library().info() : m_library->info();
}

Expected<void> ConfiguredChecker::init_isolated() {
    auto reply =
        m_process->call({{"type", "init"}, {"config", isolation::config_to_json(m_config)}});
    if (!reply) {
        return fail("the isolated plugin process " + reply.error().message);
    }
    try {
        if (reply->at("type") == "state") {
            m_state = reply->at("state").get<std::int64_t>();
            m_generation = m_process->generation();
            return {};
        }
        return fail(reply->at("message").get<std::string>());
    } catch (const nlohmann::json::exception&) {
        return fail("the isolated plugin process sent a malformed reply");
    }
}

Expected<std::vector<model::Finding>> ConfiguredChecker::check(const ClaimGroupLayout& group) {
    if (m_process) {
        return check_isolated(group);
    }
    const std::string& name = info().name;
    CallOutcome outcome =
        m_instance->check(group, [&name](std::int32_t level, std::string_view message) {
            spdlog::log(spdlog_level(level), "plugin '{}': {}", name, message);
        });
    if (outcome.status != CROSSCHECK_OK) {
        return fail(check_failed(info(), group.size(), group.metric()) + outcome.error);
    }
    return std::move(outcome.findings);
}

Expected<std::vector<model::Finding>>
ConfiguredChecker::check_isolated(const ClaimGroupLayout& group) {
    const std::string failed = check_failed(info(), group.size(), group.metric());
    if (m_process->pid() <= 0 || m_generation != m_process->generation() || m_state < 0) {
        // The child that held this state died (or never ran): a new one
        // gets the same configuration first.
        if (auto ready = init_isolated(); !ready) {
            return fail(failed + "restarting it: " + ready.error().message);
        }
    }
    auto reply = m_process->call(
        {{"type", "check"}, {"state", m_state}, {"group", isolation::group_to_json(group)}});
    if (!reply) {
        return fail(failed + "the isolated plugin process " + reply.error().message);
    }
    try {
        if (reply->at("type") != "outcome") {
            return fail(failed + reply->at("message").get<std::string>());
        }
        const std::string& name = info().name;
        for (const auto& log : reply->at("logs")) {
            spdlog::log(spdlog_level(log.at(0).get<std::int32_t>()), "plugin '{}': {}", name,
                        log.at(1).get<std::string>());
        }
        if (reply->at("status").get<std::int32_t>() != CROSSCHECK_OK) {
            return fail(failed + reply->at("error").get<std::string>());
        }
        return isolation::findings_from_json(reply->at("findings"));
    } catch (const nlohmann::json::exception&) {
        return fail(failed + "the isolated plugin process sent a malformed reply");
    } catch (const isolation::ProtocolError&) {
        return fail(failed + "the isolated plugin process sent a malformed reply");
    }
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
            registry.load(file, options.allow_unsafe, options.pins, options.probe_program);
        }
    }
    return registry;
}

bool PluginRegistry::load(const std::filesystem::path& file, bool allow_unsafe,
                          const std::map<std::string, std::string>& pins,
                          const std::optional<std::filesystem::path>& probe_program) {
    if (!allow_unsafe) {
        if (auto reason = unsafe_reason(file)) {
            record_failure(file, "refusing to load: " + *reason);
            return false;
        }
    }
    // Hash and load the same open file, so that it cannot be swapped
    // between the check and the load (nor before an isolated child loads it).
    auto opened = open_plugin_file(file);
    if (!opened) {
        record_failure(file, opened.error().message);
        return false;
    }
    auto handle = std::make_shared<PluginFile>(std::move(*opened));
    const auto pin = pins.find(file.stem().string());
    if (pin != pins.end()) {
        if (auto verified = verify_pin(*handle, pin->second); !verified) {
            record_failure(file, verified.error().message);
            return false;
        }
    }
    if (probe_program && !in_build_dir(file)) {
        // Loaded first where a crash costs nothing; the descriptor, hence
        // the file, is the one the host then loads.
        PluginProcess probe(ChildCommand{*probe_program, handle->fd(), file, {}},
                            IsolationLimits{});
        // A child that answers "not a plugin" proves loading is safe; the
        // host's own load below then says why. Only a child that died (or
        // hung) is a reason to refuse here.
        if (auto started = probe.ensure_started(); !started && !probe.start_refused()) {
            record_failure(
                file, "refusing to load '" + file.string() +
                          "': loading it in a separate process failed: " + started.error().message);
            return false;
        }
    }
    auto path = handle->loadable_path();
    if (!path) {
        record_failure(file, path.error().message);
        return false;
    }
    auto opened_library = PluginLibrary::open(*path, k_host_api_version, file);
    if (!opened_library) {
        record_failure(file, opened_library.error().message);
        return false;
    }
    std::shared_ptr<const PluginLibrary> library = std::move(*opened_library);
    const std::string& name = library->info().name;
    if (pins.contains(name) && (pin == pins.end() || pin->first != name)) {
        record_failure(file, "plugin '" + name + "' is pinned, but its file '" + file.string() +
                                 "' is not named " + name +
                                 ".so, so the pin could not be checked before loading it; "
                                 "refused");
        return false;
    }
    if (const PluginInfo* other = find(name)) {
        record_failure(file, "two plugins are named '" + other->name + "': '" +
                                 other->file.string() + "' and '" + file.string() +
                                 "'; the second is skipped");
        return false;
    }
    spdlog::debug("loaded {} version {}", who(library->info()), library->info().version);
    m_libraries.push_back({std::move(library), std::move(handle), in_build_dir(file), {}});
    return true;
}

const PluginRegistry::Loaded* PluginRegistry::entry(std::string_view name) const {
    for (const auto& loaded : m_libraries) {
        if (loaded.library->info().name == name) {
            return &loaded;
        }
    }
    return nullptr;
}

bool PluginRegistry::isolate(std::string_view name, std::optional<IsolationSettings> settings) {
    for (auto& loaded : m_libraries) {
        if (loaded.library->info().name == name) {
            loaded.isolation = settings;
            return true;
        }
    }
    return false;
}

const IsolationSettings* PluginRegistry::isolation(std::string_view name) const {
    const Loaded* loaded = entry(name);
    return loaded != nullptr && loaded->isolation ? &*loaded->isolation : nullptr;
}

bool PluginRegistry::from_build_dir(std::string_view name) const {
    const Loaded* loaded = entry(name);
    return loaded != nullptr && loaded->from_build_dir;
}

std::vector<const PluginInfo*> PluginRegistry::plugins() const {
    std::vector<const PluginInfo*> out;
    out.reserve(m_libraries.size());
    for (const auto& loaded : m_libraries) {
        out.push_back(&loaded.library->info());
    }
    std::sort(out.begin(), out.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    return out;
}

const PluginInfo* PluginRegistry::find(std::string_view name) const {
    const Loaded* loaded = entry(name);
    return loaded != nullptr ? &loaded->library->info() : nullptr;
}

Expected<ConfiguredChecker> PluginRegistry::configure(std::string_view name,
                                                      const model::CheckerConfig& config,
                                                      ChildPool* pool) const {
    const Loaded* loaded = entry(name);
    if (loaded == nullptr) {
        std::string known;
        for (const PluginInfo* info : plugins()) {
            known += (known.empty() ? "" : ", ") + info->name;
        }
        return fail("no plugin named '" + std::string(name) +
                    "' (loaded: " + (known.empty() ? "none" : known) + ")");
    }
    if (loaded->isolation) {
        std::shared_ptr<PluginProcess> own;
        std::shared_ptr<PluginProcess>& slot =
            pool != nullptr ? pool->slot(loaded->library->info().name) : own;
        if (!slot) {
            slot = std::make_shared<PluginProcess>(ChildCommand{m_child_program, loaded->file->fd(),
                                                                loaded->file->path(),
                                                                loaded->library->info().name},
                                                   loaded->isolation->limits);
        }
        ConfiguredChecker checker{loaded->library, slot, config};
        if (auto ready = checker.init_isolated(); !ready) {
            return fail(who(loaded->library->info()) + ": init failed: " + ready.error().message);
        }
        return checker;
    }
    auto instance = PluginInstance::create(loaded->library, config);
    if (!instance) {
        return fail(who(loaded->library->info()) + ": init failed: " + instance.error().message);
    }
    return ConfiguredChecker{std::move(*instance)};
}

void PluginRegistry::record_failure(const std::filesystem::path& file, std::string reason) {
    spdlog::warn("skipping plugin: {}", reason);
    m_failures.push_back({file, std::move(reason)});
}

} // namespace crosscheck::plugin
