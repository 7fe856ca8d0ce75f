#pragma once
// A `check` with nothing new reuses the stored run. What a run was given is
// kept with it as a fingerprint: the case's sources and claims
// (store::case_input_digest), the rules' text (every file, the case's own
// included), each plugin that could run (name, version, and its file's
// size and modification time) and this program (version, size and
// modification time). When the last run is complete and the fingerprint is
// the same, its findings stand as they are; anything changed reruns.

#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rules.hpp"
#include "host/store/database.hpp"
#include "host/store/run_inputs.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace crosscheck::cli {

/// The fingerprint of a check of `case_id` with `rules` and `registry`, to
/// be taken after extraction (so the claims are current).
[[nodiscard]] std::string check_input_fingerprint(store::Database& db, std::int64_t case_id,
                                                  const rules::LoadedRules& rules,
                                                  const plugin::PluginRegistry& registry);

/// The stored run a check with `fingerprint` can reuse: the case's latest,
/// when it is complete and was given the same inputs.
[[nodiscard]] std::optional<store::StoredRun>
reusable_run(store::Database& db, std::int64_t case_id, const std::string& fingerprint);

} // namespace crosscheck::cli
