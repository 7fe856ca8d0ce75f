#pragma once
// The metadata a reader found in a file, before the command line fills its
// gaps and the required fields are checked. Every reader ends the same way,
// so the rules (file wins, flags fill gaps, url and published required, no
// empty body) live here once.

#include "host/ingest/source_document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::ingest {

/// Metadata as found in one file; empty strings and nullopt mean "absent".
struct PartialDocument {
    std::string outlet;
    std::string url;
    std::optional<Timestamp> published;
    std::string title;
    std::string language;
    std::string body;
    /// The file the metadata was read from when it is not the source itself
    /// (a .txt source's sidecar); empty otherwise.
    std::string metadata_file;
    /// Set when `published` left out its time or offset (published_time.hpp):
    /// the warning to give, located where the time was read.
    std::optional<Error> published_warning;
};

/// Which override fields a format accepts: JSONL takes only the fields a
/// batch naturally shares (outlet, language), since one URL or date for
/// every line would be wrong.
enum class OverrideScope { all, shared_only };

/// Fills `partial`'s gaps from `overrides` (what the file says wins), then
/// checks that url, published and a non-empty body are there. `hint` ends
/// the "missing" messages, e.g. "add it to the front matter or pass --url".
/// Errors are located at `origin`.
[[nodiscard]] Expected<model::Source> complete_document(PartialDocument partial,
                                                        const MetadataOverrides& overrides,
                                                        OverrideScope scope, Location origin,
                                                        std::string format);

/// The value of `--published`, parsed (published_time.hpp); the error names
/// the flag.
[[nodiscard]] Expected<Timestamp> parse_published_override(std::string_view text);

/// Moves `partial`'s published_warning, if any, into `warnings`.
void keep_published_warning(PartialDocument& partial, std::vector<Error>& warnings);

/// `text` without leading and trailing ASCII whitespace.
[[nodiscard]] std::string_view trim(std::string_view text);

/// Replaces "\r\n" and lone "\r" with "\n".
[[nodiscard]] std::string normalize_newlines(std::string_view text);

} // namespace crosscheck::ingest
