#include "host/plugin/plugin_child.hpp"

#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/isolation_protocol.hpp"
#include "host/plugin/plugin_instance.hpp"
#include "host/plugin/plugin_library.hpp"

#include <cxxabi.h>
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace crosscheck::plugin {
namespace {

using nlohmann::json;

json error_reply(const std::string& message) {
    return {{"type", "error"}, {"message", message}};
}

// "std::runtime_error: boom", or the type of a non-std exception: nothing may
// cross the C ABI, so this names what did.
std::string escaped_exception() {
    std::string type = "unknown type";
    if (const std::type_info* info = abi::__cxa_current_exception_type(); info != nullptr) {
        int status = 0;
        std::unique_ptr<char, decltype(&std::free)> name(
            abi::__cxa_demangle(info->name(), nullptr, nullptr, &status), &std::free);
        type = status == 0 && name ? name.get() : info->name();
    }
    try {
        throw;
    } catch (const std::exception& e) {
        return "an exception escaped the plugin through the C ABI: " + type + ": " + e.what();
    } catch (...) {
        return "an exception of type '" + type + "' escaped the plugin through the C ABI";
    }
}

class ChildServer {
public:
    ChildServer(std::shared_ptr<const PluginLibrary> library, int in, int out)
        : m_library(std::move(library)), m_in(in), m_out(out) {}

    int serve() {
        for (;;) {
            auto request = isolation::read_message(m_in);
            if (!request) {
                std::fprintf(stderr, "crosscheck plugin-host: %s\n",
                             request.error().message.c_str());
                return 2;
            }
            if (!*request) {
                return 0; // the host closed the pipe: done
            }
            json reply;
            try {
                reply = answer(**request);
            } catch (const json::exception& e) {
                reply = error_reply(std::string("malformed request: ") + e.what());
            } catch (const isolation::ProtocolError& e) {
                reply = error_reply(std::string("malformed request: ") + e.what());
            } catch (...) {
                reply = error_reply(escaped_exception());
            }
            if (!isolation::write_message(m_out, reply)) {
                return 0; // the host is gone
            }
        }
    }

private:
    json answer(const json& request) {
        const std::string type = request.at("type").get<std::string>();
        if (type == "init") {
            auto instance = PluginInstance::create(
                m_library, isolation::config_from_json(request.at("config")));
            if (!instance) {
                return error_reply(instance.error().message);
            }
            m_states.push_back(std::move(*instance));
            return {{"type", "state"}, {"state", m_states.size() - 1}};
        }
        if (type == "check") {
            const auto state = request.at("state").get<std::size_t>();
            if (state >= m_states.size()) {
                return error_reply("no state " + std::to_string(state));
            }
            const isolation::ReceivedGroup group = isolation::group_from_json(request.at("group"));
            const ClaimGroupLayout layout(group.metric, group.scope_key, group.claims);
            json logs = json::array();
            CallOutcome outcome = m_states[state]->check(
                layout, [&logs](std::int32_t level, std::string_view message) {
                    logs.push_back({level, std::string(message)});
                });
            return {{"type", "outcome"},
                    {"status", outcome.status},
                    {"error", outcome.error},
                    {"findings", isolation::findings_to_json(outcome.findings)},
                    {"logs", logs}};
        }
        return error_reply("unknown request '" + type + "'");
    }

    std::shared_ptr<const PluginLibrary> m_library;
    int m_in;
    int m_out;
    std::vector<std::unique_ptr<PluginInstance>> m_states;
};

} // namespace

int run_plugin_child(int plugin_fd, const std::filesystem::path& shown_as) {
    // The protocol leaves 0 and 1 before any plugin code runs.
    const int in = ::fcntl(0, F_DUPFD_CLOEXEC, 10);
    const int out = ::fcntl(1, F_DUPFD_CLOEXEC, 10);
    if (in < 0 || out < 0) {
        return 2;
    }
    std::fflush(stdout);
    ::dup2(2, 1);
    if (const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC); null >= 0) {
        ::dup2(null, 0);
        ::close(null);
    }
    for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
        std::signal(sig, SIG_DFL);
    }

    const std::string path = "/proc/self/fd/" + std::to_string(plugin_fd);
    auto library = PluginLibrary::open(path, k_host_api_version, shown_as);
    if (!library) {
        isolation::write_message(out, error_reply(library.error().message));
        return 0;
    }
    const PluginInfo& info = (*library)->info();
    if (!isolation::write_message(
            out, {{"type", "hello"}, {"name", info.name}, {"version", info.version}})) {
        return 0;
    }
    return ChildServer(std::move(*library), in, out).serve();
}

} // namespace crosscheck::plugin
