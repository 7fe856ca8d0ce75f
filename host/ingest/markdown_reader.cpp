// `.md` sources: TOML front matter, then a Markdown body reduced to text.
#include "host/ingest/front_matter.hpp"
#include "host/ingest/markdown_text.hpp"
#include "host/ingest/readers.hpp"

namespace crosscheck::ingest {

ReadOutcome read_markdown(const std::string& file, std::string_view content,
                          const MetadataOverrides& overrides) {
    ReadOutcome outcome;
    auto split = split_front_matter(file, content);
    if (!split) {
        outcome.errors.push_back(std::move(split.error()));
        return outcome;
    }
    auto partial = parse_front_matter(file, *split);
    if (!partial) {
        outcome.errors.push_back(std::move(partial.error()));
        return outcome;
    }
    partial->body = markdown_to_text(split->body);
    std::vector<Error> warnings;
    keep_published_warning(*partial, warnings);
    auto document =
        complete_document(std::move(*partial), overrides, OverrideScope::all, Location{file}, "md");
    if (!document) {
        outcome.errors.push_back(std::move(document.error()));
    } else {
        outcome.documents.push_back(std::move(*document));
        outcome.warnings = std::move(warnings);
    }
    return outcome;
}

} // namespace crosscheck::ingest
