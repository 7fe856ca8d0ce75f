#pragma once
// How grave a finding is: the one ranking, parser and name table of the
// host. Checkers rate their findings with it, the cross-side policy caps
// it, `--fail-on` compares against it and every report sorts and labels by
// it.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::model {

/// Most severe first; the order of the enumerators is the ranking.
enum class Severity { high, medium, low, info };

/// Every severity, most severe first.
inline constexpr std::array<Severity, 4> k_severities = {Severity::high, Severity::medium,
                                                         Severity::low, Severity::info};

/// "high", "medium", "low", "info".
[[nodiscard]] std::string_view to_string(Severity s);

/// The severity named `name` (as `to_string` writes it), or nullopt.
[[nodiscard]] std::optional<Severity> severity_from_string(std::string_view name);

/// 0 for high down to 3 for info.
[[nodiscard]] constexpr int rank(Severity s) {
    return static_cast<int>(s);
}

/// True when `s` is `threshold` or more severe.
[[nodiscard]] constexpr bool at_or_above(Severity s, Severity threshold) {
    return rank(s) <= rank(threshold);
}

/// The more severe of `a` and `b`.
[[nodiscard]] constexpr Severity most_severe(Severity a, Severity b) {
    return rank(a) <= rank(b) ? a : b;
}

/// "high", "medium", "low", "info", most severe first: the choices of a
/// command-line option.
[[nodiscard]] std::vector<std::string> severity_names();

/// "high|medium|low|info", for usage lines and error messages.
[[nodiscard]] std::string severity_choices();

} // namespace crosscheck::model
