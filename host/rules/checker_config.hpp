#pragma once
// A checker's section of the rules (a TOML table such as the value of
// `[checkers.interval_conflict]`, merged with a metric's overrides) as the
// model's flat, typed configuration: what the plugin layer hands a checker.

#include "host/model/checker_config.hpp"
#include "host/util/error.hpp"

#include <toml.hpp>

namespace crosscheck::rules {

/// Flattens `section` into typed entries, nested tables as dotted keys
/// ("tolerance.relative"), each with the `file:line:col` of its value,
/// sorted by key. An uninitialized value is no configuration (no entry).
/// Fails on values a checker's configuration has no type for (dates, arrays
/// of tables or of arrays), naming the key and its place.
[[nodiscard]] Expected<model::CheckerConfig> config_from_toml(const toml::value& section);

} // namespace crosscheck::rules
