// `crosscheck cases [--format text|json]`: list the cases in the database.

#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/store/source_store.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace crosscheck::cli {

void add_cases_command(CLI::App& app, Context& context) {
    auto format = std::make_shared<ListFormat>(ListFormat::text);
    auto* cmd = app.add_subcommand("cases", "List the cases in the database");
    cmd->add_option("--format", *format, "text or json")
        ->transform(
            CLI::CheckedTransformer(std::map<std::string, ListFormat>{{"text", ListFormat::text},
                                                                      {"json", ListFormat::json}},
                                    CLI::ignore_case));
    cmd->callback([format, &context] {
        auto db = open_store_or_throw(context);
        const auto cases = store::list_cases(*db);
        if (*format == ListFormat::json) {
            nlohmann::ordered_json out;
            auto& list = out["cases"] = nlohmann::ordered_json::array();
            for (const auto& c : cases) {
                list.push_back({{"case", c.slug},
                                {"created_at", c.created_at},
                                {"sources", c.source_count},
                                {"versions", c.version_count}});
            }
            std::cout << out.dump(2) << '\n';
            return;
        }
        for (const auto& c : cases) {
            std::cout << c.slug << "  " << c.source_count << " source(s)";
            if (c.version_count > c.source_count) {
                std::cout << ", " << (c.version_count - c.source_count) << " newer version(s)";
            }
            std::cout << "  created " << c.created_at << '\n';
        }
        if (cases.empty()) {
            std::cout << "no cases yet: add sources with `crosscheck ingest --case SLUG PATH...`\n";
        }
    });
}

} // namespace crosscheck::cli
