#pragma once
// `report --format csv`: one row per (finding, claim) under a header row, for
// spreadsheets. RFC 4180: CRLF between records, a field holding a quote, a
// comma, a CR or an LF is quoted and its quotes doubled. A finding whose
// claims are all gone still gets one row, with the claim columns empty.
//
// Spreadsheet formula injection: a text cell that starts with = + - @ (or a
// tab or CR, which some spreadsheets skip before looking) would be run as a
// formula by Excel, LibreOffice or Google Sheets when the file is opened, and
// its text comes from sources and reviewers, which we do not control. Such
// cells are prefixed with a single quote ('), which spreadsheets hide and
// read as "this is text" (OWASP's advice). Numbers we format ourselves
// (value, low, high) are never prefixed, so they stay numbers.

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace crosscheck::report {

/// `text` as one RFC 4180 field; when `guard_formula`, prefixed with ' if it
/// starts with = + - @ TAB or CR.
[[nodiscard]] std::string csv_field(std::string_view text, bool guard_formula = true);

/// The whole file: header row, then one row per finding and claim, written
/// a finding at a time.
void write_csv(const ReportHead& head, const FindingSource& findings, std::ostream& out);
/// The same, of a report in memory.
void write_csv(const Report& report, std::ostream& out);

/// The same, as one string.
[[nodiscard]] std::string render_csv(const Report& report);

} // namespace crosscheck::report
