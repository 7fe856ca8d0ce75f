#pragma once
// Claims as news reports them, for the built-in checkers' tests: a figure,
// the outlet that printed it, who it is attributed to, and when it was
// true (minutes after Sep 25 2023 00:00 UTC), with helpers for hedged
// figures ("about", "more than", "between").

#include <crosscheck/describe.hpp>
#include <crosscheck/testing/plugin_harness.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::testing::news {

/// 2023-09-25T00:00:00Z.
inline constexpr std::int64_t k_sep25 = 1695600000;
inline constexpr std::int64_t k_hour = 3600;

/// An exact figure: `id` printed by `outlet` (whose source id is `id`
/// unless given), attributed to `attribution`, true `minutes` after Sep 25.
inline ClaimRecord report(std::int64_t id, double value, std::string outlet,
                          std::string attribution, std::int64_t minutes,
                          std::string metric = "deaths") {
    ClaimRecord c = claim(id, value, std::move(metric));
    c.text = describe::figure(value); // "12,000", as printed
    c.source_outlet = std::move(outlet);
    c.source_url = "https://news.example/" + std::to_string(id);
    c.attribution = std::move(attribution);
    c.as_of.epoch_seconds = k_sep25 + minutes * 60;
    return c;
}

/// "about N": [low, high] around the figure, qualifier "approximately".
inline ClaimRecord about(ClaimRecord c, double low, double high) {
    c.qualifier = "approximately";
    c.text = "about " + c.text;
    c.low = low;
    c.high = high;
    return c;
}

/// "more than N": unbounded above.
inline ClaimRecord more_than(ClaimRecord c) {
    c.qualifier = "more_than";
    c.text = "more than " + c.text;
    c.high.reset();
    return c;
}

/// "between A and B": qualifier "range", as the host names it.
inline ClaimRecord between(ClaimRecord c, double low, double high) {
    c.qualifier = "range";
    c.text = "between " + describe::figure(low) + " and " + describe::figure(high);
    c.low = low;
    c.high = high;
    return c;
}

/// The ids of `finding`'s claims with `role`, sorted.
inline std::vector<std::int64_t> ids_with_role(const FindingRecord& finding,
                                               const std::string& role) {
    std::vector<std::int64_t> out;
    for (const auto& c : finding.claims) {
        if (c.role == role) {
            out.push_back(c.claim_id);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<std::int64_t> questioned_ids(const FindingRecord& f) {
    return ids_with_role(f, "questioned");
}
inline std::vector<std::int64_t> reference_ids(const FindingRecord& f) {
    return ids_with_role(f, "reference");
}

} // namespace crosscheck::testing::news
