#pragma once
// The claim: one figure a source states about one thing (see
// ../shared/DESIGN.md, "The claim"). The extractor makes claims, the store
// keeps them, the engine groups and hands them to checkers, reports quote
// them: one type from the text to the finding.

#include "host/model/moment.hpp"
#include "host/model/qualifier.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::model {

/// What a figure is about, so that unlike figures are never compared.
struct ClaimScope {
    std::string subject; ///< "" = the story's main population; "civilians"
    bool subset = false; ///< part of a total stated elsewhere ("ten of the dead")
    std::string event;   ///< "" = the story's main event; "explosion"
    std::string period;  ///< "" = the present; "1988-1994"
    /// "" = no place stated; "derna"; several together "syria+turkey"
    /// (a combined figure, names sorted); "libya/elsewhere" or "elsewhere"
    /// (the rest of a place, less a part stated beside it). Each is a place
    /// of its own, so a part is never compared with a combined total.
    std::string place;

    /// The subject as checkers see it: a subset is a subject of its own
    /// ("civilians/subset", or "subset" for a part of the main
    /// population), so it is never compared with the total it is part of.
    [[nodiscard]] std::string checked_subject() const;
    /// "subject|event|period" with the checked subject, then "|place" when
    /// a place is stated: the key claims are grouped by.
    [[nodiscard]] std::string key() const;

    friend bool operator==(const ClaimScope&, const ClaimScope&) = default;
};

/// The source a claim comes from, as findings and reports cite it.
struct SourceRef {
    std::int64_t id = 0; ///< the stored source version
    std::string url;
    std::string outlet;
    Moment published;
};

/// A byte or code-point range of a source's text, `end` one past the last.
struct TextSpan {
    std::size_t start = 0;
    std::size_t end = 0;

    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

enum class ClaimOrigin { extracted, manual };
enum class ClaimStatus { active, rejected };

/// "extracted", "manual".
[[nodiscard]] std::string_view to_string(ClaimOrigin o);
/// "active", "rejected".
[[nodiscard]] std::string_view to_string(ClaimStatus s);
[[nodiscard]] std::optional<ClaimOrigin> claim_origin_from_string(std::string_view name);
[[nodiscard]] std::optional<ClaimStatus> claim_status_from_string(std::string_view name);

/// One figure a source states about one metric.
struct Claim {
    // Identity, set by the store: `id` is the row (it changes when a source
    // is re-extracted), `key` survives re-extraction (findings cite it).
    std::int64_t id = 0;
    std::string key;

    // What it states.
    std::string metric;         ///< "deaths"
    double value = 0;           ///< as stated, in the metric's canonical unit
    std::optional<double> low;  ///< nullopt: unbounded below
    std::optional<double> high; ///< nullopt: unbounded above
    std::string unit;           ///< the metric's canonical unit: "people"
    Qualifier qualifier = Qualifier::none;
    std::string text; ///< the mention as written: "more than 2,900"

    // Where it is stated. Hand-added claims have no spans.
    std::string quote;                ///< the sentence, whitespace collapsed
    std::optional<TextSpan> span;     ///< bytes of `text` in the source body
    std::optional<TextSpan> cp_span;  ///< the same in code points
    std::optional<TextSpan> sentence; ///< bytes of the quoted sentence

    // What it is about, who says so, and when it held.
    ClaimScope scope;
    std::string attribution;   ///< "Armenian government"; "" = the outlet itself
    Moment as_of;              ///< when the figure was true
    bool as_of_stated = false; ///< false: the publication time stands in

    // Its life in the store.
    ClaimOrigin origin = ClaimOrigin::extracted;
    ClaimStatus status = ClaimStatus::active;
    std::string note;       ///< why it was added or rejected by hand
    std::string rules_hash; ///< the rules it was extracted under
    SourceRef source;
};

} // namespace crosscheck::model
