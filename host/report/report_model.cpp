#include "host/report/report_model.hpp"

#include "host/util/timestamp.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace crosscheck::report {

std::optional<std::string> last_check_time(store::Database& db, std::int64_t case_id) {
    store::Statement query(
        db, "SELECT finished_at FROM check_runs WHERE case_id = ?1 ORDER BY id DESC LIMIT 1");
    query.bind(1, case_id);
    if (!query.step()) {
        return std::nullopt;
    }
    return query.column_text(0);
}

Report load_report(store::Database& db, std::int64_t case_id, const std::string& case_slug) {
    Report report;
    report.case_slug = case_slug;
    report.generated_at = format_timestamp(now());
    report.checked_at = last_check_time(db, case_id).value_or("");

    // Rejected claims are looked up too: a finding stored before a claim
    // was rejected still names it until the next check. Each claim is held
    // once, by `report.claims` or `other_cited`; findings share it.
    auto others = std::make_shared<std::vector<model::Claim>>();
    for (auto& c : store::list_claims(db, case_id, true)) {
        (c.status == model::ClaimStatus::active ? report.claims : *others).push_back(std::move(c));
    }
    std::unordered_map<std::int64_t, const model::Claim*> by_id;
    for (const auto& c : report.claims) {
        by_id.emplace(c.id, &c);
    }
    for (const auto& c : *others) {
        by_id.emplace(c.id, &c);
    }
    const std::size_t listed = others->size();
    auto cited = store::list_cited_claims(db, case_id); // older versions' among them
    others->reserve(listed + cited.size());             // no move once pointed into
    for (auto& c : cited) {
        if (!by_id.contains(c.id)) {
            others->push_back(std::move(c));
            by_id.emplace(others->back().id, &others->back());
        }
    }
    report.other_cited = others;
    // The report's claims stay where they are (a vector's move keeps its
    // elements), so findings point into them; no owner is needed but the
    // report itself, which outlives its findings' use.
    const auto shared = [&](const model::Claim* c) {
        return std::shared_ptr<const model::Claim>(std::shared_ptr<const void>(), c);
    };
    auto reviews = store::list_reviews(db, case_id);
    for (auto& f : store::list_findings(db, case_id)) {
        ReportFinding rf;
        for (const auto& ref : f.claims) {
            if (const auto it = by_id.find(ref.claim_id); it != by_id.end()) {
                rf.claims.emplace_back(shared(it->second), ref.role);
            }
        }
        if (auto it = reviews.find(f.id); it != reviews.end()) {
            rf.history = std::move(it->second);
        }
        rf.finding = std::move(f);
        report.findings.push_back(std::move(rf));
    }
    return report;
}

bool ReportFilter::keeps(const model::Finding& finding) const {
    return keeps(finding.severity, finding.status);
}

bool ReportFilter::keeps(model::Severity severity, model::ReviewStatus status) const {
    if (at_least && !model::at_or_above(severity, *at_least)) {
        return false;
    }
    return statuses.empty() ||
           std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

void filter_report(Report& report, const ReportFilter& filter) {
    if (filter.empty()) {
        return;
    }
    std::erase_if(report.findings,
                  [&](const ReportFinding& rf) { return !filter.keeps(rf.finding); });
}

} // namespace crosscheck::report
