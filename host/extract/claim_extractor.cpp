#include "host/extract/claim_extractor.hpp"

#include "host/extract/as_of.hpp"
#include "host/extract/lexicon.hpp"
#include "host/extract/number/scanner.hpp"
#include "host/extract/sentence_splitter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace crosscheck::extract {
namespace {

// How far (in clause distance) a keyword may stand from its figure. A word
// costs 1, a comma 2, a strong break (';', ' - ', brackets) 5, another
// figure 8: "27 people, two of them civilians, had been killed" still binds
// (17), while a keyword two clauses and a figure away does not.
constexpr int k_max_cost = 20;
constexpr int k_word_cost = 1;
constexpr int k_comma_cost = 2;
constexpr int k_strong_cost = 5;
constexpr int k_number_cost = 8;
// Tokens either side of a figure searched for its subject.
constexpr std::size_t k_subject_left = 8;
constexpr std::size_t k_subject_right = 6;
// Words a speaker phrase may hold at most ("the office of Armenia's prime minister").
constexpr std::size_t k_max_speaker_words = 8;

int token_cost(const Token& t) {
    switch (t.kind) {
    case TokenKind::word:
    case TokenKind::other_number:
        return k_word_cost;
    case TokenKind::comma:
        return k_comma_cost;
    case TokenKind::strong_punct:
        return k_strong_cost;
    case TokenKind::quantity:
        return k_number_cost;
    }
    return k_word_cost;
}

bool contains_words(std::string_view haystack, std::string_view needle) {
    // Whole-word containment in space-joined word lists.
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

// 125,000 * 0.001 is 125.00000000000001 in binary; round conversions to 12
// significant digits so that stated figures compare equal.
double convert(double value, double factor) {
    if (!std::isfinite(value) || std::fabs(value) > 1e15) {
        return value * factor;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.12g", value * factor);
    return std::strtod(buffer, nullptr);
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += c;
    }
    return out;
}

bool is_year_text(std::string_view digits) {
    if (digits.size() != 4) {
        return false;
    }
    const int y = std::atoi(std::string(digits).c_str());
    return y >= 1800 && y <= 2100;
}

// Who states a figure, as found in one sentence.
struct Speaker {
    std::size_t token = 0; ///< where the speech verb or prefix stands
    std::string name;      ///< canonical actor name, or the phrase as written
    bool matched = false;  ///< `name` is a rule actor
    bool pronoun = false;  ///< "he said": refers back
};

} // namespace

struct ClaimExtractor::Compiled {
    rules::RuleSet rules;
    PhraseTable phrases;
    std::vector<std::string> unit_names; ///< PhraseKind::unit_word index -> unit
    std::vector<int> metric_unit;        ///< metric index -> unit index
    std::vector<std::pair<std::string, std::string>> aliases;        ///< normalised words
    std::vector<std::pair<std::string, std::size_t>> actor_patterns; ///< longest first
    std::vector<std::string> pronouns;
    std::vector<std::vector<std::string>> when_attribution; ///< per subject

