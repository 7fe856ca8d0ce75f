#pragma once
// What a reader makes of a file before it is stored: sources
// (host/model/source.hpp) with their metadata and plain text, or errors. Readers only parse;
// deciding whether a document is new, an edit or a repeat is the ingest job's work
// (host/ingest/ingest_job.hpp).

#include "host/model/source.hpp"
#include "host/util/error.hpp"

#include <string>
#include <vector>

namespace crosscheck::ingest {

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
/// Warnings are about documents that were read (a publication time that
/// assumed midnight UTC): at most one per file, given when the file's
/// documents are stored, not on a re-ingest that changes nothing.
struct ReadOutcome {
    std::vector<model::Source> documents;
    std::vector<Error> errors;
    std::vector<Error> warnings;
};

} // namespace crosscheck::ingest
