#pragma once
// Escaping for the two places source text goes in an HTML page: element
// content and quoted attribute values. Every string that came from a source
// (title, outlet, URL, body, quote, figure, attribution) and every string a
// reviewer typed (notes) passes through one of these before it reaches the
// page; markup is only ever written by the renderers themselves.

#include <string>
#include <string_view>

namespace crosscheck::report::html {

/// `text` as element content: `&`, `<` and `>` become entities, and
/// control characters other than tab, newline and carriage return are
/// dropped (they are not allowed in HTML). UTF-8 passes through unchanged.
[[nodiscard]] std::string escape_text(std::string_view text);

/// `text` as the value of an attribute written in double quotes: as
/// `escape_text`, and `"` and `'` become entities too, so the value can
/// neither end its quotes nor start a new attribute whichever quote the
/// writer used.
[[nodiscard]] std::string escape_attribute(std::string_view text);

/// True when `url` may be written as a link target: an absolute `http://`
/// or `https://` URL (scheme case-insensitive) without whitespace or
/// control characters. Anything else (`javascript:`, `data:`, relative
/// paths) is shown as text instead of a link.
[[nodiscard]] bool is_linkable_url(std::string_view url);

} // namespace crosscheck::report::html
