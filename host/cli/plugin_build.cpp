#include "host/cli/plugin_build.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <system_error>

extern char** environ; // NOLINT: POSIX declares it nowhere else

namespace crosscheck::cli {
namespace {

bool holds_sdk(const std::filesystem::path& prefix) {
    std::error_code ec;
    const auto config =
        std::filesystem::path("cmake") / "crosscheck-sdk" / "crosscheck-sdk-config.cmake";
    for (const char* lib : {"lib", "lib64"}) {
        if (std::filesystem::is_regular_file(prefix / lib / config, ec)) {
            return true;
        }
        // GNUInstallDirs' multiarch libdir under /usr: lib/x86_64-linux-gnu.
        for (auto it = std::filesystem::directory_iterator(prefix / lib, ec);
             !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
            if (std::filesystem::is_regular_file(it->path() / config, ec)) {
                return true;
            }
        }
    }
    return false;
}

bool is_inside(const std::filesystem::path& file, const std::filesystem::path& dir) {
    std::error_code ec;
    const auto a = std::filesystem::weakly_canonical(file, ec);
    const auto b = std::filesystem::weakly_canonical(dir, ec);
    if (ec) {
        return false;
    }
    const auto rel = a.lexically_relative(b);
    return !rel.empty() && *rel.begin() != "..";
}

// The build's SDK installed into BUILD/sdk-prefix, under a lock so that two
// `plugin new` at once do not write the same files together.
Expected<std::filesystem::path> stage_build_sdk(const std::filesystem::path& build_dir) {
    const auto prefix = build_dir / "sdk-prefix";
    const auto lock_path = build_dir / "sdk-prefix.lock";
    const int lock = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0) {
        return fail("cannot open '" + lock_path.string() + "': " + std::strerror(errno));
    }
    ::flock(lock, LOCK_EX);
    auto status = run_tool({CROSSCHECK_CMAKE_COMMAND, "--install", build_dir.string(),
                            "--component", "sdk", "--prefix", prefix.string()});
    ::close(lock);
    if (!status) {
        return std::unexpected(status.error());
    }
    if (*status != 0) {
        return fail("installing this build's SDK into '" + prefix.string() +
                    "' failed (cmake exited " + std::to_string(*status) +
                    "); build it first (`cmake --build " + build_dir.string() + "`)");
    }
    return prefix;
}

bool on_path(std::string_view program) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path == nullptr ? "" : path;
    while (!rest.empty()) {
        const std::size_t colon = rest.find(':');
        const std::filesystem::path dir(rest.substr(0, colon));
        if (!dir.empty() && ::access((dir / program).c_str(), X_OK) == 0) {
            return true;
        }
        rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
    return false;
}

} // namespace

std::optional<std::string> fallback_generator() {
    const char* chosen = std::getenv("CMAKE_GENERATOR");
    if ((chosen != nullptr && *chosen != '\0') || on_path("make") || !on_path("ninja")) {
        return std::nullopt;
    }
    return "Ninja";
}

Expected<std::optional<std::filesystem::path>>
sdk_prefix_for(const std::filesystem::path& program,
               const std::optional<std::filesystem::path>& given) {
    if (given) {
        return given;
    }
    const auto own_prefix = program.parent_path().parent_path();
    if (holds_sdk(own_prefix)) {
        return own_prefix;
    }
    const std::filesystem::path build_dir = CROSSCHECK_BUILD_DIR;
    if (is_inside(program, build_dir)) {
        auto staged = stage_build_sdk(build_dir);
        if (!staged) {
            return std::unexpected(staged.error());
        }
        return *staged;
    }
    return std::optional<std::filesystem::path>{};
}

Expected<int> run_tool(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv) {
        args.push_back(const_cast<char*>(a.c_str())); // NOLINT: posix_spawn's signature
    }
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    pid_t pid = 0;
    const int started = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (started != 0) {
        return fail("cannot run '" + argv.front() + "': " + std::strerror(started) +
                    (started == ENOENT ? " (is it installed and on $PATH?)" : ""));
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return fail("waiting for '" + argv.front() + "': " + std::strerror(errno));
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace crosscheck::cli
