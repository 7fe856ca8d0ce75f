#pragma once
// One reader per source format. Each takes the file's bytes (already checked
// to be non-empty, non-binary, valid UTF-8 by `read_source_file`) and the
// metadata given on the command line, and returns documents or errors with
// `file:line:col`. Readers never touch the database.

#include "host/ingest/html_text.hpp"
#include "host/ingest/source_document.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace crosscheck::ingest {

/// Sources past this size are refused; 50 MB sources must work.
inline constexpr std::uintmax_t k_default_max_source_bytes = 256ull * 1024 * 1024;

/// What a source may not exceed; each is an error with `file[:line:col]`
/// when exceeded, and nothing of that file is stored. The rules' [limits]
/// table sets them (rules::Limits, rules/README.md, whose defaults a unit
/// test holds equal to these).
struct SourceLimits {
    std::uintmax_t max_bytes = k_default_max_source_bytes;
    std::uintmax_t max_line_bytes = 8ull * 1024 * 1024;
    std::size_t max_html_depth = html::k_max_depth;
};

/// `.md`: TOML front matter between `+++` lines (outlet, url, published,
/// title, language), then the body. Command-line metadata fills gaps.
[[nodiscard]] ReadOutcome read_markdown(const std::string& file, std::string_view content,
                                        const MetadataOverrides& overrides);

/// A `.txt` source's metadata file, `NAME.txt.toml` next to it: the keys
/// of front matter (outlet, url, published, title, language) as TOML.
struct Sidecar {
    std::string file; ///< its path, as errors name it
    std::string toml; ///< its text, checked as a source's is (UTF-8, not binary)
};

/// The sidecar of a `.txt` source: "a.txt" -> "a.txt.toml".
[[nodiscard]] std::filesystem::path sidecar_path(const std::filesystem::path& text_file);

/// True when `path` is named like a sidecar ("NAME.txt.toml", any case).
[[nodiscard]] bool is_sidecar(const std::filesystem::path& path);

/// `.txt`: the whole file is the body; metadata comes from its `sidecar`
/// when there is one (what it says wins), then from the command line.
/// Errors in the sidecar are located in it.
[[nodiscard]] ReadOutcome read_text(const std::string& file, std::string_view content,
                                    const MetadataOverrides& overrides,
                                    const std::optional<Sidecar>& sidecar = std::nullopt);

/// `.html`/`.htm`: metadata from Open Graph and article tags, text from the
/// article body without scripts, styles, navigation, headers, footers and
/// asides, entities decoded.
[[nodiscard]] ReadOutcome read_html(const std::string& file, std::string_view content,
                                    const MetadataOverrides& overrides,
                                    std::size_t max_depth = SourceLimits{}.max_html_depth);

/// `.jsonl`: one source object per line with the metadata fields and `body`.
/// A bad line is an error with its line number; the other lines still count.
[[nodiscard]] ReadOutcome read_jsonl(const std::string& file, std::string_view content,
                                     const MetadataOverrides& overrides);

/// True when `path`'s extension is one crosscheck reads.
[[nodiscard]] bool is_supported_source(const std::filesystem::path& path);

/// Reads the file at `path` with the reader its extension names, after
/// checking that it is readable, not empty, not binary, valid UTF-8 and
/// within `limits` (size, line length; HTML nesting is the reader's).
/// Unsupported extensions are the caller's to skip.
[[nodiscard]] ReadOutcome read_source_file(const std::filesystem::path& path,
                                           const MetadataOverrides& overrides,
                                           const SourceLimits& limits);

/// The same with the default limits but `max_bytes`.
[[nodiscard]] ReadOutcome read_source_file(const std::filesystem::path& path,
                                           const MetadataOverrides& overrides,
                                           std::uintmax_t max_bytes = k_default_max_source_bytes);

} // namespace crosscheck::ingest
