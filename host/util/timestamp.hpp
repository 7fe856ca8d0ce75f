#pragma once
// Points in time as crosscheck stores and compares them: whole seconds since
// the Unix epoch, UTC. Publication and as-of times are parsed from ISO 8601
// and always written back as "YYYY-MM-DDTHH:MM:SSZ", so that stored strings
// sort in time order.

#include "host/util/error.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck {

/// Seconds since 1970-01-01T00:00:00Z.
struct Timestamp {
    std::int64_t seconds = 0;
    auto operator<=>(const Timestamp&) const = default;
};

/// Parses ISO 8601: "2023-09-19", "2023-09-19T20:30", "2023-09-19T20:30:00Z",
/// "2023-09-19 20:30:00+04:00", fractional seconds ignored. A time without an
/// offset is taken as UTC. The error names the text and what is wrong with it.
[[nodiscard]] Expected<Timestamp> parse_timestamp(std::string_view text);

/// "2023-09-19T20:30:00Z".
[[nodiscard]] std::string format_timestamp(Timestamp t);

/// The current time, truncated to seconds.
[[nodiscard]] Timestamp now();

} // namespace crosscheck
