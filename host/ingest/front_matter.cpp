#include "host/ingest/front_matter.hpp"
#include "host/ingest/published_time.hpp"
#include "host/util/spelling.hpp"
#include "host/util/toml_guard.hpp"

#include "host/util/utf8.hpp"

#include <toml.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <sstream>
#include <vector>

namespace crosscheck::ingest {

namespace {

constexpr std::array<std::string_view, 5> k_known_keys = {"outlet", "url", "published", "title",
                                                          "language"};

// One line of `text` starting at `pos`, without its '\n'; `pos` moves past it.
std::string_view next_line(std::string_view text, std::size_t& pos) {
    const auto end = text.find('\n', pos);
    const auto stop = end == std::string_view::npos ? text.size() : end;
    const auto line = text.substr(pos, stop - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    return line;
}

std::string_view trim_right(std::string_view line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return line;
}

// Line `number` (1-based) of `text`, or nullopt past the end.
std::optional<std::string_view> line_at(std::string_view text, std::uint32_t number) {
    std::size_t pos = 0;
    for (std::uint32_t n = 1; pos <= text.size(); ++n) {
        const auto line = next_line(text, pos);
        if (n == number) {
            return line;
        }
        if (pos >= text.size()) {
            break;
        }
    }
    return std::nullopt;
}

// 1-based code-point column of the 1-based byte column `byte_column` in `line`.
std::uint32_t code_point_column(std::string_view line, std::size_t byte_column) {
    const auto bytes = std::min(byte_column == 0 ? 0 : byte_column - 1, line.size());
    return static_cast<std::uint32_t>(utf8::length(line.substr(0, bytes)) + 1);
}

// toml11 v3 reports syntax errors as a multi-line text:
//
//     [error] toml::parse_key_value_pair: missing key-value separator `=`
//      --> file.md
//        |
//      3 |   bad key here
//        |      ^--- should be `=`
//
// (a region longer than one character is underlined with '~' instead)
// and its exception's own source_location is often the start of the token
// rather than the caret, so the message, line, caret column and note are
// read back from that text. The last marked place is the one that failed.
struct TomlDiagnostic {
    std::string message;
    std::uint32_t line = 0;
    std::size_t byte_column = 0;
    std::string quoted_line;
};

TomlDiagnostic read_toml_diagnostic(std::string_view what) {
    TomlDiagnostic out;
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos < what.size();) {
        lines.push_back(next_line(what, pos));
    }
    if (!lines.empty()) {
        std::string_view first = lines.front();
        if (first.starts_with("[error] ")) {
            first.remove_prefix(8);
        }
        if (first.starts_with("toml::")) {
            if (const auto colon = first.find(": "); colon != std::string_view::npos) {
                first.remove_prefix(colon + 2);
            }
        }
        out.message = std::string(trim(first));
    }
    std::string note;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const auto source = lines[i];
        const auto bar = source.find(" | ");
        if (bar == std::string_view::npos) {
            continue;
        }
        const auto number = trim(source.substr(0, bar));
        if (number.empty() || !std::all_of(number.begin(), number.end(),
                                           [](char c) { return c >= '0' && c <= '9'; })) {
            continue;
        }
        const auto marks = lines[i + 1];
        // A one-character region is marked "^---", a longer one "~~~~".
        const auto caret = marks.find_first_of("^~");
        if (caret == std::string_view::npos || caret < bar + 3) {
            continue;
        }
        std::uint32_t line_number = 0;
        for (const char c : number) {
            line_number = line_number * 10 + static_cast<std::uint32_t>(c - '0');
        }
        out.line = line_number;
        out.byte_column = caret - (bar + 3) + 1;
        out.quoted_line = std::string(source.substr(bar + 3));
        auto rest = marks.substr(caret);
        const auto text_start = rest.find_first_not_of("^-~ ");
        note =
            text_start == std::string_view::npos ? "" : std::string(trim(rest.substr(text_start)));
    }
    if (!note.empty() && note != "here") {
        out.message += " (" + note + ")";
    }
    return out;
}

// Locates a toml11 diagnostic in the original file. toml11 re-parses dates
// from a copy of the token, so its line can be relative to that token: when
// the quoted line is not the file's line, find the quoted text instead.
Location locate_diagnostic(const std::string& file, std::string_view padded,
                           const FrontMatter& front_matter, const TomlDiagnostic& diag) {
    const auto line = line_at(padded, diag.line);
    if (diag.line >= front_matter.toml_line && line &&
        trim_right(*line) == trim_right(diag.quoted_line)) {
        return Location{file, diag.line, code_point_column(*line, diag.byte_column)};
    }
    if (!trim(diag.quoted_line).empty()) {
        std::size_t pos = 0;
        for (std::uint32_t n = 1; pos < padded.size(); ++n) {
            const auto candidate = next_line(padded, pos);
            if (const auto at = candidate.find(trim_right(diag.quoted_line));
                at != std::string_view::npos && n >= front_matter.toml_line) {
                return Location{file, n, code_point_column(candidate, at + diag.byte_column)};
            }
        }
    }
    return Location{file, front_matter.toml_line, 1};
}

// Where a value's key is: toml11 locates the value, so look for the key at
// the start of the value's line.
Location locate_key(const std::string& file, const FrontMatter& front_matter,
                    const toml::value& value, std::string_view key) {
    const auto& where = value.location();
    const std::string line = where.line_str();
    if (where.line() < front_matter.toml_line) {
        return Location{file, front_matter.toml_line, 1};
    }
    const auto at = line.find(key);
    const auto byte_column = at == std::string::npos ? where.column() : at + 1;
    return Location{file, static_cast<std::uint32_t>(where.line()),
                    code_point_column(line, byte_column)};
}

Location locate_value(const std::string& file, const FrontMatter& front_matter,
                      const toml::value& value) {
    const auto& where = value.location();
    if (where.line() < front_matter.toml_line) {
        return Location{file, front_matter.toml_line, 1};
    }
    return Location{file, static_cast<std::uint32_t>(where.line()),
                    code_point_column(where.line_str(), where.column())};
}

std::string_view type_name(toml::value_t type) {
    switch (type) {
    case toml::value_t::boolean:
        return "a boolean";
    case toml::value_t::integer:
        return "an integer";
    case toml::value_t::floating:
        return "a float";
    case toml::value_t::string:
        return "a string";
    case toml::value_t::offset_datetime:
    case toml::value_t::local_datetime:
        return "a datetime";
    case toml::value_t::local_date:
        return "a date";
    case toml::value_t::local_time:
        return "a time of day";
    case toml::value_t::array:
        return "an array";
    case toml::value_t::table:
        return "a table";
    default:
        return "empty";
    }
}

std::string unknown_key_message(std::string_view key, std::string_view kind) {
    const std::string message =
        "unknown key '" + std::string(key) + "' in the " + std::string(kind);
    const std::string hint = did_you_mean(key, k_known_keys);
    return message +
           (hint.empty() ? " (known keys: outlet, url, published, title, language)" : hint);
}

// TOML datetimes, as ISO 8601 text for parse_timestamp. toml11 months are
// 0-based.
std::string iso_date(const toml::local_date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(d.year),
                  static_cast<int>(d.month) + 1, static_cast<int>(d.day));
    return buf;
}

