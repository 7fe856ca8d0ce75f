#pragma once
/// \file
/// Read-only C++ views of the claims and claim groups the host hands to a
/// checker. They wrap the C structs of `crosscheck_plugin.h` without copying:
/// a view, and every `std::string_view` it returns, is valid only during the
/// `Checker::check` call that received it. Copy into `std::string` what you keep.

#include "crosscheck/crosscheck_plugin.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck {

/// The `std::string_view` of a C ABI string.
[[nodiscard]] inline std::string_view to_string_view(const crosscheck_string& s) noexcept {
    return s.data == nullptr ? std::string_view{} : std::string_view{s.data, s.size};
}

/// What a figure is about. Empty parts were not detected.
struct ScopeView {
    std::string_view subject; ///< "armenian_side", "civilians", ...
    std::string_view event;   ///< "offensive_2023", ...
    std::string_view period;  ///< "2023", "1988-1994", ...
};

/// Where a claim comes from.
struct SourceView {
    std::int64_t id = 0;                   ///< the host's source id
    std::string_view url;                  ///< the article's address
    std::string_view outlet;               ///< "Stepanakert Observer"
    std::optional<std::int64_t> published; ///< epoch seconds, when known
    std::string_view published_iso;        ///< "2023-09-24T12:40:00Z" or ""
};

/// One figure a source states about one thing.
///
/// Example: flag figures stated as exact but far from the group's median.
/// \code
/// for (const crosscheck::ClaimView claim : group) {
///     if (claim.qualifier().empty() && claim.value() > 2 * median) { ... }
///     if (auto high = claim.high(); !high) { /* unbounded above: "more than" */ }
/// }
/// \endcode
class ClaimView {
public:
    /// Wraps `claim`, which must outlive the view.
    explicit ClaimView(const crosscheck_claim& claim) noexcept : m_claim(&claim) {}

    /// Stable id; findings name claims by it.
    [[nodiscard]] std::int64_t id() const noexcept { return m_claim->id; }
    /// The metric: "deaths", "refugees", "weapons_surrendered", ...
    [[nodiscard]] std::string_view metric() const noexcept {
        return to_string_view(m_claim->metric);
    }
    /// The figure as stated, in the metric's canonical unit.
    [[nodiscard]] double value() const noexcept { return m_claim->value; }
    /// Lower end of the interval the figure stands for; empty when unbounded.
    [[nodiscard]] std::optional<double> low() const noexcept {
        return m_claim->has_low != 0 ? std::optional<double>{m_claim->low} : std::nullopt;
    }
    /// Upper end of the interval; empty when unbounded ("more than 2,900").
    [[nodiscard]] std::optional<double> high() const noexcept {
        return m_claim->has_high != 0 ? std::optional<double>{m_claim->high} : std::nullopt;
    }
    /// True when `x` lies in [low, high] (an open side contains everything).
    [[nodiscard]] bool contains(double x) const noexcept {
        return (m_claim->has_low == 0 || x >= m_claim->low) &&
               (m_claim->has_high == 0 || x <= m_claim->high);
    }
    /// Canonical unit: "people", "t".
    [[nodiscard]] std::string_view unit() const noexcept { return to_string_view(m_claim->unit); }
    /// Qualifier name ("more_than", "approximately"); empty for an exact figure.
    [[nodiscard]] std::string_view qualifier() const noexcept {
        return to_string_view(m_claim->qualifier);
    }
    /// The figure as written: "more than 2,900".
    [[nodiscard]] std::string_view text() const noexcept { return to_string_view(m_claim->text); }
    /// Subject, event and period the figure is about.
    [[nodiscard]] ScopeView scope() const noexcept {
        return {to_string_view(m_claim->scope.subject), to_string_view(m_claim->scope.event),
                to_string_view(m_claim->scope.period)};
    }
    /// Who says so (as distinct from the outlet reporting it).
    [[nodiscard]] std::string_view attribution() const noexcept {
        return to_string_view(m_claim->attribution);
    }
    /// When the figure was true, epoch seconds; empty when unknown.
    [[nodiscard]] std::optional<std::int64_t> as_of() const noexcept {
        return m_claim->as_of.has_value != 0 ? std::optional{m_claim->as_of.epoch_seconds}
                                             : std::nullopt;
    }
    /// True when the source states when the figure held ("by Tuesday
    /// evening"); false when `as_of()` is the publication time standing in,
    /// or when the host (API 1.0) does not say. Two reports of one statement
    /// with a stated time give the same time; without one, they are
    /// published about the same moment.
    [[nodiscard]] bool as_of_stated() const noexcept {
        return m_claim->struct_size >=
                   offsetof(crosscheck_claim, as_of_stated) + sizeof(m_claim->as_of_stated) &&
               m_claim->as_of_stated != 0;
    }
    /// `as_of()` as ISO 8601 ("2023-09-24T12:40:00Z"), or "".
    [[nodiscard]] std::string_view as_of_iso() const noexcept {
        return to_string_view(m_claim->as_of.iso);
    }
    /// The source the claim comes from.
    [[nodiscard]] SourceView source() const noexcept {
        const crosscheck_source& s = m_claim->source;
        return {s.id, to_string_view(s.url), to_string_view(s.outlet),
                s.published.has_value != 0 ? std::optional{s.published.epoch_seconds}
                                           : std::nullopt,
                to_string_view(s.published.iso)};
    }
    /// The sentence quoted.
    [[nodiscard]] std::string_view quote() const noexcept { return to_string_view(m_claim->quote); }
    /// Byte offset where `text()` starts in the source.
    [[nodiscard]] std::uint64_t span_start() const noexcept { return m_claim->span_start; }
    /// Byte offset just past `text()` in the source.
    [[nodiscard]] std::uint64_t span_end() const noexcept { return m_claim->span_end; }
    /// The underlying C struct, for members newer than this view.
    [[nodiscard]] const crosscheck_claim& raw() const noexcept { return *m_claim; }

private:
    const crosscheck_claim* m_claim;
};

