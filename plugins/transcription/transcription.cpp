// transcription: the same statement, copied differently. Two exact figures
// from the same attribution for the same statement cannot differ at all:
// 511 vs 512 wounded in one ministry statement is a typo or a misquote,
// however small the relative difference, and 12,000 vs 1,200 weapons from
// the same peacekeepers' briefing is an extra zero. Hedged figures ("about",
// "more than") are left to the interval checker.
//
// One statement, not one voice: two figures report the same statement only
// when the sources give the same as-of time for it, or, when a source gives
// none (its publication time stands in), when they were published within
// minutes of each other (window_minutes). A ministry that said "rose to 31"
// at 18:00 and "rose to 33" at 20:00 made two statements, and a later,
// higher running total from the same voice is growth: the cumulative and
// interval checkers judge those.

#include <crosscheck/checker.hpp>
#include <crosscheck/conflicts.hpp>
#include <crosscheck/describe.hpp>
#include <crosscheck/severity.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using crosscheck::ClaimView;
using crosscheck::Severity;
namespace describe = crosscheck::describe;

bool is_exact(const ClaimView& c) {
    return c.qualifier().empty() && c.low() && c.high() && *c.low() == *c.high();
}

constexpr crosscheck::NumberKey k_window_minutes{
    "window_minutes", 60,
    "figures without a stated as-of time (the publication time stands in) published this close "
    "report the same statement; stated times must be equal"};
constexpr crosscheck::NumberKey k_high_difference{
    "high_difference", 0.5, "relative difference from which a mismatch is high (else medium)"};
constexpr crosscheck::SeverityKey k_max_severity{"max_severity", Severity::high,
                                                 "highest severity this checker reports"};

class Transcription final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_window_minutes, k_high_difference,
                                                        k_max_severity};

    explicit Transcription(const crosscheck::Config& config)
        : m_window_seconds(config.get(k_window_minutes) * 60.0),
          m_high_difference(config.get(k_high_difference)),
          m_max_severity(config.get(k_max_severity)) {
        if (m_window_seconds < 0) {
            throw crosscheck::ConfigError(k_window_minutes.name(), "must not be negative");
        }
        if (m_high_difference <= 0) {
            throw crosscheck::ConfigError(k_high_difference.name(), "must be positive");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        // Exact, attributed figures, by attribution, in as-of order.
        std::map<std::string_view, std::vector<ClaimView>> by_attribution;
        for (const ClaimView c : group) {
            if (is_exact(c) && !c.attribution().empty()) {
                by_attribution[c.attribution()].push_back(c);
            }
        }
        for (auto& [attribution, claims] : by_attribution) {
            crosscheck::sort_by_as_of(claims);
            std::vector<crosscheck::ConflictEdge> edges;
            std::size_t first = 0;
            for (std::size_t i = 0; i < claims.size(); ++i) {
                const auto t = claims[i].as_of().value_or(0);
                while (claims[first].as_of().value_or(0) + m_window_seconds < t) {
                    ++first;
                }
                // The nearest earlier figures first, and no further than
                // k_max_compared of them nor past k_max_conflicts conflicts:
                // a briefing a thousand outlets copied within the hour
                // would otherwise cost a comparison per pair of them.
                std::size_t conflicts = 0;
                for (std::size_t j = i, seen = 0;
                     j > first && seen < k_max_compared && conflicts < k_max_conflicts; ++seen) {
                    --j;
                    if (claims[i].value() != claims[j].value() &&
                        claims[i].source().id != claims[j].source().id &&
                        same_statement(claims[i], claims[j])) {
                        edges.push_back({i, j});
                        ++conflicts;
                    }
                }
            }
            const auto above = [&](std::size_t a, std::size_t b) {
                return claims[a].value() > claims[b].value();
            };
            for (const auto& conflict : crosscheck::group_conflicts(claims.size(), edges, above)) {
                report(claims, attribution, conflict, out);
            }
        }
    }

private:
    // See check: how many earlier figures of the same voice one is compared
    // with at most, and after how many conflicts it is compared no further.
    static constexpr std::size_t k_max_compared = 1000;
    static constexpr std::size_t k_max_conflicts = 100;

    // Within the window already: two stated times must be the same time
    // (two statements an hour apart are two statements, whatever the
    // window); a figure without one is taken at its publication, which the
    // window bounds.
    static bool same_statement(const ClaimView& a, const ClaimView& b) {
        return !(a.as_of_stated() && b.as_of_stated()) || a.as_of() == b.as_of();
    }

    void report(const std::vector<ClaimView>& claims, std::string_view attribution,
                const crosscheck::ConflictGroup& conflict, crosscheck::FindingEmitter& out) const {
        std::vector<std::size_t> left = conflict.questioned, right = conflict.reference;
        if (right.empty()) {
            right.push_back(left.back());
            left.pop_back();
        }
        const ClaimView& a = claims[left.front()];
        // Each outlet beside the figure it gave: they are all on one side of
        // `a`, not necessarily equal.
        describe::FigureSample others(crosscheck::k_max_cited_references);
        std::optional<std::int64_t> first, last;
        double difference = -1;
        std::size_t furthest = right.front();
        for (auto i : right) {
            others.add(claims[i]);
            const auto t = claims[i].as_of();
            if (t && (!first || *t < *first))
                first = t;
            if (t && (!last || *t > *last))
                last = t;
            const double hi = std::max(std::fabs(a.value()), std::fabs(claims[i].value()));
            const double d = hi > 0 ? std::fabs(a.value() - claims[i].value()) / hi : 0.0;
            if (d > difference) {
                difference = d;
                furthest = i;
            }
        }
        const ClaimView& b = claims[furthest];
        Severity s = difference >= m_high_difference ? Severity::high : Severity::medium;
        s = crosscheck::cap(s, m_max_severity);
        const double bigger = std::max(a.value(), b.value());
        const double smaller = std::min(a.value(), b.value());
        const std::string apart = smaller > 0 && bigger / smaller >= 1.5
                                      ? describe::ratio(bigger / smaller) + " apart"
                                      : "off by " + describe::figure(bigger - smaller);
        const std::string message =
            describe::outlet(a) + ": " + describe::figure(a.value()) + " " +
            describe::metric(a.metric()) + " (" + describe::time(a.as_of()) + ", per " +
            std::string(attribution) + ") vs " + others.str() + " (" +
            describe::time_span(first, last) +
            ", same attribution): the same statement reported with different figures, " + apart;
        std::vector<crosscheck::FindingClaim> involved;
        for (auto i : conflict.questioned)
            involved.push_back(crosscheck::questioned(claims[i]));
        // The earliest few (crosscheck::earliest_references says why); the
        // message counts the rest.
        for (auto i : crosscheck::earliest_references(claims, conflict.reference))
            involved.push_back(crosscheck::reference(claims[i]));
        out.emit(s, message, involved);
    }

    double m_window_seconds;
    double m_high_difference;
    Severity m_max_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(Transcription, "transcription", "1.1.0",
                          "exact figures from the same attribution and statement that differ")