std::string iso_time(const toml::local_time& t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(t.hour),
                  static_cast<int>(t.minute), static_cast<int>(t.second));
    return buf;
}

std::string iso_offset(const toml::time_offset& o) {
    const int minutes = static_cast<int>(o.hour) * 60 + static_cast<int>(o.minute);
    const int magnitude = minutes < 0 ? -minutes : minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', magnitude / 60,
                  magnitude % 60);
    return buf;
}

// The value's text as ISO 8601: a TOML date or datetime written back, or
// the string as given.
std::optional<std::string> published_text(const toml::value& value) {
    switch (value.type()) {
    case toml::value_t::offset_datetime: {
        const auto& dt = value.as_offset_datetime();
        return iso_date(dt.date) + iso_time(dt.time) + iso_offset(dt.offset);
    }
    case toml::value_t::local_datetime: {
        const auto& dt = value.as_local_datetime();
        return iso_date(dt.date) + iso_time(dt.time);
    }
    case toml::value_t::local_date:
        return iso_date(value.as_local_date());
    case toml::value_t::string:
        return std::string(trim(value.as_string().str));
    default:
        return std::nullopt;
    }
}

// A TOML date or local datetime is read as an ISO string without an
// offset, so it assumes midnight or UTC as that string would.
Expected<PublishedTime> published_from(const toml::value& value) {
    if (const auto text = published_text(value)) {
        return parse_published(*text);
    }
    return fail("'published' must be a date, a datetime or an ISO 8601 string, not " +
                std::string(type_name(value.type())));
}

} // namespace

