#include "host/extract/aliases.hpp"

namespace crosscheck::extract {
namespace {

// `text` with every whole-word `from` replaced by `to`.
std::string replace_words(std::string text, std::string_view from, std::string_view to) {
    std::size_t pos = 0;
    while ((pos = text.find(from, pos)) != std::string::npos) {
        const bool starts = pos == 0 || text[pos - 1] == ' ';
        const std::size_t end = pos + from.size();
        const bool ends = end == text.size() || text[end] == ' ';
        if (starts && ends) {
            text.replace(pos, from.size(), to);
            pos += to.size();
        } else {
            pos = end;
        }
    }
    return text;
}

} // namespace

bool contains_words(std::string_view haystack, std::string_view needle) {
    std::size_t pos = haystack.find(needle);
    while (pos != std::string_view::npos) {
        const bool starts = pos == 0 || haystack[pos - 1] == ' ';
        const std::size_t end = pos + needle.size();
        const bool ends = end == haystack.size() || haystack[end] == ' ';
        if (starts && ends) {
            return true;
        }
        pos = haystack.find(needle, pos + 1);
    }
    return false;
}

Aliases::Aliases(const std::vector<std::pair<std::string, std::string>>& aliases) {
    for (const auto& [alias, canonical] : aliases) {
        m_aliases.emplace_back(normalise_words(alias), normalise_words(canonical));
    }
}

std::string Aliases::canonical(std::string words) const {
    for (const auto& [alias, canonical] : m_aliases) {
        words = replace_words(std::move(words), alias, canonical);
    }
    return words;
}

void Aliases::add_phrase(PhraseTable& table, const std::string& phrase, PhraseKind kind,
                         int index) const {
    table.add(phrase, kind, index);
    const std::string words = normalise_words(phrase);
    for (const auto& [alias, canonical] : m_aliases) {
        if (contains_words(words, canonical)) {
            table.add(replace_words(words, canonical, alias), kind, index);
        }
    }
}

} // namespace crosscheck::extract
