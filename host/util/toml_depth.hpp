#pragma once
// A guard to run before handing untrusted text to toml11. toml11 (v3)
// parses arrays and inline tables by recursion, one set of stack frames per
// level, so `a = [[[[...` a few hundred thousand levels deep overflows the
// stack and kills the process. Front matter comes from sources anyone can
// write; rule files from the user; neither needs more than a few levels.

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

} // namespace crosscheck
