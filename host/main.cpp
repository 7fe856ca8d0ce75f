// The crosscheck program. Everything lives in the crosscheck_host library so
// that tests link the same code; this file only hands over the arguments.
#include "host/cli/app.hpp"

int main(int argc, char** argv) {
    return crosscheck::cli::run(argc, argv);
}
