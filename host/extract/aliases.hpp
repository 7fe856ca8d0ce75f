#pragma once
// Names of the same place or actor ([aliases]: "artsakh" is "karabakh"):
// a rule phrase naming the canonical form also matches text naming an
// alias, and speaker phrases are compared in canonical form.

#include "host/extract/lexicon.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::extract {

/// True when `haystack` holds `needle` as whole words (both space-joined
/// word lists, as `normalise_words` writes them).
[[nodiscard]] bool contains_words(std::string_view haystack, std::string_view needle);

class Aliases {
public:
    /// `aliases` as the rules give them, alias -> canonical name.
    explicit Aliases(const std::vector<std::pair<std::string, std::string>>& aliases);

    /// `words` (normalised) with every alias replaced by its canonical name,
    /// aliases applied in rule order.
    [[nodiscard]] std::string canonical(std::string words) const;

    /// Adds `phrase` to `table`, and for every canonical name it contains,
    /// the same phrase with that name spelled as the alias: a keyword naming
    /// "karabakh" also matches text naming "artsakh".
    void add_phrase(PhraseTable& table, const std::string& phrase, PhraseKind kind,
                    int index) const;

private:
    std::vector<std::pair<std::string, std::string>> m_aliases; ///< normalised words
};

} // namespace crosscheck::extract
