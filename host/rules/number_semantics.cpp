#include "host/rules/number_semantics.hpp"

namespace crosscheck::rules {

// Vague amounts as intervals. The low bound is the least the word literally
// allows: a plural of a unit means at least two of it ("dozens" >= 24,
// "scores" >= 40, "hundreds" >= 200, "tens of thousands" >= 20,000), the way
// Iraq Body Count records the minimum a report supports. The high bound is
// just below the amount at which a writer would reach for the next word up
// ("hundreds" stops at 999 because 1,000 would be "a thousand" or
// "thousands"). "dozens" runs to 99 rather than 119: past a hundred, English
// says "more than a hundred", not "ten dozen". "several" is 3-9 (more than
// "a couple", fewer than "a dozen"; ACLED likewise codes vague reports at a
// low figure), "a few" 2-5, "a handful" 2-6 (five fingers, plus slack).
// "several thousand" is 3,000-9,999 by the same reasoning as "several".
// Rules files replace these; see rules/qualifiers.toml [vague].
std::vector<NumberSemantics::VagueAmount> NumberSemantics::default_vague_amounts() {
    return {
        {"a couple of", 2, 3},
        {"a few", 2, 5},
        {"a handful of", 2, 6},
        {"a handful", 2, 6},
        {"several", 3, 9},
        {"dozens", 24, 99},
        {"several dozen", 36, 99},
        {"scores", 40, 99},
        {"hundreds", 200, 999},
        {"several hundred", 300, 999},
        {"a few hundred", 200, 500},
        {"thousands", 2000, 9999},
        {"several thousand", 3000, 9999},
        {"a few thousand", 2000, 5000},
        {"tens of thousands", 20000, 99999},
        {"hundreds of thousands", 200000, 999999},
        {"millions", 2e6, 9999999},
        {"tens of millions", 2e7, 99999999},
        {"hundreds of millions", 2e8, 999999999},
    };
}

} // namespace crosscheck::rules
