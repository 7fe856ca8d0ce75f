#pragma once
// A report as the formats that write as they go read it: its head (case,
// times and the counts of the findings it shows) first, then its findings
// one at a time from a `FindingSource`. `StoredFindings` reads them from the
// store a finding at a time (store::FindingCursor), so a report of 10^5
// findings is never held whole; `HeldFindings` walks a `Report` already in
// memory (the tests', and html's, which needs every claim for timelines).

#include "host/report/report_model.hpp"
#include "host/store/database.hpp"
#include "host/store/finding_tally.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace crosscheck::report {

/// The findings a report shows, counted.
struct FindingCounts {
    store::FindingTally tally;  ///< by severity and latest decision
    std::size_t cross_side = 0; ///< of them, those the cross-side policy sets apart

    [[nodiscard]] std::size_t total() const { return tally.total(); }
};

/// What a report says before its findings.
struct ReportHead {
    std::string case_slug;
    std::string generated_at; ///< ISO 8601 UTC
    std::string checked_at;   ///< when the last check run finished; "" if never
    FindingCounts counts;
};

using FindingVisitor = std::function<void(const ReportFinding&)>;

/// A report's findings, in the order `Report::findings` gives them; `each`
/// may be called more than once and walks them all every time.
class FindingSource {
public:
    FindingSource() = default;
    FindingSource(const FindingSource&) = delete;
    FindingSource& operator=(const FindingSource&) = delete;
    virtual ~FindingSource() = default;

    virtual void each(const FindingVisitor& visit) const = 0;
    /// The whole report when the findings are held in one, else nullptr.
    [[nodiscard]] virtual const Report* held() const { return nullptr; }
};

/// The findings of a report in memory.
class HeldFindings final : public FindingSource {
public:
    explicit HeldFindings(const Report& report) : m_report(report) {}
    void each(const FindingVisitor& visit) const override;
    [[nodiscard]] const Report* held() const override { return &m_report; }

private:
    const Report& m_report;
};

/// The case's active findings that `filter` keeps, read from the store a
/// finding at a time, as `load_report` and `filter_report` would give them.
class StoredFindings final : public FindingSource {
public:
    StoredFindings(store::Database& db, std::int64_t case_id, ReportFilter filter)
        : m_db(db), m_case_id(case_id), m_filter(std::move(filter)) {}
    void each(const FindingVisitor& visit) const override;

private:
    store::Database& m_db;
    std::int64_t m_case_id;
    ReportFilter m_filter;
};

/// The counts of `report`'s findings.
[[nodiscard]] FindingCounts counts_of(const Report& report);

/// The head of a report in memory.
[[nodiscard]] ReportHead head_of(const Report& report);

/// The head of the case's report showing what `filter` keeps, from cheap
/// queries (no finding is read).
[[nodiscard]] ReportHead load_head(store::Database& db, std::int64_t case_id,
                                   const std::string& case_slug, const ReportFilter& filter);

} // namespace crosscheck::report
