#pragma once
// A plugin file held open by descriptor, so that what is hashed (pinning),
// what the host loads and what an isolated child loads are the same file:
// replacing the path after `open_plugin_file` changes none of them.

#include "host/util/error.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace crosscheck::plugin {

/// An open, read-only (O_CLOEXEC) plugin file. Move-only; closes its
/// descriptor when destroyed.
class PluginFile {
public:
    PluginFile() = default;
    PluginFile(PluginFile&& other) noexcept;
    PluginFile& operator=(PluginFile&& other) noexcept;
    PluginFile(const PluginFile&) = delete;
    PluginFile& operator=(const PluginFile&) = delete;
    ~PluginFile();

    /// The descriptor, or -1.
    [[nodiscard]] int fd() const noexcept { return m_fd; }
    /// The path it was opened by, for messages.
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }

    /// SHA-256 of the whole content, read through the descriptor (pread, so
    /// the file offset is untouched), as 64 lower-case hex characters.
    [[nodiscard]] Expected<std::string> sha256() const;

    /// A path that opens this very descriptor ("/proc/self/fd/N") under a
    /// name never handed out before in this process (nor naming any loaded
    /// library): glibc's dlopen matches names (including aliases it added when
    /// the same file was loaded again, which dl_iterate_phdr does not list)
    /// before files, so a reused "/proc/self/fd/N" could hand back an earlier
    /// plugin instead. May duplicate the descriptor to get a fresh number.
    [[nodiscard]] Expected<std::filesystem::path> loadable_path();

private:
    friend Expected<PluginFile> open_plugin_file(const std::filesystem::path& path);
    int m_fd = -1;
    std::filesystem::path m_path;
};

/// Opens `path` read-only with O_CLOEXEC; fails with the reason (naming the
/// path) when it cannot be opened or is not a regular file.
[[nodiscard]] Expected<PluginFile> open_plugin_file(const std::filesystem::path& path);

/// Whether `text` is a SHA-256 digest: exactly 64 hex digits (either case).
[[nodiscard]] bool is_sha256_hex(std::string_view text);

/// Checks `file` against the pinned digest `expected` (hex, either case).
/// Fails when they differ, with the file, the expected and the actual digest.
[[nodiscard]] Expected<void> verify_pin(const PluginFile& file, std::string_view expected);

} // namespace crosscheck::plugin
