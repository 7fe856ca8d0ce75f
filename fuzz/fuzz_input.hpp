#pragma once
// What every fuzz target shares: the input as text, the check that it is
// what `read_source_file` would hand a reader (valid UTF-8, no NUL or other
// control bytes), and a failure that libFuzzer reports as a crash.

#include "host/util/error.hpp"
#include "host/util/utf8.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace crosscheck::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// True when a reader may be given `text`: readers assume the checks of
/// `read_source_file` (host/ingest/source_file.cpp) have passed.
inline bool readable_source(std::string_view text) {
    return !text.empty() && !utf8::first_invalid(text) && !utf8::looks_binary(text);
}

/// Ends the run as a crash, saying which property failed.
[[noreturn]] inline void violated(const char* what) {
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

/// An error must say what is wrong and, when it names a line, a line the
/// input has (the column 0 = unknown, else 1-based).
inline void check_error(const Error& error, std::string_view file, std::size_t lines) {
    if (error.message.empty()) {
        violated("error without a message");
    }
    if (error.where.file != file) {
        violated("error names another file");
    }
    if (error.where.line > lines + 1) {
        violated("error located past the input's last line");
    }
}

/// Lines in `text` (a final line without '\n' counts).
inline std::size_t line_count(std::string_view text) {
    std::size_t lines = 1;
    for (const char c : text) {
        lines += c == '\n' ? 1 : 0;
    }
    return lines;
}

} // namespace crosscheck::fuzz
