#pragma once
// A claim's scope (subject, event, period, place) in words, for a reader:
// what a chart's series or a figure stands for when a metric's figures are
// about different things ("civilians, in Derna" beside "the main count").

#include "host/model/claim.hpp"

#include <string>

namespace crosscheck::report {

/// "civilians", "part of a total", "explosion", "1988-1994", "in Derna",
/// "in Syria and Turkey", "elsewhere in Libya", joined with ", "; "the main
/// count" when the scope is the story's main population, event and present
/// with no place stated.
[[nodiscard]] std::string scope_label(const model::ClaimScope& scope);

} // namespace crosscheck::report
