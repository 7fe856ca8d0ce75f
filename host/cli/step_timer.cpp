#include "host/cli/step_timer.hpp"

#include <spdlog/spdlog.h>

namespace crosscheck::cli {

StepTimer::StepTimer() : m_last(std::chrono::steady_clock::now()) {}

void StepTimer::step(std::string_view name) {
    const auto now = std::chrono::steady_clock::now();
    spdlog::debug("{}: {:.3f} s", name, std::chrono::duration<double>(now - m_last).count());
    m_last = now;
}

} // namespace crosscheck::cli
