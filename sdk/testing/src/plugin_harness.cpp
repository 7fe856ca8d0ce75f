// The testing harness's implementation: the harness's plain records become
// the host's model, and the host's own loader (host/plugin/: library,
// instance, the layouts of a group and a configuration) does the rest, so a
// plugin under test is loaded, fed and checked exactly as `crosscheck check`
// does it.
#include <crosscheck/testing/plugin_harness.hpp>

#include "host/model/checker_config.hpp"
#include "host/model/claim.hpp"
#include "host/model/finding.hpp"
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_instance.hpp"
#include "host/plugin/plugin_library.hpp"

#include <stdexcept>

namespace crosscheck::testing {

struct PluginHarness::Loaded {
    std::shared_ptr<const plugin::PluginLibrary> library;
    std::unique_ptr<plugin::PluginInstance> instance;
};

namespace {

PluginInfo info_record(const plugin::PluginInfo& info) {
    PluginInfo out;
    out.name = info.name;
    out.version = info.version;
    out.description = info.description;
    out.required_api = {info.required_api.major, info.required_api.minor, info.required_api.patch};
    out.file = info.file;
    for (const auto& key : info.config_keys) {
        out.config_keys.push_back({key.name, key.type, key.description, key.default_value});
    }
    return out;
}

model::ConfigValue config_value(const ConfigValueRecord& v) {
    model::ConfigValue out;
    switch (v.type) {
    case CROSSCHECK_VALUE_BOOL:
        out.type = model::ConfigValue::Type::boolean;
        break;
    case CROSSCHECK_VALUE_INTEGER:
        out.type = model::ConfigValue::Type::integer;
        break;
    case CROSSCHECK_VALUE_NUMBER:
        out.type = model::ConfigValue::Type::number;
        break;
    case CROSSCHECK_VALUE_STRING:
        out.type = model::ConfigValue::Type::string;
        break;
    case CROSSCHECK_VALUE_ARRAY:
        out.type = model::ConfigValue::Type::array;
        break;
    default:
        throw std::invalid_argument("configuration value of type " + std::to_string(v.type) +
                                    ", not a crosscheck_value_type");
    }
    out.boolean = v.boolean;
    out.integer = v.integer;
    out.number = v.number;
    out.string = v.string;
    for (const auto& item : v.items) {
        out.items.push_back(config_value(item));
    }
    return out;
}

model::CheckerConfig checker_config(const std::vector<ConfigEntryRecord>& config) {
    model::CheckerConfig out;
    out.reserve(config.size());
    for (const auto& e : config) {
        out.emplace_back(e.key, config_value(e.value), e.origin);
    }
    return out;
}

model::Moment moment(const TimeRecord& t) {
    return {t.epoch_seconds, t.iso};
}

model::Claim model_claim(const ClaimRecord& r) {
    model::Claim c;
    c.id = r.id;
    c.metric = r.metric;
    c.value = r.value;
    c.low = r.low;
    c.high = r.high;
    c.unit = r.unit;
    if (!r.qualifier.empty()) {
        const auto qualifier = model::qualifier_from_string(r.qualifier);
        if (!qualifier || *qualifier == model::Qualifier::none) {
            throw std::invalid_argument(
                "claim " + std::to_string(r.id) + ": qualifier '" + r.qualifier +
                "' is none the host sends (\"\" for an exact figure, or more_than, at_least, "
                "less_than, at_most, nearly, approximately, range, vague)");
        }
        c.qualifier = *qualifier;
    }
    c.text = r.text;
    c.scope.subject = r.scope_subject;
    c.scope.event = r.scope_event;
    c.scope.period = r.scope_period;
    c.attribution = r.attribution;
    c.as_of = moment(r.as_of);
    c.as_of_stated = r.as_of_stated;
    c.source.id = r.source_id;
    c.source.url = r.source_url;
    c.source.outlet = r.source_outlet;
    c.source.published = moment(r.source_published);
    c.quote = r.quote;
    c.span = model::TextSpan{static_cast<std::size_t>(r.span_start),
                             static_cast<std::size_t>(r.span_end)};
    return c;
}

FindingRecord finding_record(const model::Finding& f) {
    FindingRecord out{f.checker, std::string(model::to_string(f.severity)), f.message, {}};
    for (const auto& c : f.claims) {
        out.claims.push_back({c.claim_id, std::string(model::to_string(c.role))});
    }
    return out;
}

} // namespace

PluginHarness::PluginHarness(const std::filesystem::path& file)
    : m_loaded(std::make_unique<Loaded>()) {
    auto library = plugin::PluginLibrary::open(file);
    if (!library) {
        throw std::runtime_error(library.error().message);
    }
    m_loaded->library = std::move(*library);
    m_info = info_record(m_loaded->library->info());
}

PluginHarness::~PluginHarness() = default;
PluginHarness::PluginHarness(PluginHarness&&) noexcept = default;
PluginHarness& PluginHarness::operator=(PluginHarness&&) noexcept = default;

std::string PluginHarness::load_error(const std::filesystem::path& file) {
    auto library = plugin::PluginLibrary::open(file);
    return library ? std::string{} : library.error().message;
}

void PluginHarness::configure(const std::vector<ConfigEntryRecord>& config) {
    m_loaded->instance.reset();
    auto instance = plugin::PluginInstance::create(m_loaded->library, checker_config(config));
    if (!instance) {
        throw std::runtime_error("plugin '" + m_info.name + "': " + instance.error().message);
    }
    m_loaded->instance = std::move(*instance);
}

std::string PluginHarness::configure_error(const std::vector<ConfigEntryRecord>& config) {
    try {
        configure(config);
        return {};
    } catch (const std::runtime_error& e) {
        return e.what();
    }
}

CheckOutcome PluginHarness::run(const ClaimGroupRecord& group) {
    if (!m_loaded->instance) {
        configure({});
    }
    std::vector<model::Claim> claims;
    claims.reserve(group.claims.size());
    for (const ClaimRecord& c : group.claims) {
        claims.push_back(model_claim(c));
    }
    const plugin::ClaimGroupLayout layout(group.metric, group.scope_key, claims);
    m_log.clear();
    plugin::CallOutcome outcome =
        m_loaded->instance->check(layout, [this](std::int32_t level, std::string_view message) {
            m_log.push_back({level, std::string(message)});
        });
    CheckOutcome out{outcome.status, std::move(outcome.error), {}};
    for (const model::Finding& f : outcome.findings) {
        out.findings.push_back(finding_record(f));
    }
    return out;
}

std::vector<FindingRecord> PluginHarness::check(const ClaimGroupRecord& group) {
    CheckOutcome outcome = run(group);
    if (outcome.status != CROSSCHECK_OK) {
        throw std::runtime_error("plugin '" + m_info.name + "': " + outcome.error);
    }
    return std::move(outcome.findings);
}

} // namespace crosscheck::testing
