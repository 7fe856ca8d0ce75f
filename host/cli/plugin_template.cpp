#include "host/cli/plugin_template.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace crosscheck::cli {
namespace {

// The template's own name, in the spellings spell_plugin_name produces.
const PluginSpellings k_template_name{"my_checker", "MY_CHECKER", "MyChecker"};

// Target names CMake keeps for itself: a plugin named so would not build.
constexpr std::array<std::string_view, 10> k_reserved_targets = {
    "all",        "clean",
    "help",       "install",
    "package",    "package_source",
    "test",       "rebuild_cache",
    "edit_cache", "list_install_components"};

bool is_lower_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// "No-Overlap" -> "no_overlap": what a name probably meant, for the error.
std::string normalised_name(std::string_view name) {
    std::string out;
    for (const char raw : name) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
        if (is_lower_alnum(c)) {
            out += c;
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && out.back() == '_') {
        out.pop_back();
    }
    while (!out.empty() && !(out.front() >= 'a' && out.front() <= 'z')) {
        out.erase(out.begin());
    }
    return out;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    std::size_t at = 0;
    while ((at = text.find(from, at)) != std::string::npos) {
        text.replace(at, from.size(), to);
        at += to.size();
    }
    return text;
}

std::string substitute(std::string text, const PluginSpellings& to) {
    text = replace_all(std::move(text), k_template_name.upper, to.upper);
    text = replace_all(std::move(text), k_template_name.camel, to.camel);
    return replace_all(std::move(text), k_template_name.name, to.name);
}

bool is_empty_dir(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_empty(dir, ec) && !ec;
}

// Copies every regular file of `from` into `to`, substituted; the relative
// paths written, sorted.
Expected<std::vector<std::filesystem::path>> copy_substituted(const std::filesystem::path& from,
                                                              const std::filesystem::path& to,
                                                              const PluginSpellings& spellings) {
    std::vector<std::filesystem::path> written;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(from, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        // A build folder of the template's own (built in place) is not part of it.
        if (it.depth() == 0 && it->is_directory(ec) &&
            it->path().filename().string().starts_with("build")) {
            it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) {
            continue;
        }
        const auto relative = std::filesystem::path(
            substitute(std::filesystem::relative(it->path(), from).generic_string(), spellings));
        std::ifstream in(it->path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) {
            return fail("cannot read the template's file '" + it->path().string() + "'");
        }
        std::filesystem::create_directories((to / relative).parent_path(), ec);
        std::ofstream out(to / relative, std::ios::binary);
        out << substitute(std::move(text).str(), spellings);
        out.close();
        if (!out) {
            return fail("cannot write '" + (to / relative).string() + "'");
        }
        written.push_back(relative);
    }
    if (ec) {
        return fail("cannot read the template folder '" + from.string() + "': " + ec.message());
    }
    std::sort(written.begin(), written.end());
    return written;
}

} // namespace

std::optional<std::string> plugin_name_problem(std::string_view name) {
    bool valid =
        !name.empty() && name.size() <= 64 && name.front() >= 'a' && name.front() <= 'z' &&
        name.back() != '_' && name.find("__") == std::string_view::npos &&
        std::all_of(name.begin(), name.end(), [](char c) { return is_lower_alnum(c) || c == '_'; });
    if (valid && std::find(k_reserved_targets.begin(), k_reserved_targets.end(), name) !=
                     k_reserved_targets.end()) {
        return "'" + std::string(name) + "' cannot name a plugin: CMake keeps that target name";
    }
    if (valid) {
        return std::nullopt;
    }
    std::string problem = "'" + std::string(name) +
                          "' is not a plugin name: use lower-case letters, digits and single "
                          "underscores, starting with a letter, at most 64 (it names the plugin's "
                          "files, targets and class)";
    if (const std::string guess = normalised_name(name);
        !guess.empty() && guess.size() <= 64 && guess != name) {
        problem += "; did you mean '" + guess + "'?";
    }
    return problem;
}

PluginSpellings spell_plugin_name(std::string_view name) {
    PluginSpellings out{std::string(name), {}, {}};
    bool word_start = true;
    for (const char c : name) {
        const auto upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out.upper += upper;
        if (c == '_') {
            word_start = true;
            continue;
        }
        out.camel += word_start ? upper : c;
        word_start = false;
    }
    return out;
}

std::vector<std::filesystem::path>
plugin_template_candidates(const std::filesystem::path& program) {
    const std::filesystem::path prefix = program.parent_path().parent_path();
    return {prefix / "share" / "crosscheck" / "plugin-template",
            prefix / "share" / "doc" / "crosscheck-sdk" / "template",
            CROSSCHECK_TEMPLATE_SOURCE_DIR};
}

Expected<std::filesystem::path> find_plugin_template(const std::filesystem::path& program) {
    std::string looked;
    for (const auto& dir : plugin_template_candidates(program)) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(dir / "CMakeLists.txt", ec)) {
            return dir;
        }
        looked += (looked.empty() ? "" : ", ") + dir.string();
    }
    return fail("cannot find the SDK's plugin template: looked in " + looked +
                " (install crosscheck with `cmake --install BUILD`, or the SDK)");
}

Expected<std::vector<std::filesystem::path>>
write_plugin_project(const std::filesystem::path& template_dir, const PluginSpellings& spellings,
                     const std::filesystem::path& dir) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(dir, ec);
    if (exists && !std::filesystem::is_directory(dir, ec)) {
        return fail("'" + dir.string() + "' exists and is not a folder; nothing was written");
    }
    if (exists && !is_empty_dir(dir)) {
        return fail("'" + dir.string() +
                    "' is not empty; `plugin new` writes only into a new or empty folder "
                    "(nothing was written): name another one as its DIR");
    }
    const std::filesystem::path parent =
        std::filesystem::absolute(dir, ec).lexically_normal().parent_path();
    std::filesystem::create_directories(parent, ec);
    if (ec) {
        return fail("cannot create '" + parent.string() + "': " + ec.message());
    }
    // The files go into a hidden sibling first and are moved into place in
    // one rename, so an error (or a kill) leaves no half-written project.
    std::string staging = (parent / ".crosscheck-plugin-new-XXXXXX").string();
    if (::mkdtemp(staging.data()) == nullptr) {
        return fail("cannot create a folder in '" + parent.string() + "'");
    }
    // mkdtemp's 0700, opened up as a new folder would be (never group-writable:
    // the host refuses plugins there).
    using std::filesystem::perms;
    std::filesystem::permissions(staging,
                                 perms::owner_all | perms::group_read | perms::group_exec |
                                     perms::others_read | perms::others_exec,
                                 ec);
    auto written = copy_substituted(template_dir, staging, spellings);
    if (written && exists) {
        std::filesystem::remove(dir, ec); // empty, checked above
    }
    if (written) {
        std::filesystem::rename(staging, dir, ec);
        if (ec) {
            written = fail("cannot move the project into '" + dir.string() + "': " + ec.message());
        }
    }
    if (!written) {
        std::filesystem::remove_all(staging, ec);
    }
    return written;
}

} // namespace crosscheck::cli
