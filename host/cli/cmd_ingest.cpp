// `crosscheck ingest --case SLUG [--new] [--rules PATH]... PATH...`: read
// sources into a case, within the [limits] of the case's rules.

#include "host/cli/case_rules.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/ingest/ingest_job.hpp"
#include "host/ingest/published_time.hpp"
#include "host/rules/rules.hpp"
#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"
#include "host/util/spelling.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace crosscheck::cli {
namespace {

struct IngestArgs {
    std::string case_slug;
    std::vector<std::filesystem::path> paths;
    ingest::MetadataOverrides overrides;
    std::vector<std::string> rules_paths;
    bool new_case = false;
};

// A slug shorter than this is not checked for typos: every other short
// slug is within two edits of it.
constexpr std::size_t k_min_typo_slug = 4;

// A new slug close to an existing one is most likely a typo, which would
// otherwise make a second case silently: stop, unless --new says it is meant.
void refuse_likely_typo(store::Database& db, const IngestArgs& args) {
    if (args.new_case || args.case_slug.size() < k_min_typo_slug ||
        store::find_case(db, args.case_slug)) {
        return;
    }
    std::vector<std::string> slugs;
    for (const auto& c : store::list_cases(db)) {
        slugs.push_back(c.slug);
    }
    const std::string hint = did_you_mean(args.case_slug, slugs);
    if (!hint.empty()) {
        throw CommandError("there is no case '" + args.case_slug + "'" + hint +
                           "; nothing was ingested. To start a new case by that name, pass --new");
    }
}

// The case's limits ([limits] of its rules): a bad rule file stops the
// command before anything is read.
ingest::SourceLimits source_limits(const rules::LoadedRules& loaded) {
    if (!loaded.ok()) {
        throw CommandError(loaded.errors.front());
    }
    const auto& rules = loaded.extraction;
    ingest::SourceLimits limits;
    limits.max_bytes = rules.limits.max_source_bytes;
    limits.max_line_bytes = rules.limits.max_line_bytes;
    limits.max_html_depth = static_cast<std::size_t>(rules.limits.max_html_depth);
    return limits;
}

void check_flags(const IngestArgs& args) {
    if (auto ok = store::validate_case_slug(args.case_slug); !ok) {
        throw CommandError(ok.error());
    }
    if (!args.overrides.published.empty()) {
        auto published = ingest::parse_published(args.overrides.published);
        if (!published) {
            throw CommandError("--published: " + published.error().message);
        }
        if (const auto warning =
                ingest::assumption_warning("--published", args.overrides.published, *published);
            !warning.empty()) {
            spdlog::warn("{}", warning);
        }
    }
    // Rule files given are checked before the database is opened, so a bad
    // one leaves no database behind.
    if (!args.rules_paths.empty()) {
        (void)source_limits(rules::load_effective(
            std::vector<std::filesystem::path>(args.rules_paths.begin(), args.rules_paths.end())));
    }
}

void print_summary(const IngestArgs& args, const ingest::IngestSummary& summary,
                   const ingest::FileList& list) {
    const int failed = summary.failed + static_cast<int>(list.errors.size());
    std::cout << "case " << args.case_slug << ": " << summary.added << " new, " << summary.updated
              << " updated, " << summary.unchanged << " unchanged, " << failed << " failed";
    if (!list.skipped.empty()) {
        std::cout << ", " << list.skipped.size() << " skipped";
    }
    std::cout << '\n';
    if (summary.added == 0 && summary.updated == 0 && summary.unchanged > 0 && failed == 0) {
        std::cout << "nothing new: every source is already stored with the same content\n";
    }
    if (failed > 0) {
        throw CommandError(std::to_string(failed) + " input(s) could not be read (see above); "
                                                    "everything else was stored");
    }
}

void run_ingest(const IngestArgs& args, Context& context) {
    check_flags(args);
    auto db = open_store_or_throw(context);
    refuse_likely_typo(*db, args);
    const CaseRules case_rules = case_rules_for(*db, store::find_case(*db, args.case_slug),
                                                args.case_slug, args.rules_paths);
    const ingest::SourceLimits limits = source_limits(case_rules.loaded);
    const ingest::FileList list = ingest::collect_files(args.paths);
    for (const auto& error : list.errors) {
        spdlog::error("{}", error.to_string());
    }
    for (const auto& path : list.skipped) {
        spdlog::warn("{}: skipped: not a source format crosscheck reads (.md, .txt, .html, "
                     ".jsonl)",
                     path.string());
    }

    ProgressLine progress("ingesting");
    ingest::IngestOptions options{
        args.case_slug, args.overrides,
        [&](std::size_t done, std::size_t total) { progress.update(done, total); }, limits,
        [&](store::Database& store, std::int64_t case_id) {
            remember_case_rules(store, case_id, case_rules);
        }};
    const ingest::IngestSummary summary = ingest::ingest_files(*db, list.files, options);
    announce_case_rules(args.case_slug, case_rules);
    print_summary(args, summary, list);
}

} // namespace

void add_ingest_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<IngestArgs>();
    auto* cmd = app.add_subcommand("ingest", "Read sources (.md, .txt, .html, .jsonl files or "
                                             "folders) into a case");
    cmd->add_option("--case", args->case_slug,
                    "Case to add the sources to (created if new; see --new)")
        ->required();
    cmd->add_flag("--new", args->new_case,
                  "Start a new case even though its name is close to an existing one's");
    cmd->add_option("paths", args->paths, "Files and folders (folders are read recursively)")
        ->required();
    cmd->add_option("--outlet", args->overrides.outlet, "Outlet, for files that do not name it");
    cmd->add_option("--url", args->overrides.url,
                    "URL, for files that do not give it (a .txt without a NAME.txt.toml sidecar)");
    cmd->add_option("--published", args->overrides.published,
                    "Publication time, ISO 8601 (e.g. 2023-09-25T08:40:00Z)");
    cmd->add_option("--title", args->overrides.title, "Title, for files that do not give it");
    cmd->add_option("--language", args->overrides.language, "Language tag, e.g. en");
    add_case_rules_option(cmd, args->rules_paths)
        ->description("Rule file or folder applied over the defaults (repeat for several); its "
                      "[limits] bound the sources, and the case keeps it for later commands");
    cmd->callback([args, &context] { run_ingest(*args, context); });
}

} // namespace crosscheck::cli
