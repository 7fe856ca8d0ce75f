// interval_conflict: figures for comparable times whose intervals do not
// overlap, even after widening each by the tolerance. "2,000 dead" and "more
// than 200 dead" the same morning cannot both be right (under the rules'
// reading of "more than"); "about 120,000" and "approximately 120,000"
// always can. Severity grows with the gap between the nearest bounds.

#include <crosscheck/checker.hpp>
#include <crosscheck/conflicts.hpp>
#include <crosscheck/describe.hpp>
#include <crosscheck/severity.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using crosscheck::ClaimView;
using crosscheck::Severity;
namespace describe = crosscheck::describe;

class IntervalConflict final : public crosscheck::Checker {
public:
    explicit IntervalConflict(const crosscheck::Config& config)
        : m_window_seconds(config.get_number("window_hours").value_or(24.0) * 3600.0),
          m_tolerance(config.get_number("relative_tolerance").value_or(0.05)),
          m_medium_ratio(config.get_number("medium_ratio").value_or(1.5)),
          m_high_ratio(config.get_number("high_ratio").value_or(3.0)),
          m_max_severity(crosscheck::severity_config(config, "max_severity", Severity::high)) {
        if (m_tolerance < 0 || m_tolerance >= 1) {
            throw crosscheck::ConfigError("relative_tolerance", "must be in [0, 1)");
        }
        if (m_window_seconds < 0) {
            throw crosscheck::ConfigError("window_hours", "must not be negative");
        }
        if (!(m_medium_ratio >= 1 && m_high_ratio >= m_medium_ratio)) {
            throw crosscheck::ConfigError("medium_ratio", "need 1 <= medium_ratio <= high_ratio");
        }
    }

    static std::span<const crosscheck::ConfigKey> config_keys() {
        static constexpr crosscheck::ConfigKey k_keys[] = {
            {"window_hours", CROSSCHECK_VALUE_NUMBER,
             "only figures whose as-of times are this close are compared; 0 = any time", "24"},
            {"relative_tolerance", CROSSCHECK_VALUE_NUMBER,
             "each interval is widened by this fraction before the overlap test", "0.05"},
            {"medium_ratio", CROSSCHECK_VALUE_NUMBER,
             "gap (ratio of the nearest bounds) from which a conflict is medium", "1.5"},
            {"high_ratio", CROSSCHECK_VALUE_NUMBER, "gap from which a conflict is high", "3.0"},
            {"max_severity", CROSSCHECK_VALUE_STRING, "highest severity this checker reports",
             "\"high\""},
        };
        return k_keys;
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<ClaimView> claims(group.begin(), group.end());
        // Sweep in as-of order: each claim is compared with the earlier
        // claims inside the window only.
        std::stable_sort(claims.begin(), claims.end(), [](const ClaimView& a, const ClaimView& b) {
            return a.as_of().value_or(0) < b.as_of().value_or(0);
        });
        // The claims in the window are indexed by their widened bounds, so
        // that only the ones lying wholly below or above a claim are
        // visited: O(n log n + conflicts) instead of O(n * window), which
        // matters for levels compared over the whole case (window 0).
        using Index = std::multimap<double, std::size_t>;
        Index by_high, by_low;
        std::vector<std::optional<Index::iterator>> high_at(claims.size()), low_at(claims.size());
        std::vector<crosscheck::ConflictEdge> edges;
        std::size_t first_in_window = 0;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const auto t = claims[i].as_of().value_or(0);
            if (m_window_seconds > 0) {
                while (claims[first_in_window].as_of().value_or(0) + m_window_seconds < t) {
                    if (high_at[first_in_window])
                        by_high.erase(*high_at[first_in_window]);
                    if (low_at[first_in_window])
                        by_low.erase(*low_at[first_in_window]);
                    ++first_in_window;
                }
            }
            const auto low = claims[i].low();
            const auto high = claims[i].high();
            // Candidates: earlier claims whose widened high is below this
            // one's widened low, or whose widened low is above its widened
            // high. `gap` has the last word, exactly as for every pair.
            const auto consider = [&](std::size_t j) {
                if (gap(claims[i], claims[j]) > 1.0 || gap(claims[j], claims[i]) > 1.0) {
                    edges.push_back({i, j});
                }
            };
            if (low) {
                const double lo = *low * (1 - m_tolerance);
                for (auto it = by_high.begin(); it != by_high.end() && it->first < lo; ++it) {
                    consider(it->second);
                }
            }
            if (high) {
                const double hi = *high * (1 + m_tolerance);
                for (auto it = by_low.rbegin(); it != by_low.rend() && it->first > hi; ++it) {
                    consider(it->second);
                }
            }
            // NaN bounds never conflict (see gap) and would break the order.
            if (high && !std::isnan(*high)) {
                high_at[i] = by_high.emplace(*high * (1 + m_tolerance), i);
            }
            if (low && !std::isnan(*low)) {
                low_at[i] = by_low.emplace(*low * (1 - m_tolerance), i);
            }
        }
        const auto above = [&](std::size_t a, std::size_t b) {
            return gap(claims[a], claims[b]) > 1.0;
        };
        for (const auto& conflict : crosscheck::group_conflicts(claims.size(), edges, above)) {
            report(claims, conflict, out);
        }
    }

