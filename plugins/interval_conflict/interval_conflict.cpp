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

constexpr crosscheck::NumberKey k_window_hours{
    "window_hours", 24, "only figures whose as-of times are this close are compared; 0 = any time"};
constexpr crosscheck::NumberKey k_relative_tolerance{
    "relative_tolerance", 0.05,
    "each interval is widened by this fraction before the overlap test"};
constexpr crosscheck::NumberKey k_growth_per_day{
    "growth_per_day", 1,
    "running totals: a later figure up to this factor per day above an earlier one is growth, "
    "not a conflict (1 = a level, no growth)"};
constexpr crosscheck::NumberKey k_medium_ratio{
    "medium_ratio", 1.5, "gap (ratio of the nearest bounds) from which a conflict is medium"};
constexpr crosscheck::NumberKey k_high_ratio{"high_ratio", 3.0,
                                             "gap from which a conflict is high"};
constexpr crosscheck::SeverityKey k_max_severity{"max_severity", Severity::high,
                                                 "highest severity this checker reports"};

class IntervalConflict final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_window_hours,   k_relative_tolerance,
                                                        k_growth_per_day, k_medium_ratio,
                                                        k_high_ratio,     k_max_severity};

    explicit IntervalConflict(const crosscheck::Config& config)
        : m_window_seconds(config.get(k_window_hours) * 3600.0),
          m_tolerance(config.get(k_relative_tolerance)),
          m_growth_per_day(config.get(k_growth_per_day)),
          m_medium_ratio(config.get(k_medium_ratio)), m_high_ratio(config.get(k_high_ratio)),
          m_max_severity(config.get(k_max_severity)) {
        if (m_tolerance < 0 || m_tolerance >= 1) {
            throw crosscheck::ConfigError(k_relative_tolerance.name(), "must be in [0, 1)");
        }
        if (!(m_growth_per_day >= 1)) {
            throw crosscheck::ConfigError(k_growth_per_day.name(),
                                          "must be at least 1 (no growth)");
        }
        m_growth_rate = std::log(m_growth_per_day) / 86400.0;
        if (m_window_seconds < 0) {
            throw crosscheck::ConfigError(k_window_hours.name(), "must not be negative");
        }
        if (!(m_medium_ratio >= 1 && m_high_ratio >= m_medium_ratio)) {
            throw crosscheck::ConfigError(k_medium_ratio.name(),
                                          "need 1 <= medium_ratio <= high_ratio");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<ClaimView> claims(group.begin(), group.end());
        // Sweep in as-of order: each claim is compared with the earlier
        // claims inside the window only.
        crosscheck::sort_by_as_of(claims);
        // The claims in the window are indexed by their widened bounds, so
        // that only the ones lying wholly below or above a claim are
        // visited: O(n log n + conflicts) instead of O(n * window), which
        // matters for levels compared over the whole case (window 0).
        // Earlier claims are indexed by their high in growth-adjusted log
        // space (see `adjusted_high`), so that a running total that merely
        // grew is not even visited.
        using Index = std::multimap<double, std::size_t>;
        Index by_high, by_low;
        std::vector<std::optional<Index::iterator>> high_at(claims.size()), low_at(claims.size());
        std::vector<crosscheck::ConflictEdge> edges;
        // A figure in conflict with k_max_conflicts others is the odd one
        // out already and leaves the index: an extra zero in a month-long
        // level would otherwise meet every figure of the month, and the
        // conflicts, not the claims, would set the cost.
        std::vector<std::size_t> degree(claims.size(), 0);
        std::vector<char> saturated(claims.size(), 0);
        const auto retire = [&](std::size_t j) {
            if (high_at[j]) {
                by_high.erase(*high_at[j]);
                high_at[j].reset();
            }
            if (low_at[j]) {
                by_low.erase(*low_at[j]);
                low_at[j].reset();
            }
        };
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
            // Candidates: earlier claims lying wholly below this one (after
            // the growth allowance) or wholly above it. `gap` has the last
            // word, exactly as for every pair.
            std::vector<std::size_t> full; // earlier claims that reach the limit now
            const auto consider = [&](std::size_t j) {
                const double apart = std::max(gap(claims[i], claims[j]), gap(claims[j], claims[i]));
                if (apart > 1.0) {
                    edges.push_back({i, j, std::isfinite(apart) ? std::log(apart) : 50.0});
                    ++degree[i];
                    if (++degree[j] == k_max_conflicts) {
                        saturated[j] = 1;
                        full.push_back(j);
                    }
                }
            };
            if (low && *low > 0) {
                const double lo = adjusted_low(claims[i]);
                for (auto it = by_high.begin();
                     it != by_high.end() && it->first < lo && degree[i] < k_max_conflicts; ++it) {
                    consider(it->second);
                }
            }
            if (high) {
                const double hi = *high * (1 + m_tolerance);
                for (auto it = by_low.rbegin();
                     it != by_low.rend() && it->first > hi && degree[i] < k_max_conflicts; ++it) {
                    consider(it->second);
                }
            }
            for (const std::size_t j : full) {
                retire(j);
            }
            if (degree[i] >= k_max_conflicts) {
                saturated[i] = 1;
                continue; // never indexed: it is the odd one out
            }
            // NaN bounds never conflict (see gap) and would break the order.
            if (high && !std::isnan(*high)) {
                high_at[i] = by_high.emplace(adjusted_high(claims[i]), i);
            }
            if (low && !std::isnan(*low)) {
                low_at[i] = by_low.emplace(*low * (1 - m_tolerance), i);
            }
        }
        const auto above = [&](std::size_t a, std::size_t b) {
            return gap(claims[a], claims[b]) > 1.0;
        };
        for (const auto& conflict : crosscheck::group_conflicts(claims.size(), edges, above)) {
            report(claims, conflict, saturated, out);
        }
    }

