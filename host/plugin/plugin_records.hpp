#pragma once
// The host-side data that crosses into plugins, as plain C++. The check
// engine fills `ClaimGroupRecord`s from the store's claims and gets
// `FindingRecord`s back; the conversion to and from the C structs of
// sdk/include/crosscheck/crosscheck_plugin.h lives in the SDK's loader
// (`loader::MarshalledGroup`, `loader::MarshalledConfig`), which the testing
// harness shares, so tests and the host marshal identically.

#include "host/util/error.hpp"

#include <crosscheck/loader.hpp>
#include <toml.hpp>

#include <string>
#include <vector>

namespace crosscheck::plugin {

/// A claim: every field of crosscheck_claim, with std::string members.
using ClaimRecord = loader::ClaimRecord;
/// An as-of or publication time: epoch seconds (optional) and ISO text.
using TimeRecord = loader::TimeRecord;
/// Claims about one metric and scope, checked together.
using ClaimGroupRecord = loader::ClaimGroupRecord;
/// A finding a plugin emitted, validated: severity is "high"/"medium"/"low"/
/// "info", every claim's role "questioned"/"reference" and its id in the group.
using FindingRecord = loader::FindingRecord;
/// A claim a finding involves.
using FindingClaimRecord = loader::FindingClaimRecord;
/// One key of a plugin's configuration (dotted for nested tables).
using ConfigEntryRecord = loader::ConfigEntryRecord;
/// A configuration value.
using ConfigValueRecord = loader::ConfigValueRecord;

/// Flattens a plugin's configuration section (a TOML table, e.g. the value
/// of `[checkers.interval_conflict]`) into typed entries, nested tables as
/// dotted keys ("tolerance.relative"), each with its `file:line:col`.
/// Sorted by key. Fails on values the ABI has no type for (dates, arrays of
/// tables), naming the key and its place.
Expected<std::vector<ConfigEntryRecord>> config_from_toml(const toml::value& section);

} // namespace crosscheck::plugin
