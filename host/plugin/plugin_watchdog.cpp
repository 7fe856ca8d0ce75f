#include "host/plugin/plugin_watchdog.hpp"

#include "host/plugin/isolation_protocol.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>
#include <vector>

namespace crosscheck::plugin {
namespace {

using Clock = std::chrono::steady_clock;

// How often the watchdog looks at the child's memory while waiting.
constexpr std::chrono::milliseconds k_poll_interval{5};
// How long a child whose pipe was closed may take to exit before SIGKILL.
constexpr std::chrono::milliseconds k_exit_grace{2'000};

std::string seconds_text(std::chrono::milliseconds ms) {
    if (ms.count() % 1000 == 0) {
        return std::to_string(ms.count() / 1000) + " s";
    }
    return std::to_string(ms.count()) + " ms";
}

int remaining_ms(Clock::time_point deadline) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return static_cast<int>(std::clamp<std::int64_t>(left.count(), 0, k_poll_interval.count()));
}

// Writes without dying of SIGPIPE when the child is gone: the signal is
// blocked in this thread for the write and a pending one is discarded.
ssize_t write_no_sigpipe(int fd, const char* data, std::size_t size) {
    sigset_t pipe_set;
    sigset_t old;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
    const ssize_t n = ::write(fd, data, size);
    const int saved = errno;
    if (n < 0 && saved == EPIPE && !sigismember(&old, SIGPIPE)) {
        const timespec zero{};
        while (sigtimedwait(&pipe_set, nullptr, &zero) > 0) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    errno = saved;
    return n;
}

} // namespace

std::string describe_signal(int signal) {
    const char* abbrev = sigabbrev_np(signal);
    const char* description = sigdescr_np(signal);
    std::string text =
        abbrev != nullptr ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
    if (description != nullptr) {
        std::string lower = description;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        text += " (" + lower + ")";
    }
    return text;
}

std::string describe_exit(int wait_status) {
    if (WIFSIGNALED(wait_status)) {
        return "crashed: killed by signal " + describe_signal(WTERMSIG(wait_status));
    }
    if (WIFEXITED(wait_status)) {
        return "exited with status " + std::to_string(WEXITSTATUS(wait_status));
    }
    return "ended (wait status " + std::to_string(wait_status) + ")";
}

PluginProcess::PluginProcess(ChildCommand command, IsolationLimits limits)
    : m_command(std::move(command)), m_limits(limits) {}

PluginProcess::~PluginProcess() {
    if (m_pid <= 0) {
        return;
    }
    ::close(m_request);
    m_request = -1;
    const auto give_up = Clock::now() + k_exit_grace;
    int status = 0;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (Clock::now() > give_up) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    m_pid = -1;
    close_fds();
}

void PluginProcess::close_fds() {
    for (int* fd : {&m_request, &m_reply, &m_statm}) {
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    }
}

Expected<void> PluginProcess::ensure_started() {
    return m_pid < 0 ? start() : Expected<void>{};
}

Expected<void> PluginProcess::start() {
    m_start_refused = false;
    int request[2];
    int reply[2];
    if (::pipe2(request, O_CLOEXEC) != 0) {
        return fail(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    if (::pipe2(reply, O_CLOEXEC) != 0) {
        ::close(request[0]);
        ::close(request[1]);
        return fail(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    // Everything the child needs is built before fork: between fork and
    // exec a child of a multi-threaded process may only make system calls.
    const std::string program = m_command.program.string();
    const std::string shown = m_command.plugin_path.string();
    std::vector<std::string> args = {"crosscheck", "-q",         "plugin-host", "--plugin-fd",
                                     "3",          "--shown-as", shown};
    std::vector<char*> argv;
    for (auto& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    // In a sanitizer build the child's runtime would catch SIGSEGV and exit
    // with a status of its own: leave crashes to the kernel, so the watchdog
    // can name the signal (plugin_child.cpp also resets the handlers).
    std::vector<std::string> env_text;
    bool has_asan_options = false;
    for (char** e = environ; *e != nullptr; ++e) {
        std::string entry = *e;
        if (entry.starts_with("ASAN_OPTIONS=")) {
            entry += ":";
            has_asan_options = true;
        }
        env_text.push_back(std::move(entry));
    }
    if (!has_asan_options) {
        env_text.push_back("ASAN_OPTIONS=");
    }
    for (auto& entry : env_text) {
        if (entry.starts_with("ASAN_OPTIONS=")) {
            entry += "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:handle_abort=0";
        }
    }
    std::vector<char*> envp;
    for (auto& entry : env_text) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);
    const int plugin_fd = m_command.plugin_fd;

    const pid_t pid = ::fork();
    if (pid < 0) {
        const int saved = errno;
        for (const int fd : {request[0], request[1], reply[0], reply[1]}) {
            ::close(fd);
        }
        return fail(std::string("cannot start a process: ") + std::strerror(saved));
    }
    if (pid == 0) {
        // Above 9 first, so that no source is overwritten by another's dup2.
        const int in = ::fcntl(request[0], F_DUPFD, 10);
        const int out = ::fcntl(reply[1], F_DUPFD, 10);
        const int plugin = ::fcntl(plugin_fd, F_DUPFD, 10);
        if (in < 0 || out < 0 || plugin < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 ||
            ::dup2(plugin, 3) < 0) {
            ::_exit(126);
        }
        ::close(in);
        ::close(out);
        ::close(plugin);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        // A crashing plugin should not leave a core file per group.
        const rlimit no_core{0, 0};
        ::setrlimit(RLIMIT_CORE, &no_core);
        // Do not outlive the host.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::execve(program.c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(request[0]);
    ::close(reply[1]);
    m_pid = pid;
    m_request = request[1];
    m_reply = reply[0];
    ::fcntl(m_request, F_SETFL, O_NONBLOCK);
    ::fcntl(m_reply, F_SETFL, O_NONBLOCK);
    m_statm = ::open(("/proc/" + std::to_string(pid) + "/statm").c_str(), O_RDONLY | O_CLOEXEC);
    ++m_generation;

    // Starting is not the plugin's time: a sanitizer build takes a while.
    auto hello = receive(Clock::now() + std::max<std::chrono::milliseconds>(
                                            m_limits.timeout, std::chrono::seconds(5)));
    if (!hello) {
        return fail("could not start the plugin process (" + program +
                    " plugin-host): " + hello.error().message);
    }
    if (hello->value("type", "") != "hello") {
        const std::string why = hello->value("message", "unexpected first message");
        m_start_refused = hello->value("type", "") == "error";
        end_child("");
        return fail(why);
    }
    if (!m_command.plugin_name.empty() && hello->value("name", "") != m_command.plugin_name) {
        const std::string name = hello->value("name", "");
        end_child("");
        return fail("the plugin process loaded '" + name + "', not '" + m_command.plugin_name +
                    "'");
    }
    return {};
}

std::uint64_t PluginProcess::resident_bytes() const {
    if (m_statm < 0) {
        return 0;
    }
    char text[128];
    const ssize_t n = ::pread(m_statm, text, sizeof text - 1, 0);
    if (n <= 0) {
        return 0;
    }
    text[n] = '\0';
    unsigned long long size = 0;
    unsigned long long resident = 0;
    if (std::sscanf(text, "%llu %llu", &size, &resident) != 2) {
        return 0;
    }
    return resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

std::string PluginProcess::end_child(const std::string& reason) {
    int status = 0;
    std::string what;
    if (m_pid > 0) {
        if (reason.empty()) {
            // The child closed its pipe or broke the protocol: give it a
            // moment to finish dying so that its signal can be reported.
            const auto give_up = Clock::now() + std::chrono::milliseconds(500);
            pid_t done = 0;
            while ((done = ::waitpid(m_pid, &status, WNOHANG)) == 0 && Clock::now() < give_up) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            if (done == 0) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
                what = "stopped answering and was killed";
            } else {
                what = describe_exit(status);
            }
        } else {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            what = reason;
        }
    }
    m_pid = -1;
    close_fds();
    return what;
}

Expected<void> PluginProcess::send(const std::string& frame, Deadline deadline) {
    std::size_t done = 0;
    while (done < frame.size()) {
        const ssize_t n = write_no_sigpipe(m_request, frame.data() + done, frame.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && errno != EAGAIN) {
            return fail(end_child(""));
        }
        if (Clock::now() >= deadline) {
            return fail(end_child("did not read its input within the time limit of " +
                                  seconds_text(m_limits.timeout) + "; killed"));
        }
        pollfd p{m_request, POLLOUT, 0};
        ::poll(&p, 1, remaining_ms(deadline));
    }
    return {};
}

Expected<nlohmann::json> PluginProcess::receive(Deadline deadline) {
    std::string buffer;
    std::size_t wanted = 4;
    bool have_header = false;
    const std::uint64_t limit = m_limits.memory_mib << 20;
    char chunk[1 << 16];
    for (;;) {
        const std::uint64_t resident = resident_bytes();
        if (resident > limit) {
            return fail(end_child("exceeded the memory limit of " +
                                  std::to_string(m_limits.memory_mib) + " MiB (resident " +
                                  std::to_string(resident >> 20) + " MiB); killed"));
        }
        const ssize_t n = ::read(m_reply, chunk, sizeof chunk);
        if (n > 0) {
            buffer.append(chunk, static_cast<std::size_t>(n));
        } else if (n == 0) {
            return fail(end_child(""));
        } else if (errno != EAGAIN && errno != EINTR) {
            return fail(end_child(""));
        }
        if (!have_header && buffer.size() >= 4) {
            const std::uint32_t size = isolation::frame_length(buffer.data());
            if (size > isolation::k_max_frame) {
                return fail(end_child("sent a malformed reply; killed"));
            }
            wanted = 4 + size;
            have_header = true;
        }
        if (have_header && buffer.size() >= wanted) {
            if (buffer.size() > wanted) {
                return fail(end_child("sent more than one reply; killed"));
            }
            auto message = isolation::decode_payload(buffer.substr(4));
            if (!message) {
                return fail(end_child("sent a malformed reply; killed"));
            }
            return message;
        }
        if (n > 0) {
            continue; // more may be waiting already
        }
        if (Clock::now() >= deadline) {
            return fail(end_child("did not answer within the time limit of " +
                                  seconds_text(m_limits.timeout) + "; killed"));
        }
        pollfd p{m_reply, POLLIN, 0};
        ::poll(&p, 1, remaining_ms(deadline));
    }
}

Expected<nlohmann::json> PluginProcess::call(const nlohmann::json& request) {
    if (m_pid <= 0) {
        if (auto started = start(); !started) {
            return std::unexpected(started.error());
        }
    }
    const auto deadline = Clock::now() + m_limits.timeout;
    if (auto sent = send(isolation::encode_frame(request), deadline); !sent) {
        return std::unexpected(sent.error());
    }
    return receive(deadline);
}

} // namespace crosscheck::plugin
