// `crosscheck claims --case SLUG [--format text|json] [--rules PATH]...`: extract
// what is new or stale, then list a case's claims.
// `crosscheck claims add --case SLUG --source URL --metric M --value V ...`:
// add a claim by hand. `crosscheck claims reject CLAIM_ID [--note TEXT]`:
// reject a wrongly extracted (or added) claim. Both survive re-extraction.

#include "host/cli/case_rules.hpp"
#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/extract/claim_extraction_job.hpp"
#include "host/model/qualifier.hpp"
#include "host/rules/rules.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/source_store.hpp"
#include "host/util/timestamp.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

namespace crosscheck::cli {
namespace {

struct ClaimsArgs {
    std::string case_slug;
    ListFormat format = ListFormat::text;
    std::vector<std::string> rules_paths;
    bool all = false; // list rejected claims too
};

struct AddArgs {
    std::string case_slug;
    std::string source_url;
    std::string metric;
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    bool unbounded_low = false;
    bool unbounded_high = false;
    std::string unit;
    std::string qualifier = "none";
    std::string quote;
    std::string text;
    std::string as_of;
    std::string subject;
    std::string event;
    std::string period;
    std::string place;
    std::string attribution;
    std::string note;
    std::vector<std::string> rules_paths;
};

struct RejectArgs {
    std::int64_t claim_id = 0;
    std::string note;
};

nlohmann::ordered_json number_json(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0) {
        return static_cast<std::int64_t>(v);
    }
    return std::isfinite(v) ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json optional_json(const std::optional<double>& v) {
    return v ? number_json(*v) : nlohmann::ordered_json(nullptr);
}

// One end of a span, or null for a hand-added claim, which has none.
nlohmann::ordered_json span_json(const std::optional<model::TextSpan>& span,
                                 std::size_t model::TextSpan::*end) {
    return span ? nlohmann::ordered_json((*span).*end) : nlohmann::ordered_json(nullptr);
}

// The extraction rules of the case's rules, or the first problem of them.
const rules::RuleSet& extraction_or_throw(const CaseRules& case_rules) {
    if (!case_rules.loaded.ok()) {
        throw CommandError(case_rules.loaded.errors.front());
    }
    return case_rules.loaded.extraction;
}

// Makes --rules the case's rules after a listing's extraction. A listing
// must not queue behind another job: when one holds the lock, the rules
// are not kept, and the warning says so.
void remember_after_listing(store::Database& db, std::int64_t case_id, std::string_view slug,
                            const CaseRules& case_rules) {
    if (!case_rules.changed) {
        return;
    }
    try {
        store::Transaction transaction(db);
        remember_case_rules(db, case_id, case_rules);
        transaction.commit();
        announce_case_rules(slug, case_rules);
    } catch (const store::DatabaseLockedError&) {
        spdlog::warn("another crosscheck job is writing to the database, so case '{}' does not "
                     "keep these rules yet; pass --rules again when it ends",
                     slug);
    }
}

nlohmann::ordered_json claim_json(const model::Claim& c) {
    nlohmann::ordered_json j = {{"id", c.id},
                                {"metric", c.metric},
                                {"value", number_json(c.value)},
                                {"low", optional_json(c.low)},
                                {"high", optional_json(c.high)},
                                {"unit", c.unit},
                                {"text", c.text},
                                {"quote", c.quote},
                                {"as_of", c.as_of.iso},
                                {"source",
                                 {{"url", c.source.url},
                                  {"outlet", c.source.outlet},
                                  {"published", c.source.published.iso}}},
                                {"qualifier", std::string(model::to_string(c.qualifier))},
                                {"scope",
                                 {{"subject", c.scope.subject},
                                  {"subset", c.scope.subset},
                                  {"event", c.scope.event},
                                  {"period", c.scope.period}}},
                                {"attribution", c.attribution},
                                {"as_of_stated", c.as_of_stated},
                                {"origin", std::string(model::to_string(c.origin))},
                                {"status", std::string(model::to_string(c.status))},
                                {"note", c.note},
                                {"key", c.key},
                                {"span",
                                 {{"start", span_json(c.cp_span, &model::TextSpan::start)},
                                  {"end", span_json(c.cp_span, &model::TextSpan::end)},
                                  {"byte_start", span_json(c.span, &model::TextSpan::start)},
                                  {"byte_end", span_json(c.span, &model::TextSpan::end)}}}};
    // A place only when one is stated: claims of rules without [places]
    // read as before.
    if (!c.scope.place.empty()) {
        j["scope"]["place"] = c.scope.place;
    }
    return j;
}

std::string format_figure(const model::Claim& c) {
    std::ostringstream out;
    out << number_json(c.value).dump() << ' ' << c.unit;
    if (c.low != c.high || !c.low) {
        out << " [" << (c.low ? number_json(*c.low).dump() : "-inf") << ", "
            << (c.high ? number_json(*c.high).dump() : "inf") << "]";
    }
    return out.str();
}

void print_text(const std::vector<model::Claim>& claims) {
    for (const auto& c : claims) {
        std::cout << '#' << c.id << "  " << c.metric << "  " << format_figure(c) << "  (\""
                  << c.text << "\")";
        if (c.status != model::ClaimStatus::active) {
            std::cout << "  [" << model::to_string(c.status) << "]";
        }
        if (c.origin == model::ClaimOrigin::manual) {
            std::cout << "  [manual]";
        }
        std::cout << "\n    as of " << c.as_of.iso << "  " << truncate(c.source.outlet, 30);
        if (!c.attribution.empty()) {
            std::cout << ", per " << c.attribution;
        }
        std::string scope;
        for (const auto& [name, value] :
             {std::pair{"subject", &c.scope.subject}, std::pair{"event", &c.scope.event},
              std::pair{"period", &c.scope.period}, std::pair{"place", &c.scope.place}}) {
            if (!value->empty()) {
                scope += std::string(scope.empty() ? "" : ", ") + name + " " + *value;
            }
        }
        if (!scope.empty()) {
            std::cout << "  {" << scope << "}";
        }
        std::cout << "\n    " << truncate(c.quote, 100) << "\n";
    }
    std::cout << claims.size() << " claim(s)\n";
}

// How long `claims` waits for another job's write lock before listing what
// is stored without extracting: long enough for a short ingest to commit.
constexpr std::chrono::milliseconds k_listing_lock_wait{500};

void run_list(const ClaimsArgs& args, Context& context) {
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, args.case_slug);
    const CaseRules case_rules = case_rules_for(*db, case_id, args.case_slug, args.rules_paths);
    const rules::RuleSet& rules = extraction_or_throw(case_rules);
    // Listing is a read: it must not queue for long behind a check that
    // holds the write lock. New sources wait for the next `claims` (or the
    // check, which extracts them itself); what is stored is listed now.
    db->set_busy_timeout(std::min(k_listing_lock_wait, store::Database::default_busy_timeout()));
    try {
        const auto counts = extract::extract_case(*db, case_id, rules);
        if (counts.extracted > 0) {
            spdlog::info("extracted {} claim(s) from {} source(s); {} source(s) up to date",
                         counts.claims, counts.extracted, counts.up_to_date);
        }
    } catch (const store::DatabaseLockedError&) {
        spdlog::warn("another crosscheck job is writing to the database, so the claims of {} "
                     "new or changed source(s) are not extracted yet and not listed; run "
                     "`claims` again when it ends",
                     extract::count_stale_sources(*db, case_id, rules));
    }
    remember_after_listing(*db, case_id, args.case_slug, case_rules);
    db->set_busy_timeout(store::Database::default_busy_timeout());
    const auto claims = store::list_claims(*db, case_id, args.all);
    if (args.format == ListFormat::json) {
        nlohmann::ordered_json out;
        out["case"] = args.case_slug;
        auto& list = out["claims"] = nlohmann::ordered_json::array();
        for (const auto& c : claims) {
            list.push_back(claim_json(c));
        }
        std::cout << out.dump(2) << '\n';
    } else {
        print_text(claims);
    }
}

void run_add(const AddArgs& args, Context& context) {
    auto db = open_store_or_throw(context);
    const auto case_id = require_case(*db, args.case_slug);
    const CaseRules case_rules = case_rules_for(*db, case_id, args.case_slug, args.rules_paths);
    const rules::RuleSet& rules = extraction_or_throw(case_rules);
    const auto* metric = rules.find_metric(args.metric);
    if (!metric) {
        std::string known;
        for (const auto& m : rules.metrics) {
            known += (known.empty() ? "" : ", ") + m.name;
        }
        throw CommandError("unknown metric '" + args.metric + "' (the rules define: " + known +
                           ")");
    }
    if (!model::qualifier_from_string(args.qualifier)) {
        throw CommandError("unknown qualifier '" + args.qualifier +
                           "' (none, more_than, at_least, less_than, at_most, nearly, "
                           "approximately, range, vague)");
    }
    std::optional<model::Source> source;
    for (auto& s : store::list_sources(*db, case_id)) {
        if (s.url == args.source_url) {
            source = std::move(s);
        }
    }
    if (!source) {
        throw CommandError("case '" + args.case_slug + "' has no source with URL '" +
                           args.source_url + "'; `crosscheck sources --case " + args.case_slug +
                           "` lists them");
    }
    model::Claim row;
    row.source.id = source->id;
    row.metric = metric->name;
    row.value = args.value;
    row.low = args.unbounded_low ? std::nullopt : args.low.has_value() ? args.low : args.value;
    row.high = args.unbounded_high ? std::nullopt : args.high.has_value() ? args.high : args.value;
    if (row.low && row.high && *row.low > *row.high) {
        throw CommandError("--low must not be above --high");
    }
    row.unit = args.unit.empty() ? metric->unit : args.unit;
    if (row.unit != metric->unit) {
        throw CommandError("metric '" + metric->name + "' is counted in '" + metric->unit +
                           "'; give the value in that unit");
    }
    row.qualifier = *model::qualifier_from_string(args.qualifier);
    row.text = args.text.empty() ? number_json(args.value).dump() : args.text;
    row.quote = args.quote;
    if (args.as_of.empty()) {
        row.as_of = model::Moment::of(source->published);
    } else {
        auto t = parse_timestamp(args.as_of);
        if (!t) {
            throw CommandError(t.error());
        }
        row.as_of = model::Moment::of(*t);
        row.as_of_stated = true;
    }
    row.scope.subject = args.subject;
    row.scope.event = args.event;
    row.scope.period = args.period;
    row.scope.place = args.place;
    row.attribution = args.attribution;
    row.note = args.note;
    row.origin = model::ClaimOrigin::manual;
    store::Transaction transaction(*db);
    const auto id = store::add_manual_claim(*db, case_id, row);
    remember_case_rules(*db, case_id, case_rules);
    transaction.commit();
    announce_case_rules(args.case_slug, case_rules);
    std::cout << "added claim #" << id << '\n';
}

void run_reject(const RejectArgs& args, Context& context) {
    auto db = open_store_or_throw(context);
    store::Transaction transaction(*db);
    auto claim = store::reject_claim(*db, args.claim_id, args.note);
    if (!claim) {
        throw CommandError(claim.error());
    }
    transaction.commit();
    std::cout << "rejected claim #" << claim->id << " (" << claim->metric << " "
              << format_figure(*claim) << ", " << claim->source.url << ")\n";
}

} // namespace