Expected<FrontMatter> split_front_matter(const std::string& file, std::string_view content) {
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    std::size_t pos = 0;
    std::uint32_t line_number = 0;
    std::string_view opening;
    while (pos < content.size()) {
        ++line_number;
        opening = trim_right(next_line(content, pos));
        if (!trim(opening).empty()) {
            break;
        }
    }
    if (opening == "---") {
        return fail("YAML front matter ('---') is not supported: put TOML between '+++' lines",
                    Location{file, line_number, 1});
    }
    if (opening != "+++") {
        return fail("no front matter: a Markdown source must start with a '+++' line, then TOML "
                    "metadata (url, published, ...), then a closing '+++' line",
                    Location{file, line_number == 0 ? 1 : line_number, 1});
    }
    const std::uint32_t opening_line = line_number;
    const std::size_t toml_start = pos;
    while (pos < content.size()) {
        const std::size_t line_start = pos;
        ++line_number;
        if (trim_right(next_line(content, pos)) == "+++") {
            return FrontMatter{content.substr(toml_start, line_start - toml_start),
                               opening_line + 1, content.substr(pos)};
        }
    }
    return fail("front matter opened here is never closed by a '+++' line",
                Location{file, opening_line, 1});
}

namespace {

// The front matter's TOML, or a sidecar's: `kind` names which in messages.
Expected<PartialDocument> parse_metadata(const std::string& file, const FrontMatter& front_matter,
                                         std::string_view kind) {
    // Blank lines in front keep toml11's line numbers those of the file.
    std::string padded(front_matter.toml_line - 1, '\n');
    padded.append(front_matter.toml);
    if (const auto hazard = toml_hazard(padded, file)) {
        return fail(std::string(kind) + " " + hazard->message, hazard->where);
    }
    toml::value root;
    try {
        std::istringstream in(padded);
        root = toml::parse(in, file);
    } catch (const toml::syntax_error& error) {
        const auto diag = read_toml_diagnostic(error.what());
        return fail(diag.message, locate_diagnostic(file, padded, front_matter, diag));
    } catch (const std::exception& error) {
        return fail("malformed " + std::string(kind) + ": " + error.what(),
                    Location{file, front_matter.toml_line, 1});
    }

    // Report the first problem in file order, whatever the table's order.
    std::optional<Error> first_error;
    const auto keep_first = [&](Error error) {
        if (!first_error || error.where.line < first_error->where.line ||
            (error.where.line == first_error->where.line &&
             error.where.column < first_error->where.column)) {
            first_error = std::move(error);
        }
    };
    PartialDocument out;
    for (const auto& [key, value] : root.as_table()) {
        if (key == "published") {
            auto published = published_from(value);
            const Location where = locate_value(file, front_matter, value);
            if (!published) {
                keep_first(Error{published.error().message, where});
                continue;
            }
            out.published = published->time;
            if (published->assumption != TimeAssumption::none) {
                out.published_warning = Error{
                    assumption_warning("published", *published_text(value), *published), where};
            }
            continue;
        }
        std::string* field = key == "outlet"     ? &out.outlet
                             : key == "url"      ? &out.url
                             : key == "title"    ? &out.title
                             : key == "language" ? &out.language
                                                 : nullptr;
        if (field == nullptr) {
            keep_first(
                Error{unknown_key_message(key, kind), locate_key(file, front_matter, value, key)});
            continue;
        }
        if (!value.is_string()) {
            keep_first(
                Error{"'" + key + "' must be a string, not " + std::string(type_name(value.type())),
                      locate_value(file, front_matter, value)});
            continue;
        }
        *field = std::string(trim(value.as_string().str));
    }
    if (first_error) {
        return std::unexpected(std::move(*first_error));
    }
    return out;
}

} // namespace

Expected<PartialDocument> parse_front_matter(const std::string& file,
                                             const FrontMatter& front_matter) {
    return parse_metadata(file, front_matter, "front matter");
}

Expected<PartialDocument> parse_sidecar(const std::string& file, std::string_view toml) {
    if (toml.starts_with("\xEF\xBB\xBF")) {
        toml.remove_prefix(3);
    }
    return parse_metadata(file, FrontMatter{toml, 1, {}}, "sidecar");
}

} // namespace crosscheck::ingest
