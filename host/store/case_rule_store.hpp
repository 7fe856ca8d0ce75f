#pragma once
// The rule files a case is checked with: what `--rules` named for it last
// (a folder as its files), kept with their text and SHA-256 so that a later
// `check` or `claims` without `--rules` applies the same rules over the
// shipped defaults, and `rules show --case SLUG` can print them. The
// defaults themselves are the program's and are not stored.

#include "host/store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace crosscheck::store {

/// One of a case's rule files.
struct CaseRuleFile {
    std::string name;      ///< the file as it was read ("rules/case.toml")
    std::string text;      ///< its TOML
    std::string sha256;    ///< of `text`; filled by replace_case_rules
    std::string stored_at; ///< ISO 8601 UTC; filled by replace_case_rules
};

/// The case's rule files in the order they apply; empty when the case uses
/// the defaults alone.
[[nodiscard]] std::vector<CaseRuleFile> list_case_rules(Database& db, std::int64_t case_id);

/// Makes `files` (in order) the case's rule files, replacing what was
/// stored; an empty list makes the case use the defaults alone. Each file's
/// hash is computed here. Call inside a Transaction.
void replace_case_rules(Database& db, std::int64_t case_id, const std::vector<CaseRuleFile>& files);

/// True when `a` and `b` name the same files with the same texts, in the
/// same order (the times they were stored aside).
[[nodiscard]] bool same_rule_files(const std::vector<CaseRuleFile>& a,
                                   const std::vector<CaseRuleFile>& b);

} // namespace crosscheck::store
