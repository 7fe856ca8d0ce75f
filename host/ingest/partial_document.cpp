#include "host/ingest/partial_document.hpp"

#include "host/ingest/published_time.hpp"

#include <cstring>

namespace crosscheck::ingest {

namespace {

// What to tell the user when a required field is missing: where the field
// goes in this format, and the flag that can stand in for it.
std::string missing_message(std::string_view field, std::string_view format, OverrideScope scope,
                            const Location& origin, const std::string& metadata_file) {
    std::string where;
    if (!metadata_file.empty()) {
        where = "add `" + std::string(field) + " = ...` to its sidecar " + metadata_file;
    } else if (format == "md") {
        where = "add `" + std::string(field) + " = ...` to the +++ front matter";
    } else if (format == "html") {
        where = field == "url" ? "the page has no og:url meta tag or canonical link"
                               : "the page has no date: no article:published_time meta tag, "
                                 "JSON-LD datePublished or <time datetime>";
    } else if (format == "jsonl") {
        where = "add \"" + std::string(field) + "\" to the object";
    } else if (format == "txt") {
        where = "a .txt file carries no metadata: write it in a sidecar " + origin.file +
                ".toml next to it (url = \"...\", published = ..., the keys of front matter)";
    } else {
        where = "a ." + std::string(format) + " file carries no metadata";
    }
    std::string message = "missing " + std::string(field) + ": " + where;
    if (scope == OverrideScope::all) {
        message += format == "txt" && metadata_file.empty() ? ", or pass --url and --published"
                                                            : "; or pass --" + std::string(field);
    }
    return message;
}

} // namespace

std::string_view trim(std::string_view text) {
    constexpr std::string_view space = " \t\n\r\f\v";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(space);
    return text.substr(first, last - first + 1);
}

std::string normalize_newlines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const void* hit = std::memchr(text.data() + pos, '\r', text.size() - pos);
        if (hit == nullptr) {
            out.append(text.substr(pos));
            break;
        }
        const auto cr = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        out.append(text.substr(pos, cr - pos));
        out += '\n';
        pos = cr + 1;
        if (pos < text.size() && text[pos] == '\n') {
            ++pos;
        }
    }
    return out;
}

Expected<Timestamp> parse_published_override(std::string_view text) {
    auto parsed = parse_published(text);
    if (!parsed) {
        return fail("--published: " + parsed.error().message);
    }
    return parsed->time;
}

void keep_published_warning(PartialDocument& partial, std::vector<Error>& warnings) {
    if (partial.published_warning) {
        warnings.push_back(std::move(*partial.published_warning));
        partial.published_warning.reset();
    }
}

Expected<model::Source> complete_document(PartialDocument partial,
                                          const MetadataOverrides& overrides, OverrideScope scope,
                                          Location origin, std::string format) {
    const auto fill = [](std::string& field, const std::string& given) {
        if (field.empty()) {
            field = std::string(trim(given));
        }
    };
    fill(partial.outlet, overrides.outlet);
    fill(partial.language, overrides.language);
    if (scope == OverrideScope::all) {
        fill(partial.url, overrides.url);
        fill(partial.title, overrides.title);
        if (!partial.published && !trim(overrides.published).empty()) {
            auto published = parse_published_override(overrides.published);
            if (!published) {
                return fail(published.error().message, origin);
            }
            partial.published = *published;
        }
    }
    if (partial.url.empty()) {
        return fail(missing_message("url", format, scope, origin, partial.metadata_file), origin);
    }
    if (!partial.published) {
        return fail(missing_message("published", format, scope, origin, partial.metadata_file),
                    origin);
    }
    if (trim(partial.body).empty()) {
        return fail("no text: the source's body is empty", origin);
    }
    model::Source document;
    document.url = std::move(partial.url);
    document.published = *partial.published;
    document.outlet = std::move(partial.outlet);
    document.title = std::move(partial.title);
    document.language = std::move(partial.language);
    document.body = std::move(partial.body);
    document.origin = std::move(origin);
    document.format = std::move(format);
    return document;
}

} // namespace crosscheck::ingest
