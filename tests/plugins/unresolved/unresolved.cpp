// A plugin that uses a symbol nothing defines. Built without -z defs (see
// CMakeLists.txt) so that the link succeeds; immediate binding must then make
// loading it fail instead of crashing at the first call.
#include <crosscheck/checker.hpp>

extern "C" int crosscheck_test_symbol_nobody_defines(int);

class UnresolvedChecker final : public crosscheck::Checker {
public:
    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter&) override {
        m_sink = crosscheck_test_symbol_nobody_defines(static_cast<int>(group.size()));
    }

private:
    int m_sink = 0;
};

CROSSCHECK_EXPORT_CHECKER(UnresolvedChecker, "unresolved", "0.1.0",
                          "Uses an undefined symbol (test plugin)")
