// my_checker: flags a cumulative count that goes DOWN over time.
//
// Death tolls, refugee counts and aid deliveries grow; when a figure true
// "as of" a later time is below a figure true earlier, one of them is wrong
// (or the later source is stale). The later, lower figure is questioned; the
// earlier one is the reference it falls below.
#include <crosscheck/checker.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// Each configuration key once: name, default, what it does.
constexpr crosscheck::NumberKey k_min_drop{"min_drop", 0, "ignore drops smaller than this"};
constexpr crosscheck::BoolKey k_strict{"strict", false, "report drops as high instead of medium"};

class MyChecker final : public crosscheck::Checker {
public:
    static constexpr crosscheck::ConfigKeys config_keys{k_min_drop, k_strict};

    explicit MyChecker(const crosscheck::Config& config)
        : m_min_drop(config.get(k_min_drop)),
          m_severity(config.get(k_strict) ? crosscheck::Severity::high
                                          : crosscheck::Severity::medium) {
        if (m_min_drop < 0) {
            throw crosscheck::ConfigError(k_min_drop.name(), "must be >= 0");
        }
    }

    void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
        std::vector<crosscheck::ClaimView> dated;
        for (const crosscheck::ClaimView claim : group) {
            if (claim.as_of()) {
                dated.push_back(claim);
            }
        }
        std::sort(dated.begin(), dated.end(),
                  [](const auto& a, const auto& b) { return *a.as_of() < *b.as_of(); });
        for (std::size_t later = 1; later < dated.size(); ++later) {
            for (std::size_t earlier = 0; earlier < later; ++earlier) {
                const auto& old_claim = dated[earlier];
                const auto& new_claim = dated[later];
                // Compare intervals, not point values: "more than 2,900" and
                // "2,950" do not contradict each other.
                const auto new_high = new_claim.high();
                const auto old_low = old_claim.low();
                if (!new_high || !old_low || *new_high + m_min_drop >= *old_low ||
                    *new_claim.as_of() == *old_claim.as_of()) {
                    continue;
                }
                out.emit(m_severity,
                         std::string(new_claim.text()) + " as of " +
                             std::string(new_claim.as_of_iso()) + " is below " +
                             std::string(old_claim.text()) + " as of " +
                             std::string(old_claim.as_of_iso()),
                         {crosscheck::questioned(new_claim), crosscheck::reference(old_claim)});
                break; // one finding per later claim is enough
            }
        }
    }

private:
    double m_min_drop;
    crosscheck::Severity m_severity;
};

} // namespace

CROSSCHECK_EXPORT_CHECKER(MyChecker, "my_checker", "0.1.0",
                          "Flags a cumulative count that decreases over time")
