#include "host/rules/rule_text.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace crosscheck::rules {

Expected<std::vector<RuleText>> read_rule_files(const std::filesystem::path& path) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
            if (entry.path().extension() == ".toml" && entry.is_regular_file(ec)) {
                files.push_back(entry.path());
            }
        }
        if (ec) {
            return fail("cannot list rule folder '" + path.string() + "': " + ec.message());
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            return fail("rule folder '" + path.string() + "' holds no .toml files");
        }
    } else if (std::filesystem::exists(path, ec)) {
        files.push_back(path);
    } else {
        return fail("rule file '" + path.string() + "' does not exist");
    }
    std::vector<RuleText> out;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            return fail("cannot read rule file '" + file.string() + "'");
        }
        std::ostringstream text;
        text << in.rdbuf();
        out.push_back({file.string(), std::move(text).str()});
    }
    return out;
}

std::filesystem::path default_rules_dir() {
    if (const char* env = std::getenv("CROSSCHECK_RULES_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    return CROSSCHECK_RULES_DIR;
}

Expected<std::vector<RuleText>>
read_effective_rule_files(const std::vector<std::filesystem::path>& overrides) {
    auto texts = read_rule_files(default_rules_dir());
    if (!texts) {
        return texts;
    }
    for (const auto& path : overrides) {
        auto extra = read_rule_files(path);
        if (!extra) {
            return extra;
        }
        texts->insert(texts->end(), extra->begin(), extra->end());
    }
    return texts;
}

} // namespace crosscheck::rules
