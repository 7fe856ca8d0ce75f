// `.txt` sources: the whole file is the body; metadata comes from flags.
#include "host/ingest/partial_document.hpp"
#include "host/ingest/readers.hpp"

namespace crosscheck::ingest {

ReadOutcome read_text(const std::string& file, std::string_view content,
                      const MetadataOverrides& overrides) {
    ReadOutcome outcome;
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    PartialDocument partial;
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
    auto document =
        complete_document(std::move(partial), overrides, OverrideScope::all, Location{file}, "txt");
    if (!document) {
        outcome.errors.push_back(std::move(document.error()));
    } else {
        outcome.documents.push_back(std::move(*document));
    }
    return outcome;
}

} // namespace crosscheck::ingest
