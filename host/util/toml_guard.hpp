#pragma once
// A guard to run before handing untrusted text to toml11 (v3.7.1, Debian
// 12's). Front matter comes from sources anyone can write, rule files from
// the user; two kinds of text make toml11 misbehave instead of reporting
// an error:
// - nesting: toml11 parses arrays and inline tables by recursion, one set
//   of stack frames per level, so `a = [[[[...` a few hundred thousand
//   levels deep overflows the stack and kills the process. Neither kind of
//   file needs more than a few levels.
// - invalid UTF-8 in a literal ('...') string: toml11 checks the string in
//   a copy, then rewinds its cursor in the file to an iterator into that
//   copy, and counts newlines between the two buffers: a read out of
//   bounds (fuzz/corpus/rules/crash-literal-string-invalid-utf8.toml).
//   TOML must be UTF-8 anyway, so nothing valid is refused.

#include "host/util/error.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

/// Nesting of arrays and inline tables no rule file or front matter needs.
inline constexpr std::size_t k_max_toml_depth = 64;

/// The place (in `file`, 1-based line and code-point column) of the first
/// '[' or '{' outside strings and comments that opens a level past
/// `max_depth`, or nullopt. Linear, one pass; table headers count as the
/// level or two they are.
[[nodiscard]] std::optional<Location> toml_too_deep(std::string_view text, const std::string& file,
                                                    std::size_t max_depth = k_max_toml_depth);

/// The first of the hazards above in `text`, as an error located in `file`
/// whose message reads after a subject ("nested deeper than 64 arrays or
/// inline tables", "not valid UTF-8 (byte 0xFA)"), or nullopt when toml11
/// can be given the text.
[[nodiscard]] std::optional<Error> toml_hazard(std::string_view text, const std::string& file,
                                               std::size_t max_depth = k_max_toml_depth);

} // namespace crosscheck
