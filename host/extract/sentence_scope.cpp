#include "host/extract/sentence_scope.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace crosscheck::extract {
namespace {

bool is_year_text(std::string_view digits) {
    if (digits.size() != 4) {
        return false;
    }
    const int y = std::atoi(std::string(digits).c_str());
    return y >= 1800 && y <= 2100;
}

// Adds the years written in `text` ("1988", "1988-1994") to `years`, once each.
void add_years(std::string_view text, std::string_view publication_year,
               std::vector<std::string>& years) {
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto digit = rest.find_first_of("0123456789");
        if (digit == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(digit);
        const auto run = rest.substr(0, rest.find_first_not_of("0123456789"));
        if (is_year_text(run) && run != publication_year &&
            std::find(years.begin(), years.end(), run) == years.end()) {
            years.emplace_back(run);
        }
        rest.remove_prefix(run.size());
    }
}

// Years the sentence names, other than the publication's own: "between
// 1988 and 1994" -> "1988-1994", "in 2020" -> "2020" (past years only).
std::string period_of_years(const SentenceWords& words, std::string_view publication_year) {
    std::vector<std::string> years;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Token& t = words.token(i);
        if (t.kind == TokenKind::quantity || (i > 0 && words.token(i - 1).text == "since")) {
            continue;
        }
        add_years(t.text, publication_year, years);
    }
    std::sort(years.begin(), years.end());
    if (years.size() >= 2) {
        return years.front() + "-" + years.back();
    }
    if (years.size() == 1 && years.front() < publication_year) {
        return years.front();
    }
    return {};
}

} // namespace

EventsAndPeriods::EventsAndPeriods(const rules::RuleSet& rules, const Aliases& aliases,
                                   PhraseTable& phrases)
    : m_rules(rules) {
    for (std::size_t e = 0; e < rules.events.size(); ++e) {
        for (const auto& k : rules.events[e].keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::event, static_cast<int>(e));
        }
    }
    for (std::size_t p = 0; p < rules.periods.size(); ++p) {
        for (const auto& k : rules.periods[p].keywords) {
            aliases.add_phrase(phrases, k, PhraseKind::period, static_cast<int>(p));
        }
    }
}

SentenceScope EventsAndPeriods::scope_of(const SentenceWords& words,
                                         std::string_view publication_year) const {
    SentenceScope scope;
    for (const auto& hit : words.hits()) {
        const auto index = static_cast<std::size_t>(hit.index);
        if (hit.kind == PhraseKind::event && scope.event.empty()) {
            scope.event = m_rules.events[index].name;
        } else if (hit.kind == PhraseKind::period && scope.period.empty()) {
            scope.period = m_rules.periods[index].name;
        }
    }
    if (scope.period.empty() && words.has_quantity()) {
        scope.period = period_of_years(words, publication_year);
    }
    return scope;
}

} // namespace crosscheck::extract
