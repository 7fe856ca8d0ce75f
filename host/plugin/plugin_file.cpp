#include "host/plugin/plugin_file.hpp"

#include "host/util/sha256.hpp"

#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

namespace crosscheck::plugin {
namespace {

// Every "/proc/self/fd/N" name this process has handed to the dynamic
// loader. glibc matches a dlopen name against each loaded object's name AND
// every alias it collected: when a file that is already loaded (same device
// and inode) is opened again under a new name, glibc returns the old object
// and adds the new name to its aliases, which dl_iterate_phdr does not show.
// Such objects also stay loaded for good (RTLD_NODELETE, STB_GNU_UNIQUE in
// C++ plugins). A reused name would then load that earlier library instead of
// this file, so a name is never handed out twice in a process's lifetime.
std::mutex g_used_names_mutex;
std::set<std::string> g_used_names;

bool claim_name(const std::string& name) {
    const std::lock_guard lock(g_used_names_mutex);
    return g_used_names.insert(name).second;
}

bool loaded_under(const std::string& name) {
    struct Search {
        const std::string* name;
        bool found;
    } search{&name, false};
    ::dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) {
            auto* s = static_cast<Search*>(data);
            if (info->dlpi_name != nullptr && *s->name == info->dlpi_name) {
                s->found = true;
                return 1;
            }
            return 0;
        },
        &search);
    return search.found;
}

} // namespace

PluginFile::PluginFile(PluginFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)) {}

PluginFile& PluginFile::operator=(PluginFile&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

PluginFile::~PluginFile() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

Expected<std::string> PluginFile::sha256() const {
    Sha256 hash;
    std::vector<std::uint8_t> buffer(1 << 16);
    off_t offset = 0;
    for (;;) {
        const ssize_t n = ::pread(m_fd, buffer.data(), buffer.size(), offset);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail("cannot read plugin file '" + m_path.string() +
                        "': " + std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        hash.update(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(n)));
        offset += n;
    }
    return hash.hex_digest();
}

Expected<std::filesystem::path> PluginFile::loadable_path() {
    for (int attempt = 0; attempt < 4096; ++attempt) {
        const std::string name = "/proc/self/fd/" + std::to_string(m_fd);
        // loaded_under also covers libraries loaded by others (not through
        // here) under such a name.
        if (!loaded_under(name) && claim_name(name)) {
            return std::filesystem::path(name);
        }
        // Take a new number; the old one stays open until the new is ours,
        // so the kernel cannot hand the same number back.
        const int other = ::fcntl(m_fd, F_DUPFD_CLOEXEC, m_fd + 1);
        if (other < 0) {
            break;
        }
        ::close(m_fd);
        m_fd = other;
    }
    return fail("plugin file '" + m_path.string() + "': no free descriptor name to load it by");
}

Expected<PluginFile> open_plugin_file(const std::filesystem::path& path) {
    PluginFile file;
    file.m_path = path;
    file.m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (file.m_fd < 0) {
        return fail("cannot open plugin file '" + path.string() + "': " + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(file.m_fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        return fail("plugin file '" + path.string() + "' is not a regular file");
    }
    return file;
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

Expected<void> verify_pin(const PluginFile& file, std::string_view expected) {
    auto actual = file.sha256();
    if (!actual) {
        return std::unexpected(actual.error());
    }
    std::string wanted(expected);
    std::transform(wanted.begin(), wanted.end(), wanted.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (*actual != wanted) {
        return fail("plugin file '" + file.path().string() +
                    "' does not match its pinned SHA-256: expected " + wanted + ", actual " +
                    *actual);
    }
    return {};
}

} // namespace crosscheck::plugin
