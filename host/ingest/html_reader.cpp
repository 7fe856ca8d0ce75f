// `.html` sources: metadata from Open Graph and article tags (the date from
// JSON-LD or <time> when no tag gives it), text from the article (see
// html_text.hpp for what is kept) without a headline that repeats its lede's
// figure (headline.hpp).
#include "host/ingest/headline.hpp"
#include "host/ingest/html_text.hpp"
#include "host/ingest/partial_document.hpp"
#include "host/ingest/published_time.hpp"
#include "host/ingest/readers.hpp"

namespace crosscheck::ingest {

namespace {

// A URL a source can be known by: absolute, with a scheme. A relative
// canonical link ("/world/story") says nothing without the page's address.
bool is_absolute_url(std::string_view url) {
    const auto scheme_end = url.find("://");
    return scheme_end != std::string_view::npos && scheme_end > 0;
}

// The page's publication time, from the first of its places that has one:
// the meta tags, JSON-LD's datePublished, a <time datetime>. A date the page
// gets wrong is an error naming where it was read, unless --published fills
// the gap.
Expected<void> published_of(const std::string& file, const html::PageMetadata& meta,
                            const MetadataOverrides& overrides, PartialDocument& partial) {
    const std::pair<std::string_view, const std::string*> k_places[] = {
        {"article:published_time", &meta.published},
        {"JSON-LD datePublished", &meta.json_ld_published},
        {"<time datetime>", &meta.time_published},
    };
    for (const auto& [field, text] : k_places) {
        if (text->empty()) {
            continue;
        }
        auto published = parse_published(*text);
        if (!published) {
            if (!trim(overrides.published).empty()) {
                return {};
            }
            return fail(std::string(field) + ": " + published.error().message, Location{file});
        }
        partial.published = published->time;
        if (published->assumption != TimeAssumption::none) {
            partial.published_warning =
                Error{assumption_warning(field, *text, *published), Location{file}};
        }
        return {};
    }
    return {};
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
    if (partial.title.empty()) {
        partial.title = page->headline;
    }
    if (auto published = published_of(file, meta, overrides, partial); !published) {
        outcome.errors.push_back(std::move(published.error()));
        return outcome;
    }
    partial.body = without_repeated_headline(std::move(page->text), page->headline);
    std::vector<Error> warnings;
    keep_published_warning(partial, warnings);
    auto document = complete_document(std::move(partial), overrides, OverrideScope::all,
                                      Location{file}, "html");
    if (!document) {
        outcome.errors.push_back(std::move(document.error()));
    } else {
        outcome.documents.push_back(std::move(*document));
        outcome.warnings = std::move(warnings);
    }
    return outcome;
}

} // namespace crosscheck::ingest
