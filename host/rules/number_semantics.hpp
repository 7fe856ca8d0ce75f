#pragma once
// What hedges and vague amounts mean: "about N" is N widened by a
// tolerance, "more than N" is open above (or closed at N times a factor),
// "dozens" is [24, 99]. Set by the rules ([qualifiers] and [vague]); the
// number scanner (host/extract/number.hpp) applies them.

#include <string>
#include <vector>

namespace crosscheck::rules {

/// What qualifiers and vague amounts mean, set by the rules
/// ([qualifiers] and [vague] in rules/qualifiers.toml). The defaults here are
/// the shipped rules' values, so that the scanner works without a rule file.
struct NumberSemantics {
    /// "about N": [N*(1-approx), N*(1+approx)].
    double approximate_tolerance = 0.10;
    /// "nearly N": [N*(1-nearly), N].
    double nearly_tolerance = 0.10;
    /// "more than N" / "at least N": upper bound N*upper_factor, or unbounded
    /// when 0 or when N is not positive (the interval's high is then nullopt).
    double open_upper_factor = 0.0;
    /// "dozens" = [24, 99] etc.: a vague word and its interval.
    struct VagueAmount {
        std::string phrase; ///< "dozens", "hundreds", "tens of thousands", "several"
        double low = 0;
        double high = 0;
    };
    std::vector<VagueAmount> vague_amounts = default_vague_amounts();
    /// Whether a vague amount ("hundreds", "several") becomes a claim (with
    /// its interval) or is only read as a number. Off by default: a
    /// fact-checker records figures, and "hundreds died" set against "79
    /// died" is noise a reviewer dismisses.
    bool vague_claims = false;

    static std::vector<VagueAmount> default_vague_amounts();
};

} // namespace crosscheck::rules
