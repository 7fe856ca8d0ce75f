#pragma once
// What crosscheck reads from an HTML page: its metadata (Open Graph and
// article tags, <title>, <html lang>, the canonical link, JSON-LD's and
// <time>'s dates) and the text of its article as paragraphs. Scripts,
// JSON-LD ones included, never reach the text.
//
// The tokenizer is linear and never backtracks (no regex): each byte is
// looked at a bounded number of times, so a 50 MB page or a hostile one
// costs time in proportion to its size. It tolerates what browsers
// tolerate: unclosed tags, stray '<' and '&', unquoted attributes.

#include "host/util/error.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::ingest::html {

/// Pages nested deeper than this are refused (browsers cap nesting too).
inline constexpr std::size_t k_max_depth = 512;

/// Metadata as the page states it, decoded and trimmed; empty when absent.
struct PageMetadata {
    std::string og_url;        ///< <meta property="og:url">
    std::string canonical_url; ///< <link rel="canonical">
    std::string site_name;     ///< og:site_name
    std::string og_title;      ///< og:title
    std::string title;         ///< <title>
    std::string published;     ///< article:published_time (or og:/itemprop fallbacks)
    /// `datePublished` of the page's JSON-LD (<script type="application/ld+json">),
    /// the first found in document order.
    std::string json_ld_published;
    /// The `datetime` of a <time> element: the first marked
    /// itemprop="datePublished" or `pubdate`, else the first inside an
    /// <article>, else the first of the page.
    std::string time_published;
    std::string language; ///< <html lang>
};

/// A page's metadata and text.
struct Page {
    PageMetadata metadata;
    /// The text of the longest <article> if there is one with text, else of
    /// <main>, else of the whole body; without script, style, noscript,
    /// template, nav, aside, form, svg, iframe, button and page-level header
    /// and footer elements (a <header> inside an <article> holds its
    /// headline and stays; a <footer> never does) and comments. Block
    /// elements end paragraphs, joined by "\n\n"; whitespace runs collapse
    /// to one space; entities are decoded. `&nbsp;` becomes U+00A0, not a
    /// space: it is what the page shows, and it ties a number to its
    /// group or unit ("120&nbsp;000", "5&nbsp;km"), which the number
    /// extractor can use; paragraphs are trimmed of it like of spaces.
    std::string text;
    /// The text of the page's first <h1> that has any (outside dropped
    /// elements), as it appears in `text` when it is part of it.
    std::string headline;
};

/// Reads `html`. The only error is nesting deeper than `max_depth`,
/// located at the tag's line and column (the file name left empty).
[[nodiscard]] Expected<Page> read_page(std::string_view html, std::size_t max_depth = k_max_depth);

} // namespace crosscheck::ingest::html
