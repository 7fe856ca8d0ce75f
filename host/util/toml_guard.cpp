#include "host/util/toml_guard.hpp"

#include "host/util/utf8.hpp"

#include <cstdio>

namespace crosscheck {

std::optional<Location> toml_too_deep(std::string_view text, const std::string& file,
                                      std::size_t max_depth) {
    std::size_t depth = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    // Skips a string opened at `i` by `quote` (once or three times); leaves
    // `i` after its end, or at the end of the text if it is never closed.
    const auto skip_string = [&](char quote) {
        const bool multi = text.substr(i, 3) == std::string(3, quote);
        const bool escapes = quote == '"';
        i += multi ? 3 : 1;
        while (i < n) {
            const char c = text[i];
            if (escapes && c == '\\') {
                i += 2;
                continue;
            }
            if (!multi && c == '\n') {
                return; // toml11 reports the unterminated string
            }
            if (c == quote && (!multi || text.substr(i, 3) == std::string(3, quote))) {
                i += multi ? 3 : 1;
                return;
            }
            ++i;
        }
    };
    while (i < n) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            skip_string(c);
            continue;
        }
        if (c == '#') {
            const auto end = text.find('\n', i);
            i = end == std::string_view::npos ? n : end;
            continue;
        }
        if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                return utf8::locate(text, i, file);
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        ++i;
    }
    return std::nullopt;
}

std::optional<Error> toml_hazard(std::string_view text, const std::string& file,
                                 std::size_t max_depth) {
    if (const auto bad = utf8::first_invalid(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
        return Error{std::string("not valid UTF-8 (byte ") + byte + ")",
                     utf8::locate(text, *bad, file)};
    }
    if (const auto deep = toml_too_deep(text, file, max_depth)) {
        return Error{"nested deeper than " + std::to_string(max_depth) + " arrays or inline tables",
                     *deep};
    }
    return std::nullopt;
}

} // namespace crosscheck
