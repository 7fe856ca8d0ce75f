#pragma once
// CLI11 through one door. GCC 12 reports a false "potential null pointer
// dereference" inside CLI11's inlined string helpers (CLI/StringTools.hpp)
// at -O2; the warning is silenced for CLI11's own code only, and stays on
// for ours.

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <CLI/CLI.hpp>
#pragma GCC diagnostic pop
