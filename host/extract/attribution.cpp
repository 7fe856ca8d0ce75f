#include "host/extract/attribution.hpp"

#include <algorithm>
#include <array>

namespace crosscheck::extract {
namespace {

// Words that end a speaker phrase when walking away from the verb.
// Walking left from "said", "in" belongs to the speaker ("peacekeepers in
// Karabakh said"); walking right it starts a time or place ("said in a
// statement").
bool ends_speaker(std::string_view w, bool walking_right) {
    static constexpr std::array<std::string_view, 21> k_stops = {
        "that",   "which", "who",  "when", "while", "as",      "after",
        "before", "on",    "at",   "by",   "late",  "early",   "yesterday",
        "today",  "last",  "this", "and",  "but",   "because", "if"};
    return (walking_right && w == "in") ||
           std::find(k_stops.begin(), k_stops.end(), w) != k_stops.end();
}

// Words dropped between a speaker and the verb: "Armenia has reported",
// "officials now put".
bool is_filler(std::string_view w) {
    static constexpr std::array<std::string_view, 14> k_fillers = {
        "has",   "have",    "had",        "now",       "also",       "later", "then",
        "again", "earlier", "previously", "initially", "separately", "would", "will"};
    return std::find(k_fillers.begin(), k_fillers.end(), w) != k_fillers.end();
}

// A speech verb's stem also matches nouns: "reporters", "double countings".
// An agent noun or a plural gerund is no verb.
bool is_noun_form(std::string_view w) {
    return w.ends_with("ers") || w.ends_with("ings");
}

// Words that open no noun phrase: "Not counted in that total are ...".
bool opens_no_noun_phrase(std::string_view w) {
    static constexpr std::array<std::string_view, 6> k_openers = {"not",   "no", "never",
                                                                  "which", "of", "than"};
    return std::find(k_openers.begin(), k_openers.end(), w) != k_openers.end();
}

// Forms of "be": a phrase holding one is a clause ("deaths have been
// reported"), a passive with no agent, never a speaker.
bool is_form_of_be(std::string_view w) {
    static constexpr std::array<std::string_view, 7> k_be = {"be",  "been", "being", "is",
                                                             "are", "was",  "were"};
    return std::find(k_be.begin(), k_be.end(), w) != k_be.end();
}

bool is_determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an";
}

bool is_weekday(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
           w == "friday" || w == "saturday" || w == "sunday";
}

bool is_word(const SentenceWords& words, std::size_t i) {
    return words.token(i).kind == TokenKind::word;
}

// Tokens [first, last] joined by single spaces.
std::string join_words(const SentenceWords& words, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i <= last; ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += words.token(i).text;
    }
    return out;
}

// The words of a phrase: tokens [begin, end), empty when begin == end.
struct WordRange {
    std::size_t begin = 0;
    std::size_t end = 0;

    [[nodiscard]] bool empty() const { return end <= begin; }
};

// Words [first, last) can name a speaker: not a clause around a form of
// "be" ("2,600 deaths have been reported" is a passive with no agent), nor
// a phrase a negation or a preposition opens ("not counted").
bool is_noun_phrase(const SentenceWords& words, std::size_t first, std::size_t last) {
    if (first < last && opens_no_noun_phrase(words.token(first).text)) {
        return false;
    }
    for (std::size_t i = first; i < last; ++i) {
        if (is_form_of_be(words.token(i).text)) {
            return false;
        }
    }
    return true;
}

// The speaker before a verb at token `verb`: words back to a stop word,
// fillers before the verb and determiners in front dropped.
WordRange speaker_before(const SentenceWords& words, std::size_t verb) {
    std::size_t first = verb;
    std::size_t count = 0;
    while (first > 0 && is_word(words, first - 1) && count < k_max_speaker_words &&
           !ends_speaker(words.token(first - 1).text, false)) {
        --first;
        ++count;
    }
    std::size_t last = verb; // one past the phrase
    while (last > first && is_filler(words.token(last - 1).text)) {
        --last;
    }
    while (first < last && is_determiner(words.token(first).text)) {
        ++first;
    }
    return is_noun_phrase(words, first, last) ? WordRange{first, last} : WordRange{};
}

