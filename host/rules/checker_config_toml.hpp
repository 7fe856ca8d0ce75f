#pragma once
// A checker's TOML section as the typed, flat configuration the plugin
// layer hands to a checker's `init`. Internal to host/rules.

#include "host/model/checker_config.hpp"
#include "host/util/error.hpp"

#include <toml.hpp>

namespace crosscheck::rules {

/// Flattens a checker's configuration section (the value of
/// `[checkers.NAME]`, merged with overrides) into typed entries, nested
/// tables as dotted keys ("tolerance.relative"), each with its
/// `file:line:col`; sorted by key. An uninitialized value is no
/// configuration. Fails on values the ABI has no type for (dates, arrays
/// of tables), naming the key and its place.
[[nodiscard]] Expected<model::CheckerConfig> config_from_toml(const toml::value& section);

} // namespace crosscheck::rules
