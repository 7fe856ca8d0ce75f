// `crosscheck findings --case SLUG [--status S] [--severity S] [--format
// text|json]`: the case's findings as a table (id, severity, status,
// metric, message), the quick way to pick the ids to `review`, in the order
// reports rank them; json is {"case", "findings": [{id, checker, metric,
// severity, status, message, cross_side[, history]}]} for scripts.
// `--status gone` lists the findings the latest check no longer produced,
// each with its review history, so that no decision is ever out of sight.

#include "host/cli/case_report.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/report/severity.hpp"
#include "host/report/wording.hpp"
#include "host/store/finding_store.hpp"
#include "host/store/review_store.hpp"
#include "host/util/utf8.hpp"

#include "host/cli/choices.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <set>

namespace crosscheck::cli {
namespace {

struct FindingsArgs {
    std::string case_slug;
    std::optional<std::string> status;
    std::optional<std::string> severity;
    ListFormat format = ListFormat::text;
};

std::string cell(std::string text, std::size_t width) {
    const auto len = utf8::length(text);
    return len < width ? text + std::string(width - len, ' ') : text;
}

constexpr std::string_view k_gone = "gone";

// The statuses --status takes: the review statuses, and "gone".
std::vector<std::string> status_choices() {
    auto out = model::review_status_names();
    out.emplace_back(k_gone);
    return out;
}

// Under a gone finding's row: each decision, and where its decisions went.
void print_history(const model::Finding& f,
                   const std::map<std::string, std::vector<model::ReviewDecision>>& reviews) {
    const auto it = reviews.find(f.id);
    if (it == reviews.end()) {
        std::cout << "    review: none\n";
        return;
    }
    for (const auto& d : it->second) {
        std::cout << "    - " << report::decision_summary(d)
                  << (d.note.empty() ? "" : ": " + report::single_line(d.note)) << '\n';
    }
    std::set<std::string> carried_to;
    for (const auto& [id, decisions] : reviews) {
        for (const auto& d : decisions) {
            if (d.carried_from == f.id) {
                carried_to.insert(id);
            }
        }
    }
    for (const auto& id : carried_to) {
        std::cout << "    decisions carried to " << id << ", the same discrepancy\n";
    }
}

// The findings as JSON; a gone finding carries its review history, as the
// table prints it under the row.
void print_json(const std::string& case_slug, const std::vector<model::Finding>& shown,
                const std::map<std::string, std::vector<model::ReviewDecision>>& reviews) {
    nlohmann::ordered_json out;
    out["case"] = case_slug;
    auto& list = out["findings"] = nlohmann::ordered_json::array();
    for (const auto& f : shown) {
        nlohmann::ordered_json row = {{"id", f.id},
                                      {"checker", f.checker},
                                      {"metric", f.metric},
                                      {"severity", model::to_string(f.severity)},
                                      {"status", model::to_string(f.status)},
                                      {"message", f.message},
                                      {"cross_side", f.cross_side}};
        if (f.state == model::FindingState::gone) {
            auto& history = row["history"] = nlohmann::ordered_json::array();
            if (const auto it = reviews.find(f.id); it != reviews.end()) {
                for (const auto& d : it->second) {
                    history.push_back({{"status", model::to_string(d.status)},
                                       {"reviewer", d.reviewer},
                                       {"decided_at", d.decided_at},
                                       {"note", d.note}});
                }
            }
        }
        list.push_back(std::move(row));
    }
    std::cout << out.dump(2) << '\n';
}

void run_findings(const FindingsArgs& args, Context& context) {
    auto db = open_store_or_throw(context);
    const auto case_id = require_checked_case(*db, args.case_slug);
    const bool gone = args.status && *args.status == k_gone;
    std::vector<model::Finding> shown;
    for (auto& f : store::list_findings(*db, case_id, gone)) {
        if (gone ? f.state != model::FindingState::gone
                 : args.status && model::to_string(f.status) != *args.status) {
            continue;
        }
        if (args.severity &&
            !model::at_or_above(
                f.severity,
                model::severity_from_string(*args.severity).value_or(model::Severity::info))) {
            continue;
        }
        shown.push_back(std::move(f));
    }
    if (args.format == ListFormat::json) {
        print_json(args.case_slug, shown,
                   gone ? store::list_reviews(*db, case_id)
                        : std::map<std::string, std::vector<model::ReviewDecision>>{});
        return;
    }
    if (shown.empty()) {
        std::cerr << "crosscheck: no findings in case '" << args.case_slug << "'"
                  << (args.status || args.severity ? " match" : "") << '\n';
        return;
    }
    std::size_t metric_width = 6;
    for (const auto& f : shown) {
        metric_width = std::max(metric_width, utf8::length(f.metric));
    }
    // On a terminal each row fits on one line; in a pipe the message is whole.
    const auto columns = terminal_columns(stdout);
    const std::size_t fixed = 12 + 2 + 8 + 2 + 9 + 2 + metric_width + 2;
    const std::size_t message_width =
        columns && *columns > fixed + 10 ? *columns - fixed : std::size_t{0};
    std::cout << cell("ID", 12) << "  " << cell("SEVERITY", 8) << "  " << cell("STATUS", 9) << "  "
              << cell("METRIC", metric_width) << "  MESSAGE\n";
    const auto reviews = gone ? store::list_reviews(*db, case_id)
                              : std::map<std::string, std::vector<model::ReviewDecision>>{};
    for (const auto& f : shown) {
        const auto message = report::single_line(f.message);
        std::cout << cell(f.id, 12) << "  " << cell(std::string(model::to_string(f.severity)), 8)
                  << "  " << cell(std::string(model::to_string(f.status)), 9) << "  "
                  << cell(f.metric, metric_width) << "  "
                  << (message_width > 0 ? truncate(message, message_width) : message) << '\n';
        if (gone) {
            print_history(f, reviews);
        }
    }
}

} // namespace

void add_findings_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<FindingsArgs>();
    auto* cmd = app.add_subcommand("findings", "List the case's findings: id, severity, review "
                                               "status, metric, message");
    cmd->add_option("--case", args->case_slug, "Case to list")->required();
    one_of(cmd->add_option("--status", args->status,
                           "Only findings with this review status; gone: those the latest check "
                           "no longer found, with their review history"),
           status_choices());
    one_of(cmd->add_option("--severity", args->severity,
                           "Only findings at or above this severity (high > medium > low > info)"),
           model::severity_names());
    add_list_format_option(cmd, args->format);
    cmd->callback([args, &context] { run_findings(*args, context); });
}

} // namespace crosscheck::cli