private:
    // How far `a` lies above `b`: a's widened low over b's widened high;
    // > 1 means no overlap with a above. 0 when a cannot be above b. A
    // running total may have grown from b to a: when a is later, its low is
    // first divided by the growth allowed over the time between them.
    double gap(const ClaimView& a, const ClaimView& b) const {
        const auto a_low = a.low();
        const auto b_high = b.high();
        if (!a_low || !b_high) {
            return 0;
        }
        const double elapsed = static_cast<double>(a.as_of().value_or(0) - b.as_of().value_or(0));
        const double lo =
            *a_low * (1 - m_tolerance) / (elapsed > 0 ? std::exp(m_growth_rate * elapsed) : 1.0);
        const double hi = *b_high * (1 + m_tolerance);
        if (lo <= hi) {
            return 0;
        }
        return hi > 0 ? lo / hi : std::numeric_limits<double>::infinity();
    }

    // Bounds in log space, less the growth allowed since the start of time:
    // a later claim lies above an earlier one beyond the allowance exactly
    // when its adjusted low exceeds the other's adjusted high, because
    // ln(lo_a) - r (t_a - t_b) > ln(hi_b) <=> ln(lo_a) - r t_a > ln(hi_b) - r t_b.
    double adjusted_low(const ClaimView& c) const {
        return std::log(*c.low() * (1 - m_tolerance)) -
               m_growth_rate * static_cast<double>(c.as_of().value_or(0));
    }
    double adjusted_high(const ClaimView& c) const {
        const double hi = *c.high() * (1 + m_tolerance);
        return (hi > 0 ? std::log(hi) : -std::numeric_limits<double>::infinity()) -
               m_growth_rate * static_cast<double>(c.as_of().value_or(0));
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

    // See `saturated` in check: past this many conflicts a figure is
    // compared no further. A hundred: enough to say a figure is the odd one
    // out (the finding names five), few enough that figures disagreeing on
    // both sides of each other (ten towns' tolls no rule tells apart) cost
    // a hundred comparisons each, not a thousand.
    static constexpr std::size_t k_max_conflicts = 100;

    // "at least " when the questioned figure reached k_max_conflicts: the
    // figures it was compared with are not all it conflicts with.
    static std::string at_limit(const crosscheck::ConflictGroup& conflict,
                                const std::vector<char>& saturated) {
        return conflict.questioned.size() == 1 && saturated[conflict.questioned.front()] != 0
                   ? "at least "
                   : "";
    }

    // "(Sep 25 09:20, per Russian peacekeepers)": the whole side's span, the
    // attributions of its first figures.
    static std::string circumstances(const std::vector<ClaimView>& side) {
        std::optional<std::int64_t> first, last;
        describe::NameSample attributions(crosscheck::k_max_cited_references);
        for (std::size_t k = 0; k < side.size(); ++k) {
            const auto t = side[k].as_of();
            if (t && (!first || *t < *first))
                first = t;
            if (t && (!last || *t > *last))
                last = t;
            if (k < crosscheck::k_scanned_for_names) {
                const std::string_view attribution = side[k].attribution().empty()
                                                         ? std::string_view("unattributed")
                                                         : side[k].attribution();
                attributions.add(attribution, [&] { return std::string(attribution); });
            }
        }
        if (side.size() > crosscheck::k_scanned_for_names) {
            attributions.mark_partial();
        }
        return "(" + describe::time_span(first, last) + ", per " + attributions.str() + ")";
    }

    void report(const std::vector<ClaimView>& claims, const crosscheck::ConflictGroup& conflict,
                const std::vector<char>& saturated, crosscheck::FindingEmitter& out) const {
        std::vector<ClaimView> left, right;
        for (auto i : conflict.questioned)
            left.push_back(claims[i]);
        // Earliest first: the message names the first few, and the finding
        // cites those (crosscheck::earliest_references says why).
        const auto ordered =
            crosscheck::earliest_references(claims, conflict.reference, conflict.reference.size());
        for (auto i : ordered)
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
        // Each outlet beside the figure it gave, the earliest first; a few
        // named, the rest counted (or, past the figures scanned, said to be
        // there).
        constexpr std::size_t named = crosscheck::k_max_cited_references;
        describe::FigureSample right_side(named);
        const bool many = right.size() > crosscheck::k_scanned_for_names;
        if (many) {
            right_side.mark_partial();
        }
        for (std::size_t k = 0; k < right.size() && k < crosscheck::k_scanned_for_names; ++k) {
            right_side.add(right[k]);
        }
        const std::string metric = describe::metric(left.front().metric());
        std::string message =
            describe::outlet(left.front()) + ": " + describe::stated(left.front()) + " " + metric +
            " " + circumstances(left) + " vs " +
            (many ? at_limit(conflict, saturated) +
                        describe::figure(static_cast<double>(right.size())) + " figures, such as "
                  : std::string()) +
            right_side.str() + " ";
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
        for (std::size_t k = 0; k < ordered.size() && k < named; ++k)
            involved.push_back(crosscheck::reference(claims[ordered[k]]));
        out.emit(severity_for(ratio), message, involved);
    }

    double m_window_seconds;
    double m_tolerance;
    double m_growth_per_day;
    double m_growth_rate = 0; // ln(growth_per_day) per second
    double m_medium_ratio;
    double m_high_ratio;
    Severity m_max_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(IntervalConflict, "interval_conflict", "1.0.0",
                          "figures for comparable times whose intervals do not overlap")
