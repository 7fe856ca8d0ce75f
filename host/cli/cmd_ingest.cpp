// `crosscheck ingest --case SLUG [--rules PATH] PATH...`: read sources into a
// case, within the [limits] of the effective rules.

#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/ingest/ingest_job.hpp"
#include "host/ingest/published_time.hpp"
#include "host/rules/rules.hpp"
#include "host/store/schema.hpp"
#include "host/store/source_store.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace crosscheck::cli {
namespace {

struct IngestArgs {
    std::string case_slug;
    std::vector<std::filesystem::path> paths;
    ingest::MetadataOverrides overrides;
    std::string rules_path;
};

// The source limits of the effective rules (defaults, then --rules): a bad
// rule file stops the command before anything is read.
ingest::SourceLimits source_limits(const std::string& rules_path) {
    auto rules = rules::effective_extraction_rules(
        rules_path.empty() ? std::vector<std::filesystem::path>{}
                           : std::vector<std::filesystem::path>{rules_path});
    if (!rules) {
        throw CommandError(rules.error());
    }
    ingest::SourceLimits limits;
    limits.max_bytes = rules->limits.max_source_bytes;
    limits.max_line_bytes = rules->limits.max_line_bytes;
    limits.max_html_depth = static_cast<std::size_t>(rules->limits.max_html_depth);
    return limits;
}

void run_ingest(const IngestArgs& args, Context& context) {
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
    const ingest::SourceLimits limits = source_limits(args.rules_path);
    const ingest::FileList list = ingest::collect_files(args.paths);
    for (const auto& error : list.errors) {
        spdlog::error("{}", error.to_string());
    }
    for (const auto& path : list.skipped) {
        spdlog::warn("{}: skipped: not a source format crosscheck reads (.md, .txt, .html, "
                     ".jsonl)",
                     path.string());
    }

    auto db = store::open_store(context.db_path);
    if (!db) {
        throw CommandError(db.error());
    }
    ProgressLine progress("ingesting");
    ingest::IngestOptions options{
        args.case_slug,
        args.overrides,
        [&](std::size_t done, std::size_t total) { progress.update(done, total); },
        limits,
        {}};
    const ingest::IngestSummary summary = ingest::ingest_files(**db, list.files, options);

    const int failed = summary.failed + static_cast<int>(list.errors.size());
    std::cout << "case " << args.case_slug << ": " << summary.added << " new, " << summary.updated
              << " updated, " << summary.unchanged << " unchanged, " << failed << " failed";
    if (!list.skipped.empty()) {
        std::cout << ", " << list.skipped.size() << " skipped";
    }
    std::cout << '\n';
    if (summary.added == 0 && summary.updated == 0 && summary.unchanged > 0 && failed == 0) {
        std::cout << "nothing new: every source is already stored with the same "
                     "content\n";
    }
    if (failed > 0) {
        throw CommandError(std::to_string(failed) + " input(s) could not be read (see above); "
                                                    "everything else was stored");
    }
}

} // namespace

void add_ingest_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<IngestArgs>();
    auto* cmd = app.add_subcommand("ingest", "Read sources (.md, .txt, .html, .jsonl files or "
                                             "folders) into a case");
    cmd->add_option("--case", args->case_slug, "Case to add the sources to (created if new)")
        ->required();
    cmd->add_option("paths", args->paths, "Files and folders (folders are read recursively)")
        ->required();
    cmd->add_option("--outlet", args->overrides.outlet, "Outlet, for files that do not name it");
    cmd->add_option("--url", args->overrides.url,
                    "URL, for files that do not give it (a .txt without a "
                    "NAME.txt.toml sidecar)");
    cmd->add_option("--published", args->overrides.published,
                    "Publication time, ISO 8601 (e.g. 2023-09-25T08:40:00Z)");
    cmd->add_option("--title", args->overrides.title, "Title, for files that do not give it");
    cmd->add_option("--language", args->overrides.language, "Language tag, e.g. en");
    cmd->add_option("--rules", args->rules_path,
                    "Rule file or folder applied after the defaults (its [limits] bound the "
                    "sources)");
    cmd->callback([args, &context] { run_ingest(*args, context); });
}

} // namespace crosscheck::cli
