#include "host/cli/case_report.hpp"

#include "host/cli/store_access.hpp"
#include "host/report/report_model.hpp"
#include "host/store/source_store.hpp"

namespace crosscheck::cli {

std::int64_t require_checked_case(store::Database& db, std::string_view slug) {
    const auto case_id = require_case(db, slug);
    if (report::last_check_time(db, case_id)) {
        return case_id;
    }
    const std::string name(slug);
    if (store::list_sources(db, case_id).empty()) {
        throw CommandError("case '" + name +
                           "' has no sources, so nothing to report: add some with "
                           "`crosscheck ingest --case " +
                           name +
                           " PATH...`, then run `crosscheck "
                           "check --case " +
                           name + "`");
    }
    throw CommandError("case '" + name +
                       "' has not been checked yet, so it has no findings to "
                       "report: run `crosscheck check --case " +
                       name + "` first");
}

} // namespace crosscheck::cli
