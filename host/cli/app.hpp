#pragma once
// The command line as a whole: global options, subcommands, and the mapping
// of errors to exit statuses. main() is a one-line call to `run`.

namespace crosscheck::cli {

/// Parses `argv`, runs the chosen subcommand, and returns the exit status.
/// Never throws: errors are printed as "crosscheck: error: ..." on stderr.
int run(int argc, char** argv);

} // namespace crosscheck::cli