    explicit Compiled(const rules::RuleSet& r) : rules(r) {
        for (const auto& [alias, canonical] : rules.aliases) {
            aliases.emplace_back(normalise_words(alias), normalise_words(canonical));
        }
        for (const auto& [name, unit] : rules.units) {
            const int index = static_cast<int>(unit_names.size());
            unit_names.push_back(name);
            for (const auto& word : unit.words) {
                phrases.add(word.phrase, PhraseKind::unit_word, index, word.factor);
            }
        }
        for (std::size_t m = 0; m < rules.metrics.size(); ++m) {
            const auto& metric = rules.metrics[m];
            const auto it = std::find(unit_names.begin(), unit_names.end(), metric.unit);
            metric_unit.push_back(
                it == unit_names.end() ? -1 : static_cast<int>(it - unit_names.begin()));
            for (const auto& k : metric.keywords) {
                add_with_aliases(k, PhraseKind::metric_keyword, static_cast<int>(m));
            }
        }
        for (const auto& k : rules.anaphora) {
            phrases.add(k, PhraseKind::anaphora, 0);
        }
        for (std::size_t s = 0; s < rules.subjects.size(); ++s) {
            for (const auto& k : rules.subjects[s].keywords) {
                add_with_aliases(k, PhraseKind::subject, static_cast<int>(s));
            }
            for (const auto& k : rules.subjects[s].possessive_keywords) {
                add_with_aliases(k, PhraseKind::subject_possessive, static_cast<int>(s));
            }
            std::vector<std::string> whens;
            for (const auto& w : rules.subjects[s].when_attribution) {
                whens.push_back(apply_aliases(normalise_words(w)));
            }
            when_attribution.push_back(std::move(whens));
        }
        for (std::size_t e = 0; e < rules.events.size(); ++e) {
            for (const auto& k : rules.events[e].keywords) {
                add_with_aliases(k, PhraseKind::event, static_cast<int>(e));
            }
        }
        for (std::size_t p = 0; p < rules.periods.size(); ++p) {
            for (const auto& k : rules.periods[p].keywords) {
                add_with_aliases(k, PhraseKind::period, static_cast<int>(p));
            }
        }
        for (const auto& k : rules.subsets.after) {
            phrases.add(k, PhraseKind::subset_after, 0);
        }
        for (const auto& k : rules.subsets.before) {
            phrases.add(k, PhraseKind::subset_before, 0);
        }
        for (const auto& k : rules.attribution.speech_verbs) {
            phrases.add(k, PhraseKind::speech_verb, 0);
        }
        for (const auto& k : rules.attribution.source_prefixes) {
            phrases.add(k, PhraseKind::source_prefix, 0);
        }
        for (const auto& p : rules.attribution.pronouns) {
            pronouns.push_back(normalise_words(p));
        }
        for (std::size_t a = 0; a < rules.actors.size(); ++a) {
            for (const auto& p : rules.actors[a].patterns) {
                actor_patterns.emplace_back(apply_aliases(normalise_words(p)), a);
            }
        }
        std::stable_sort(
            actor_patterns.begin(), actor_patterns.end(),
            [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
    }

    std::string apply_aliases(std::string words) const {
        for (const auto& [alias, canonical] : aliases) {
            words = replace_words(std::move(words), alias, canonical);
        }
        return words;
    }

    // A keyword naming "karabakh" also matches text naming "artsakh".
    void add_with_aliases(const std::string& phrase, PhraseKind kind, int index) {
        phrases.add(phrase, kind, index);
        const std::string words = normalise_words(phrase);
        for (const auto& [alias, canonical] : aliases) {
            if (contains_words(words, canonical)) {
                phrases.add(replace_words(words, canonical, alias), kind, index);
            }
        }
    }

    bool compatible(std::size_t metric, const std::vector<int>& units) const {
        if (units.empty()) {
            return !rules.metrics[metric].require_unit;
        }
        return std::find(units.begin(), units.end(), metric_unit[metric]) != units.end();
    }

    // The canonical actor for a speaker phrase, or the phrase itself.
    Speaker name_speaker(std::string_view phrase, std::size_t token) const {
        Speaker s;
        s.token = token;
        const std::string aliased = apply_aliases(std::string(phrase));
        for (const auto& p : pronouns) {
            if (aliased == p) {
                s.pronoun = true;
                return s;
            }
        }
        for (const auto& [pattern, actor] : actor_patterns) {
            if (contains_words(aliased, pattern)) {
                s.name = rules.actors[actor].name;
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
};

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

bool is_determiner(std::string_view w) {
    return w == "the" || w == "a" || w == "an";
}

bool is_weekday(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
           w == "friday" || w == "saturday" || w == "sunday";
}

std::string join_words(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i <= last; ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        out += tokens[i].text;
    }
    return out;
}

} // namespace

ClaimExtractor::ClaimExtractor(const rules::RuleSet& rules)
    : m_compiled(std::make_unique<Compiled>(rules)) {}

ClaimExtractor::~ClaimExtractor() = default;

std::vector<Claim> ClaimExtractor::extract(std::string_view text, Timestamp published,
                                           std::size_t max_claims) const {
    const Compiled& c = *m_compiled;
    const rules::RuleSet& rules = c.rules;
    std::vector<Claim> claims;
    if (max_claims == 0) {
        return claims;
    }

    const auto mentions = number::find_numbers(text, rules.numbers);
    const auto sentences = split_sentences(text);

    std::string publication_year;
    {
        const std::string iso = format_timestamp(published);
        publication_year = iso.substr(0, 4);
    }

    // Scratch reused across sentences.
    std::vector<number::NumberMention> local;
    std::string buffer;
    std::vector<Token> tokens;
    std::vector<PhraseHit> hits;
    std::vector<std::vector<std::uint32_t>> by_first;
    std::vector<std::vector<std::uint32_t>> by_last;
    std::vector<Speaker> speakers;

    std::size_t mention_index = 0;
    std::size_t cp_byte = 0; // code-point cursor over `text`
    std::size_t cp_count = 0;
    const auto code_point_at = [&](std::size_t byte) {
        for (; cp_byte < byte && cp_byte < text.size(); ++cp_byte) {
            if ((static_cast<unsigned char>(text[cp_byte]) & 0xC0) != 0x80) {
                ++cp_count;
            }
        }
        return cp_count;
    };

    std::size_t paragraph = static_cast<std::size_t>(-1);
    std::string carried_speaker; // the paragraph's last named speaker
    std::string previous_metric; // the paragraph's last claim's metric

    for (const Sentence& sentence : sentences) {
        if (sentence.paragraph != paragraph) {
            paragraph = sentence.paragraph;
            carried_speaker.clear();
            previous_metric.clear();
        }
        const std::string_view s = text.substr(sentence.start, sentence.end - sentence.start);
        local.clear();
        while (mention_index < mentions.size() && mentions[mention_index].start < sentence.start) {
            ++mention_index;
        }
        for (std::size_t m = mention_index; m < mentions.size() && mentions[m].start < sentence.end;
             ++m) {
            if (mentions[m].end > sentence.end) {
                break;
            }
            number::NumberMention shifted = mentions[m];
            shifted.start -= sentence.start;
            shifted.end -= sentence.start;
            shifted.number_start -= std::min(shifted.number_start, sentence.start);
            local.push_back(std::move(shifted));
        }

        tokenize(s, local, buffer, tokens);
        hits.clear();
        c.phrases.find_all(tokens, hits);
        if (by_first.size() < tokens.size()) {
            by_first.resize(tokens.size());
            by_last.resize(tokens.size());
        }
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            by_first[i].clear();
            by_last[i].clear();
        }
        for (std::uint32_t h = 0; h < hits.size(); ++h) {
            by_first[hits[h].first].push_back(h);
            by_last[hits[h].last].push_back(h);
        }

        // Speakers: "X said", "said X", "according to X".
        speakers.clear();
        // The words naming a speaker from token `from` on, determiners
        // skipped: [begin, end), empty when there are none.
        const auto speaker_after = [&](std::size_t from) {
            std::size_t begin = from;
            while (begin < tokens.size() && tokens[begin].kind == TokenKind::word &&
                   is_determiner(tokens[begin].text)) {
                ++begin;
            }
            std::size_t end = begin;
            while (end < tokens.size() && tokens[end].kind == TokenKind::word &&
                   end - begin < k_max_speaker_words && !ends_speaker(tokens[end].text, true) &&
                   !is_weekday(tokens[end].text)) {
                ++end;
            }
            return std::pair{begin, end};
        };
        for (const auto& hit : hits) {
            if (hit.kind == PhraseKind::speech_verb) {
                std::size_t first = hit.first;
                std::size_t words = 0;
                while (first > 0 && tokens[first - 1].kind == TokenKind::word &&
                       words < k_max_speaker_words &&
                       !ends_speaker(tokens[first - 1].text, false)) {
                    --first;
                    ++words;
                }
                std::size_t last = hit.first; // one past the phrase
                while (last > first && is_filler(tokens[last - 1].text)) {
                    --last;
                }
                while (first < last && is_determiner(tokens[first].text)) {
                    ++first;
                }
                if (first < last) {
                    speakers.push_back(
                        c.name_speaker(join_words(tokens, first, last - 1), hit.first));
                    continue;
                }
                // ", said the ministry"
                const auto [begin, end] = speaker_after(hit.last + 1);
                if (end > begin &&
                    begin > hit.last + 1) { // needs a determiner: "said the ministry"
                    speakers.push_back(
                        c.name_speaker(join_words(tokens, begin, end - 1), hit.first));
                }
            } else if (hit.kind == PhraseKind::source_prefix) {
                const auto [begin, end] = speaker_after(hit.last + 1);
                if (end > begin) {
                    speakers.push_back(
                        c.name_speaker(join_words(tokens, begin, end - 1), hit.first));
                }
            }
        }
        const auto speaker_for = [&](std::size_t token) -> std::string {
            const Speaker* best = nullptr;
            const auto distance = [&](const Speaker& sp) {
                return sp.token > token ? sp.token - token : token - sp.token;
            };
            for (const auto& sp : speakers) {
                if (sp.matched && (!best || distance(sp) < distance(*best))) {
                    best = &sp;
                }
            }
            if (best) {
                return best->name;
            }
            for (const auto& sp : speakers) {
                if (sp.pronoun && !carried_speaker.empty()) {
                    return carried_speaker;
                }
            }
            for (const auto& sp : speakers) {
                if (!sp.pronoun && !sp.name.empty() && (!best || distance(sp) < distance(*best))) {
                    best = &sp;
                }
            }
            return best ? best->name : std::string();
        };

        // Sentence-wide scope: event and period.
        std::string event;
        std::string period;
        for (const auto& hit : hits) {
            if (hit.kind == PhraseKind::event && event.empty()) {
                event = rules.events[static_cast<std::size_t>(hit.index)].name;
            } else if (hit.kind == PhraseKind::period && period.empty()) {
                period = rules.periods[static_cast<std::size_t>(hit.index)].name;
            }
        }
        bool sentence_has_quantity = false;
        for (const auto& t : tokens) {
            sentence_has_quantity = sentence_has_quantity || t.kind == TokenKind::quantity;
        }
        if (period.empty() && sentence_has_quantity) {
            // Years named in the sentence, other than the publication's own:
            // "between 1988 and 1994" -> "1988-1994", "in 2020" -> "2020".
            std::vector<std::string> years;
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                const auto& t = tokens[i];
                if (t.kind == TokenKind::quantity) {
                    continue;
                }
                if (i > 0 && tokens[i - 1].text == "since") {
                    continue;
                }
                std::string_view rest = t.text;
                while (!rest.empty()) {
                    const auto digit = rest.find_first_of("0123456789");
                    if (digit == std::string_view::npos) {
                        break;
                    }
                    rest.remove_prefix(digit);
                    const auto non_digit = rest.find_first_not_of("0123456789");
                    const auto run = rest.substr(0, non_digit);
                    if (is_year_text(run) && run != publication_year &&
                        std::find(years.begin(), years.end(), run) == years.end()) {
                        years.emplace_back(run);
                    }
                    rest.remove_prefix(run.size());
                }
            }
            std::sort(years.begin(), years.end());
            if (years.size() >= 2) {
                period = years.front() + "-" + years.back();
            } else if (years.size() == 1 && years.front() < publication_year) {
                period = years.front();
            }
        }

        std::optional<std::optional<Timestamp>> as_of; // computed once, on demand
        std::string quote;

        for (std::size_t q = 0; q < tokens.size(); ++q) {
            if (tokens[q].kind != TokenKind::quantity) {
                continue;
            }
            const number::NumberMention& mention =
                local[static_cast<std::size_t>(tokens[q].mention)];
            if (mention.percent) {
                continue;
            }
            // Unit words right after the figure: "125 tons", "130,000 rounds",
            // "tens of thousands of people".
            std::vector<int> units;
            std::vector<double> factors;
            std::size_t slot_last = q;
            for (std::size_t start : {q + 1, q + 2}) {
                if (start >= tokens.size()) {
                    break;
                }
                if (start == q + 2 && tokens[q + 1].text != "of") {
                    break;
                }
                std::size_t longest = 0;
                for (const auto h : by_first[start]) {
                    if (hits[h].kind == PhraseKind::unit_word) {
                        longest = std::max<std::size_t>(longest, hits[h].last);
                    }
                }
                for (const auto h : by_first[start]) {
                    if (hits[h].kind == PhraseKind::unit_word && hits[h].last == longest) {
                        units.push_back(hits[h].index);
                        factors.push_back(hits[h].factor);
                    }
                }
                if (!units.empty()) {
                    slot_last = longest;
                    break;
                }
            }

            // The nearest metric keyword, right side first on ties.
            int best_metric = -1;
            int best_cost = k_max_cost + 1;
            const auto consider = [&](const PhraseHit& hit, int cost) {
                if (cost >= best_cost) {
                    return;
                }
                int metric = -1;
                if (hit.kind == PhraseKind::metric_keyword) {
                    metric = hit.index;
                } else if (hit.kind == PhraseKind::anaphora && !previous_metric.empty()) {
                    for (std::size_t m = 0; m < rules.metrics.size(); ++m) {
                        if (rules.metrics[m].name == previous_metric) {
                            metric = static_cast<int>(m);
                        }
                    }
                }
                if (metric >= 0 && c.compatible(static_cast<std::size_t>(metric), units)) {
                    best_metric = metric;
                    best_cost = cost;
                }
            };
            {
                int cost = 0;
                for (std::size_t j = slot_last + 1; j < tokens.size() && cost <= k_max_cost; ++j) {
                    for (const auto h : by_first[j]) {
                        consider(hits[h], cost);
                    }
                    cost += token_cost(tokens[j]);
                }
                // Keywords inside the unit phrase itself ("6,650 refugees" when
                // a rule makes "refugees" a unit too).
                for (std::size_t j = q + 1; j <= slot_last; ++j) {
                    for (const auto h : by_first[j]) {
                        consider(hits[h], 0);
                    }
                }
            }
            {
                int cost = 0;
                for (std::size_t j = q; j-- > 0 && cost <= k_max_cost;) {
                    for (const auto h : by_last[j]) {
                        consider(hits[h], cost);
                    }
                    cost += token_cost(tokens[j]);
                }
            }
            if (best_metric < 0) {
                continue;
            }
            const rules::Metric& metric = rules.metrics[static_cast<std::size_t>(best_metric)];
            double factor = 1;
            for (std::size_t u = 0; u < units.size(); ++u) {
                if (units[u] == c.metric_unit[static_cast<std::size_t>(best_metric)]) {
                    factor = factors[u];
                }
            }

            Claim claim;
            claim.metric = metric.name;
            claim.unit = metric.unit;
            claim.value = convert(mention.value, factor);
            if (mention.low) {
                claim.low = convert(*mention.low, factor);
            }
            if (mention.high) {
                claim.high = convert(*mention.high, factor);
            }
            claim.qualifier = mention.qualifier;
            claim.text = mention.text;
            claim.start = sentence.start + mention.start;
            claim.end = sentence.start + mention.end;
            claim.cp_start = code_point_at(claim.start);
            claim.cp_end = code_point_at(claim.end);
            claim.sentence_start = sentence.start;
            claim.sentence_end = sentence.end;
            if (quote.empty()) {
                quote = collapse_whitespace(s);
            }
            claim.quote = quote;
            claim.attribution = speaker_for(q);
            claim.event = event;
            claim.period = period;

            // Subset: "ten of the dead", "of whom 10", "including 10".
            if (slot_last + 1 < tokens.size()) {
                for (const auto h : by_first[slot_last + 1]) {
                    claim.subset = claim.subset || hits[h].kind == PhraseKind::subset_after;
                }
            }
            if (q > 0) {
                for (const auto h : by_last[q - 1]) {
                    claim.subset = claim.subset || hits[h].kind == PhraseKind::subset_before;
                }
            }
            // Subject: the nearest subject keyword in the figure's clause.
            std::size_t window_first = q;
            while (window_first > 0 && q - window_first < k_subject_left &&
                   (tokens[window_first - 1].kind == TokenKind::word ||
                    tokens[window_first - 1].kind == TokenKind::other_number)) {
                --window_first;
            }
            std::size_t window_last = slot_last;
            while (window_last + 1 < tokens.size() && window_last - slot_last < k_subject_right &&
                   (tokens[window_last + 1].kind == TokenKind::word ||
                    tokens[window_last + 1].kind == TokenKind::other_number)) {
                ++window_last;
            }
            std::size_t best_distance = tokens.size() + 1;
            for (const auto& hit : hits) {
                if ((hit.kind != PhraseKind::subject &&
                     hit.kind != PhraseKind::subject_possessive) ||
                    hit.first < window_first || hit.last > window_last) {
                    continue;
                }
                const auto index = static_cast<std::size_t>(hit.index);
                if (hit.kind == PhraseKind::subject_possessive) {
                    const std::string speaker = c.apply_aliases(normalise_words(claim.attribution));
                    bool ok = false;
                    for (const auto& w : c.when_attribution[index]) {
                        ok = ok || speaker.find(w) != std::string::npos;
                    }
                    if (!ok) {
                        continue;
                    }
                }
                const std::size_t d = hit.first > q ? hit.first - q : q - hit.last;
                if (d < best_distance) {
                    best_distance = d;
                    claim.subject = rules.subjects[index].name;
                }
            }

            if (claim.subset) {
                // Folded into the subject, so that whatever groups claims by
                // scope never sets a part against its total.
                claim.subject = claim.subject.empty() ? "subset" : "subset:" + claim.subject;
            }
            if (!as_of) {
                as_of = resolve_as_of(tokens, local, published, rules.time);
            }
            claim.as_of_stated = as_of->has_value();
            claim.as_of = as_of->value_or(published);

            previous_metric = claim.metric;
            claims.push_back(std::move(claim));
            if (claims.size() >= max_claims) {
                return claims;
            }
        }

        // The paragraph's speaker, for a later "he said".
        for (const auto& sp : speakers) {
            if (!sp.pronoun && !sp.name.empty()) {
                carried_speaker = sp.name;
                if (sp.matched) {
                    break;
                }
            }
        }
    }
    return claims;
}

} // namespace crosscheck::extract