// The speaker from token `from` on, determiners skipped, up to a stop
// word or a weekday.
WordRange speaker_after(const SentenceWords& words, std::size_t from) {
    std::size_t begin = from;
    while (begin < words.size() && is_word(words, begin) &&
           is_determiner(words.token(begin).text)) {
        ++begin;
    }
    std::size_t end = begin;
    while (end < words.size() && is_word(words, end) && end - begin < k_max_speaker_words &&
           !ends_speaker(words.token(end).text, true) && !is_weekday(words.token(end).text)) {
        ++end;
    }
    return {begin, end};
}

std::size_t distance(const Speaker& s, std::size_t token) {
    return s.token > token ? s.token - token : token - s.token;
}

} // namespace

Attribution::Attribution(const rules::RuleSet& rules, const Aliases& aliases, PhraseTable& phrases)
    : m_rules(rules), m_aliases(aliases) {
    for (const auto& k : rules.attribution.speech_verbs) {
        phrases.add(k, PhraseKind::speech_verb, 0);
    }
    for (const auto& k : rules.attribution.source_prefixes) {
        phrases.add(k, PhraseKind::source_prefix, 0);
    }
    for (const auto& p : rules.attribution.pronouns) {
        m_pronouns.push_back(normalise_words(p));
    }
    for (std::size_t a = 0; a < rules.actors.size(); ++a) {
        for (const auto& p : rules.actors[a].patterns) {
            m_actor_patterns.emplace_back(aliases.canonical(normalise_words(p)), a);
        }
    }
    std::stable_sort(m_actor_patterns.begin(), m_actor_patterns.end(),
                     [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
}

void Attribution::find_speakers(const SentenceWords& words, std::vector<Speaker>& speakers) const {
    speakers.clear();
    const auto add = [&](WordRange r, const PhraseHit& hit) {
        speakers.push_back(name_speaker(join_words(words, r.begin, r.end - 1), hit.first));
    };
    for (const auto& hit : words.hits()) {
        if (hit.kind == PhraseKind::speech_verb && !is_noun_form(words.token(hit.last).text)) {
            if (const WordRange before = speaker_before(words, hit.first); !before.empty()) {
                add(before, hit);
                continue;
            }
            // ", said the ministry": only with a determiner.
            const WordRange after = speaker_after(words, hit.last + 1);
            if (!after.empty() && after.begin > hit.last + 1) {
                add(after, hit);
            }
        } else if (hit.kind == PhraseKind::source_prefix) {
            if (const WordRange after = speaker_after(words, hit.last + 1); !after.empty()) {
                add(after, hit);
            }
        }
    }
}

std::string Attribution::attribution_for(const std::vector<Speaker>& speakers, std::size_t figure,
                                         const std::string& carried) {
    const Speaker* best = nullptr;
    for (const auto& sp : speakers) {
        if (sp.matched && (!best || distance(sp, figure) < distance(*best, figure))) {
            best = &sp;
        }
    }
    if (best) {
        return best->name;
    }
    for (const auto& sp : speakers) {
        if (sp.pronoun && !carried.empty()) {
            return carried;
        }
    }
    for (const auto& sp : speakers) {
        if (!sp.pronoun && !sp.name.empty() &&
            (!best || distance(sp, figure) < distance(*best, figure))) {
            best = &sp;
        }
    }
    return best ? best->name : std::string();
}

std::string Attribution::carried_speaker(const std::vector<Speaker>& speakers,
                                         std::string carried) {
    // The first actor of the sentence, else its last speaker kept as written.
    for (const auto& sp : speakers) {
        if (!sp.pronoun && !sp.name.empty()) {
            carried = sp.name;
            if (sp.matched) {
                break;
            }
        }
    }
    return carried;
}

Speaker Attribution::name_speaker(std::string_view phrase, std::size_t token) const {
    Speaker s;
    s.token = token;
    const std::string canonical = m_aliases.canonical(std::string(phrase));
    for (const auto& p : m_pronouns) {
        if (canonical == p) {
            s.pronoun = true;
            return s;
        }
    }
    for (const auto& [pattern, actor] : m_actor_patterns) {
        if (contains_words(canonical, pattern)) {
            s.name = m_rules.actors[actor].name;
            s.matched = true;
            return s;
        }
    }
    // Kept as written, with "karabakh 's" joined back to "karabakh's".
    s.name = std::string(phrase);
    std::size_t pos;
    while ((pos = s.name.find(" '")) != std::string::npos) {
        s.name.erase(pos, 1);
    }
    return s;
}

} // namespace crosscheck::extract
