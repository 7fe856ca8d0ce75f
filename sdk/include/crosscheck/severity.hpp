#pragma once
/// \file
/// Grading a finding and capping its severity: every built-in checker takes
/// a `max_severity` key (a `SeverityKey`, see config.hpp) so the rules can
/// tone a checker down per metric.
///
/// Example:
/// \code
/// constexpr crosscheck::SeverityKey k_max_severity{"max_severity", crosscheck::Severity::high,
///                                                  "highest severity this checker reports"};
/// // in the constructor:  m_cap = config.get(k_max_severity);
/// out.emit(crosscheck::cap(crosscheck::severity_for_ratio(ratio, 1.5, 3.0), m_cap), message,
///          claims);
/// \endcode

#include "crosscheck/finding_emitter.hpp"

namespace crosscheck {

/// The severity of a gap of `ratio` between figures: high from `high_ratio`,
/// medium from `medium_ratio`, low below.
[[nodiscard]] constexpr Severity severity_for_ratio(double ratio, double medium_ratio,
                                                    double high_ratio) noexcept {
    return ratio >= high_ratio     ? Severity::high
           : ratio >= medium_ratio ? Severity::medium
                                   : Severity::low;
}

/// `s`, lowered to `ceiling` when it is more severe.
[[nodiscard]] constexpr Severity cap(Severity s, Severity ceiling) noexcept {
    // The enum counts down in severity: high = 0, info = 3.
    return static_cast<int>(s) < static_cast<int>(ceiling) ? ceiling : s;
}

} // namespace crosscheck
