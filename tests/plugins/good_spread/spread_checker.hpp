#pragma once
// The test suite's well-behaved checker: flags a group whose largest figure
// is more than `max_ratio` times its smallest. Header-only so that the plugin
// call benchmark can run the very same class in-process.

#include <crosscheck/checker.hpp>

#include <string>

namespace crosscheck_test {

class SpreadChecker final : public crosscheck::Checker {
public:
    explicit SpreadChecker(const crosscheck::Config& config)
        : m_max_ratio(config.get_number("max_ratio").value_or(2.0)),
          m_severity(parse_severity(config.get_string("severity").value_or("high"))),
          m_verbose(config.get_bool("verbose").value_or(false)) {
        if (m_max_ratio < 1.0) {
            throw crosscheck::ConfigError("max_ratio", "must be >= 1");
        }
    }

    static std::span<const crosscheck::ConfigKey> config_keys() {
        static constexpr crosscheck::ConfigKey k_keys[] = {
            {"max_ratio", CROSSCHECK_VALUE_NUMBER, "largest tolerated high/low ratio", "2.0"},
            {"severity", CROSSCHECK_VALUE_STRING, "severity of a finding", "\"high\""},
            {"verbose", CROSSCHECK_VALUE_BOOL, "log each comparison at debug level", "false"},
        };
        return k_keys;
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
        throw crosscheck::ConfigError("severity", "must be high, medium, low or info");
    }

    double m_max_ratio;
    crosscheck::Severity m_severity;
    bool m_verbose;
};

} // namespace crosscheck_test
