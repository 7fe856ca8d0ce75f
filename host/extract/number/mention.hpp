#pragma once
// What the number scanner finds: a number mention, its value and the
// interval it stands for, and what kind of number it is. Only a quantity
// can become a claim (host/extract/claim_extractor.hpp).

#include "host/model/qualifier.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::extract::number {

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
    label,       ///< part of a name or model number: "Gate 3B", "(L2)", "Core i7 860"
};

/// "quantity", "year", "clock_time" ...: the names `crosscheck numbers` prints.
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
    model::Qualifier qualifier = model::Qualifier::none;
    bool percent = false; ///< "12%", "12 percent": value is 12
    NumberKind kind = NumberKind::quantity;
};

} // namespace crosscheck::extract::number
