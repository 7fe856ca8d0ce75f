#pragma once
// How a figure is hedged in the text: "more than 2,900", "about 120,000",
// "between 20 and 30". The scanner (host/extract) finds it, a claim carries
// it, checkers read it through the ABI as its name.

#include <optional>
#include <string_view>

namespace crosscheck::model {

/// `none` is an exact figure.
enum class Qualifier {
    none,
    more_than,     ///< "more than", "over", "above", "in excess of"
    at_least,      ///< "at least", "no less than", "no fewer than", "a minimum of"
    less_than,     ///< "fewer than", "less than", "under", "below"
    at_most,       ///< "up to", "at most", "no more than", "a maximum of"
    nearly,        ///< "nearly", "almost", "just under", "close to"
    approximately, ///< "about", "approximately", "some", "around", "roughly", "an estimated"
    range,         ///< "between 20 and 30", "20-30", "20 to 30"
    vague,         ///< "dozens", "hundreds", "tens of thousands"
};

/// The name used in JSON, the store and rules: "none", "more_than", ...
[[nodiscard]] std::string_view to_string(Qualifier q);
/// Parses a name written by `to_string`.
[[nodiscard]] std::optional<Qualifier> qualifier_from_string(std::string_view name);

} // namespace crosscheck::model
