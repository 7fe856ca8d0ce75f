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
        std::error_code ec;
        const fs::path text_file = fs::path(file.string().substr(0, file.string().size() - 5));
        if (is_sidecar(file) && fs::exists(text_file, ec)) {
            return; // read with its .txt
        }
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

namespace {

// One line per file that replaced stored sources, however many: a JSONL
// export re-ingested after an edit upstream names its count, not each line.
void report_new_versions(const std::filesystem::path& file,
                         const std::vector<const model::Source*>& updated) {
    if (updated.size() == 1) {
        spdlog::info("{}: new version of {}", updated.front()->origin.to_string(),
                     updated.front()->url);
    } else if (updated.size() > 1) {
        spdlog::info("{}: new versions of {} sources already stored (the first: {})", file.string(),
                     updated.size(), updated.front()->url);
    }
}

} // namespace

IngestSummary ingest_files(store::Database& db, const std::vector<std::filesystem::path>& files,
                           const IngestOptions& options) {
    IngestSummary summary;
    store::Transaction transaction(db);
    const auto case_id = store::find_or_create_case(db, options.case_slug);
    if (options.on_case) {
        options.on_case(db, case_id);
    }
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
        std::vector<const model::Source*> updated;
        int stored = 0;
        for (const auto& doc : outcome.documents) {
            switch (writer.store(doc)) {
            case store::StoreOutcome::added:
                ++summary.added;
                ++stored;
                break;
            case store::StoreOutcome::updated:
                ++summary.updated;
                ++stored;
                updated.push_back(&doc);
                break;
            case store::StoreOutcome::unchanged:
                ++summary.unchanged;
                break;
            }
        }
        report_new_versions(files[i], updated);
        // Said when the file's sources go in, not again on every re-ingest.
        if (stored > 0) {
            for (const auto& warning : outcome.warnings) {
                spdlog::warn("{}", warning.to_string());
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
