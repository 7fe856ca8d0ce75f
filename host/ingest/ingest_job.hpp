#pragma once
// An `ingest` run: walk the given files and folders, read each supported
// file, and store its documents in one case. The whole run is one
// transaction (a batch is wholly stored or absent, even if the process is
// killed). Readers hand over a file's documents only when the file could be
// read, so a file that fails leaves nothing of itself while others go in.

#include "host/ingest/readers.hpp"
#include "host/ingest/source_document.hpp"
#include "host/store/database.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace crosscheck::ingest {

/// Counts reported at the end of an ingest run.
struct IngestSummary {
    int added = 0;     ///< sources seen for the first time
    int updated = 0;   ///< new versions of known URLs (edited articles)
    int unchanged = 0; ///< identical to what is stored: nothing written
    int failed = 0;    ///< files or JSONL lines that could not be read
    int skipped = 0;   ///< files with an extension crosscheck does not read
    std::vector<Error> errors;
};

struct IngestOptions {
    std::string case_slug;
    MetadataOverrides overrides;
    /// Called after each file with (files done, files total); may be empty.
    std::function<void(std::size_t, std::size_t)> on_progress;
    /// Size, line length and HTML nesting bounds ([limits] in the rules).
    SourceLimits limits;
    /// Called inside the run's transaction with the case's id (created if
    /// new) before any source is stored, for writes that go with the batch
    /// (the case's rules); may be empty.
    std::function<void(store::Database&, std::int64_t)> on_case;
};

/// Expands `paths` (files and folders, folders recursively, in sorted order
/// so runs are reproducible) into the files to read. Missing paths are
/// errors; unsupported extensions are returned in `skipped`; a sidecar
/// (`NAME.txt.toml`) next to its .txt is neither, since it is read with it.
struct FileList {
    std::vector<std::filesystem::path> files;
    std::vector<std::filesystem::path> skipped;
    std::vector<Error> errors;
};
[[nodiscard]] FileList collect_files(const std::vector<std::filesystem::path>& paths);

/// Reads `files` and stores their documents into the case named in
/// `options`, creating it if needed.
[[nodiscard]] IngestSummary ingest_files(store::Database& db,
                                         const std::vector<std::filesystem::path>& files,
                                         const IngestOptions& options);

} // namespace crosscheck::ingest
