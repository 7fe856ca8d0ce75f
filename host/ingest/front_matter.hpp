#pragma once
// TOML front matter between `+++` lines at the top of a Markdown source:
//
//     +++
//     outlet = "Caspian Wire"
//     url = "https://caspian-wire.example/2023/09/19/offensive"
//     published = 2023-09-19T20:30:00Z
//     title = "..."
//     language = "en"
//     +++
//
// Every error is located in the ORIGINAL file (`file:line:col`), so a user
// can jump to it; unknown keys are errors, because a typo such as
// `publishd` would otherwise silently lose the date.

#include "host/ingest/partial_document.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck::ingest {

/// The two parts of a Markdown source. Views into the content passed to
/// `split_front_matter`.
struct FrontMatter {
    std::string_view toml;       ///< the lines between the `+++` lines
    std::uint32_t toml_line = 0; ///< file line of the first of them
    std::string_view body;       ///< everything after the closing `+++` line
};

/// Finds the front matter. It must open on the first non-blank line with a
/// line holding just `+++` and close with another such line. Errors: no
/// front matter (or YAML `---` front matter), front matter never closed.
[[nodiscard]] Expected<FrontMatter> split_front_matter(const std::string& file,
                                                       std::string_view content);

/// Parses the TOML of `front_matter`: string keys outlet, url, title,
/// language; `published` as a TOML offset datetime, local datetime (UTC),
/// date (midnight UTC) or an ISO 8601 string (published_time.hpp), with a
/// `published_warning` when it assumed a time or an offset. The returned
/// body is empty.
/// Errors: malformed TOML, unknown keys, wrong value types, bad dates, each
/// as `file:line:col: message`.
[[nodiscard]] Expected<PartialDocument> parse_front_matter(const std::string& file,
                                                           const FrontMatter& front_matter);

/// Parses a `.txt` source's sidecar, the file `NAME.txt.toml` next to it:
/// the same keys as front matter, the whole file TOML. Errors are located
/// in the sidecar (`file` is its path) and call it "sidecar".
[[nodiscard]] Expected<PartialDocument> parse_sidecar(const std::string& file,
                                                      std::string_view toml);

} // namespace crosscheck::ingest
