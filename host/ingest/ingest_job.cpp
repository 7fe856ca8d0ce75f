#include "host/ingest/ingest_job.hpp"

#include "host/ingest/readers.hpp"
#include "host/store/source_store.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace crosscheck::ingest {

FileList collect_files(const std::vector<std::filesystem::path>& paths) {
    namespace fs = std::filesystem;
    FileList out;
    const auto take = [&](const fs::path& file) {
        if (is_supported_source(file)) {
            out.files.push_back(file);
        } else {
            out.skipped.push_back(file);
        }
    };
    for (const auto& path : paths) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            out.errors.push_back({"no such file or folder", Location{path.string()}});
            continue;
        }
        if (!fs::is_directory(status)) {
            take(path);
            continue;
        }
        std::vector<fs::path> found;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec)) {
                found.push_back(it->path());
            }
        }
        if (ec) {
            out.errors.push_back({"cannot list folder: " + ec.message(), Location{path.string()}});
        }
        std::sort(found.begin(), found.end());
        for (const auto& file : found) {
            take(file);
        }
    }
    return out;
}

IngestSummary ingest_files(store::Database& db, const std::vector<std::filesystem::path>& files,
                           const IngestOptions& options) {
    IngestSummary summary;
    store::Transaction transaction(db);
    const auto case_id = store::find_or_create_case(db, options.case_slug);
    store::SourceWriter writer(db, case_id);
    writer.begin_batch();

    for (std::size_t i = 0; i < files.size(); ++i) {
        ReadOutcome outcome = read_source_file(files[i], options.overrides, options.limits);
        for (auto& error : outcome.errors) {
            spdlog::error("{}", error.to_string());
            summary.errors.push_back(std::move(error));
            ++summary.failed;
        }
        // A storage failure (disk full, a lock held too long) throws and
        // rolls back the whole batch: what was stored before stays intact.
        for (const auto& doc : outcome.documents) {
            switch (writer.store(doc)) {
            case store::StoreOutcome::added:
                ++summary.added;
                break;
            case store::StoreOutcome::updated:
                ++summary.updated;
                spdlog::info("{}: new version of {}", doc.origin.to_string(), doc.url);
                break;
            case store::StoreOutcome::unchanged:
                ++summary.unchanged;
                break;
            }
        }
        if (options.on_progress) {
            options.on_progress(i + 1, files.size());
        }
    }
    writer.finish_batch(summary.added, summary.updated, summary.unchanged, summary.failed);
    transaction.commit();
    return summary;
}

} // namespace crosscheck::ingest
