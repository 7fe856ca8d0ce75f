// `crosscheck cases [--format text|json]`: list the cases in the database.
// `crosscheck cases rename OLD NEW`: a case under another name, all of it.
// `crosscheck cases delete SLUG [--force]`: a case and everything of it;
// one with review decisions only with --force, since those are people's
// work that no command can recompute.

#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/store/source_store.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace crosscheck::cli {
namespace {

struct CaseChange {
    std::string slug;
    std::string new_slug;
    bool force = false;
};

void run_list(ListFormat format, Context& context) {
    auto db = open_store_or_throw(context);
    const auto cases = store::list_cases(*db);
    if (format == ListFormat::json) {
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
}

void run_rename(const CaseChange& change, Context& context) {
    if (auto ok = store::validate_case_slug(change.new_slug); !ok) {
        throw CommandError(ok.error());
    }
    auto db = open_store_or_throw(context);
    store::Transaction transaction(*db);
    const auto case_id = require_case(*db, change.slug);
    if (store::find_case(*db, change.new_slug)) {
        throw CommandError("there is already a case named '" + change.new_slug +
                           "'; nothing was renamed");
    }
    store::rename_case(*db, case_id, change.new_slug);
    transaction.commit();
    std::cout << "case '" << change.slug << "' is now '" << change.new_slug << "'\n";
}

void run_delete(const CaseChange& change, Context& context) {
    auto db = open_store_or_throw(context);
    store::Transaction transaction(*db);
    const auto case_id = require_case(*db, change.slug);
    const auto reviews = store::count_case_reviews(*db, case_id);
    if (reviews > 0 && !change.force) {
        throw CommandError("case '" + change.slug + "' holds " + std::to_string(reviews) +
                           " review decision(s), which would be lost; nothing was deleted. "
                           "Pass --force to delete it with them");
    }
    std::int64_t sources = 0;
    for (const auto& c : store::list_cases(*db)) {
        sources = c.id == case_id ? c.version_count : sources;
    }
    store::delete_case(*db, case_id);
    transaction.commit();
    std::cout << "deleted case '" << change.slug << "': " << sources << " source version(s)"
              << (reviews > 0 ? ", " + std::to_string(reviews) + " review decision(s)" : "")
              << " and everything extracted and checked from them\n";
}

} // namespace

void add_cases_command(CLI::App& app, Context& context) {
    auto format = std::make_shared<ListFormat>(ListFormat::text);
    auto* cmd = app.add_subcommand("cases", "List the cases in the database; 'cases rename' "
                                            "and 'cases delete' change them");
    cmd->require_subcommand(0, 1);
    add_list_format_option(cmd, *format);

    auto change = std::make_shared<CaseChange>();
    auto* rename = cmd->add_subcommand("rename", "Give a case another name (all of it moves)");
    rename->add_option("OLD", change->slug, "The case's name")->required();
    rename->add_option("NEW", change->new_slug, "Its new name")->required();
    rename->callback([change, &context] { run_rename(*change, context); });

    auto* remove = cmd->add_subcommand(
        "delete", "Delete a case with its sources, claims, findings and reviews");
    remove->add_option("SLUG", change->slug, "The case to delete")->required();
    remove->add_flag("--force", change->force,
                     "Delete it even though it holds review decisions (they are lost)");
    remove->callback([change, &context] { run_delete(*change, context); });

    cmd->callback([cmd, format, &context] {
        if (!cmd->get_subcommands().empty()) {
            return; // rename / delete ran
        }
        run_list(*format, context);
    });
}

} // namespace crosscheck::cli
