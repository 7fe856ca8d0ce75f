#include "host/cli/case_rules.hpp"

#include "host/rules/rule_text.hpp"
#include "host/util/sha256.hpp"

#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

namespace crosscheck::cli {
namespace {

// "case.toml (1a2b3c4d)": a file and the start of its hash, so that two
// versions of one file can be told apart in a notice.
std::string names_with_hashes(const std::vector<store::CaseRuleFile>& files) {
    if (files.empty()) {
        return "none (the defaults alone)";
    }
    std::string out;
    for (const auto& f : files) {
        out += (out.empty() ? "" : ", ") + f.name + " (" + f.sha256.substr(0, 8) + ")";
    }
    return out;
}

// A stored file whose namesake on disk now reads differently is the trap
// of remembered rules (an edit that seems to do nothing): say so.
void warn_when_changed_on_disk(std::string_view slug,
                               const std::vector<store::CaseRuleFile>& files) {
    for (const auto& f : files) {
        std::ifstream in(f.name, std::ios::binary);
        if (!in) {
            continue;
        }
        std::ostringstream text;
        text << in.rdbuf();
        if (const std::string now = sha256_hex(text.str()); now != f.sha256) {
            spdlog::warn("{} has changed since case '{}' stored it ({}, now {}): the stored text "
                         "is applied; pass --rules {} to apply the file as it is now",
                         f.name, slug, f.sha256.substr(0, 8), now.substr(0, 8), f.name);
        }
    }
}

} // namespace

CLI::Option* add_case_rules_option(CLI::App* cmd, std::vector<std::string>& paths) {
    // One path per --rules, so that `ingest --rules r.toml sources/` does
    // not read the sources' folder as rules.
    return cmd
        ->add_option("--rules", paths,
                     "Rule file or folder applied over the defaults (repeat for several); the "
                     "case keeps them: later commands on it without --rules apply them too")
        ->type_name("PATH")
        ->allow_extra_args(false);
}

std::string rule_file_names(const std::vector<store::CaseRuleFile>& files) {
    if (files.empty()) {
        return "none (the defaults alone)";
    }
    std::string out;
    for (const auto& f : files) {
        out += (out.empty() ? "" : ", ") + f.name;
    }
    return out;
}

CaseRules case_rules_for(store::Database& db, std::optional<std::int64_t> case_id,
                         std::string_view slug, const std::vector<std::string>& paths) {
    CaseRules out;
    if (case_id) {
        out.stored = store::list_case_rules(db, *case_id);
    }
    auto texts = rules::read_rule_files(rules::default_rules_dir());
    if (!texts) {
        out.loaded.errors.push_back(texts.error());
        return out;
    }
    if (paths.empty()) {
        out.files = out.stored;
        if (!out.files.empty()) {
            spdlog::info(
                "case '{}': applying its rules {} over the defaults (--rules changes them)", slug,
                rule_file_names(out.files));
            warn_when_changed_on_disk(slug, out.files);
        }
    } else {
        for (const auto& path : paths) {
            auto read = rules::read_rule_files(path);
            if (!read) {
                out.loaded.errors.push_back(read.error());
                return out;
            }
            for (auto& file : *read) {
                const std::string hash = sha256_hex(file.text);
                out.files.push_back({std::move(file.name), std::move(file.text), hash, {}});
            }
        }
        out.changed = !store::same_rule_files(out.files, out.stored);
    }
    for (const auto& f : out.files) {
        texts->push_back({f.name, f.text});
    }
    out.loaded = rules::load(*texts);
    return out;
}

void remember_case_rules(store::Database& db, std::int64_t case_id, const CaseRules& rules) {
    if (rules.changed) {
        store::replace_case_rules(db, case_id, rules.files);
    }
}

void announce_case_rules(std::string_view slug, const CaseRules& rules) {
    if (!rules.changed) {
        return;
    }
    if (rules.stored.empty()) {
        spdlog::info("case '{}' keeps these rules from now on: {}; later commands on it without "
                     "--rules apply them too (`crosscheck rules show --case {}` prints them)",
                     slug, rule_file_names(rules.files), slug);
        return;
    }
    spdlog::info("case '{}': its rules change from {} to {}; later commands on it without --rules "
                 "apply these",
                 slug, names_with_hashes(rules.stored), names_with_hashes(rules.files));
}

} // namespace crosscheck::cli
