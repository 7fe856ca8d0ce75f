#pragma once
// A case's rules: the shipped defaults, then the case's own rule files.
// A command given `--rules PATH...` applies those files and makes them the
// case's (stored with it, in the command's transaction, with a notice when
// they change); a command without `--rules` applies the files stored with
// the case. So `check --rules case.toml` once, and every later `check`,
// `claims` or `ingest` of that case uses case.toml too.

#include "host/rules/rules.hpp"
#include "host/store/case_rule_store.hpp"
#include "host/store/database.hpp"

#include "host/cli/cli11.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::cli {

/// The rules a command on one case applies.
struct CaseRules {
    /// The defaults, then `files`, loaded. Its errors say what is wrong
    /// (a --rules path that cannot be read is the one error).
    rules::LoadedRules loaded;
    /// The case's own files as this command applies them: read from the
    /// --rules paths, or the ones stored with the case.
    std::vector<store::CaseRuleFile> files;
    /// What the case had stored before this command.
    std::vector<store::CaseRuleFile> stored;
    /// The files came from --rules and differ from `stored`.
    bool changed = false;
};

/// The rules for a command on case `slug` (`case_id`, or nullopt when the
/// command is about to create it): the defaults, then the files of `paths`
/// (files or folders of *.toml, in order) when any are given, else the
/// files stored with the case. Logs which stored files are applied, and
/// warns when one of them has changed on disk since it was stored.
[[nodiscard]] CaseRules case_rules_for(store::Database& db, std::optional<std::int64_t> case_id,
                                       std::string_view slug,
                                       const std::vector<std::string>& paths);

/// Stores `rules.files` with the case when they changed. Call inside the
/// command's transaction, once its work has succeeded.
void remember_case_rules(store::Database& db, std::int64_t case_id, const CaseRules& rules);

/// After the transaction that remembered them: says that the case's rules
/// changed, from what to what, and that later commands use them.
void announce_case_rules(std::string_view slug, const CaseRules& rules);

/// `--rules PATH` on `cmd`, repeatable, each a file or a folder of *.toml,
/// applied in order over the defaults; what it means for the case is said
/// once, here.
CLI::Option* add_case_rules_option(CLI::App* cmd, std::vector<std::string>& paths);

/// "a.toml, b.toml", or "none (the defaults alone)".
[[nodiscard]] std::string rule_file_names(const std::vector<store::CaseRuleFile>& files);

} // namespace crosscheck::cli
