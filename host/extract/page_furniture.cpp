#include "host/extract/page_furniture.hpp"

#include "host/extract/figure_role_words.hpp"

#include <array>
#include <string_view>

namespace crosscheck::extract {
namespace {

using role_words::one_of;
using role_words::word_at;

// Page furniture: the words a web page puts around its article ("3 View
// gallery", "12 comments", "Share 45", "Read more"). A figure next to one
// of them counts clicks or pictures, never anything the story reports.
constexpr std::array<std::string_view, 9> k_furniture_nouns = {
    "comments", "comment", "shares", "replies", "likes", "views", "photos", "slides", "gallery"};
constexpr std::array<std::string_view, 7> k_furniture_leads = {
    "share", "shares", "comments", "gallery", "photos", "read", "view"};

// "12 comments", "3 View gallery", "Share 45": the figure is followed by a
// furniture noun (after "view", as in a gallery button), or it is the last
// word of a line that is nothing but a furniture word and the figure.
} // namespace

bool is_furniture(const SentenceWords& w, std::size_t figure) {
    std::size_t at = figure + 1;
    if (word_at(w, at) == "view") {
        ++at;
    }
    if (one_of(word_at(w, at), k_furniture_nouns)) {
        return true;
    }
    // A short line that leads with a furniture word and ends with the figure.
    // The cheap tests first: this runs for every figure, and counting the
    // words before each one would make a long sentence quadratic.
    const bool ends_line = figure + 2 >= w.size() &&
                           (figure + 1 >= w.size() || w.token(figure + 1).kind != TokenKind::word);
    if (!ends_line || !one_of(word_at(w, 0), k_furniture_leads)) {
        return false;
    }
    std::size_t words_before = 0;
    for (std::size_t i = 0; i < figure && words_before <= 2; ++i) {
        if (w.token(i).kind == TokenKind::word) {
            ++words_before;
        }
    }
    return words_before >= 1 && words_before <= 2;
}

} // namespace crosscheck::extract
