// consensus_outlier: with three or more independent sources on the same
// figure, one far from the robust centre is suspect: a population of 50,000
// against three sources giving about 120,000. The centre is the median in
// log space (figures vary by orders of magnitude, errors are multiplicative:
// an extra zero is x10 whatever the figure), the spread the median absolute
// deviation (MAD), which one wild figure cannot drag. Sources are independent
// when their outlets differ.

#include <crosscheck/checker.hpp>
#include <crosscheck/conflicts.hpp>
#include <crosscheck/describe.hpp>
#include <crosscheck/severity.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace {

using crosscheck::ClaimView;
using crosscheck::Severity;
namespace describe = crosscheck::describe;

double median(std::vector<double> v) {
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    if (v.size() % 2 == 1) {
        return v[mid];
    }
    const double upper = v[mid];
    return (upper + *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid))) / 2;
}

constexpr crosscheck::IntegerKey k_min_sources{
    "min_sources", 3, "independent outlets needed before there is a consensus"};
constexpr crosscheck::NumberKey k_threshold{
    "threshold", 3.5,
    "robust z-score (log distance / 1.4826 MAD) from which a figure is an outlier"};
constexpr crosscheck::NumberKey k_min_ratio{
    "min_ratio", 1.5, "an outlier must also be at least this far (ratio) from the centre"};
constexpr crosscheck::NumberKey k_high_ratio{"high_ratio", 3.0,
                                             "ratio from which an outlier is high"};
constexpr crosscheck::SeverityKey k_max_severity{"max_severity", Severity::high,
                                                 "highest severity this checker reports"};

class ConsensusOutlier final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_min_sources, k_threshold, k_min_ratio,
                                                        k_high_ratio, k_max_severity};

    explicit ConsensusOutlier(const crosscheck::Config& config)
        : m_min_sources(config.get(k_min_sources)), m_threshold(config.get(k_threshold)),
          m_min_ratio(config.get(k_min_ratio)), m_high_ratio(config.get(k_high_ratio)),
          m_max_severity(config.get(k_max_severity)) {
        if (m_min_sources < 3) {
            throw crosscheck::ConfigError(k_min_sources.name(),
                                          "must be at least 3: with two sources there is no "
                                          "consensus to depart from");
        }
        if (m_threshold <= 0 || m_min_ratio < 1 || m_high_ratio < m_min_ratio) {
            throw crosscheck::ConfigError(k_threshold.name(),
                                          "need threshold > 0 and 1 <= min_ratio <= high_ratio");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<ClaimView> claims;
        std::set<std::string> outlets; // counted up to m_min_sources, no further
        for (const ClaimView c : group) {
            if (c.value() > 0 && std::isfinite(c.value())) {
                claims.push_back(c);
                if (static_cast<std::int64_t>(outlets.size()) < m_min_sources) {
                    outlets.insert(describe::outlet(c));
                }
            }
        }
        if (static_cast<std::int64_t>(outlets.size()) < m_min_sources) {
            return;
        }
        std::vector<double> logs;
        logs.reserve(claims.size());
        for (const auto& c : claims) {
            logs.push_back(std::log(c.value()));
        }
        const double centre = median(logs);
        std::vector<double> deviations;
        deviations.reserve(logs.size());
        for (double l : logs) {
            deviations.push_back(std::fabs(l - centre));
        }
        const double spread = 1.4826 * median(deviations);
        const double limit = std::max(m_threshold * spread, std::log(m_min_ratio));
        const double centre_value = std::exp(centre);

        std::vector<std::size_t> outliers, consensus;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            // A hedged figure whose interval holds the centre agrees with it.
            if (std::fabs(logs[i] - centre) > limit && !claims[i].contains(centre_value)) {
                outliers.push_back(i);
            } else if (claims[i].contains(centre_value) ||
                       std::fabs(logs[i] - centre) <= std::log(m_min_ratio)) {
                consensus.push_back(i);
            }
        }
        if (outliers.empty()) {
            return;
        }
        // Outlets are named from the earliest figures only (a level's
        // consensus can be 20,000 figures); the five cited come first. The
        // same for every outlier of the group.
        const auto earliest =
            crosscheck::earliest_references(claims, consensus, crosscheck::k_scanned_for_names);
        for (const std::size_t i : outliers) {
            report(claims, i, consensus.size(), earliest, centre_value, out);
        }
    }

private:
    // `earliest`: the first of the `consensus_size` figures of the
    // consensus, earliest first.
    void report(const std::vector<ClaimView>& claims, std::size_t outlier,
                std::size_t consensus_size, const std::vector<std::size_t>& earliest, double centre,
                crosscheck::FindingEmitter& out) const {
        const ClaimView& c = claims[outlier];
        const double ratio = c.value() > centre ? c.value() / centre : centre / c.value();
        Severity s = ratio >= m_high_ratio ? Severity::high : Severity::medium;
        s = crosscheck::cap(s, m_max_severity);
        // The message counts every figure of the consensus; the finding
        // cites the earliest few (crosscheck::earliest_references says why).
        std::vector<crosscheck::FindingClaim> involved{crosscheck::questioned(c)};
        // Each outlet named beside the figure it gave.
        describe::FigureSample names(crosscheck::k_max_cited_references);
        for (std::size_t k = 0; k < earliest.size(); ++k) {
            if (k < crosscheck::k_max_cited_references) {
                involved.push_back(crosscheck::reference(claims[earliest[k]]));
            }
            names.add(claims[earliest[k]]);
        }
        if (consensus_size > earliest.size()) {
            names.mark_partial();
        }
        const std::string message =
            describe::outlet(c) + ": " + describe::stated(c) + " " + describe::metric(c.metric()) +
            " (" + describe::time(c.as_of()) + ") is " + describe::ratio(ratio) +
            (c.value() > centre ? " above" : " below") + " the consensus of " +
            std::to_string(consensus_size) + " other figure(s) around " +
            describe::figure(std::round(centre)) + " (" + names.str() + ")";
        out.emit(s, message, involved);
    }

    std::int64_t m_min_sources;
    double m_threshold;
    double m_min_ratio;
    double m_high_ratio;
    Severity m_max_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(ConsensusOutlier, "consensus_outlier", "1.0.0",
                          "one figure far from the robust centre of three or more sources")
