#pragma once
// The test suite's well-behaved checker: flags a group whose largest figure
// is more than `max_ratio` times its smallest. Header-only so that the plugin
// call benchmark can run the very same class in-process.

#include <crosscheck/checker.hpp>

#include <string>

namespace crosscheck_test {

inline constexpr crosscheck::NumberKey k_max_ratio{"max_ratio", 2.0,
                                                   "largest tolerated high/low ratio"};
// A string, not a SeverityKey: the checker words its own error.
inline constexpr crosscheck::StringKey k_severity{"severity", "high", "severity of a finding"};
inline constexpr crosscheck::BoolKey k_verbose{"verbose", false,
                                               "log each comparison at debug level"};

class SpreadChecker final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_max_ratio, k_severity, k_verbose};

    explicit SpreadChecker(const crosscheck::Config& config)
        : m_max_ratio(config.get(k_max_ratio)), m_severity(parse_severity(config.get(k_severity))),
          m_verbose(config.get(k_verbose)) {
        if (m_max_ratio < 1.0) {
            throw crosscheck::ConfigError(k_max_ratio.name(), "must be >= 1");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        if (group.size() < 2) {
            return;
        }
        crosscheck::ClaimView lowest = group[0];
        crosscheck::ClaimView highest = group[0];
        for (const crosscheck::ClaimView claim : group) {
            if (claim.value() < lowest.value()) {
                lowest = claim;
            }
            if (claim.value() > highest.value()) {
                highest = claim;
            }
        }
        if (m_verbose) {
            out.log(crosscheck::LogLevel::debug, "compared " + std::to_string(group.size()));
        }
        if (lowest.value() > 0 && highest.value() > m_max_ratio * lowest.value()) {
            out.emit(m_severity,
                     std::string(highest.text()) + " (" + std::string(highest.source().outlet) +
                         ") vs " + std::string(lowest.text()) + " (" +
                         std::string(lowest.source().outlet) + ")",
                     {crosscheck::questioned(highest), crosscheck::questioned(lowest)});
        }
    }

private:
    static crosscheck::Severity parse_severity(std::string_view name) {
        if (name == "high") {
            return crosscheck::Severity::high;
        }
        if (name == "medium") {
            return crosscheck::Severity::medium;
        }
        if (name == "low") {
            return crosscheck::Severity::low;
        }
        if (name == "info") {
            return crosscheck::Severity::info;
        }
        throw crosscheck::ConfigError(k_severity.name(), "must be high, medium, low or info");
    }

    double m_max_ratio;
    crosscheck::Severity m_severity;
    bool m_verbose;
};

} // namespace crosscheck_test