private:
    // How far `a` lies above `b`: a's widened low over b's widened high;
    // > 1 means no overlap with a above. 0 when a cannot be above b.
    double gap(const ClaimView& a, const ClaimView& b) const {
        const auto a_low = a.low();
        const auto b_high = b.high();
        if (!a_low || !b_high) {
            return 0;
        }
        const double lo = *a_low * (1 - m_tolerance);
        const double hi = *b_high * (1 + m_tolerance);
        if (lo <= hi) {
            return 0;
        }
        return hi > 0 ? lo / hi : std::numeric_limits<double>::infinity();
    }

    // The ratio between the nearest stated bounds, for the message and the
    // severity (without the tolerance, which only decides overlap).
    static double raw_gap(const ClaimView& a, const ClaimView& b) {
        const auto ratio = [](std::optional<double> low, std::optional<double> high) {
            if (!low || !high || *low <= *high) {
                return 0.0;
            }
            return *high > 0 ? *low / *high : std::numeric_limits<double>::infinity();
        };
        return std::max(ratio(a.low(), b.high()), ratio(b.low(), a.high()));
    }

    Severity severity_for(double ratio) const {
        Severity s = crosscheck::severity_for_ratio(ratio, m_medium_ratio, m_high_ratio);
        return crosscheck::cap(s, m_max_severity);
    }

    // "(Sep 25 09:20, per Russian peacekeepers)"
    static std::string circumstances(const std::vector<ClaimView>& side) {
        std::optional<std::int64_t> first, last;
        std::vector<std::string> attributions;
        for (const auto& c : side) {
            const auto t = c.as_of();
            if (t && (!first || *t < *first))
                first = t;
            if (t && (!last || *t > *last))
                last = t;
            attributions.emplace_back(c.attribution().empty() ? "unattributed"
                                                              : std::string(c.attribution()));
        }
        return "(" + describe::time_span(first, last) + ", per " + describe::list(attributions) +
               ")";
    }

    void report(const std::vector<ClaimView>& claims, const crosscheck::ConflictGroup& conflict,
                crosscheck::FindingEmitter& out) const {
        std::vector<ClaimView> left, right;
        for (auto i : conflict.questioned)
            left.push_back(claims[i]);
        for (auto i : conflict.reference)
            right.push_back(claims[i]);
        if (right.empty()) {
            // A pair: both questioned, listed as two sides.
            right.push_back(left.back());
            left.pop_back();
        }
        double ratio = 0;
        bool same_attribution = true;
        for (const auto& a : left) {
            for (const auto& b : right) {
                ratio = std::max(ratio, raw_gap(a, b));
                same_attribution = same_attribution && a.attribution() == b.attribution();
            }
        }
        std::vector<std::string> right_outlets, right_figures;
        for (const auto& c : right) {
            right_outlets.push_back(describe::outlet(c));
            right_figures.push_back(describe::stated(c));
        }
        const std::string metric = describe::metric(left.front().metric());
        std::string message = describe::outlet(left.front()) + ": " +
                              describe::stated(left.front()) + " " + metric + " " +
                              circumstances(left) + " vs " + describe::list(right_outlets) + ": " +
                              describe::list(right_figures) + " ";
        std::string right_context = circumstances(right);
        if (same_attribution && !left.front().attribution().empty()) {
            // Say so instead of repeating the attribution.
            right_context =
                right_context.substr(0, right_context.find(", per ")) + ", same attribution)";
        }
        message += right_context + ": " +
                   (ratio > 0 && std::isfinite(ratio) ? describe::ratio(ratio) + " apart"
                                                      : std::string("no overlap"));

        std::vector<crosscheck::FindingClaim> involved;
        for (auto i : conflict.questioned)
            involved.push_back(crosscheck::questioned(claims[i]));
        for (auto i : conflict.reference)
            involved.push_back(crosscheck::reference(claims[i]));
        out.emit(severity_for(ratio), message, involved);
    }

    double m_window_seconds;
    double m_tolerance;
    double m_medium_ratio;
    double m_high_ratio;
    Severity m_max_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(IntervalConflict, "interval_conflict", "1.0.0",
                          "figures for comparable times whose intervals do not overlap")
