// A plugin that counts the states its library has created (its init calls)
// and says so in an info finding on every group it checks: the engine's test
// that a check job configures each checker once, not once to validate and
// again to check (tests/unit/engine/test_check_job.cpp).
#include <crosscheck/checker.hpp>

#include <atomic>
#include <string>

namespace {

std::atomic<int> g_inits{0};

class CountingChecker final : public crosscheck::Checker {
public:
    CountingChecker() { ++g_inits; }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        out.emit(crosscheck::Severity::info, "inits so far: " + std::to_string(g_inits.load()),
                 {crosscheck::reference(group[0])});
    }
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(CountingChecker, "counting", "0.1.0",
                          "Counts the states it has created (test plugin)")
