#pragma once
// What a check job runs: for each metric, which checkers with which
// configuration, and the host-wide policies applied to every plugin's
// findings. Built from the rules (host/rules), so the engine itself knows
// no metric and no checker by name.

#include "host/util/error.hpp"

#include <toml.hpp>

#include <map>
#include <string>
#include <vector>

namespace crosscheck::engine {

/// One checker to run on a metric's groups, with its configuration section
/// (the checker's defaults merged with the metric's overrides).
struct CheckerAssignment {
    std::string checker;
    toml::value config; ///< a table, or uninitialized for no configuration
    Location where;     ///< where the rules name the checker
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
    /// Worker threads; 0 = one per core.
    unsigned threads = 0;
};

} // namespace crosscheck::engine
