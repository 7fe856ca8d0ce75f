#include "host/report/report_stream.hpp"

#include "host/store/finding_cursor.hpp"
#include "host/util/timestamp.hpp"

#include <memory>

namespace crosscheck::report {

void HeldFindings::each(const FindingVisitor& visit) const {
    for (const auto& rf : m_report.findings) {
        visit(rf);
    }
}

void StoredFindings::each(const FindingVisitor& visit) const {
    store::FindingCursor cursor(m_db, m_case_id);
    store::DetailedFinding row;
    ReportFinding rf;
    while (cursor.next(row)) {
        if (!m_filter.keeps(row.finding)) {
            continue;
        }
        rf.claims.clear();
        for (auto& [claim, role] : row.claims) {
            rf.claims.emplace_back(std::move(claim), role);
        }
        rf.history = std::move(row.history);
        rf.finding = std::move(row.finding);
        visit(rf);
    }
}

FindingCounts counts_of(const Report& report) {
    FindingCounts counts;
    for (const auto& rf : report.findings) {
        counts.tally.add(rf.finding.severity, rf.finding.status, 1);
        counts.cross_side += rf.finding.cross_side ? 1 : 0;
    }
    return counts;
}

ReportHead head_of(const Report& report) {
    return {report.case_slug, report.generated_at, report.checked_at, counts_of(report)};
}

ReportHead load_head(store::Database& db, std::int64_t case_id, const std::string& case_slug,
                     const ReportFilter& filter) {
    ReportHead head;
    head.case_slug = case_slug;
    head.generated_at = format_timestamp(now());
    head.checked_at = last_check_time(db, case_id).value_or("");
    for (const auto& group : store::count_active_findings(db, case_id)) {
        if (!filter.keeps(group.severity, group.status)) {
            continue;
        }
        head.counts.tally.add(group.severity, group.status, group.count);
        head.counts.cross_side += group.cross_side ? group.count : 0;
    }
    return head;
}

} // namespace crosscheck::report
