#include "tests/support/background_process.hpp"

#include "tests/support/temp_dir.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace crosscheck::testing {

BackgroundProcess::BackgroundProcess(const std::filesystem::path& program,
                                     const std::vector<std::string>& args,
                                     const std::filesystem::path& output_prefix,
                                     const std::map<std::string, std::string>& env)
    : m_out(output_prefix.string() + ".out"), m_err(output_prefix.string() + ".err") {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, m_err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    std::vector<std::string> argv_storage{program.string()};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_storage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> env_storage;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry(*e);
        if (!env.contains(entry.substr(0, entry.find('=')))) {
            env_storage.push_back(entry);
        }
    }
    for (const auto& [name, value] : env) {
        env_storage.push_back(name + "=" + value);
    }
    std::vector<char*> envp;
    for (auto& e : env_storage) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);
    const int rc =
        posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + program.string() + ": " + std::strerror(rc));
    }
}

BackgroundProcess::~BackgroundProcess() {
    if (!m_reaped) {
        kill(SIGKILL);
        wait();
    }
}

void BackgroundProcess::record(int status) {
    m_reaped = true;
    m_exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

bool BackgroundProcess::poll_exited() {
    if (m_reaped) {
        return true;
    }
    int status = 0;
    if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
        record(status);
    }
    return m_reaped;
}

void BackgroundProcess::kill(int signal) {
    // Only an unreaped child: its pid cannot have been reused yet.
    if (!m_reaped) {
        ::kill(m_pid, signal);
    }
}

bool BackgroundProcess::stop() {
    if (m_reaped) {
        return false;
    }
    ::kill(m_pid, SIGSTOP);
    int status = 0;
    while (waitpid(m_pid, &status, WUNTRACED) < 0) {
        if (errno != EINTR) {
            return false;
        }
    }
    if (WIFSTOPPED(status)) {
        return true;
    }
    record(status);
    return false;
}

int BackgroundProcess::wait() {
    if (m_reaped) {
        return m_exit_code;
    }
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0) {
        if (errno != EINTR) {
            m_reaped = true;
            return m_exit_code;
        }
    }
    record(status);
    return m_exit_code;
}

std::string BackgroundProcess::out() const {
    return read_file(m_out);
}

std::string BackgroundProcess::err() const {
    return read_file(m_err);
}

BackgroundProcess start_crosscheck(const std::vector<std::string>& args,
                                   const std::filesystem::path& output_prefix,
                                   const std::map<std::string, std::string>& env) {
    return BackgroundProcess(CROSSCHECK_BINARY, args, output_prefix, env);
}

} // namespace crosscheck::testing
