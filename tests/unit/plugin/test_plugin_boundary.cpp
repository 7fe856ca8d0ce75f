// The C ABI, Boost.DLL and dlfcn stay inside host/plugin/: no other host
// file includes them, directly or through the host headers it includes.
// Read from the sources (the includes as written), so the test fails on the
// include that crosses, before anything is built against it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

const std::filesystem::path k_root = CROSSCHECK_SOURCE_DIR;

struct Include {
    bool quoted = false;
    std::string path;
};

std::vector<Include> includes_of(const std::filesystem::path& file) {
    static const std::regex k_include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
    std::vector<Include> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_search(line, m, k_include)) {
            out.push_back({m[1] == "\"", m[2]});
        }
    }
    return out;
}

// What host/plugin keeps to itself: the SDK's headers (the C ABI and the
// C++ layer over it), Boost.DLL and the dynamic loader.
bool forbidden(const Include& include) {
    const std::string& p = include.path;
    return p.starts_with("crosscheck/") || p.starts_with("boost/dll") || p == "dlfcn.h";
}

// The chain of includes from `file` to a forbidden header, or nullopt.
// `seen` holds the host headers already searched (and found clean).
std::optional<std::string> crossing(const std::string& file, std::set<std::string>& seen) {
    for (const Include& include : includes_of(k_root / file)) {
        if (forbidden(include)) {
            return file + " -> " + include.path;
        }
        if (include.quoted && include.path.starts_with("host/") &&
            seen.insert(include.path).second) {
            if (auto chain = crossing(include.path, seen)) {
                return file + " -> " + *chain;
            }
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("plugin boundary: no host file outside host/plugin reaches the C ABI, Boost.DLL or "
          "dlfcn",
          "[plugin]") {
    std::size_t checked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(k_root / "host")) {
        const std::filesystem::path& path = entry.path();
        if (!entry.is_regular_file() ||
            (path.extension() != ".cpp" && path.extension() != ".hpp")) {
            continue;
        }
        const std::string file = std::filesystem::relative(path, k_root).generic_string();
        if (file.starts_with("host/plugin/")) {
            continue;
        }
        std::set<std::string> seen;
        // Empty, or the chain of includes that crosses.
        CHECK(crossing(file, seen).value_or("") == "");
        ++checked;
    }
    CHECK(checked > 50);
}

TEST_CASE("plugin boundary: the test sees a crossing", "[plugin]") {
    // host/plugin's own loader does include the C ABI (through its header)
    // and Boost.DLL: the scan finds it, so a clean result above means
    // something.
    std::set<std::string> seen;
    CHECK(crossing("host/plugin/plugin_library.cpp", seen).value_or("") ==
          "host/plugin/plugin_library.cpp -> host/plugin/plugin_library.hpp -> "
          "crosscheck/crosscheck_plugin.h");
}
