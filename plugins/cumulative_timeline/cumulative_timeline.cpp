// cumulative_timeline: for running totals (refugee arrivals, a death toll),
// a figure below one already reported earlier is stale or corrected: "some
// 13,000 have now arrived" on Wednesday evening after 28,120 on Tuesday
// evening. Growth is never a finding, however fast. The rules run this
// checker only on metrics marked cumulative.
//
// A figure is a floor for later ones only when the figures of the next
// support_hours bear it out (at most half fall below it); one that they do
// not, and that two or more other outlets' later figures fall below, is
// questioned itself, once, rather than every figure after it.
//
// Each voice (an attribution, or for an outlet's own figures the outlet)
// keeps its count its own way: one ministry's figure a little below
// another's is a difference in counting, not a fall. Between voices a fall
// must exceed cross_voice_tolerance; within one, relative_tolerance.

#include <crosscheck/checker.hpp>
#include <crosscheck/describe.hpp>
#include <crosscheck/severity.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using crosscheck::ClaimView;
using crosscheck::Severity;
namespace describe = crosscheck::describe;

constexpr crosscheck::NumberKey k_relative_tolerance{
    "relative_tolerance", 0.02,
    "a later figure may fall this fraction below an earlier one of the same voice (rounding)"};
// Unless the rules set it, at least relative_tolerance.
constexpr crosscheck::NumberKey k_cross_voice_tolerance{
    "cross_voice_tolerance", 0.1,
    "a later figure may fall this fraction below an earlier one of another voice (attribution, "
    "or outlet for unattributed figures): sides count differently"};
constexpr crosscheck::NumberKey k_min_gap_hours{
    "min_gap_hours", 1, "figures closer in time than this are left to the interval checker"};
constexpr crosscheck::NumberKey k_support_hours{
    "support_hours", 24,
    "a figure is a floor for later ones only if at most half of the figures in this many hours "
    "after it (at least the next two) fall below it"};
constexpr crosscheck::NumberKey k_medium_ratio{"medium_ratio", 1.2,
                                               "drop ratio from which it is medium"};
constexpr crosscheck::NumberKey k_high_ratio{"high_ratio", 3.0, "drop ratio from which it is high"};
constexpr crosscheck::SeverityKey k_max_severity{"max_severity", Severity::high,
                                                 "highest severity this checker reports"};

class CumulativeTimeline final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{
        k_relative_tolerance, k_cross_voice_tolerance, k_min_gap_hours,
        k_support_hours,      k_medium_ratio,          k_high_ratio,
        k_max_severity};

    explicit CumulativeTimeline(const crosscheck::Config& config)
        : m_tolerance(config.get(k_relative_tolerance)),
          m_cross_tolerance(
              config.find(k_cross_voice_tolerance)
                  .value_or(std::max(k_cross_voice_tolerance.fallback(), m_tolerance))),
          m_min_gap_seconds(config.get(k_min_gap_hours) * 3600.0),
          m_support_seconds(config.get(k_support_hours) * 3600.0),
          m_high_ratio(config.get(k_high_ratio)), m_medium_ratio(config.get(k_medium_ratio)),
          m_max_severity(config.get(k_max_severity)) {
        if (m_tolerance < 0 || m_tolerance >= 1) {
            throw crosscheck::ConfigError(k_relative_tolerance.name(), "must be in [0, 1)");
        }
        if (m_cross_tolerance < m_tolerance || m_cross_tolerance >= 1) {
            throw crosscheck::ConfigError(k_cross_voice_tolerance.name(),
                                          "must be in [relative_tolerance, 1)");
        }
        if (m_support_seconds < 0) {
            throw crosscheck::ConfigError(k_support_hours.name(), "must not be negative");
        }
        if (m_min_gap_seconds < 0) {
            throw crosscheck::ConfigError(k_min_gap_hours.name(), "must not be negative");
        }
        if (!(m_medium_ratio >= 1 && m_high_ratio >= m_medium_ratio)) {
            throw crosscheck::ConfigError(k_medium_ratio.name(),
                                          "need 1 <= medium_ratio <= high_ratio");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<ClaimView> claims(group.begin(), group.end());
        crosscheck::sort_by_as_of(claims);
        const std::vector<bool> supported = borne_out(claims);
        // One sweep in time order. A later claim whose whole interval lies
        // below the floor (the highest low among claims at least min_gap
        // older) is a count that fell. Only a figure that the following
        // ones bear out is a floor: one inflated figure (an extra zero),
        // even repeated by a second outlet, would otherwise be the floor of
        // every figure after it, and each of them would be flagged in its
        // place. Figures that fall only below such a lone figure are
        // set aside and judged at the end. O(n log n) for the sort.
        std::optional<std::size_t> floor_claim;              // highest borne-out floor
        std::optional<std::size_t> lone_claim;               // highest one not borne out
        std::map<std::string_view, std::size_t> voice_floor; // highest borne-out, per voice
        std::map<std::size_t, std::vector<std::size_t>> below_lone;
        std::size_t next_eligible = 0;
        const auto low_of = [&](std::size_t i) { return *claims[i].low(); };
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const auto t = claims[i].as_of().value_or(0);
            // Claims become references only once they are min_gap older.
            while (next_eligible < i &&
                   claims[next_eligible].as_of().value_or(0) + m_min_gap_seconds <= t) {
                const std::size_t e = next_eligible++;
                const auto low = claims[e].low();
                if (!low || std::isnan(*low)) {
                    continue;
                }
                auto& best = supported[e] ? floor_claim : lone_claim;
                if (!best || *low > low_of(*best)) {
                    best = e;
                }
                if (supported[e]) {
                    const auto [it, added] = voice_floor.emplace(voice(claims[e]), e);
                    if (!added && *low > low_of(it->second)) {
                        it->second = e;
                    }
                }
            }
            const auto high = claims[i].high();
            if (!high) {
                continue; // "more than N": cannot have fallen
            }
            const auto fell_below = [&](std::size_t earlier) {
                return *high * (1 + tolerance_between(claims[i], claims[earlier])) <
                       low_of(earlier);
            };
            const auto own = voice_floor.find(voice(claims[i]));
            if (own != voice_floor.end() && fell_below(own->second)) {
                report(claims[i], claims[own->second], out);
            } else if (floor_claim && fell_below(*floor_claim)) {
                report(claims[i], claims[*floor_claim], out);
            } else if (lone_claim && fell_below(*lone_claim)) {
                below_lone[*lone_claim].push_back(i);
            }
        }
        for (const auto& [lone, fell] : below_lone) {
            judge_lone_figure(claims, lone, fell, out);
        }
    }

