// cumulative_timeline: for running totals (refugee arrivals, a death toll),
// a figure below one already reported earlier is stale or corrected: "some
// 13,000 have now arrived" on Wednesday evening after 28,120 on Tuesday
// evening. Growth is never a finding, however fast. The rules run this
// checker only on metrics marked cumulative.

#include <crosscheck/checker.hpp>
#include <crosscheck/describe.hpp>
#include <crosscheck/severity.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using crosscheck::ClaimView;
using crosscheck::Severity;
namespace describe = crosscheck::describe;

class CumulativeTimeline final : public crosscheck::Checker {
public:
    explicit CumulativeTimeline(const crosscheck::Config& config)
        : m_tolerance(config.get_number("relative_tolerance").value_or(0.02)),
          m_min_gap_seconds(config.get_number("min_gap_hours").value_or(1.0) * 3600.0),
          m_high_ratio(config.get_number("high_ratio").value_or(3.0)),
          m_medium_ratio(config.get_number("medium_ratio").value_or(1.2)),
          m_max_severity(crosscheck::severity_config(config, "max_severity", Severity::high)) {
        if (m_tolerance < 0 || m_tolerance >= 1) {
            throw crosscheck::ConfigError("relative_tolerance", "must be in [0, 1)");
        }
        if (m_min_gap_seconds < 0) {
            throw crosscheck::ConfigError("min_gap_hours", "must not be negative");
        }
        if (!(m_medium_ratio >= 1 && m_high_ratio >= m_medium_ratio)) {
            throw crosscheck::ConfigError("medium_ratio", "need 1 <= medium_ratio <= high_ratio");
        }
    }

    static std::span<const crosscheck::ConfigKey> config_keys() {
        static constexpr crosscheck::ConfigKey k_keys[] = {
            {"relative_tolerance", CROSSCHECK_VALUE_NUMBER,
             "a later figure may fall this fraction below an earlier one (rounding)", "0.02"},
            {"min_gap_hours", CROSSCHECK_VALUE_NUMBER,
             "figures closer in time than this are left to the interval checker", "1"},
            {"medium_ratio", CROSSCHECK_VALUE_NUMBER, "drop ratio from which it is medium", "1.2"},
            {"high_ratio", CROSSCHECK_VALUE_NUMBER, "drop ratio from which it is high", "3.0"},
            {"max_severity", CROSSCHECK_VALUE_STRING, "highest severity this checker reports",
             "\"high\""},
        };
        return k_keys;
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<ClaimView> claims(group.begin(), group.end());
        std::stable_sort(claims.begin(), claims.end(), [](const ClaimView& a, const ClaimView& b) {
            return a.as_of().value_or(0) < b.as_of().value_or(0);
        });
        // One sweep: keep the earlier claim with the highest established
        // floor (its interval's low); a later claim whose whole interval lies
        // below that floor is a count that fell. O(n log n) for the sort.
        std::optional<std::size_t> floor_claim;
        std::size_t next_eligible = 0;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const auto t = claims[i].as_of().value_or(0);
            // Claims become references only once they are min_gap older.
            while (next_eligible < i &&
                   claims[next_eligible].as_of().value_or(0) + m_min_gap_seconds <= t) {
                const auto low = claims[next_eligible].low();
                if (low && (!floor_claim || *low > *claims[*floor_claim].low())) {
                    floor_claim = next_eligible;
                }
                ++next_eligible;
            }
            const auto high = claims[i].high();
            if (!floor_claim || !high) {
                continue; // nothing earlier, or "more than N": cannot have fallen
            }
            const ClaimView& earlier = claims[*floor_claim];
            const double floor = *earlier.low();
            if (*high * (1 + m_tolerance) >= floor) {
                continue;
            }
            report(claims[i], earlier, *high > 0 ? floor / *high : 1e9, out);
        }
    }

private:
    static std::string per(const ClaimView& c) {
        return c.attribution().empty() ? std::string() : ", per " + std::string(c.attribution());
    }

    void report(const ClaimView& later, const ClaimView& earlier, double ratio,
                crosscheck::FindingEmitter& out) const {
        Severity s = crosscheck::severity_for_ratio(ratio, m_medium_ratio, m_high_ratio);
        s = crosscheck::cap(s, m_max_severity);
        const std::string metric = describe::metric(later.metric());
        const std::string message =
            describe::outlet(later) + ": " + describe::stated(later) + " " + metric + " (" +
            describe::time(later.as_of()) + per(later) + ") is below the " +
            describe::stated(earlier) + " that " + describe::outlet(earlier) +
            " reported earlier (" + describe::time(earlier.as_of()) + per(earlier) +
            "): a cumulative count cannot fall; stale or corrected figure? (" +
            describe::ratio(ratio) + " lower)";
        out.emit(s, message, {crosscheck::questioned(later), crosscheck::reference(earlier)});
    }

    double m_tolerance;
    double m_min_gap_seconds;
    double m_high_ratio;
    double m_medium_ratio;
    Severity m_max_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(CumulativeTimeline, "cumulative_timeline", "1.0.0",
                          "a running total that falls below an earlier figure")
