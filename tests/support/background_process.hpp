#pragma once
// A child process that runs while the test goes on: for tests that kill a
// job part-way (crash safety) or run two jobs at once (locking). Its stdout
// and stderr go to files, so it never blocks on a full pipe.

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace crosscheck::testing {

class BackgroundProcess {
public:
    /// Starts `program` with `args`; stdout and stderr are written to
    /// `output_prefix` + ".out" / ".err" (truncated first). `env` is added
    /// to (or replaces in) the test's environment. Throws
    /// std::runtime_error when the program cannot be started.
    BackgroundProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                      const std::filesystem::path& output_prefix,
                      const std::map<std::string, std::string>& env = {});
    /// Kills (SIGKILL) and reaps the child if it is still running.
    ~BackgroundProcess();
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;

    [[nodiscard]] pid_t pid() const { return m_pid; }
    /// True until the child has been reaped by `wait` or `poll_exited`.
    [[nodiscard]] bool running() const { return !m_reaped; }
    /// Reaps the child if it has exited, without blocking; true when it has.
    bool poll_exited();
    /// Sends `signal` if the child is still running (not yet reaped).
    void kill(int signal);
    /// Stops the child (SIGSTOP) and waits until it has stopped, so that
    /// what it holds can be inspected. False when it had exited first (it is
    /// then reaped). Resume it with kill(SIGCONT).
    bool stop();
    /// Waits for the child; returns its exit status, or -signal when a
    /// signal ended it. Returns the same value when called again.
    int wait();
    /// What the child wrote so far.
    [[nodiscard]] std::string out() const;
    [[nodiscard]] std::string err() const;

private:
    void record(int status);
    pid_t m_pid = -1;
    bool m_reaped = false;
    int m_exit_code = -1;
    std::filesystem::path m_out;
    std::filesystem::path m_err;
};

/// Starts the crosscheck binary under test with `args` in the background.
BackgroundProcess start_crosscheck(const std::vector<std::string>& args,
                                   const std::filesystem::path& output_prefix,
                                   const std::map<std::string, std::string>& env = {});

} // namespace crosscheck::testing
