// `crosscheck plugins list` and `crosscheck plugins info NAME`: what the host
// found in its plugin folders, with versions, file and configuration keys,
// and what it skipped and why. Loading never runs a check.

#include "host/cli/check_setup.hpp"
#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/plugin/plugin_registry.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace crosscheck::cli {
namespace {

struct PluginsArgs {
    ListFormat format = ListFormat::text;
    std::string name;
};

nlohmann::ordered_json info_json(const plugin::PluginInfo& info) {
    nlohmann::ordered_json keys = nlohmann::ordered_json::array();
    for (const auto& key : info.config_keys) {
        keys.push_back({{"name", key.name},
                        {"type", key.type},
                        {"description", key.description},
                        {"default", key.default_value}});
    }
    return {{"name", info.name},
            {"version", info.version},
            {"api_version", plugin::to_string(info.required_api)},
            {"description", info.description},
            {"file", info.file.string()},
            {"config_keys", keys}};
}

nlohmann::ordered_json failures_json(const plugin::PluginRegistry& registry) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& f : registry.failures()) {
        out.push_back({{"file", f.file.string()}, {"reason", f.reason}});
    }
    return out;
}

void print_list(const plugin::PluginRegistry& registry, ListFormat format) {
    const auto plugins = registry.plugins();
    if (format == ListFormat::json) {
        nlohmann::ordered_json out;
        out["host_api_version"] = plugin::to_string(plugin::host_api_version());
        auto& list = out["plugins"] = nlohmann::ordered_json::array();
        for (const auto* info : plugins) {
            list.push_back(info_json(*info));
        }
        out["failures"] = failures_json(registry);
        std::cout << out.dump(2) << '\n';
        return;
    }
    for (const auto* info : plugins) {
        std::cout << info->name << "  " << info->version << "  (API "
                  << plugin::to_string(info->required_api) << ")  "
                  << truncate(info->description, 60) << "\n    " << info->file.string() << '\n';
    }
    std::cout << plugins.size() << " plugin(s), host API "
              << plugin::to_string(plugin::host_api_version()) << '\n';
    if (!registry.failures().empty()) {
        std::cout << registry.failures().size() << " skipped:\n";
        for (const auto& f : registry.failures()) {
            std::cout << "    " << f.reason << '\n';
        }
    }
}

void print_info(const plugin::PluginInfo& info, ListFormat format) {
    if (format == ListFormat::json) {
        std::cout << info_json(info).dump(2) << '\n';
        return;
    }
    std::cout << "name:         " << info.name << '\n'
              << "version:      " << info.version << '\n'
              << "api version:  " << plugin::to_string(info.required_api) << " (host "
              << plugin::to_string(plugin::host_api_version()) << ")\n"
              << "description:  " << info.description << '\n'
              << "file:         " << info.file.string() << '\n'
              << "config keys:  " << (info.config_keys.empty() ? "none" : "") << '\n';
    for (const auto& key : info.config_keys) {
        std::cout << "    " << key.name << " (" << key.type;
        if (!key.default_value.empty()) {
            std::cout << ", default " << key.default_value;
        }
        std::cout << "): " << key.description << '\n';
    }
}

void add_format_option(CLI::App* cmd, PluginsArgs& args) {
    add_list_format_option(cmd, args.format);
}

} // namespace

void add_plugins_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<PluginsArgs>();
    auto* cmd = app.add_subcommand("plugins", "List the checker plugins the host finds");
    cmd->require_subcommand(1);

    auto* list = cmd->add_subcommand("list", "Every plugin found, and every file skipped");
    add_format_option(list, *args);
    list->callback([args, &context] {
        print_list(engine::discover_plugins(plugin_options(context)), args->format);
    });

    auto* info = cmd->add_subcommand("info", "One plugin's metadata and configuration keys");
    info->add_option("NAME", args->name, "Plugin name")->required();
    add_format_option(info, *args);
    info->callback([args, &context] {
        const plugin::PluginRegistry registry = engine::discover_plugins(plugin_options(context));
        const plugin::PluginInfo* found = registry.find(args->name);
        if (found == nullptr) {
            std::string searched;
            for (const auto& dir : registry.search_dirs()) {
                searched += (searched.empty() ? "" : ", ") + dir.string();
            }
            throw CommandError("no plugin named '" + args->name + "' (searched: " +
                               (searched.empty() ? "no folder" : searched) + "; " +
                               std::to_string(registry.failures().size()) + " file(s) skipped)");
        }
        print_info(*found, args->format);
    });
}

} // namespace crosscheck::cli
