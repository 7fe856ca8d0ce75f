// `crosscheck report --case SLUG --format json [-o FILE]`: the case's
// findings as the JSON of the contract (contract/cli-and-json.md).

#include "host/cli/commands.hpp"
#include "host/cli/store_access.hpp"
#include "host/store/claim_store.hpp"
#include "host/store/finding_store.hpp"
#include "host/util/timestamp.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace crosscheck::cli {
namespace {

struct ReportArgs {
    std::string case_slug;
    std::string format = "json";
    std::string output;
};

nlohmann::ordered_json bound(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json claim_json(const store::ClaimRow& c, const std::string& role) {
    return {
        {"id", c.id},
        {"role", role},
        {"metric", c.metric},
        {"value", c.value},
        {"low", bound(c.low)},
        {"high", bound(c.high)},
        {"unit", c.unit},
        {"text", c.text},
        {"quote", c.quote},
        {"as_of", c.as_of},
        {"qualifier", c.qualifier},
        {"attribution", c.attribution},
        {"scope", {{"subject", c.subject}, {"event", c.event}, {"period", c.period}}},
        {"source",
         {{"url", c.source_url}, {"outlet", c.source_outlet}, {"published", c.source_published}}}};
}

std::string render_json(store::Database& db, std::int64_t case_id, const std::string& slug) {
    // Claims by id, as listed (with their sources); a claim that has since
    // disappeared (its source re-extracted) falls back to its own row.
    std::map<std::int64_t, store::ClaimRow> claims;
    for (auto& c : store::list_claims(db, case_id, true)) {
        claims.emplace(c.id, std::move(c));
    }
    nlohmann::ordered_json out;
    out["case"] = slug;
    out["generated_at"] = format_timestamp(now());
    auto& list = out["findings"] = nlohmann::ordered_json::array();
    for (const auto& f : store::list_findings(db, case_id)) {
        nlohmann::ordered_json finding = {
            {"id", f.id},           {"checker", f.checker},
            {"metric", f.metric},   {"severity", f.severity},
            {"status", f.status},   {"message", f.message},
            {"scope", f.scope_key}, {"claims", nlohmann::json::array()}};
        for (const auto& ref : f.claims) {
            const auto it = claims.find(ref.claim_id);
            if (it != claims.end()) {
                finding["claims"].push_back(claim_json(it->second, ref.role));
            }
        }
        list.push_back(std::move(finding));
    }
    return out.dump(2) + "\n";
}

// Writes `text` to `path` through a temporary file and a rename, so a
// failed write never leaves half a report where a whole one was.
void write_atomically(const std::string& path, const std::string& text) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            throw CommandError("cannot write report to '" + path + "': cannot create the file");
        }
        out << text;
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw CommandError("cannot write report to '" + path + "': write failed");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        throw CommandError("cannot write report to '" + path + "'");
    }
}

} // namespace

void add_report_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<ReportArgs>();
    auto* cmd = app.add_subcommand("report", "Render the case's findings");
    cmd->add_option("--case", args->case_slug, "Case to report on")->required();
    cmd->add_option("--format", args->format, "Output format")->check(CLI::IsMember({"json"}));
    cmd->add_option("-o,--output", args->output, "Write to FILE instead of stdout");
    cmd->callback([args, &context] {
        auto db = open_store_or_throw(context);
        const auto case_id = require_case(*db, args->case_slug);
        const std::string text = render_json(*db, case_id, args->case_slug);
        if (args->output.empty()) {
            std::cout << text;
        } else {
            write_atomically(args->output, text);
        }
    });
}

} // namespace crosscheck::cli
