// `.html` sources: metadata from Open Graph and article tags, text from the
// article (see html_text.hpp for what is kept).
#include "host/ingest/html_text.hpp"
#include "host/ingest/partial_document.hpp"
#include "host/ingest/readers.hpp"

namespace crosscheck::ingest {

namespace {

// A URL a source can be known by: absolute, with a scheme. A relative
// canonical link ("/world/story") says nothing without the page's address.
bool is_absolute_url(std::string_view url) {
    const auto scheme_end = url.find("://");
    return scheme_end != std::string_view::npos && scheme_end > 0;
}

} // namespace

ReadOutcome read_html(const std::string& file, std::string_view content,
                      const MetadataOverrides& overrides, std::size_t max_depth) {
    ReadOutcome outcome;
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    auto page = html::read_page(content, max_depth);
    if (!page) {
        Error error = std::move(page.error());
        error.where.file = file;
        outcome.errors.push_back(std::move(error));
        return outcome;
    }
    const auto& meta = page->metadata;
    PartialDocument partial;
    if (is_absolute_url(meta.og_url)) {
        partial.url = meta.og_url;
    } else if (is_absolute_url(meta.canonical_url)) {
        partial.url = meta.canonical_url;
    }
    partial.outlet = meta.site_name;
    partial.title = !meta.og_title.empty() ? meta.og_title : meta.title;
    partial.language = meta.language;
    if (!meta.published.empty()) {
        auto published = parse_timestamp(meta.published);
        // A date the page gets wrong is a gap --published may fill.
        if (!published && trim(overrides.published).empty()) {
            outcome.errors.push_back(
                Error{"article:published_time: " + published.error().message, Location{file}});
            return outcome;
        }
        if (published) {
            partial.published = *published;
        }
    }
    partial.body = std::move(page->text);
    auto document = complete_document(std::move(partial), overrides, OverrideScope::all,
                                      Location{file}, "html");
    if (!document) {
        outcome.errors.push_back(std::move(document.error()));
    } else {
        outcome.documents.push_back(std::move(*document));
    }
    return outcome;
}

} // namespace crosscheck::ingest
