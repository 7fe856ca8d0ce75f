// A well-behaved plugin built with the C++ layer (see spread_checker.hpp).
#include "spread_checker.hpp"

CROSSCHECK_EXPORT_CHECKER(crosscheck_test::SpreadChecker, "good_spread", "1.2.3",
                          "Flags claim groups whose figures are far apart (test plugin)")
