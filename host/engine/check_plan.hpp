#pragma once
// What a check job runs: for each metric, which checkers with which
// configuration, and the host-wide policies applied to every plugin's
// findings. Built from the rules (host/rules), so the engine itself knows
// no metric and no checker by name.

#include "host/model/checker_config.hpp"
#include "host/util/error.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::engine {

/// One checker to run on a metric's groups, with its configuration (the
/// checker's defaults merged with the metric's overrides, flattened).
struct CheckerAssignment {
    std::string checker;
    model::CheckerConfig config; ///< empty for no configuration
    Location where;              ///< where the rules name the checker
};

/// How the rules say one plugin runs: `[plugins.NAME]`. Unset keys take the
/// host's defaults (isolated unless the plugin comes from the build's own
/// plugin folder; 10 s per group; 1024 MiB).
struct PluginRule {
    std::optional<bool> isolate;
    std::optional<std::string> sha256; ///< 64 lower-case hex digits
    std::optional<double> timeout_seconds;
    std::optional<std::uint64_t> memory_mib;
    Location where; ///< where the section (or its last key) is
};

struct CheckPlan {
    /// Metric name -> checkers for its groups.
    std::map<std::string, std::vector<CheckerAssignment>> by_metric;
    /// Findings that set claims from different sides against each other
    /// (one side's ministry vs the other's) are lowered to this severity:
    /// a disagreement between parties is news, not an error.
    std::string cross_side_ceiling = "low";
    /// Attribution -> side ("Armenian government" -> "armenia"); an
    /// attribution not listed is its own side.
    std::map<std::string, std::string> attribution_sides;
    /// Plugin name -> how it runs (isolation, pinning, limits).
    std::map<std::string, PluginRule> plugin_rules;
    /// Worker threads; 0 = one per core.
    unsigned threads = 0;
};

} // namespace crosscheck::engine
