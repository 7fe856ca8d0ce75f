#include "host/report/html_highlight.hpp"

#include "host/report/html_escape.hpp"

#include <cctype>
#include <tuple>
#include <vector>

namespace crosscheck::report::html {
namespace {

// Length in bytes of the whitespace character at `pos`, or 0: ASCII
// space, tab, newline, CR, and the no-break (U+00A0), thin (U+2009) and
// narrow no-break (U+202F) spaces that news copy puts inside figures.
std::size_t space_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) {
        return 0;
    }
    const char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        return 1;
    }
    const auto rest = s.substr(pos);
    if (rest.starts_with("\xC2\xA0")) {
        return 2;
    }
    if (rest.starts_with("\xE2\x80\x89") || rest.starts_with("\xE2\x80\xAF")) {
        return 3;
    }
    return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
    while (const std::size_t n = space_at(s, pos)) {
        pos += n;
    }
    return pos;
}

// The end of a match of `figure` starting at `pos` in `quote`, or 0.
std::size_t match_at(std::string_view quote, std::size_t pos, std::string_view figure) {
    std::size_t i = 0;
    std::size_t j = pos;
    while (i < figure.size()) {
        if (space_at(figure, i) != 0) {
            if (space_at(quote, j) == 0) {
                return 0;
            }
            i = skip_spaces(figure, i);
            j = skip_spaces(quote, j);
            continue;
        }
        if (j >= quote.size() || std::tolower(static_cast<unsigned char>(figure[i])) !=
                                     std::tolower(static_cast<unsigned char>(quote[j]))) {
            return 0;
        }
        ++i;
        ++j;
    }
    return j;
}

bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// True when the match does not cut into a longer number or word: "200"
// inside "1,200" or "2000" is a worse candidate than a "200" standing alone.
// A comma or dot joins digits ("1,200", "3.5"), so it counts as inside.
bool stands_alone(std::string_view quote, FigureSpan span) {
    auto joins = [&](std::size_t at, std::size_t next) {
        return (quote[at] == ',' || quote[at] == '.') && next < quote.size() &&
               std::isdigit(static_cast<unsigned char>(quote[next]));
    };
    if (span.begin > 0) {
        const char before = quote[span.begin - 1];
        if (is_word_byte(before) && is_word_byte(quote[span.begin])) {
            return false;
        }
        if (span.begin >= 2 && std::isdigit(static_cast<unsigned char>(quote[span.begin])) &&
            joins(span.begin - 1, span.begin) &&
            std::isdigit(static_cast<unsigned char>(quote[span.begin - 2]))) {
            return false;
        }
    }
    if (span.end < quote.size()) {
        if (is_word_byte(quote[span.end]) && is_word_byte(quote[span.end - 1])) {
            return false;
        }
        if (std::isdigit(static_cast<unsigned char>(quote[span.end - 1])) &&
            joins(span.end, span.end + 1)) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<FigureSpan> locate_figure(std::string_view quote, std::string_view figure,
                                        std::optional<std::size_t> hint) {
    // Leading and trailing whitespace of the figure is not part of it.
    figure.remove_prefix(skip_spaces(figure, 0));
    while (!figure.empty() && (figure.back() == ' ' || figure.back() == '\t' ||
                               figure.back() == '\n' || figure.back() == '\r')) {
        figure.remove_suffix(1);
    }
    if (figure.empty() || quote.empty()) {
        return std::nullopt;
    }
    std::optional<FigureSpan> best;
    std::tuple<bool, std::size_t, bool, std::size_t> best_rank{};
    for (std::size_t pos = 0; pos < quote.size(); ++pos) {
        const std::size_t end = match_at(quote, pos, figure);
        if (end == 0) {
            continue;
        }
        const FigureSpan span{pos, end};
        const std::size_t target = hint.value_or(0);
        const std::size_t distance = pos > target ? pos - target : target - pos;
        const bool exact = quote.substr(pos, end - pos) == figure;
        // Lower is better: standing alone, near the hint, exact, early.
        const auto rank = std::make_tuple(!stands_alone(quote, span), distance, !exact, pos);
        if (!best || rank < best_rank) {
            best = span;
            best_rank = rank;
        }
    }
    return best;
}

std::optional<std::size_t> figure_hint(const model::Claim& claim) {
    if (!claim.span || !claim.sentence || claim.span->start < claim.sentence->start) {
        return std::nullopt;
    }
    return claim.span->start - claim.sentence->start;
}

std::string highlight_figure(std::string_view quote, std::string_view figure,
                             std::optional<std::size_t> hint) {
    const auto span = locate_figure(quote, figure, hint);
    if (!span) {
        return escape_text(quote);
    }
    return escape_text(quote.substr(0, span->begin)) + "<mark>" +
           escape_text(quote.substr(span->begin, span->end - span->begin)) + "</mark>" +
           escape_text(quote.substr(span->end));
}

} // namespace crosscheck::report::html
