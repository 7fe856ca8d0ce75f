#pragma once
// The host side of plugin isolation: one child process running one plugin
// (`crosscheck plugin-host`, see plugin_child.hpp), and the watchdog that
// bounds every exchange with it. A request is answered, or the child is
// killed (SIGKILL) and reaped, and the call fails saying what happened: the
// signal that ended it, the time limit, or the memory limit. The next call
// starts a fresh child.
//
// The memory watch polls the child's resident set (/proc/PID/statm) while
// waiting, every few milliseconds, rather than setting RLIMIT_AS: address
// space limits break sanitizer builds (ASan reserves terabytes of shadow)
// and say nothing about memory actually used.
//
// Not thread-safe: each worker thread owns its own processes.

#include "host/util/error.hpp"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace crosscheck::plugin {

/// Bounds on an isolated plugin.
struct IsolationLimits {
    /// Time for one request (starting the child, an init, a check of one group).
    std::chrono::milliseconds timeout{10'000};
    /// Resident memory of the child, in MiB.
    std::uint64_t memory_mib = 1024;
};

/// How to start a child.
struct ChildCommand {
    /// The crosscheck program; "/proc/self/exe" (this very program) unless a
    /// test or benchmark names the built binary.
    std::filesystem::path program = "/proc/self/exe";
    /// The plugin file, open in the host; the child gets it as fd 3.
    int plugin_fd = -1;
    /// Its path, for messages.
    std::filesystem::path plugin_path;
    /// The plugin's name, as the host loaded it; empty when not yet known
    /// (a discovery probe), and then not checked.
    std::string plugin_name;
};

/// "SIGSEGV (segmentation fault)" for a signal number.
[[nodiscard]] std::string describe_signal(int signal);

/// What a `waitpid` status says happened to a child that should not have
/// ended: "crashed: killed by signal SIGSEGV (segmentation fault)", "exited
/// with status 1".
[[nodiscard]] std::string describe_exit(int wait_status);

/// One child process for one plugin, started on first use.
class PluginProcess {
public:
    PluginProcess(ChildCommand command, IsolationLimits limits);
    /// Closes the request pipe (the child exits), waits briefly, then kills.
    ~PluginProcess();
    PluginProcess(const PluginProcess&) = delete;
    PluginProcess& operator=(const PluginProcess&) = delete;

    /// Sends `request` and returns the reply, starting a child first when
    /// none runs. On a crash, a timeout, the memory limit or a protocol
    /// error the child is killed and reaped and the call fails with what
    /// happened ("crashed: killed by signal SIGABRT (aborted)").
    [[nodiscard]] Expected<nlohmann::json> call(const nlohmann::json& request);

    /// Starts the child unless one runs, and waits for its hello: whether
    /// the plugin loads at all, in a process of its own.
    [[nodiscard]] Expected<void> ensure_started();

    /// Whether the last start failed because the child answered that the
    /// plugin would not load (a file that is no plugin), rather than dying.
    [[nodiscard]] bool start_refused() const noexcept { return m_start_refused; }

    /// Counts the children started: a caller whose plugin state was created
    /// in an earlier child must create it again.
    [[nodiscard]] std::uint64_t generation() const noexcept { return m_generation; }

    /// The process id of the running child, or -1.
    [[nodiscard]] pid_t pid() const noexcept { return m_pid; }

    [[nodiscard]] const IsolationLimits& limits() const noexcept { return m_limits; }

private:
    using Deadline = std::chrono::steady_clock::time_point;

    Expected<void> start();
    Expected<void> send(const std::string& frame, Deadline deadline);
    Expected<nlohmann::json> receive(Deadline deadline);
    // Kills (unless already dead) and reaps the child; returns what
    // happened, `reason` when the watchdog itself killed it.
    std::string end_child(const std::string& reason);
    // Resident bytes of the child, or 0 when unknown.
    std::uint64_t resident_bytes() const;
    void close_fds();

    ChildCommand m_command;
    IsolationLimits m_limits;
    pid_t m_pid = -1;
    int m_request = -1; // write end
    int m_reply = -1;   // read end
    int m_statm = -1;   // /proc/PID/statm
    std::uint64_t m_generation = 0;
    bool m_start_refused = false;
};

} // namespace crosscheck::plugin
