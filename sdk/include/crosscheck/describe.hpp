#pragma once
/// \file
/// Wording helpers for findings' messages, so that every checker explains a
/// discrepancy the same way a fact-checker would read it: figures with
/// thousands separators ("12,000"), times as "Sep 25 09:20" (UTC), ratios as
/// "10x", lists of outlets as "Northern Ledger and Atlas Press Agency", and
/// each outlet beside the figure it stated ("Northern Ledger and Atlas Press
/// Agency: 1,200; Harbor Times: 1,250", `FigureSample`), never a list of
/// outlets before one figure that only some of them gave. Header-only.
///
/// Example:
/// \code
/// std::string msg = crosscheck::describe::figure(12000) + " vs " +
///                   crosscheck::describe::figure(1200) + ": " +
///                   crosscheck::describe::ratio(10.0) + " apart";
/// // "12,000 vs 1,200: 10x apart"
/// \endcode

#include "crosscheck/claim_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

namespace crosscheck::describe {

/// `value` with thousands separators and at most two decimals, trailing zeros
/// dropped: 12000 -> "12,000", 2.5 -> "2.5", 1e15 -> "1,000,000,000,000,000".
inline std::string figure(double value) {
    if (!std::isfinite(value)) {
        return value > 0 ? "unbounded" : "-unbounded";
    }
    const bool negative = value < 0;
    const double magnitude = std::fabs(value);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", magnitude);
    std::string digits(buf);
    std::string fraction;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
        while (!fraction.empty() && fraction.back() == '0') {
            fraction.pop_back();
        }
    }
    std::string out;
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, lead);
    for (std::size_t i = lead; i < digits.size(); i += 3) {
        out += ',';
        out.append(digits, i, 3);
    }
    if (!fraction.empty()) {
        out += '.' + fraction;
    }
    return negative ? "-" + out : out;
}

