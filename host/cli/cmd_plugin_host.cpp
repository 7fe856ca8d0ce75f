// `crosscheck plugin-host --plugin-fd N --shown-as PATH`: hidden; the child
// process an isolated plugin runs in (host/plugin/plugin_child.hpp). The
// host starts it with the request pipe on stdin, the reply pipe on stdout
// and the plugin file open on fd N. Not for people.

#include "host/cli/commands.hpp"
#include "host/plugin/plugin_child.hpp"

#include <memory>
#include <string>

namespace crosscheck::cli {

void add_plugin_host_command(CLI::App& app, Context& context) {
    struct Args {
        int plugin_fd = -1;
        std::string shown_as;
    };
    auto args = std::make_shared<Args>();
    // No description: CLI11 leaves it out of --help.
    auto* cmd = app.add_subcommand("plugin-host", "");
    cmd->group("");
    cmd->add_option("--plugin-fd", args->plugin_fd)->required();
    cmd->add_option("--shown-as", args->shown_as)->required();
    cmd->callback([args, &context] {
        const int status = plugin::run_plugin_child(args->plugin_fd, args->shown_as);
        context.exit_code = status == 0 ? ExitCode::ok : ExitCode::input_error;
    });
}

} // namespace crosscheck::cli
