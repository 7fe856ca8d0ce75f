#pragma once
// Numbers as news text states them: "2,906", "1.2 million", "120k",
// "two hundred and five", "a dozen", "tens of thousands", "between 20 and
// 30", "more than 200". The scanner finds each mention, its value, and the
// interval it stands for under the rules' semantics; it knows nothing about
// metrics, units or claims (host/extract/claim_extractor.hpp does).

#include "host/model/qualifier.hpp"
#include "host/rules/number_semantics.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::extract {

/// How a figure is hedged in the text (host/model/qualifier.hpp).
using model::Qualifier;
using model::qualifier_from_string;
using model::to_string;

/// What qualifiers and vague amounts mean (host/rules/number_semantics.hpp).
using rules::NumberSemantics;

/// What a number in text is. Only `quantity` can become a claim; the rest
/// are found so that they are not misread as quantities (and so that the
/// `numbers` debugging command can show why a figure was not taken).
enum class NumberKind {
    quantity,    ///< a count or amount: "2,906", "1.2 million", "dozens"
    year,        ///< "2023", "in 1994", "2012-13"
    date,        ///< "Sept 21", "21/09/2023"
    clock_time,  ///< "8 a.m.", "20:00"
    ordinal,     ///< "21st", "second" used as an ordinal
    duration,    ///< "a six-week war", "48-hour"
    phone,       ///< "+1 202 555 0143"
    ip_address,  ///< "192.168.1.2"
    version,     ///< "v2.3.1"
    list_marker, ///< "1." or "2)" at the start of a line
};

[[nodiscard]] std::string_view to_string(NumberKind k);

/// One number found in text.
struct NumberMention {
    std::size_t start = 0; ///< byte offset of the mention, qualifier included
    std::size_t end = 0;   ///< byte offset one past its end
    std::size_t number_start =
        0;            ///< byte offset of the figure itself ("2,906" in "more than 2,906")
    std::string text; ///< the text of the mention, qualifier included
    double value = 0; ///< the stated figure (for a range, its midpoint; for vague, its low)
    std::optional<double> low;  ///< interval low; nullopt = unbounded
    std::optional<double> high; ///< interval high; nullopt = unbounded
    Qualifier qualifier = Qualifier::none;
    bool percent = false; ///< "12%", "12 percent": value is 12
    NumberKind kind = NumberKind::quantity;
};

/// Finds every number mention in `text` (valid UTF-8 or not: invalid bytes
/// are skipped), in order. Years, dates, clock times, ordinals, durations
/// used as adjectives, phone numbers, IP addresses, version numbers and list
/// markers are returned with their `kind` so callers can drop them.
/// Never throws on any input; linear time.
[[nodiscard]] std::vector<NumberMention> find_numbers(std::string_view text,
                                                      const NumberSemantics& semantics = {});

} // namespace crosscheck::extract
