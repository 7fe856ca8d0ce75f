// `crosscheck plugin new NAME [DIR]`: a plugin project of one's own, from the
// SDK's template with NAME substituted everywhere, configured and built
// (unless --no-build), and the two lines that make the host run it.

#include "host/cli/commands.hpp"
#include "host/cli/plugin_build.hpp"
#include "host/cli/plugin_template.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace crosscheck::cli {
namespace {

struct PluginNewArgs {
    std::string name;
    std::string dir;
    std::string sdk;
    bool no_build = false;
};

std::filesystem::path this_program() {
    std::error_code ec;
    auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path("crosscheck") : program;
}

// The cmake command lines that configure and build `dir` into dir/build.
std::vector<std::vector<std::string>>
build_commands(const std::filesystem::path& dir, const std::optional<std::filesystem::path>& sdk) {
    std::vector<std::string> configure = {"cmake", "-S", dir.string(), "-B",
                                          (dir / "build").string()};
    if (sdk) {
        configure.push_back("-DCMAKE_PREFIX_PATH=" + sdk->string());
    }
    if (const auto generator = fallback_generator()) {
        configure.insert(configure.end(), {"-G", *generator});
    }
    return {configure, {"cmake", "--build", (dir / "build").string()}};
}

std::string shell_line(const std::vector<std::string>& argv) {
    std::string out;
    for (const auto& a : argv) {
        out += (out.empty() ? "" : " ") + a;
    }
    return out;
}

void run_plugin_new(const PluginNewArgs& args) {
    if (const auto problem = plugin_name_problem(args.name)) {
        throw CommandError(*problem);
    }
    const std::filesystem::path dir = args.dir.empty() ? args.name : args.dir;
    const auto program = this_program();
    const auto template_dir = find_plugin_template(program);
    if (!template_dir) {
        throw CommandError(template_dir.error());
    }
    const auto spellings = spell_plugin_name(args.name);
    const auto written = write_plugin_project(*template_dir, spellings, dir);
    if (!written) {
        throw CommandError(written.error());
    }
    std::cout << "wrote plugin " << args.name << " into " << dir.string() << ":";
    for (const auto& file : *written) {
        std::cout << ' ' << file.generic_string();
    }
    std::cout << '\n' << std::flush;

    const auto sdk = sdk_prefix_for(
        program, args.sdk.empty() ? std::nullopt : std::optional<std::filesystem::path>(args.sdk));
    if (!sdk) {
        throw CommandError(sdk.error());
    }
    const auto commands = build_commands(dir, *sdk);
    if (args.no_build) {
        std::cout << "build it with: " << shell_line(commands[0]) << " && "
                  << shell_line(commands[1]) << '\n';
    } else {
        for (const auto& command : commands) {
            const auto status = run_tool(command);
            if (!status) {
                throw CommandError(status.error());
            }
            if (*status != 0) {
                throw CommandError(
                    "`" + shell_line(command) + "` failed (exit " + std::to_string(*status) +
                    ", its output is above); the project is written: fix "
                    "what it says, then run `" +
                    shell_line(commands[0]) + " && " + shell_line(commands[1]) + "`");
            }
        }
        std::cout << "built " << (dir / "build" / "plugins" / (args.name + ".so")).string() << '\n';
    }
    const auto rules = (dir / "rules.toml").string();
    std::cout << "to run it, name it in the rules of a metric (" << rules << " does, for deaths):\n"
              << "    [checks.deaths]\n"
              << "    checkers_add = [\"" << args.name << "\"]\n"
              << "and check a case with it (the case keeps the rules for later commands):\n"
              << "    crosscheck --plugins " << (dir / "build").string()
              << " check --case SLUG --rules " << rules << '\n';
}

} // namespace

void add_plugin_command(CLI::App& app, Context& /*context*/) {
    auto args = std::make_shared<PluginNewArgs>();
    auto* cmd = app.add_subcommand("plugin", "Start a checker plugin of your own: 'plugin new'");
    cmd->require_subcommand(1);
    auto* create = cmd->add_subcommand(
        "new", "Write the SDK's plugin template as NAME into DIR (default ./NAME) and build it");
    create->add_option("NAME", args->name, "The plugin's name, e.g. no_overlap")->required();
    create->add_option("DIR", args->dir, "A new or empty folder (default: ./NAME)");
    create
        ->add_option("--sdk", args->sdk,
                     "Where the SDK is installed (CMAKE_PREFIX_PATH; default: this program's "
                     "prefix, or its build's SDK)")
        ->type_name("PREFIX");
    create->add_flag("--no-build", args->no_build, "Only write the files");
    create->callback([args] { run_plugin_new(*args); });
}

} // namespace crosscheck::cli
