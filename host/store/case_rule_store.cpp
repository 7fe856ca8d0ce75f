#include "host/store/case_rule_store.hpp"

#include "host/util/sha256.hpp"
#include "host/util/timestamp.hpp"

#include <algorithm>

namespace crosscheck::store {

std::vector<CaseRuleFile> list_case_rules(Database& db, std::int64_t case_id) {
    Statement query(db, "SELECT name, text, sha256, stored_at FROM case_rules WHERE case_id = ?1 "
                        "ORDER BY position");
    query.bind(1, case_id);
    std::vector<CaseRuleFile> out;
    while (query.step()) {
        out.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                       query.column_text(3)});
    }
    return out;
}

void replace_case_rules(Database& db, std::int64_t case_id,
                        const std::vector<CaseRuleFile>& files) {
    Statement remove(db, "DELETE FROM case_rules WHERE case_id = ?1");
    remove.bind(1, case_id).run();
    Statement insert(db, "INSERT INTO case_rules(case_id, position, name, text, sha256, stored_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const std::string stored_at = format_timestamp(now());
    for (std::size_t i = 0; i < files.size(); ++i) {
        insert.reset();
        insert.bind(1, case_id)
            .bind(2, static_cast<std::int64_t>(i))
            .bind(3, files[i].name)
            .bind(4, files[i].text)
            .bind(5, sha256_hex(files[i].text))
            .bind(6, stored_at)
            .run();
    }
}

bool same_rule_files(const std::vector<CaseRuleFile>& a, const std::vector<CaseRuleFile>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const CaseRuleFile& x, const CaseRuleFile& y) {
                          return x.name == y.name && x.text == y.text;
                      });
}

} // namespace crosscheck::store
