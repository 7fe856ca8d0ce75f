#pragma once
// The check plan is the rules' (host/rules/check_plan.hpp); these names
// stay for the engine's callers until the plugin layer's branch is merged.

#include "host/rules/check_plan.hpp"

namespace crosscheck::engine {

using rules::CheckerAssignment;
using rules::CheckPlan;
using rules::PluginRule;

} // namespace crosscheck::engine
