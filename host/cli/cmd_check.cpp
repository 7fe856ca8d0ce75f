// `crosscheck check --case SLUG [--rules PATH]...`: extract what is new, run
// the checkers the rules name, store the findings, print a summary.

#include "host/cli/case_rules.hpp"
#include "host/cli/check_reuse.hpp"
#include "host/cli/check_setup.hpp"
#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/step_timer.hpp"
#include "host/cli/store_access.hpp"
#include "host/engine/check_job.hpp"
#include "host/extract/claim_extraction_job.hpp"
#include "host/report/severity.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/finding_store.hpp"
#include "host/store/finding_tally.hpp"
#include "host/store/review_store.hpp"
#include "host/util/timestamp.hpp"

#include <spdlog/spdlog.h>

#include <iostream>
#include <map>

namespace crosscheck::cli {
namespace {

struct CheckArgs {
    std::string case_slug;
    std::vector<std::string> rules_paths;
    std::optional<std::string> fail_on;
    unsigned threads = 0;
    bool isolate = false;
    bool rerun = false;
};

// "confirmed by alice: called the ministry", the latest decision on a
// finding, for the summary's list of reviewed findings that went away.
std::string latest_decision(const std::vector<model::ReviewDecision>& history) {
    if (history.empty()) {
        return "reviewed";
    }
    const auto& d = history.back();
    std::string out = std::string(model::to_string(d.status)) + " by " +
                      (d.reviewer.empty() ? "unknown" : d.reviewer);
    return d.note.empty() ? out : out + ": " + truncate(d.note, 60);
}

// How many open findings the summary lists; the rest are counted.
constexpr std::size_t k_open_shown = 10;

// The first line says how many distinct discrepancies the case has (each
// is one finding, however many checkers found it); then the open ones, most
// pressing first, and the reviewed findings this run no longer produced,
// with where their decisions went. `open_first` holds the first open ones,
// one more than are shown when there are more.
void print_summary(const engine::CheckOutcome& outcome, const store::RunSummary& run,
                   const store::FindingTally& tally, const std::vector<model::Finding>& open_first,
                   const std::map<std::string, std::vector<model::ReviewDecision>>& reviews,
                   const std::string& case_slug) {
    using model::ReviewStatus;
    using model::Severity;
    const std::size_t total = tally.total();
    const std::size_t open = tally.with_status(ReviewStatus::open);
    std::cout << total << " distinct discrepanc" << (total == 1 ? "y" : "ies") << " (from "
              << outcome.checker_findings << " checker finding(s)); " << open
              << " open finding(s): " << tally.of(Severity::high, ReviewStatus::open) << " high, "
              << tally.of(Severity::medium, ReviewStatus::open) << " medium, "
              << tally.of(Severity::low, ReviewStatus::open) << " low, "
              << tally.of(Severity::info, ReviewStatus::open) << " info (" << run.new_findings
              << " new, " << run.gone
              << " no longer found); reviewed: " << tally.with_status(ReviewStatus::confirmed)
              << " confirmed, " << tally.with_status(ReviewStatus::dismissed) << " dismissed; "
              << outcome.claim_count << " claims in " << outcome.group_count << " groups\n";
    std::size_t shown = 0;
    for (const model::Finding& f : open_first) {
        if (shown++ == k_open_shown) {
            std::cout << "  ... and " << open - k_open_shown << " more: crosscheck report --case "
                      << case_slug << " --format text\n";
            break;
        }
        std::cout << "  [" << model::to_string(f.severity) << "] " << f.id << " " << f.checker
                  << (f.reasons.size() > 1 ? " +" + std::to_string(f.reasons.size() - 1) : "")
                  << " (" << f.metric << "): " << truncate(f.message, 160) << '\n';
    }
    if (run.reviewed_gone.empty()) {
        return;
    }
    std::cout << run.reviewed_gone.size() << " reviewed finding(s) no longer found:\n";
    for (const auto& gone : run.reviewed_gone) {
        const auto history = reviews.find(gone.id);
        std::cout << "  " << gone.id << " ("
                  << latest_decision(history == reviews.end() ? std::vector<model::ReviewDecision>{}
                                                              : history->second)
                  << "): ";
        if (gone.carried_to.empty()) {
            std::cout << "its decision stays with it (crosscheck findings --case " << case_slug
                      << " --status gone)\n";
            continue;
        }
        std::string to;
        for (const auto& id : gone.carried_to) {
            to += (to.empty() ? "" : ", ") + id;
        }
        std::cout << "its decision now applies to " << to << ", the same discrepancy\n";
    }
}

// --fail-on over the stored findings. Open and confirmed findings count,
// dismissed ones never (see report::counts_for_fail_on), each discrepancy
// once: the engine merged the checkers' findings on the same claims.
void apply_fail_on(const std::optional<model::Severity>& fail_on, const store::FindingTally& tally,
                   Context& context) {
    if (fail_on) {
        if (const auto n = report::count_failing(tally, *fail_on); n > 0) {
            std::cerr << "crosscheck: " << report::fail_on_message(n, *fail_on) << '\n';
            context.exit_code = ExitCode::findings;
        }
    }
}

// Prints the summary of the case's stored findings (counted, and the
// first open ones read); returns the count for --fail-on.
store::FindingTally summarise(store::Database& db, std::int64_t case_id,
                              const engine::CheckOutcome& outcome, const store::RunSummary& run,
                              const std::string& case_slug) {
    auto tally = store::tally_active_findings(db, case_id);
    print_summary(outcome, run, tally, store::list_open_findings(db, case_id, k_open_shown + 1),
                  store::list_reviews(db, case_id), case_slug);
    return tally;
}

// Nothing new since `stored` (the same sources, claims, rules, plugins and
// program): its findings stand, and no checker runs.
void reuse_run(const store::StoredRun& stored, store::Database& db, std::int64_t case_id,
               const CaseRules& case_rules, const std::string& case_slug,
               const std::optional<model::Severity>& fail_on, Context& context) {
    store::Transaction transaction(db);
    remember_case_rules(db, case_id, case_rules);
    transaction.commit();
    announce_case_rules(case_slug, case_rules);
    std::cout << "nothing new since run " << stored.id
              << " (same sources, claims, rules, plugins and program): its findings stand, "
                 "no checker ran\n";
    engine::CheckOutcome counts;
    counts.checker_findings = stored.checker_finding_count;
    counts.claim_count = stored.claim_count;
    counts.group_count = stored.group_count;
    store::RunSummary run;
    run.run_id = stored.id;
    const auto tally = summarise(db, case_id, counts, run, case_slug);
    apply_fail_on(fail_on, tally, context);
}

void run_check(const CheckArgs& args, Context& context) {
    const auto fail_on = args.fail_on ? model::severity_from_string(*args.fail_on)
                                      : std::optional<model::Severity>();
    if (args.fail_on && !fail_on) {
        throw CommandError("--fail-on must be " + model::severity_choices());
    }
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, args.case_slug);
    // The case's rules: --rules (which the case then keeps), else its own.
    CaseRules case_rules = case_rules_for(*db, case_id, args.case_slug, args.rules_paths);
    rules::LoadedRules& loaded = case_rules.loaded;
    loaded.plan.threads = args.threads;
    engine::PluginOptions options = plugin_options(context);
    options.isolate_all = args.isolate;
    auto registry = engine::discover_plugins_for_check(loaded.plan, options);
    if (!registry) {
        throw CommandError(registry.error());
    }
    // Each checker's configuration is validated once; those checkers do the
    // first worker's checks.
    engine::PreparedCheck prepared = engine::prepare_check(loaded, *registry);
    require_no_problems(prepared.problems);
    const std::string started = format_timestamp(now());
    StepTimer timer;

