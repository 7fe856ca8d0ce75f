// `.txt` sources: the whole file is the body; metadata comes from a
// sidecar `NAME.txt.toml` and from flags.
#include "host/ingest/front_matter.hpp"
#include "host/ingest/partial_document.hpp"
#include "host/ingest/readers.hpp"

namespace crosscheck::ingest {

std::filesystem::path sidecar_path(const std::filesystem::path& text_file) {
    return std::filesystem::path(text_file.string() + ".toml");
}

bool is_sidecar(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    for (auto& c : name) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return name.size() > 9 && name.ends_with(".txt.toml");
}

ReadOutcome read_text(const std::string& file, std::string_view content,
                      const MetadataOverrides& overrides, const std::optional<Sidecar>& sidecar) {
    ReadOutcome outcome;
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    PartialDocument partial;
    if (sidecar) {
        auto metadata = parse_sidecar(sidecar->file, sidecar->toml);
        if (!metadata) {
            outcome.errors.push_back(std::move(metadata.error()));
            return outcome;
        }
        partial = std::move(*metadata);
        partial.metadata_file = sidecar->file;
    }
    // Plain text is kept as written; only the ends are trimmed, and runs of
    // blank lines become one paragraph break.
    const auto body = trim(content);
    partial.body.reserve(body.size());
    std::size_t pos = 0;
    bool blank_seen = false;
    while (pos < body.size()) {
        const auto end = body.find('\n', pos);
        const auto stop = end == std::string_view::npos ? body.size() : end;
        auto line = body.substr(pos, stop - pos);
        while (!line.empty() &&
               (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
            line.remove_suffix(1);
        }
        pos = end == std::string_view::npos ? body.size() : end + 1;
        if (line.find_first_not_of(" \t\f\v") == std::string_view::npos) {
            blank_seen = true;
            continue;
        }
        if (!partial.body.empty()) {
            partial.body += blank_seen ? "\n\n" : "\n";
        }
        blank_seen = false;
        partial.body += line;
    }
    std::vector<Error> warnings;
    keep_published_warning(partial, warnings);
    auto document =
        complete_document(std::move(partial), overrides, OverrideScope::all, Location{file}, "txt");
    if (!document) {
        outcome.errors.push_back(std::move(document.error()));
    } else {
        outcome.documents.push_back(std::move(*document));
        outcome.warnings = std::move(warnings);
    }
    return outcome;
}

} // namespace crosscheck::ingest