private:
    // Whether the figures that follow each claim bear it out: of the claims
    // in the support_hours after it (at least the next two), at least half
    // do not fall below it.
    // A true running total is borne out (later figures are as high or
    // higher); an inflated one is not, even when a second outlet repeats
    // it. With fewer than two figures after it, it stands. One sweep
    // with a Fenwick tree over the ranks of the claims' highs: O(n log n).
    std::vector<bool> borne_out(const std::vector<ClaimView>& claims) const {
        constexpr double k_unbounded = std::numeric_limits<double>::infinity();
        const auto high_of = [&](std::size_t i) {
            const auto high = claims[i].high();
            return high && !std::isnan(*high) ? *high : k_unbounded;
        };
        std::vector<double> ranks(claims.size());
        for (std::size_t i = 0; i < claims.size(); ++i) {
            ranks[i] = high_of(i);
        }
        std::sort(ranks.begin(), ranks.end());
        // counts[r]: claims in the window whose high has rank r (1-based).
        std::vector<int> counts(ranks.size() + 1, 0);
        const auto rank_of = [&](double high) {
            return static_cast<std::size_t>(std::lower_bound(ranks.begin(), ranks.end(), high) -
                                            ranks.begin());
        };
        const auto add = [&](std::size_t i, int delta) {
            for (std::size_t r = rank_of(high_of(i)) + 1; r < counts.size(); r += r & (~r + 1)) {
                counts[r] += delta;
            }
        };
        const auto below = [&](double x) { // claims in the window with high < x
            int n = 0;
            for (std::size_t r = rank_of(x); r > 0; r -= r & (~r + 1)) {
                n += counts[r];
            }
            return n;
        };
        const auto time_of = [&](std::size_t i) { return claims[i].as_of().value_or(0); };
        std::vector<bool> out(claims.size(), true);
        std::size_t first = 0, next = 0;
        int in_window = 0;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            // The window: the claims strictly later than claim i, up to
            // support_hours later, and at least the next k_min_judges of
            // them however late (in a sparse case an inflated figure is
            // still judged by the figures that follow it).
            while (first < next && time_of(first) <= time_of(i)) {
                add(first++, -1);
                --in_window;
            }
            if (first == next) {
                while (next < claims.size() && time_of(next) <= time_of(i)) {
                    ++next;
                }
                first = next;
            }
            while (next < claims.size() &&
                   (static_cast<double>(time_of(next)) <=
                        static_cast<double>(time_of(i)) + m_support_seconds ||
                    in_window < k_min_judges)) {
                add(next++, +1);
                ++in_window;
            }
            const auto low = claims[i].low();
            // One later figure is one outlet's word against another's: it
            // takes two to outvote a figure.
            if (low && !std::isnan(*low) && in_window >= k_min_judges) {
                const int fell = below(*low / (1 + m_tolerance));
                out[i] = 2 * fell <= in_window;
            }
        }
        return out;
    }

    // Who keeps the count: the attribution, or the outlet for its own figures.
    static std::string_view voice(const ClaimView& c) {
        return c.attribution().empty() ? describe::outlet_key(c) : c.attribution();
    }

    double tolerance_between(const ClaimView& later, const ClaimView& earlier) const {
        return voice(later) == voice(earlier) ? m_tolerance : m_cross_tolerance;
    }

    // `fell` lie below the figure `lone`, which what followed did not bear
    // out, and above every floor that was borne out. When they come from two or more other outlets
    // the lone figure is the odd one out: one finding questions it. Otherwise it is one outlet's
    // word against another's, and the later figure is questioned as for any floor.
    void judge_lone_figure(const std::vector<ClaimView>& claims, std::size_t lone,
                           const std::vector<std::size_t>& fell,
                           crosscheck::FindingEmitter& out) const {
        std::vector<std::size_t> witnesses; // the earliest figure of each other outlet
        std::set<std::string_view> outlets{describe::outlet_key(claims[lone])};
        for (const std::size_t i : fell) {
            if (outlets.insert(describe::outlet_key(claims[i])).second) {
                witnesses.push_back(i);
            }
        }
        if (witnesses.size() < 2) {
            for (const std::size_t i : fell) {
                report(claims[i], claims[lone], out);
            }
            return;
        }
        // The finding names a few witnesses, the earliest: naming them all
        // would make a finding as long as the case, and its id (derived from
        // its claims) would change with every new article.
        if (witnesses.size() > k_max_witnesses) {
            witnesses.resize(k_max_witnesses);
        }
        report_lone(claims, lone, witnesses, fell.size(), outlets.size() - 1, out);
    }

    static std::string per(const ClaimView& c) {
        return c.attribution().empty() ? std::string() : ", per " + std::string(c.attribution());
    }

    void report_lone(const std::vector<ClaimView>& claims, std::size_t lone,
                     const std::vector<std::size_t>& witnesses, std::size_t fell_count,
                     std::size_t outlet_count, crosscheck::FindingEmitter& out) const {
        const ClaimView& spike = claims[lone];
        double highest_after = 0;
        std::vector<std::string> named;
        std::vector<crosscheck::FindingClaim> involved{crosscheck::questioned(spike)};
        for (const std::size_t i : witnesses) {
            const ClaimView& w = claims[i];
            highest_after = std::max(highest_after, w.high().value_or(0));
            named.push_back(describe::outlet(w) + " " + describe::stated(w) + " (" +
                            describe::time(w.as_of()) + ")");
            involved.push_back(crosscheck::reference(w));
        }
        const double ratio = highest_after > 0 ? *spike.low() / highest_after : 1e9;
        const Severity s = crosscheck::cap(
            crosscheck::severity_for_ratio(ratio, m_medium_ratio, m_high_ratio), m_max_severity);
        const std::string message =
            describe::outlet(spike) + ": " + describe::stated(spike) + " " +
            describe::metric(spike.metric()) + " (" + describe::time(spike.as_of()) + per(spike) +
            ") is above " + std::to_string(fell_count) + " later figure" +
            (fell_count == 1 ? "" : "s") + " from " + std::to_string(outlet_count) +
            " other outlets, which the figures after it do not bear out, such as " +
            describe::list(named) +
            "; a cumulative count cannot fall, so this one is likely inflated (" +
            describe::ratio(ratio) + " above them)";
        out.emit(s, message, involved);
    }

    void report(const ClaimView& later, const ClaimView& earlier,
                crosscheck::FindingEmitter& out) const {
        const double floor = *earlier.low();
        const double ratio = *later.high() > 0 ? floor / *later.high() : 1e9;
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
    double m_cross_tolerance;
    double m_min_gap_seconds;
    double m_support_seconds;
    double m_high_ratio;
    double m_medium_ratio;
    Severity m_max_severity;
    static constexpr std::size_t k_max_witnesses = 5;
    static constexpr int k_min_judges = 2;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(CumulativeTimeline, "cumulative_timeline", "1.0.0",
                          "a running total that falls below an earlier figure")