    const auto extracted = extract::extract_case(*db, case_id, loaded.extraction);
    spdlog::debug("extraction: {} source(s) extracted, {} up to date", extracted.extracted,
                  extracted.up_to_date);
    timer.step("extraction");
    const std::string fingerprint = check_input_fingerprint(*db, case_id, loaded, *registry);
    timer.step("input fingerprint");
    if (const auto stored = args.rerun ? std::nullopt : reusable_run(*db, case_id, fingerprint)) {
        reuse_run(*stored, *db, case_id, case_rules, args.case_slug, fail_on, context);
        return;
    }

    auto claims = store::list_claims(*db, case_id, /*include_rejected=*/false);
    timer.step("listing claims");
    auto outcome = engine::run_check_job(*registry, loaded.plan, std::move(claims),
                                         std::move(prepared.checkers));
    timer.step("checkers");
    if (!outcome) {
        throw CommandError(outcome.error());
    }
    // All of a run's writes in one transaction: an interrupted check leaves
    // the findings as they were.
    store::Transaction transaction(*db);
    const auto run =
        store::persist_run(*db, case_id, outcome->findings,
                           {started, loaded.extraction.hash, outcome->claim_count,
                            outcome->group_count, outcome->errors, outcome->checker_findings});
    // Only now, with the findings that cited them replaced, do the claims of
    // older source versions go: a reader between the extraction and this
    // commit sees the last run's findings with all their claims.
    timer.step("storing findings");
    store::drop_claims_of_old_versions(*db, case_id);
    remember_case_rules(*db, case_id, case_rules);
    // The inputs as the next check will see them: without those claims.
    store::record_input_fingerprint(*db, run.run_id,
                                    check_input_fingerprint(*db, case_id, loaded, *registry));
    transaction.commit();
    timer.step("fingerprint and commit");
    announce_case_rules(args.case_slug, case_rules);

    const auto tally = summarise(*db, case_id, *outcome, run, args.case_slug);
    timer.step("summary");
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
    apply_fail_on(fail_on, tally, context);
}

} // namespace

void add_check_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<CheckArgs>();
    auto* cmd = app.add_subcommand("check", "Extract new claims, run the checkers, store and "
                                            "summarise the findings");
    cmd->add_option("--case", args->case_slug, "Case to check")->required();
    add_case_rules_option(cmd, args->rules_paths);
    one_of(cmd->add_option("--fail-on", args->fail_on,
                           "Exit 1 when findings at or above this severity are open or confirmed "
                           "(dismissed ones never count)"),
           model::severity_names());
    cmd->add_option("--threads", args->threads, "Worker threads (default: one per core)");
    cmd->add_flag("--isolate", args->isolate,
                  "Run every plugin in a child process under a watchdog (default: only "
                  "plugins from outside the build's plugin folder)");
    cmd->add_flag("--rerun", args->rerun,
                  "Run the checkers even when nothing changed since the case's last run "
                  "(by default that run's findings stand)");
    cmd->callback([args, &context] { run_check(*args, context); });
}

} // namespace crosscheck::cli
