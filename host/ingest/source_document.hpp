#pragma once
// What a reader makes of one source before it is stored: its metadata and
// its plain text. Readers only parse; deciding whether a document is new, an
// edit or a repeat is the ingest job's work (host/ingest/ingest_job.hpp).

#include "host/util/error.hpp"
#include "host/util/timestamp.hpp"

#include <string>
#include <vector>

namespace crosscheck::ingest {

/// One source as read from a file: an article, a statement, a wire item.
struct SourceDocument {
    std::string url;      ///< required; identifies the source across versions
    Timestamp published;  ///< required
    std::string outlet;   ///< who published it ("Atlas Press Agency"); may be empty
    std::string title;    ///< may be empty
    std::string language; ///< BCP 47 tag such as "en"; may be empty
    std::string body;     ///< plain text, valid UTF-8, paragraphs separated by "\n\n"
    Location origin;      ///< file (and line, for JSONL) it was read from
    std::string format;   ///< "md", "txt", "html" or "jsonl"
};

/// Metadata given on the command line, for formats that carry none (.txt)
/// or to fill what a file leaves out. Empty means "not given".
struct MetadataOverrides {
    std::string outlet;
    std::string url;
    std::string published;
    std::string title;
    std::string language;
};

/// What reading one file produced. A JSONL file can yield some documents and
/// some per-line errors; other formats yield one document or one error.
struct ReadOutcome {
    std::vector<SourceDocument> documents;
    std::vector<Error> errors;
};

} // namespace crosscheck::ingest