/// "Sep 25 09:20" (UTC) for epoch seconds; "unknown time" when empty.
inline std::string time(std::optional<std::int64_t> epoch_seconds) {
    if (!epoch_seconds) {
        return "unknown time";
    }
    const std::time_t t = static_cast<std::time_t>(*epoch_seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%b %d %H:%M", &tm);
    return buf;
}

/// One time or a span: "Sep 25 07:55-08:40" within a day, else
/// "Sep 21 16:05 - Sep 24 10:15".
inline std::string time_span(std::optional<std::int64_t> first, std::optional<std::int64_t> last) {
    if (!first || !last || *first == *last) {
        return time(first ? first : last);
    }
    const std::string a = time(first), b = time(last);
    // Same calendar day: print the day once.
    if (a.substr(0, 6) == b.substr(0, 6)) {
        return a + "-" + b.substr(7);
    }
    return a + " - " + b;
}

/// How far apart two positive figures are: "10x", "1.3x", "2.5%" below 1.1x; "no overlap" when
/// a figure is zero.
inline std::string ratio(double r) {
    if (!std::isfinite(r) || r <= 0) {
        return "no overlap";
    }
    char buf[32];
    if (r < 1.095) {
        // "1.0x" says nothing; a small gap reads better as a percentage.
        std::snprintf(buf, sizeof buf, "%.1f%%", (r - 1) * 100);
    } else if (r >= 9.95) {
        std::snprintf(buf, sizeof buf, "%.0fx", r);
    } else {
        std::snprintf(buf, sizeof buf, "%.1fx", r);
    }
    return buf;
}

/// "A", "A and B", "A, B and C"; duplicates are listed once.
inline std::string list(const std::vector<std::string>& names) {
    std::vector<std::string> unique;
    for (const auto& n : names) {
        bool seen = false;
        for (const auto& u : unique) {
            seen = seen || u == n;
        }
        if (!seen) {
            unique.push_back(n);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < unique.size(); ++i) {
        if (i > 0) {
            out += i + 1 == unique.size() ? " and " : ", ";
        }
        out += unique[i];
    }
    return out;
}

/// The distinct names among many, counted, with the first `limit` kept for
/// the message: "A, B, C and 17 more". A name is built only when it is
/// kept, so naming a few of 20,000 figures costs 20,000 lookups, not
/// 20,000 strings.
///
/// \code
/// crosscheck::describe::NameSample outlets(5);
/// for (const ClaimView c : group) {
///     outlets.add(c.source().outlet, [&] { return crosscheck::describe::outlet(c); });
/// }
/// std::string named = outlets.str(); // "A, B, C, D, E and 15 more"
/// \endcode
class NameSample {
public:
    explicit NameSample(std::size_t limit) : m_limit(limit) {}

    /// Counts `key` once; `make()` builds its name if it is among the first
    /// `limit` distinct keys.
    template <class Make>
    void add(std::string_view key, Make&& make) {
        if (m_seen.find(key) != m_seen.end()) {
            return;
        }
        m_seen.emplace(key);
        if (m_kept.size() < m_limit) {
            m_kept.push_back(make());
        }
    }

    /// Says that not every name was added (a checker looked at the first
    /// hundred of 20,000 figures): `str` ends "and others", not a count.
    void mark_partial() { m_partial = true; }

    /// How many distinct keys were added.
    [[nodiscard]] std::size_t count() const { return m_seen.size(); }

    /// "A, B and C", or "A, B, C and 17 more" past the limit, or "A, B, C
    /// and others" when partial.
    [[nodiscard]] std::string str() const {
        if (!m_partial && m_seen.size() <= m_kept.size()) {
            return list(m_kept);
        }
        std::string out;
        for (const auto& n : m_kept) {
            out += (out.empty() ? "" : ", ") + n;
        }
        return out + (m_partial
                          ? " and others"
                          : " and " + std::to_string(m_seen.size() - m_kept.size()) + " more");
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::size_t m_limit;
    bool m_partial = false;
    std::vector<std::string> m_kept;
    std::unordered_set<std::string, Hash, std::equal_to<>> m_seen;
};

/// Who published `claim`, as a view into the claim: its outlet, or its URL
/// when the outlet is unknown. A key for telling outlets apart without
/// building a string per claim; `outlet` is the same as a string.
inline std::string_view outlet_key(const ClaimView& claim) {
    const auto source = claim.source();
    return source.outlet.empty() ? source.url : source.outlet;
}

/// Who published `claim`: its outlet, or its URL when the outlet is unknown.
inline std::string outlet(const ClaimView& claim) {
    return std::string(outlet_key(claim));
}

/// The figure as the source wrote it ("more than 2,900"), or the value
/// formatted when the text is unknown.
inline std::string stated(const ClaimView& claim) {
    return claim.text().empty() ? figure(claim.value()) : std::string(claim.text());
}

/// Outlets, each beside the figure it stated, for the side of a message
/// that lists several: "Atlas Press Agency and Northern Ledger: 1,200;
/// Harbor Times: 1,250". Outlets that stated the same figure share it; an
/// outlet that stated two figures is named with each. At most `limit`
/// (outlet, figure) pairs are named, the rest counted ("... and 15 more"),
/// and a pair's strings are built only when it is named, so describing a
/// side of 20,000 figures costs 20,000 lookups, not 20,000 strings. It keeps
/// views into the claims added, so it lives within one `Checker::check`.
///
/// \code
/// crosscheck::describe::FigureSample side(5);
/// for (const ClaimView c : references) {
///     side.add(c);
/// }
/// std::string named = side.str(); // "Atlas Press Agency and Northern Ledger: 1,200"
/// \endcode
class FigureSample {
public:
    explicit FigureSample(std::size_t limit) : m_limit(limit) {}

    /// Counts `claim`'s (outlet, figure as stated) once.
    void add(const ClaimView& claim) {
        // The figure's key is its text as written, else its value: no string
        // is built for a pair already counted, or past the limit.
        const std::string_view text = claim.text();
        if (!m_seen.emplace(outlet_key(claim), text, text.empty() ? claim.value() : 0.0).second ||
            m_named == m_limit) {
            return;
        }
        ++m_named;
        const std::string shown = stated(claim);
        auto at = std::find_if(m_figures.begin(), m_figures.end(),
                               [&](const Figure& f) { return f.shown == shown; });
        if (at == m_figures.end()) {
            at = m_figures.insert(m_figures.end(), Figure{shown, {}});
        }
        at->outlets.push_back(outlet(claim));
    }

    /// Says that not every figure was added: `str` ends "and others".
    void mark_partial() { m_partial = true; }

    /// How many distinct (outlet, figure) pairs were added.
    [[nodiscard]] std::size_t count() const { return m_seen.size(); }

    /// "A and B: 1,200; C: 1,250", then " and N more" past the limit, or
    /// " and others" when partial.
    [[nodiscard]] std::string str() const {
        std::string out;
        for (const auto& f : m_figures) {
            out += (out.empty() ? "" : "; ") + list(f.outlets) + ": " + f.shown;
        }
        if (m_partial) {
            return out + " and others";
        }
        if (m_seen.size() > m_named) {
            return out + " and " + std::to_string(m_seen.size() - m_named) + " more";
        }
        return out;
    }

private:
    struct Figure {
        std::string shown;                ///< the figure as stated
        std::vector<std::string> outlets; ///< those that stated it
    };
    std::size_t m_limit;
    std::size_t m_named = 0;
    bool m_partial = false;
    std::vector<Figure> m_figures;
    // Views into the claims added: a FigureSample lives within one `check`.
    std::set<std::tuple<std::string_view, std::string_view, double>> m_seen;
};

/// A metric name for prose: "weapons_surrendered" -> "weapons surrendered".
inline std::string metric(std::string_view name) {
    std::string out(name);
    for (char& c : out) {
        if (c == '_') {
            c = ' ';
        }
    }
    return out;
}

} // namespace crosscheck::describe
