#pragma once
/// \file
/// Reading a severity from configuration and capping one: every built-in
/// checker takes a `max_severity` key so the rules can tone a checker down
/// per metric.
///
/// Example:
/// \code
/// m_cap = crosscheck::severity_config(config, "max_severity", crosscheck::Severity::high);
/// out.emit(crosscheck::cap(Severity::high, m_cap), message, claims);
/// \endcode

#include "crosscheck/config.hpp"
#include "crosscheck/finding_emitter.hpp"

#include <optional>
#include <string_view>

namespace crosscheck {

/// The severity named `name` ("high", "medium", "low", "info"), if any.
[[nodiscard]] inline std::optional<Severity> severity_from_name(std::string_view name) noexcept {
    if (name == "high")
        return Severity::high;
    if (name == "medium")
        return Severity::medium;
    if (name == "low")
        return Severity::low;
    if (name == "info")
        return Severity::info;
    return std::nullopt;
}

/// Reads `key` from `config` as a severity name; `fallback` when absent.
/// Throws ConfigError naming the key for any other string.
[[nodiscard]] inline Severity severity_config(const Config& config, std::string_view key,
                                              Severity fallback) {
    const auto name = config.get_string(key);
    if (!name) {
        return fallback;
    }
    if (const auto s = severity_from_name(*name)) {
        return *s;
    }
    throw ConfigError(key, "must be \"high\", \"medium\", \"low\" or \"info\", not \"" +
                               std::string(*name) + "\"");
}

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
