#include "host/plugin/plugin_registry.hpp"

#include "host/plugin/isolation_protocol.hpp"

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

std::string text(const crosscheck_string& s) {
    return std::string(s.data, s.size);
}

loader::TimeRecord time_record(const crosscheck_time& t) {
    return {t.has_value != 0 ? std::optional<std::int64_t>(t.epoch_seconds) : std::nullopt,
            text(t.iso)};
}

// The C struct back as records, for an isolated plugin asked to check a
// group already marshalled (the benchmarks do).
ClaimGroupRecord group_record(const crosscheck_claim_group& group) {
    ClaimGroupRecord out{text(group.metric), text(group.scope_key), {}};
    for (std::size_t i = 0; i < group.claim_count; ++i) {
        const crosscheck_claim& c = *group.claims[i];
        out.claims.push_back({c.id,
                              text(c.metric),
                              c.value,
                              c.has_low != 0 ? std::optional<double>(c.low) : std::nullopt,
                              c.has_high != 0 ? std::optional<double>(c.high) : std::nullopt,
                              text(c.unit),
                              text(c.qualifier),
                              text(c.text),
                              text(c.scope.subject),
                              text(c.scope.event),
                              text(c.scope.period),
                              text(c.attribution),
                              time_record(c.as_of),
                              c.source.id,
                              text(c.source.url),
                              text(c.source.outlet),
                              time_record(c.source.published),
                              text(c.quote),
                              c.span_start,
                              c.span_end});
    }
    return out;
}

std::string check_failed(const loader::PluginInfo& info, std::size_t claims,
                         const std::string& metric) {
    return who(info) + ": check of " + std::to_string(claims) + " claim(s) about '" + metric +
           "' failed: ";
}

// The model's configuration as the loader's records.
std::vector<ConfigEntryRecord> config_records(const model::CheckerConfig& config) {
    const auto value = [](const auto& self, const model::ConfigValue& v) -> ConfigValueRecord {
        ConfigValueRecord r;
        r.type = static_cast<std::int32_t>(v.type); // the same order as crosscheck_value_type
        r.boolean = v.boolean;
        r.integer = v.integer;
        r.number = v.number;
        r.string = v.string;
        for (const auto& item : v.items) {
            r.items.push_back(self(self, item));
        }
        return r;
    };
    std::vector<ConfigEntryRecord> out;
    for (const auto& e : config) {
        out.emplace_back(e.key, value(value, e.value), e.origin);
    }
    return out;
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

ConfiguredChecker::ConfiguredChecker(std::unique_ptr<loader::PluginInstance> instance)
    : m_instance(std::move(instance)) {}

ConfiguredChecker::ConfiguredChecker(std::shared_ptr<const loader::PluginLibrary> library,
                                     std::shared_ptr<PluginProcess> process,
                                     std::vector<ConfigEntryRecord> config)
    : m_library(std::move(library)), m_process(std::move(process)), m_config(std::move(config)) {}

ConfiguredChecker::~ConfiguredChecker() = default;

const loader::PluginInfo& ConfiguredChecker::info() const {
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

Expected<std::vector<FindingRecord>> ConfiguredChecker::check(const ClaimGroupRecord& group) {
    if (m_process) {
        return check_isolated(group);
    }
    const loader::MarshalledGroup marshalled{group};
    return check(marshalled.get());
}

Expected<std::vector<FindingRecord>>
ConfiguredChecker::check_isolated(const ClaimGroupRecord& group) {
    const std::string failed = check_failed(info(), group.claims.size(), group.metric);
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
    }
}

Expected<std::vector<FindingRecord>> ConfiguredChecker::check(const crosscheck_claim_group& group) {
    if (m_process) {
        return check_isolated(group_record(group));
    }
    const std::string& name = info().name;
    loader::CheckOutcome outcome =
        m_instance->check(group, [&name](std::int32_t level, std::string_view message) {
            spdlog::log(spdlog_level(level), "plugin '{}': {}", name, message);
        });
    if (outcome.status != CROSSCHECK_OK) {
        return fail(check_failed(info(), group.claim_count, text(group.metric)) + outcome.error);
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
    std::string error;
    std::shared_ptr<const loader::PluginLibrary> library =
        loader::PluginLibrary::open(*path, error, loader::k_host_api_version, file);
    if (!library) {
        record_failure(file, error);
        return false;
    }
    const std::string& name = library->info().name;
    if (pins.contains(name) && (pin == pins.end() || pin->first != name)) {
        record_failure(file, "plugin '" + name + "' is pinned, but its file '" + file.string() +
                                 "' is not named " + name +
                                 ".so, so the pin could not be checked before loading it; "
                                 "refused");
        return false;
    }
    if (const loader::PluginInfo* other = find(name)) {
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

std::vector<const loader::PluginInfo*> PluginRegistry::plugins() const {
    std::vector<const loader::PluginInfo*> out;
    out.reserve(m_libraries.size());
    for (const auto& loaded : m_libraries) {
        out.push_back(&loaded.library->info());
    }
    std::sort(out.begin(), out.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    return out;
}

const loader::PluginInfo* PluginRegistry::find(std::string_view name) const {
    const Loaded* loaded = entry(name);
    return loaded != nullptr ? &loaded->library->info() : nullptr;
}

Expected<ConfiguredChecker> PluginRegistry::configure(std::string_view name,
                                                      const model::CheckerConfig& model_config,
                                                      ChildPool* pool) const {
    const std::vector<ConfigEntryRecord> config = config_records(model_config);
    const Loaded* loaded = entry(name);
    if (loaded == nullptr) {
        std::string known;
        for (const loader::PluginInfo* info : plugins()) {
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
    std::string error;
    std::unique_ptr<loader::PluginInstance> instance =
        loader::PluginInstance::create(loaded->library, config, error);
    if (!instance) {
        return fail(who(loaded->library->info()) + ": init failed: " + error);
    }
    return ConfiguredChecker{std::move(instance)};
}

void PluginRegistry::record_failure(const std::filesystem::path& file, std::string reason) {
    spdlog::warn("skipping plugin: {}", reason);
    m_failures.push_back({file, std::move(reason)});
}

} // namespace crosscheck::plugin
