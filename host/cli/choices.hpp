#pragma once
// Options that take one of a few names: `--format text|json`, `--severity
// high|medium|low|info`. One way for every command: --help shows the
// choices as the option's value, `--format text|json`, not CLI11's map of
// them; a bad value is refused naming the option and the choices
// ("--format: xml not in {text,json}", exit 2); case does not matter and
// the value becomes the name as listed.

#include "host/cli/output.hpp"

#include "host/cli/cli11.hpp"

#include <string>
#include <vector>

namespace crosscheck::cli {

/// Makes `option` take one of `names`, and shows them as its value in
/// --help. Returns `option`.
CLI::Option* one_of(CLI::Option* option, const std::vector<std::string>& names);

/// `--format text|json` on `cmd`, setting `format`.
CLI::Option* add_list_format_option(CLI::App* cmd, ListFormat& format);

} // namespace crosscheck::cli
