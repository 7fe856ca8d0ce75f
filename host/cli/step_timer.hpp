#pragma once
// How long each step of a command took, logged at debug level (`-v`): where
// a slow `check` or `report` spends its time, without a profiler.

#include <chrono>
#include <string_view>

namespace crosscheck::cli {

class StepTimer {
public:
    StepTimer();
    /// Logs "NAME: S s" for the time since the last step (or the start).
    void step(std::string_view name);

private:
    std::chrono::steady_clock::time_point m_last;
};

} // namespace crosscheck::cli
