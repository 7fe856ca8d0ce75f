#include "host/cli/choices.hpp"

namespace crosscheck::cli {

CLI::Option* one_of(CLI::Option* option, const std::vector<std::string>& names) {
    std::string shown;
    for (const auto& name : names) {
        shown += (shown.empty() ? "" : "|") + name;
    }
    // The validator's own description would add ":{a,b}" after the value's
    // name in --help; the name already lists the choices.
    return option->check(CLI::IsMember(names, CLI::ignore_case).description(""))->type_name(shown);
}

CLI::Option* add_list_format_option(CLI::App* cmd, ListFormat& format) {
    auto* option = cmd->add_option_function<std::string>(
        "--format",
        [&format](const std::string& name) {
            format = name == "json" ? ListFormat::json : ListFormat::text;
        },
        "Output format (default: text)");
    return one_of(option, {"text", "json"});
}

} // namespace crosscheck::cli
