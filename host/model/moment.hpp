#pragma once
// A point in time as claims carry it: the stored ISO 8601 text, which
// reports print and checkers receive, and its seconds, which they compare.

#include "host/util/timestamp.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace crosscheck::model {

/// A time that may be unknown: `seconds` is empty when `iso` does not parse
/// (or is empty).
struct Moment {
    std::optional<std::int64_t> seconds; ///< since the epoch, UTC
    std::string iso;                     ///< "2023-09-24T12:40:00Z"

    /// The moment `iso` names; `seconds` is empty when it is not ISO 8601.
    [[nodiscard]] static Moment from_iso(std::string iso) {
        Moment m;
        if (auto parsed = parse_timestamp(iso)) {
            m.seconds = parsed->seconds;
        }
        m.iso = std::move(iso);
        return m;
    }
    /// `t`, written as the store writes it.
    [[nodiscard]] static Moment of(Timestamp t) { return {t.seconds, format_timestamp(t)}; }
};

} // namespace crosscheck::model
