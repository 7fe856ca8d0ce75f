#include "host/cli/store_access.hpp"

#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

namespace crosscheck::cli {

std::unique_ptr<store::Database> open_store_or_throw(const Context& context) {
    auto db = store::open_store(context.db_path);
    if (!db) {
        throw CommandError(db.error());
    }
    return std::move(*db);
}

std::int64_t require_case(store::Database& db, std::string_view slug) {
    if (auto id = store::find_case(db, slug)) {
        return *id;
    }
    std::string known;
    for (const auto& c : store::list_cases(db)) {
        known += (known.empty() ? "" : ", ") + c.slug;
    }
    throw CommandError("no case named '" + std::string(slug) + "' in " + db.path().string() +
                       (known.empty() ? " (it has no cases yet: run `crosscheck ingest`)"
                                      : " (cases: " + known + ")"));
}

} // namespace crosscheck::cli
