#pragma once
// JSON-LD in an HTML page (<script type="application/ld+json">): schema.org
// metadata that many news sites give instead of Open Graph's
// article:published_time. Only the publication date is read.

#include <string>
#include <string_view>

namespace crosscheck::ingest {

/// The first `datePublished` string in `script` (a JSON-LD document: an
/// object, an array of them, or an object with an `@graph`), searched
/// breadth-first so the page's own article comes before what it nests
/// (comments, reviews); objects deeper than 16 levels are not searched.
/// Empty when there is none or `script` is not JSON (a page's broken
/// metadata is a gap, not an error).
[[nodiscard]] std::string json_ld_date_published(std::string_view script);

} // namespace crosscheck::ingest
