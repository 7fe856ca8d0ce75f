#pragma once
// Plain text from a Markdown body. The character content must stay as the
// author wrote it, since claims quote it, so only markup that is certainly
// markup goes: heading and blockquote markers, the link syntax around link
// text (URLs hold dates and ids that would read as figures), paired
// emphasis delimiters, backslash escapes, code fences, link reference
// definitions and thematic breaks. List markers, code spans and inline HTML
// stay as written.

#include <string>
#include <string_view>

namespace crosscheck::ingest {

/// `markdown` as plain text: paragraphs (blocks separated by blank lines)
/// joined by "\n\n", lines within a paragraph by "\n", no trailing spaces,
/// no leading or trailing blank lines. Linear in the input's size.
[[nodiscard]] std::string markdown_to_text(std::string_view markdown);

} // namespace crosscheck::ingest
