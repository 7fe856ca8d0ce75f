// `crosscheck review FINDING_ID --status open|confirmed|dismissed [--note
// TEXT] [--reviewer NAME] [--case SLUG]`: records a reviewer's decision on a
// finding, named by its id or a unique prefix of it (as git names commits).
// Decisions are appended (the finding's status is the latest, its history
// all of them) and hang off the finding's stable id, so they survive later
// `check` runs (and follow the discrepancy when its id changes: see
// store::persist_run).

#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/store/finding_store.hpp"
#include "host/store/review_store.hpp"
#include "host/store/source_store.hpp"
#include "host/util/spelling.hpp"
#include "host/util/timestamp.hpp"
#include "host/util/utf8.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>

namespace crosscheck::cli {
namespace {

struct ReviewArgs {
    std::string finding_id;
    std::string status;
    std::string note;
    std::optional<std::string> reviewer;
    std::optional<std::string> case_slug;
};

// --reviewer, else the login name ($USER), else "unknown": every decision
// says who made it without making the common case type a name.
std::string reviewer_name(const std::optional<std::string>& given) {
    if (given && !given->empty()) {
        return *given;
    }
    if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') {
        return user;
    }
    return "unknown";
}

void require_text(std::string_view what, std::string_view text) {
    if (const auto bad = utf8::first_invalid(text)) {
        throw CommandError(std::string(what) + " is not valid UTF-8 (at byte " +
                           std::to_string(*bad) + ")");
    }
}

std::string slug_of(store::Database& db, std::int64_t case_id) {
    for (const auto& c : store::list_cases(db)) {
        if (c.id == case_id) {
            return c.slug;
        }
    }
    return std::to_string(case_id);
}

// A prefix shorter than this names too many findings to be worth typing
// (git's own minimum).
constexpr std::size_t k_min_prefix = 4;

// The finding `args.finding_id` names, by id or unique prefix, and its case:
// in --case when given, else in the only case that has it.
store::FindingMatch find_finding(store::Database& db, const ReviewArgs& args) {
    const auto case_id = args.case_slug ? std::optional(require_case(db, *args.case_slug))
                                        : std::optional<std::int64_t>();
    const auto matches = store::findings_matching(db, args.finding_id, case_id);
    const bool exact = !matches.empty() && matches.front().id == args.finding_id;
    if (matches.empty()) {
        if (args.case_slug) {
            throw CommandError("no finding '" + args.finding_id + "' in case '" + *args.case_slug +
                               "' (list them with `crosscheck findings --case " + *args.case_slug +
                               "`)");
        }
        throw CommandError("no finding '" + args.finding_id + "' in " + db.path().string() +
                           " (list a case's findings with `crosscheck findings --case SLUG`)");
    }
    if (!exact && args.finding_id.size() < k_min_prefix) {
        throw CommandError("finding id prefix '" + args.finding_id + "' is too short: give at " +
                           "least " + std::to_string(k_min_prefix) + " characters of the id");
    }
    std::vector<const store::FindingMatch*> ids; // one per distinct id
    for (const auto& m : matches) {
        if (ids.empty() || ids.back()->id != m.id) {
            ids.push_back(&m);
        }
    }
    if (ids.size() > 1) {
        std::string candidates;
        for (const auto* m : ids) {
            candidates += "\n  " + m->id + "  " + m->metric + ": " + truncate(m->message, 100);
        }
        throw CommandError("finding id prefix '" + args.finding_id +
                           "' is ambiguous: " + std::to_string(ids.size()) +
                           " findings start with it; give more of " + "the id:" + candidates);
    }
    if (matches.size() > 1) {
        std::string names;
        for (const auto& m : matches) {
            names += (names.empty() ? "" : ", ") + slug_of(db, m.case_id);
        }
        throw CommandError("finding '" + matches.front().id + "' is in " +
                           std::to_string(matches.size()) + " cases (" + names +
                           "): say which with --case SLUG");
    }
    return matches.front();
}

void run_review(const ReviewArgs& args, Context& context) {
    const auto status = model::review_status_from_string(args.status);
    if (!status) {
        std::string message =
            "unknown review status '" + args.status + "': expected open, confirmed or dismissed";
        constexpr std::array<std::string_view, 3> k_statuses = {"open", "confirmed", "dismissed"};
        throw CommandError(message + did_you_mean(args.status, k_statuses));
    }
    require_text("--note", args.note);
    const std::string reviewer = reviewer_name(args.reviewer);
    require_text("--reviewer", reviewer);

    auto db = open_store_or_throw(context);
    const store::FindingMatch found = find_finding(*db, args);
    const auto case_id = found.case_id;
    std::string previous = "open";
    for (const auto& f : store::list_findings(*db, case_id, true)) {
        if (f.id == found.id) {
            previous = std::string(model::to_string(f.status));
        }
    }
    store::Transaction transaction(*db);
    const auto decision = store::record_review(*db, case_id, found.id, *status, args.note, reviewer,
                                               format_timestamp(now()));
    if (!decision) {
        throw CommandError(decision.error());
    }
    transaction.commit();
    if (found.state == model::FindingState::gone) {
        spdlog::warn("finding {} is no longer found by the latest check; the decision is "
                     "recorded and applies again if a check finds it",
                     found.id);
    }
    std::cout << found.id << " (case " << slug_of(*db, case_id) << "): " << previous << " -> "
              << model::to_string(decision->status) << ", by " << decision->reviewer << " at "
              << decision->decided_at << '\n';
}

} // namespace

void add_review_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<ReviewArgs>();
    auto* cmd = app.add_subcommand(
        "review", "Record a reviewer's decision on a finding (kept across check runs; every "
                  "decision is kept as history)");
    cmd->add_option("finding_id", args->finding_id,
                    "The finding's id (from `findings` or a report), or a unique prefix of it "
                    "(at least 4 characters)")
        ->required()
        ->type_name("FINDING_ID");
    cmd->add_option("--status", args->status, "open, confirmed or dismissed")
        ->required()
        ->type_name("STATUS");
    cmd->add_option("--note", args->note, "Why: shown with the decision in every report")
        ->type_name("TEXT");
    cmd->add_option("--reviewer", args->reviewer, "Who decides (default: $USER, else \"unknown\")")
        ->type_name("NAME");
    cmd->add_option("--case", args->case_slug,
                    "The finding's case; needed only when the same finding is in several cases")
        ->type_name("SLUG");
    cmd->callback([args, &context] { run_review(*args, context); });
}

} // namespace crosscheck::cli
