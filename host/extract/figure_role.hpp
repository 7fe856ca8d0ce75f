#pragma once
// Phase 2a: whether a figure counts anything, read from the phrase it heads
// before any keyword near it is looked at. News text is full of numbers
// that sit next to "killed" or "displaced" without counting people: "a
// 6.1-magnitude quake killed 300", "a 2,000-strong force", "Ali, 29, was
// rescued", "$71 million for the displaced", "26 km from the city". Each is
// told apart by one small step, in this order:
//
//   furniture page chrome around the article, not the story: "12 comments",
//             "3 View gallery", "Share 45"
//   compound  the figure is glued by a hyphen to the word after it
//             ("6.1-magnitude", "7-metre", "2,000-strong", "11-truck")
//   measure   a unit of measure or a magnitude follows it ("7.8 magnitude",
//             "26 km", "50 miles"), or a measure word leads up to it
//             ("magnitude 7.8", "measuring 6.4 and 5.8")
//   money     a currency sign or code is written before it ("$5,000",
//             "Rs 2 lakh", "US$ 3 billion") or a currency word after it
//   age       "aged 65", "age 7", or a small figure set off by commas
//             or brackets after a name ("Ali Sheikhi, 29, survived",
//             "Dinesh Yadav (31)")
//   label     a label noun names it ("Route 30", "Gate 3", "Flight 370"),
//             a capital letter is glued to it ("section 304A", "Gate 3B"),
//             or it stands between capitalised words ("South 24 Parganas")
//   individual one person the story goes on to name ("One resident,
//             Mohammad al-Dawali, said")
//   fraction  it is a share, not a count ("a quarter of the city", "more
//             than half of all deaths")
//   projection what may yet be, not what is ("could reach 20,000", "is
//             expected to rise to 250", "800,000 people may flee", "20,000
//             might have died"; "700 may have been on board" is an estimate)
//   vague     a vague amount ("hundreds", "several"): a claim only when the
//             rules ask for it ([qualifiers] vague_claims)
//   thing     it heads a noun of things that are never people ("17
//             coaches", "10 provinces", "four other ships", "a few hours",
//             "15 victims' families"), or it is the size of a sample
//             examined ("of the 830,000 buildings surveyed")
//   difference the size of a change or a gap, not a count ("47 more than
//             the day before", "jumped by more than 3,000", "an increase
//             of 500"; figure_difference.hpp)
//
// Reads: the sentence's tokens and its text. Decides: whether the figure
// may become a claim at all; which metric it counts is the later phases'.

#include "host/extract/sentence_words.hpp"

#include <cstddef>
#include <string_view>

namespace crosscheck::extract {

/// The step that found the figure to be no count, or `count`.
enum class FigureRole {
    count,
    compound,
    measure,
    money,
    age,
    label,
    thing,
    individual,
    fraction,
    vague,
    projection,
    furniture,
    difference
};

/// "count", "compound", ...: for tests and diagnostics.
[[nodiscard]] std::string_view to_string(FigureRole role);

/// The role of the figure at token `figure` of `words` (a quantity token).
[[nodiscard]] FigureRole figure_role(const SentenceWords& words, std::size_t figure);

} // namespace crosscheck::extract
