#include "host/extract/subject.hpp"

namespace crosscheck::extract {
namespace {

bool is_clause_word(const Token& t) {
    return t.kind == TokenKind::word || t.kind == TokenKind::other_number;
}

// The tokens searched for a figure's subject: [first, last].
struct Window {
    std::size_t first;
    std::size_t last;
};

Window subject_window(const SentenceWords& words, std::size_t figure, std::size_t slot_last) {
    Window w{figure, slot_last};
    while (w.first > 0 && figure - w.first < k_subject_left &&
           is_clause_word(words.token(w.first - 1))) {
        --w.first;
    }
    while (w.last + 1 < words.size() && w.last - slot_last < k_subject_right &&
           is_clause_word(words.token(w.last + 1))) {
        ++w.last;
    }
    return w;
}

} // namespace

SubjectKeywords::SubjectKeywords(const rules::RuleSet& rules, const Aliases& aliases,
                                 PhraseTable& phrases)
    : m_rules(rules), m_aliases(aliases) {
    for (std::size_t s = 0; s < rules.subjects.size(); ++s) {
        for (const auto& k : rules.subjects[s].keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::subject, static_cast<int>(s));
        }
        for (const auto& k : rules.subjects[s].possessive_keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::subject_possessive, static_cast<int>(s));
        }
        std::vector<std::string> whens;
        for (const auto& w : rules.subjects[s].when_attribution) {
            whens.push_back(aliases.canonical(normalise_words(w)));
        }
        m_when_attribution.push_back(std::move(whens));
    }
}

bool SubjectKeywords::possessive_allowed(std::size_t subject, std::string_view attribution) const {
    const std::string speaker = m_aliases.canonical(normalise_words(attribution));
    for (const auto& w : m_when_attribution[subject]) {
        if (speaker.find(w) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::string SubjectKeywords::subject_of(const SentenceWords& words, std::size_t figure,
                                        std::size_t slot_last, std::string_view attribution) const {
    const Window window = subject_window(words, figure, slot_last);
    std::string subject;
    std::size_t best_distance = words.size() + 1;
    for (const auto& hit : words.hits()) {
        if ((hit.kind != PhraseKind::subject && hit.kind != PhraseKind::subject_possessive) ||
            hit.first < window.first || hit.last > window.last) {
            continue;
        }
        const auto index = static_cast<std::size_t>(hit.index);
        if (hit.kind == PhraseKind::subject_possessive && !possessive_allowed(index, attribution)) {
            continue;
        }
        // "12 Pakistanis were among the 104 people": a subject another figure
        // heads is that figure's, when this one names what it counts
        // ("killed 12 civilians and wounded 30" leaves 30's noun unsaid).
        if (slot_last > figure && hit.first > 0 && hit.first - 1 != figure &&
            words.is_figure(hit.first - 1)) {
            continue;
        }
        const std::size_t d = hit.first > figure ? hit.first - figure : figure - hit.last;
        if (d < best_distance) {
            best_distance = d;
            subject = m_rules.subjects[index].name;
        }
    }
    return subject;
}

} // namespace crosscheck::extract