void add_claims_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<ClaimsArgs>();
    auto* cmd = app.add_subcommand(
        "claims", "Extract a case's claims from new or changed sources and list them; "
                  "'claims add' and 'claims reject' correct them by hand");
    cmd->require_subcommand(0, 1);
    cmd->add_option("--case", args->case_slug, "Case to list (required unless add/reject)");
    add_list_format_option(cmd, args->format);
    add_case_rules_option(cmd, args->rules_paths);
    cmd->add_flag("--all", args->all, "Also list rejected claims");

    auto add_args = std::make_shared<AddArgs>();
    auto* add = cmd->add_subcommand("add", "Add a claim by hand; it survives re-extraction");
    add->add_option("--case", add_args->case_slug, "Case")->required();
    add->add_option("--source", add_args->source_url, "URL of a source of the case")->required();
    add->add_option("--metric", add_args->metric, "Metric named by the rules")->required();
    add->add_option("--value", add_args->value, "The figure, in the metric's unit")->required();
    add->add_option("--low", add_args->low, "Interval low (default: the value)");
    add->add_option("--high", add_args->high, "Interval high (default: the value)");
    add->add_flag("--no-low", add_args->unbounded_low, "Unbounded below");
    add->add_flag("--no-high", add_args->unbounded_high, "Unbounded above (\"more than\")");
    add->add_option("--unit", add_args->unit, "Must be the metric's unit (default)");
    add->add_option("--qualifier", add_args->qualifier, "none, more_than, approximately, ...");
    add->add_option("--text", add_args->text, "The figure as written");
    add->add_option("--quote", add_args->quote, "The sentence stating it");
    add->add_option("--as-of", add_args->as_of, "ISO 8601 time (default: publication)");
    add->add_option("--subject", add_args->subject, "Scope: subject");
    add->add_option("--event", add_args->event, "Scope: event");
    add->add_option("--period", add_args->period, "Scope: period");
    add->add_option("--place", add_args->place,
                    "Scope: place ('derna'; 'syria+turkey' combined; 'libya/elsewhere')");
    add->add_option("--attribution", add_args->attribution, "Who states it");
    add->add_option("--note", add_args->note, "Why it was added");
    add_case_rules_option(add, add_args->rules_paths);
    add->callback([add_args, &context] { run_add(*add_args, context); });

    auto reject_args = std::make_shared<RejectArgs>();
    auto* reject = cmd->add_subcommand(
        "reject", "Reject a claim; an extracted one stays rejected after re-extraction");
    reject->add_option("CLAIM_ID", reject_args->claim_id, "Id shown by `claims`")->required();
    reject->add_option("--note", reject_args->note, "Why");
    reject->callback([reject_args, &context] { run_reject(*reject_args, context); });

    cmd->callback([cmd, args, &context] {
        if (!cmd->get_subcommands().empty()) {
            return; // add / reject ran
        }
        if (args->case_slug.empty()) {
            throw CommandError("claims: --case SLUG is required");
        }
        run_list(*args, context);
    });
}

} // namespace crosscheck::cli
