#include "host/plugin/plugin_search.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <system_error>

namespace crosscheck::plugin {
namespace {

std::filesystem::path normalised(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::path out = std::filesystem::weakly_canonical(dir, ec);
    return ec ? dir.lexically_normal() : out;
}

// "0775"
std::string octal_mode(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

std::optional<std::string> writable_by_others(const std::filesystem::path& path, const char* what) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return std::string("cannot stat ") + what + " '" + path.string() + "'";
    }
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        const char* who = (info.st_mode & S_IWOTH) != 0 ? "everyone" : "its group";
        return std::string(what) + " '" + path.string() + "' is writable by " + who + " (mode " +
               octal_mode(info.st_mode) +
               "); fix with `chmod go-w`, or pass --allow-unsafe-plugins";
    }
    return std::nullopt;
}

} // namespace

std::vector<std::filesystem::path> plugin_search_dirs(const SearchOptions& options) {
    std::vector<std::filesystem::path> dirs;
    std::vector<std::filesystem::path> seen;
    auto add = [&](const std::filesystem::path& dir) {
        if (dir.empty()) {
            return;
        }
        const std::filesystem::path key = normalised(dir);
        if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
            seen.push_back(key);
            dirs.push_back(dir);
        }
    };
    if (options.use_build_dir) {
        const std::filesystem::path build_dir = CROSSCHECK_PLUGIN_BUILD_DIR;
        std::error_code ec;
        if (std::filesystem::is_directory(build_dir, ec)) {
            add(build_dir);
        }
    }
    for (const std::filesystem::path& dir : options.plugin_dirs) {
        add(dir);
        // A plugin project's build folder keeps its plugins in plugins/
        // (crosscheck_add_plugin's default): `--plugins build` finds them.
        std::error_code ec;
        if (std::filesystem::is_directory(dir / "plugins", ec)) {
            add(dir / "plugins");
        }
    }
    if (options.use_environment) {
        if (const char* env = std::getenv("CROSSCHECK_PLUGIN_PATH"); env != nullptr) {
            std::string_view rest = env;
            while (!rest.empty()) {
                const std::size_t colon = rest.find(':');
                add(std::filesystem::path(rest.substr(0, colon)));
                rest =
                    colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
            }
        }
    }
    return dirs;
}

std::vector<std::filesystem::path> plugin_files_in(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::path& path = it->path();
        std::error_code type_ec;
        if (path.extension() == ".so" && std::filesystem::is_regular_file(path, type_ec)) {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<std::string> unsafe_reason(const std::filesystem::path& file) {
    std::error_code ec;
    const std::filesystem::path target = std::filesystem::canonical(file, ec);
    const std::filesystem::path resolved = ec ? file : target;
    if (auto reason = writable_by_others(resolved, "plugin file")) {
        return reason;
    }
    return writable_by_others(resolved.parent_path().empty() ? "." : resolved.parent_path(),
                              "plugin folder");
}

} // namespace crosscheck::plugin
