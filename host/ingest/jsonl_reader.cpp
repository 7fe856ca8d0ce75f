// `.jsonl` sources: one JSON object per line, a source each. A bad line is
// an error of its own (`file:line[:col]`); the other lines still count.
#include "host/ingest/partial_document.hpp"
#include "host/ingest/published_time.hpp"
#include "host/ingest/readers.hpp"
#include "host/util/utf8.hpp"

#include <nlohmann/json.hpp>

namespace crosscheck::ingest {

namespace {

std::string_view json_type_name(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "a binary value";
    }
}

// nlohmann's own message without its "[json.exception...] parse error at
// line 1, column 9: " prefix, since we give the place ourselves.
std::string parse_error_message(const char* what) {
    std::string_view text = what;
    if (const auto bracket = text.find("] ");
        text.starts_with("[json.exception") && bracket != std::string_view::npos) {
        text.remove_prefix(bracket + 2);
    }
    if (text.starts_with("parse error")) {
        if (const auto colon = text.find(": "); colon != std::string_view::npos) {
            text.remove_prefix(colon + 2);
        }
    }
    return "invalid JSON: " + std::string(text);
}

// The column of the token nlohmann quotes in its message ("number
// overflow parsing '1e999'"), or 0 when the message quotes none.
std::uint32_t quoted_token_column(std::string_view what, std::string_view line,
                                  const std::string& file) {
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    if (open == std::string_view::npos || close <= open + 1) {
        return 0;
    }
    const auto at = line.find(what.substr(open + 1, close - open - 1));
    return at == std::string_view::npos ? 0 : utf8::locate(line, at, file).column;
}

// One line's source; `warning` is set when its date assumed a time.
Expected<model::Source> read_line(const std::string& file, std::uint32_t line_number,
                                  std::string_view line, const MetadataOverrides& overrides,
                                  std::optional<Error>& warning) {
    const Location where{file, line_number, 0};
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(line.begin(), line.end());
    } catch (const nlohmann::json::parse_error& error) {
        // `byte` is 1-based and counts bytes; columns count code points.
        const std::size_t byte =
            error.byte == 0 ? 0 : std::min<std::size_t>(error.byte - 1, line.size());
        auto at = utf8::locate(line, byte, file);
        return fail(parse_error_message(error.what()), Location{file, line_number, at.column});
    } catch (const nlohmann::json::exception& error) {
        // A number too large for a double (`1e999`) is well-formed JSON
        // that nlohmann cannot hold: it throws out_of_range, with no byte.
        return fail(parse_error_message(error.what()),
                    Location{file, line_number, quoted_token_column(error.what(), line, file)});
    }
    if (!value.is_object()) {
        return fail("expected a JSON object (one source per line), got " +
                        std::string(json_type_name(value)),
                    where);
    }
    PartialDocument partial;
    for (const auto& [key, field] : value.items()) {
        std::string* target = key == "outlet"     ? &partial.outlet
                              : key == "url"      ? &partial.url
                              : key == "title"    ? &partial.title
                              : key == "language" ? &partial.language
                              : key == "body"     ? &partial.body
                                                  : nullptr;
        if (target == nullptr && key != "published") {
            return fail("unknown key \"" + key +
                            "\" (known keys: outlet, url, published, title, language, body)",
                        where);
        }
        if (field.is_null()) {
            continue; // null is absent, as exports write it
        }
        if (!field.is_string()) {
            return fail("\"" + key + "\" must be a string, not " +
                            std::string(json_type_name(field)),
                        where);
        }
        const auto& text = field.get_ref<const std::string&>();
        if (key == "published") {
            if (!trim(text).empty()) {
                auto published = parse_published(text);
                if (!published) {
                    return fail("\"published\": " + published.error().message, where);
                }
                partial.published = published->time;
                if (published->assumption != TimeAssumption::none) {
                    warning = Error{assumption_warning("\"published\"", text, *published), where};
                }
            }
            continue;
        }
        *target = key == "body" ? text : std::string(trim(text));
    }
    // JSON strings can hold "\r\n" and, through escapes, control characters.
    partial.body = normalize_newlines(trim(partial.body));
    if (utf8::looks_binary(partial.body)) {
        return fail("\"body\" holds control characters (such as \\u0000); a source must be text",
                    where);
    }
    return complete_document(std::move(partial), overrides, OverrideScope::shared_only, where,
                             "jsonl");
}

} // namespace

ReadOutcome read_jsonl(const std::string& file, std::string_view content,
                       const MetadataOverrides& overrides) {
    ReadOutcome outcome;
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    std::size_t pos = 0;
    std::uint32_t line_number = 0;
    // One warning for the file, however many of its lines assumed a time.
    std::optional<Error> first_warning;
    std::size_t warned_lines = 0;
    while (pos < content.size()) {
        const auto end = content.find('\n', pos);
        const auto stop = end == std::string_view::npos ? content.size() : end;
        auto line = content.substr(pos, stop - pos);
        pos = end == std::string_view::npos ? content.size() : end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (trim(line).empty()) {
            continue;
        }
        std::optional<Error> warning;
        auto document = read_line(file, line_number, line, overrides, warning);
        if (document) {
            outcome.documents.push_back(std::move(*document));
            if (warning) {
                ++warned_lines;
                if (!first_warning) {
                    first_warning = std::move(warning);
                }
            }
        } else {
            outcome.errors.push_back(std::move(document.error()));
        }
    }
    if (first_warning) {
        if (warned_lines > 1) {
            first_warning->message +=
                " (and so for " + std::to_string(warned_lines - 1) + " more line(s) of the file)";
        }
        outcome.warnings.push_back(std::move(*first_warning));
    }
    if (outcome.documents.empty() && outcome.errors.empty()) {
        outcome.errors.push_back(
            Error{"no sources: the file holds only blank lines", Location{file}});
    }
    return outcome;
}

} // namespace crosscheck::ingest
