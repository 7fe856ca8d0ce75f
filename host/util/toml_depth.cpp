#include "host/util/toml_depth.hpp"

#include "host/util/utf8.hpp"

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

} // namespace crosscheck
