#pragma once
// `report --format md`: the report as Markdown (CommonMark with GitHub
// tables), for publishing and pasting into a story document. Every text
// that comes from a source or a reviewer is escaped, so a quote can never
// turn into a heading, a link, a table column or raw HTML.

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace crosscheck::report {

/// `text` on one line with every character Markdown could read as markup
/// backslash-escaped: \ ` * _ [ ] < > # | ~ anywhere, an & that could start
/// an entity, and at the start of the text - + = and the "." or ")" after
/// leading digits (list items, breaks, "1. " lists). `!` needs nothing: the
/// `[` it would start an image with is escaped.
[[nodiscard]] std::string escape_markdown(std::string_view text);

/// `url` as a link destination: "<...>" with spaces, "<" and ">" percent-encoded.
[[nodiscard]] std::string markdown_link_target(std::string_view url);

/// The whole document, written a finding at a time.
void write_markdown(const ReportHead& head, const FindingSource& findings, std::ostream& out);

/// The whole document of a report in memory, as one string.
[[nodiscard]] std::string render_markdown(const Report& report);

} // namespace crosscheck::report
