// `crosscheck sources --case SLUG [--format text|json]`: list a case's sources.

#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/store/source_store.hpp"
#include "host/util/timestamp.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace crosscheck::cli {
namespace {

struct SourcesArgs {
    std::string case_slug;
    ListFormat format = ListFormat::text;
};

void print_text(const std::vector<model::Source>& sources) {
    for (const auto& s : sources) {
        std::cout << format_timestamp(s.published) << "  "
                  << truncate(s.outlet.empty() ? "-" : s.outlet, 24);
        if (s.version > 1) {
            std::cout << "  (v" << s.version << ")";
        }
        std::cout << "\n    " << truncate(s.title, 76) << "\n    " << s.url << "\n";
    }
    std::cout << sources.size() << " source(s)\n";
}

void print_json(std::string_view slug, const std::vector<model::Source>& sources) {
    nlohmann::ordered_json out;
    out["case"] = slug;
    auto& list = out["sources"] = nlohmann::ordered_json::array();
    for (const auto& s : sources) {
        list.push_back({{"id", s.id},
                        {"url", s.url},
                        {"version", s.version},
                        {"outlet", s.outlet},
                        {"title", s.title},
                        {"language", s.language},
                        {"published", format_timestamp(s.published)},
                        {"format", s.format},
                        {"origin", s.origin.to_string()},
                        {"content_hash", s.content_hash},
                        {"ingested_at", s.ingested_at},
                        {"body_bytes", s.body_bytes}});
    }
    std::cout << out.dump(2) << '\n';
}

} // namespace

void add_sources_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<SourcesArgs>();
    auto* cmd = app.add_subcommand("sources", "List a case's sources (latest version of each)");
    cmd->add_option("--case", args->case_slug, "Case to list")->required();
    add_list_format_option(cmd, args->format);
    cmd->callback([args, &context] {
        auto db = open_store_or_throw(context);
        const auto case_id = require_case(*db, args->case_slug);
        const auto sources = store::list_sources(*db, case_id);
        if (args->format == ListFormat::json) {
            print_json(args->case_slug, sources);
        } else {
            print_text(sources);
        }
    });
}

} // namespace crosscheck::cli
