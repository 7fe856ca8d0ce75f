#pragma once
// A source: one article, statement or wire item, as a reader makes it from
// a file and as the store keeps it (every version of a URL is a source).

#include "host/util/error.hpp"
#include "host/util/timestamp.hpp"

#include <cstdint>
#include <string>

namespace crosscheck::model {

struct Source {
    // As read from the file.
    std::string url;      ///< required; identifies the source across versions
    Timestamp published;  ///< required
    std::string outlet;   ///< who published it ("Atlas Press Agency"); may be empty
    std::string title;    ///< may be empty
    std::string language; ///< BCP 47 tag such as "en"; may be empty
    std::string body;     ///< plain text, valid UTF-8, paragraphs separated by "\n\n"
    Location origin;      ///< file (and line, for JSONL) it was read from
    std::string format;   ///< "md", "txt", "html" or "jsonl"

    // As stored; zero or empty before.
    std::int64_t id = 0;
    std::int64_t version = 0; ///< 1 for a URL's first content, then 2, ...
    std::string content_hash;
    std::string ingested_at; ///< ISO 8601 UTC
    std::int64_t body_bytes = 0;
};

} // namespace crosscheck::model
