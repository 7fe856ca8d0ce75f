#include "host/plugin/plugin_instance.hpp"

#include "host/plugin/config_layout.hpp"

#include <algorithm>
#include <optional>

namespace crosscheck::plugin {
namespace {

std::optional<model::Severity> severity_of(std::int32_t severity) noexcept {
    switch (severity) {
    case CROSSCHECK_SEVERITY_HIGH:
        return model::Severity::high;
    case CROSSCHECK_SEVERITY_MEDIUM:
        return model::Severity::medium;
    case CROSSCHECK_SEVERITY_LOW:
        return model::Severity::low;
    case CROSSCHECK_SEVERITY_INFO:
        return model::Severity::info;
    default:
        return std::nullopt;
    }
}

std::optional<model::ClaimRole> role_of(std::int32_t role) noexcept {
    switch (role) {
    case CROSSCHECK_ROLE_QUESTIONED:
        return model::ClaimRole::questioned;
    case CROSSCHECK_ROLE_REFERENCE:
        return model::ClaimRole::reference;
    default:
        return std::nullopt;
    }
}

std::string message_or(const char* message, std::int32_t status) {
    return *message != '\0'
               ? std::string(message)
               : "the plugin returned status " + std::to_string(status) + " without a message";
}

std::optional<std::string> read(const crosscheck_string& s) {
    if (s.data == nullptr) {
        return s.size == 0 ? std::optional<std::string>{""} : std::nullopt;
    }
    return std::string(s.data, s.size);
}

// The host side of `crosscheck_host`: validates and copies findings.
struct Collector {
    const crosscheck_claim_group* group;
    const LogSink* log;
    const std::string* plugin;
    std::vector<model::Finding> findings;
    std::vector<std::string> rejected;
    std::vector<std::int64_t> ids; // the group's claim ids, sorted, once needed

    // Whether `id` names a claim of the group. Sorted once per check call:
    // a finding may name thousands of claims of a large group.
    bool in_group(std::int64_t id) {
        if (ids.size() != group->claim_count) {
            ids.clear();
            for (std::size_t k = 0; k < group->claim_count; ++k) {
                ids.push_back(group->claims[k]->id);
            }
            std::sort(ids.begin(), ids.end());
        }
        return std::binary_search(ids.begin(), ids.end(), id);
    }

    std::optional<std::string> validate(const crosscheck_finding* f, model::Finding& out) {
        if (f == nullptr) {
            return "null finding";
        }
        if (f->struct_size < k_finding_size_v1_0) {
            return "finding struct of " + std::to_string(f->struct_size) +
                   " bytes is smaller than API 1.0's";
        }
        const auto severity = severity_of(f->severity);
        if (!severity) {
            return "severity " + std::to_string(f->severity) + " is not high/medium/low/info";
        }
        auto message = read(f->message);
        auto checker = read(f->checker);
        if (!message || !checker) {
            return "a string has a null pointer and a non-zero size";
        }
        if (message->empty()) {
            return "empty message";
        }
        if (f->claim_count == 0 || f->claims == nullptr) {
            return "finding \"" + *message + "\" involves no claim";
        }
        out.checker = checker->empty() ? *plugin : std::move(*checker);
        out.severity = *severity;
        out.message = std::move(*message);
        for (std::size_t i = 0; i < f->claim_count; ++i) {
            const crosscheck_finding_claim& c = f->claims[i];
            const auto role = role_of(c.role);
            if (!role) {
                return "claim " + std::to_string(c.claim_id) + " has role " +
                       std::to_string(c.role) + ", not questioned/reference";
            }
            if (!in_group(c.claim_id)) {
                return "finding \"" + out.message + "\" names claim " + std::to_string(c.claim_id) +
                       ", which is not in the group";
            }
            out.claims.push_back({c.claim_id, {}, *role});
        }
        return std::nullopt;
    }

    static std::int32_t emit(void* context, const crosscheck_finding* finding) noexcept {
        auto* self = static_cast<Collector*>(context);
        try {
            model::Finding record;
            if (auto problem = self->validate(finding, record)) {
                self->rejected.push_back(std::move(*problem));
                return CROSSCHECK_ERROR_HOST;
            }
            self->findings.push_back(std::move(record));
            return CROSSCHECK_OK;
        } catch (...) {
            // Out of memory: nothing may unwind into the plugin.
            return CROSSCHECK_ERROR_HOST;
        }
    }

    static void log_message(void* context, std::int32_t level, const char* message,
                            std::size_t size) noexcept {
        auto* self = static_cast<Collector*>(context);
        if (self->log == nullptr || !*self->log || message == nullptr) {
            return;
        }
        try {
            (*self->log)(level, std::string_view(message, size));
        } catch (...) {
            // A failing log sink must not take the check down.
        }
    }
};

} // namespace

std::string status_name(std::int32_t status) {
    switch (status) {
    case CROSSCHECK_OK:
        return "ok";
    case CROSSCHECK_ERROR_CONFIG:
        return "configuration error";
    case CROSSCHECK_ERROR_INPUT:
        return "input error";
    case CROSSCHECK_ERROR_INTERNAL:
        return "internal error";
    case CROSSCHECK_ERROR_HOST:
        return "refused by the host";
    default:
        return "status " + std::to_string(status);
    }
}

Expected<std::unique_ptr<PluginInstance>>
PluginInstance::create(std::shared_ptr<const PluginLibrary> library,
                       const model::CheckerConfig& config) {
    const ConfigLayout layout{config};
    char buffer[k_error_capacity] = {};
    void* state = nullptr;
    const std::int32_t status = library->table().init(&layout.get(), &state, buffer, sizeof buffer);
    if (status != CROSSCHECK_OK) {
        buffer[sizeof buffer - 1] = '\0';
        if (state != nullptr) {
            library->table().destroy(state);
        }
        return fail(status_name(status) + ": " + message_or(buffer, status));
    }
    return std::unique_ptr<PluginInstance>(new PluginInstance(std::move(library), state));
}

PluginInstance::~PluginInstance() {
    m_library->table().destroy(m_state);
}

CallOutcome PluginInstance::check(const ClaimGroupLayout& layout, const LogSink& log) {
    const crosscheck_claim_group& group = layout.abi();
    Collector collector{&group, &log, &m_library->info().name, {}, {}, {}};
    crosscheck_host host{};
    host.struct_size = sizeof(crosscheck_host);
    host.api_version = k_host_api_version;
    host.context = &collector;
    host.emit_finding = &Collector::emit;
    host.log = &Collector::log_message;
    // On the stack: a heap buffer per call would cost more than the call.
    char buffer[k_error_capacity];
    buffer[0] = '\0';
    CallOutcome outcome;
    outcome.status = m_library->table().check(m_state, &group, &host, buffer, sizeof buffer);
    buffer[sizeof buffer - 1] = '\0';
    if (outcome.status != CROSSCHECK_OK) {
        outcome.error = status_name(outcome.status) + ": " + message_or(buffer, outcome.status);
    }
    if (!collector.rejected.empty()) {
        // A plugin that ignores a refusal still failed: the report would
        // otherwise silently miss what it meant to say.
        if (outcome.status == CROSSCHECK_OK) {
            outcome.status = CROSSCHECK_ERROR_HOST;
            outcome.error = "invalid finding: " + collector.rejected.front();
        } else {
            outcome.error += " (host: " + collector.rejected.front() + ")";
        }
    }
    outcome.findings = std::move(collector.findings);
    return outcome;
}

} // namespace crosscheck::plugin
