// `crosscheck check --case SLUG [--rules PATH]`: extract what is new, run
// the checkers the rules name, store the findings, print a summary.

#include "host/cli/check_setup.hpp"
#include "host/cli/claim_records.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/engine/check_job.hpp"
#include "host/extract/claim_extraction_job.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/finding_store.hpp"
#include "host/util/timestamp.hpp"

#include <spdlog/spdlog.h>

#include <iostream>

namespace crosscheck::cli {
namespace {

struct CheckArgs {
    std::string case_slug;
    std::optional<std::string> rules_path;
    std::optional<std::string> fail_on;
    unsigned threads = 0;
};

int rank(std::string_view severity) {
    return severity == "high" ? 0 : severity == "medium" ? 1 : severity == "low" ? 2 : 3;
}

void print_summary(const engine::CheckOutcome& outcome, const store::RunSummary& run,
                   const std::vector<store::StoredFinding>& findings) {
    int counts[4] = {0, 0, 0, 0};
    for (const auto& f : findings) {
        ++counts[rank(f.severity)];
    }
    std::cout << outcome.claim_count << " claims in " << outcome.group_count << " groups; "
              << findings.size() << " open finding(s): " << counts[0] << " high, " << counts[1]
              << " medium, " << counts[2] << " low, " << counts[3] << " info (" << run.new_findings
              << " new, " << run.gone << " no longer found)\n";
    std::size_t shown = 0;
    for (const auto& f : findings) {
        if (shown++ == 10) {
            std::cout << "  ... and " << findings.size() - 10
                      << " more: crosscheck report --case SLUG --format text\n";
            break;
        }
        std::cout << "  [" << f.severity << "] " << f.id << " " << f.checker << " (" << f.metric
                  << "): " << truncate(f.message, 160) << '\n';
    }
}

void run_check(const CheckArgs& args, Context& context) {
    if (args.fail_on && rank(*args.fail_on) == 3 && *args.fail_on != "info") {
        throw CommandError("--fail-on must be high, medium, low or info");
    }
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, args.case_slug);
    const plugin::PluginRegistry registry = discover_plugins(context);
    LoadedRules loaded = load_rules_for_check(args.rules_path, registry);
    loaded.plan.threads = args.threads;
    const std::string started = format_timestamp(now());

    const auto extracted = extract::extract_case(*db, case_id, loaded.rules);
    spdlog::debug("extraction: {} source(s) extracted, {} up to date", extracted.extracted,
                  extracted.up_to_date);

    std::map<std::int64_t, std::string> keys;
    auto claims = to_claim_records(store::list_claims(*db, case_id, false), keys);
    auto outcome = engine::run_check_job(registry, loaded.plan, std::move(claims), keys);
    if (!outcome) {
        throw CommandError(outcome.error());
    }
    // All of a run's writes in one transaction: an interrupted check leaves
    // the findings as they were.
    store::Transaction transaction(*db);
    const auto run = store::persist_run(*db, case_id, *outcome, started, loaded.rules.hash);
    transaction.commit();

    const auto findings = store::list_findings(*db, case_id);
    std::vector<store::StoredFinding> open;
    for (const auto& f : findings) {
        if (f.status == "open") {
            open.push_back(f);
        }
    }
    print_summary(*outcome, run, open);
    for (const auto& e : outcome->errors) {
        spdlog::error("{}", e);
    }
    if (!outcome->complete()) {
        std::cerr << "crosscheck: error: run " << run.run_id
                  << " is incomplete: " << outcome->errors.size()
                  << " checker failure(s); other findings were kept\n";
        context.exit_code = ExitCode::incomplete;
        return;
    }
    if (args.fail_on) {
        for (const auto& f : open) {
            if (rank(f.severity) <= rank(*args.fail_on)) {
                context.exit_code = ExitCode::findings;
                break;
            }
        }
    }
}

} // namespace

void add_check_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<CheckArgs>();
    auto* cmd = app.add_subcommand("check", "Extract new claims, run the checkers, store and "
                                            "summarise the findings");
    cmd->add_option("--case", args->case_slug, "Case to check")->required();
    cmd->add_option("--rules", args->rules_path, "Rule file or folder overriding the defaults");
    cmd->add_option("--fail-on", args->fail_on,
                    "Exit 1 when open findings at or above this severity remain")
        ->check(CLI::IsMember({"high", "medium", "low", "info"}));
    cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
    cmd->callback([args, &context] { run_check(*args, context); });
}

} // namespace crosscheck::cli
