#pragma once
// UTF-8 helpers: validation (sources must be valid UTF-8 before they are
// stored) and conversions between byte offsets and the code-point offsets
// that reports and the `numbers` command speak in.

#include "host/util/error.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace crosscheck::utf8 {

/// Byte offset of the first byte that is not part of a well-formed UTF-8
/// sequence (overlong forms, surrogates and values past U+10FFFF included),
/// or nullopt when all of `text` is valid.
[[nodiscard]] std::optional<std::size_t> first_invalid(std::string_view text);

/// The 1-based line and column (in code points) of byte `offset` in `text`.
[[nodiscard]] Location locate(std::string_view text, std::size_t offset, std::string file = {});

/// Number of code points in `text`, which must be valid UTF-8.
[[nodiscard]] std::size_t length(std::string_view text);

/// Decodes the code point at `pos` and advances `pos` past it; invalid bytes
/// decode as U+FFFD one byte at a time.
[[nodiscard]] char32_t decode(std::string_view text, std::size_t& pos);

/// True when `text` holds a NUL byte or other C0 control characters besides
/// tab, newline, carriage return and form feed: the mark of a binary file.
[[nodiscard]] bool looks_binary(std::string_view text);

} // namespace crosscheck::utf8