/// Claims about the same metric and scope: what one `check` call compares.
/// Iterable (yields `ClaimView` by value) and indexable.
///
/// Example:
/// \code
/// void check(const crosscheck::ClaimGroupView& group, crosscheck::FindingEmitter& out) override {
///     if (group.size() < 2) return;
///     for (const crosscheck::ClaimView claim : group) { ... }
/// }
/// \endcode
class ClaimGroupView {
public:
    /// Iterator over the group's claims.
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag; ///< forward only
        using value_type = ClaimView;                        ///< yields views
        using difference_type = std::ptrdiff_t;              ///< distance
        using pointer = void;                                ///< no `->`
        using reference = ClaimView;                         ///< by value

        iterator() = default;
        /// Points at `*at`.
        explicit iterator(const crosscheck_claim* const* at) noexcept : m_at(at) {}
        /// The claim pointed at.
        ClaimView operator*() const noexcept { return ClaimView{**m_at}; }
        /// Advances to the next claim.
        iterator& operator++() noexcept {
            ++m_at;
            return *this;
        }
        /// Advances, returning the previous position.
        iterator operator++(int) noexcept {
            iterator before = *this;
            ++m_at;
            return before;
        }
        /// Same position.
        friend bool operator==(const iterator& a, const iterator& b) noexcept {
            return a.m_at == b.m_at;
        }

    private:
        const crosscheck_claim* const* m_at = nullptr;
    };

    /// Wraps `group`, which must outlive the view.
    explicit ClaimGroupView(const crosscheck_claim_group& group) noexcept : m_group(&group) {}

    /// The metric all claims share.
    [[nodiscard]] std::string_view metric() const noexcept {
        return to_string_view(m_group->metric);
    }
    /// The canonical scope key ("subject|event|period") all claims share.
    [[nodiscard]] std::string_view scope_key() const noexcept {
        return to_string_view(m_group->scope_key);
    }
    /// Number of claims.
    [[nodiscard]] std::size_t size() const noexcept { return m_group->claim_count; }
    /// True when the group has no claim.
    [[nodiscard]] bool empty() const noexcept { return m_group->claim_count == 0; }
    /// The `i`-th claim; `i < size()`.
    [[nodiscard]] ClaimView operator[](std::size_t i) const noexcept {
        return ClaimView{*m_group->claims[i]};
    }
    /// The claim with id `id`, if it is in the group.
    [[nodiscard]] std::optional<ClaimView> find(std::int64_t id) const noexcept {
        for (std::size_t i = 0; i < m_group->claim_count; ++i) {
            if (m_group->claims[i]->id == id) {
                return ClaimView{*m_group->claims[i]};
            }
        }
        return std::nullopt;
    }
    /// First claim.
    [[nodiscard]] iterator begin() const noexcept { return iterator{m_group->claims}; }
    /// Past the last claim.
    [[nodiscard]] iterator end() const noexcept {
        return iterator{m_group->claims + m_group->claim_count};
    }
    /// The underlying C struct.
    [[nodiscard]] const crosscheck_claim_group& raw() const noexcept { return *m_group; }

private:
    const crosscheck_claim_group* m_group;
};

/// Orders `claims` by as-of time, claims without one first (as time 0),
/// keeping the given order among equal times: the order in which a checker
/// sweeps a group through time.
inline void sort_by_as_of(std::vector<ClaimView>& claims) {
    std::stable_sort(claims.begin(), claims.end(), [](const ClaimView& a, const ClaimView& b) {
        return a.as_of().value_or(0) < b.as_of().value_or(0);
    });
}

} // namespace crosscheck
