#pragma once
// A publication time as a source writes it. ISO 8601 with a time and an
// offset is exact; a date alone is taken as midnight UTC and a time without
// an offset as UTC, which the ingest says (once per source file) rather
// than silently; a day/month/year date ("03/05/2024") is refused with the
// ISO form to write, since which of its numbers is the month is a guess.

#include "host/util/error.hpp"
#include "host/util/timestamp.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::ingest {

/// What a time left out and what was taken in its place.
enum class TimeAssumption {
    none,      ///< a time of day and an offset (or Z) were given
    midnight,  ///< a date alone: midnight UTC
    utc_clock, ///< a time of day without an offset: UTC
};

/// A publication time and what it assumed.
struct PublishedTime {
    Timestamp time;
    TimeAssumption assumption = TimeAssumption::none;
};

/// Parses `text` (trimmed) as ISO 8601: parse_timestamp's forms. A date
/// written day/month/year or month/day/year fails with "ambiguous date
/// '03/05/2024': write 2024-05-03 if it is 3 May, 2024-03-05 if it is
/// March 5" (one ISO form when only one reading is a date).
[[nodiscard]] Expected<PublishedTime> parse_published(std::string_view text);

/// The warning for a time that assumed something, naming how `text` was
/// read and how to write it exactly; empty for TimeAssumption::none.
/// `field` names where it was read ("published", "article:published_time").
[[nodiscard]] std::string assumption_warning(std::string_view field, std::string_view text,
                                             const PublishedTime& published);

} // namespace crosscheck::ingest
