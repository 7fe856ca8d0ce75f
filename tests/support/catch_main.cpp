// The one Catch2 main shared by the unit and end-to-end test programs.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
