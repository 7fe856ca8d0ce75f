#pragma once
// The host-side data that crosses into plugins, as plain C++. The check
// engine fills `ClaimGroupRecord`s from the store's claims and gets
// `FindingRecord`s back; the conversion to and from the C structs of
// sdk/include/crosscheck/crosscheck_plugin.h lives in the SDK's loader
// (`loader::MarshalledGroup`, `loader::MarshalledConfig`), which the testing
// harness shares, so tests and the host marshal identically.

#include <crosscheck/loader.hpp>

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

} // namespace crosscheck::plugin
