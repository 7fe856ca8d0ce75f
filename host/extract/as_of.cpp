#include "host/extract/as_of.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace crosscheck::extract {
namespace {

using number::NumberKind;
using number::NumberMention;

constexpr std::int64_t k_day = 86400;

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct CivilDate {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

constexpr std::array<std::string_view, 7> k_weekdays = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

int weekday_index(std::string_view word) {
    for (std::size_t i = 0; i < k_weekdays.size(); ++i) {
        if (word == k_weekdays[i]) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int month_index(std::string_view word) {
    static constexpr std::array<std::pair<std::string_view, int>, 23> k_months = {{
        {"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
        {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
        {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
        {"september", 9}, {"sept", 9},  {"sep", 9},       {"october", 10}, {"oct", 10},
        {"november", 11}, {"nov", 11},  {"december", 12},
    }};
    if (word == "dec") {
        return 12;
    }
    for (const auto& [name, m] : k_months) {
        if (word == name) {
            return m;
        }
    }
    return 0;
}

// Minutes after midnight of a clock time as written: "8 a.m.", "8:30 p.m.",
// "20:00", "noon".
std::optional<int> parse_clock_text(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) {
        ++i;
    }
    int hour = 0;
    int digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 3) {
        hour = hour * 10 + (text[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0) {
        return std::nullopt;
    }
    int minute = 0;
    if (i + 2 < text.size() && (text[i] == ':' || text[i] == '.') &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 2]))) {
        minute = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
        i += 3;
    }
    std::string rest;
    for (; i < text.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
        if (std::isalpha(static_cast<unsigned char>(c))) {
            rest += c;
        }
    }
    if (rest.starts_with("pm") && hour < 12) {
        hour += 12;
    } else if (rest.starts_with("am") && hour == 12) {
        hour = 0;
    }
    if (hour > 23 || minute > 59) {
        return std::nullopt;
    }
    return hour * 60 + minute;
}

// Month and day in a date mention's text: "Sept 21", "21 September".
std::optional<std::pair<int, int>> parse_month_day(std::string_view text) {
    int month = 0;
    int day = 0;
    std::string word;
    const auto flush = [&] {
        if (!word.empty()) {
            if (const int m = month_index(word); m != 0 && month == 0) {
                month = m;
            }
            word.clear();
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::isalpha(c)) {
            word += static_cast<char>(std::tolower(c));
        } else {
            flush();
            if (std::isdigit(c) && day == 0) {
                int value = 0;
                std::size_t j = i;
                while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j])) &&
                       j - i < 3) {
                    value = value * 10 + (text[j] - '0');
                    ++j;
                }
                day = value;
                i = j - 1;
            }
        }
    }
    flush();
    if (month == 0 || day < 1 || day > 31) {
        return std::nullopt;
    }
    return std::pair{month, day};
}

// A day the sentence names, with its time of day when it gives one.
struct Anchor {
    std::int64_t day;
    std::size_t token;
    std::optional<int> minutes;
};

// Reads the days and times one sentence names, against its publication.
class AsOfReader {
public:
    AsOfReader(const std::vector<Token>& tokens, const std::vector<NumberMention>& mentions,
               Timestamp published, const rules::TimeRules& rules)
        : m_tokens(tokens), m_mentions(mentions), m_published(published), m_rules(rules),
          m_offset(static_cast<std::int64_t>(rules.local_offset_minutes) * 60),
          m_published_day(floor_div(published.seconds + m_offset, k_day)) {}

    std::optional<Timestamp> resolve() {
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            read_anchor(i);
        }
        for (auto& a : m_anchors) {
            if (!a.minutes) {
                a.minutes = part_of_day(a.token + 1); // "Monday evening"
            }
            if (!a.minutes) {
                a.minutes = clock_near(a.token);
            }
        }
        return moment(chosen_day());
    }

private:
    struct DayAndTime {
        std::optional<std::int64_t> day;
        std::optional<int> minutes;
    };

    std::optional<int> part_of_day(std::size_t i) const {
        if (i >= m_tokens.size() || m_tokens[i].kind != TokenKind::word) {
            return std::nullopt;
        }
        const auto it = m_rules.parts_of_day.find(std::string(m_tokens[i].text));
        if (it == m_rules.parts_of_day.end()) {
            return std::nullopt;
        }
        return it->second;
    }

    std::string_view word_at(std::size_t i) const {
        return i < m_tokens.size() && m_tokens[i].kind == TokenKind::word ? m_tokens[i].text
                                                                          : std::string_view{};
    }

    const NumberMention* mention_at(std::size_t i) const {
        return i < m_tokens.size() && m_tokens[i].mention >= 0
                   ? &m_mentions[static_cast<std::size_t>(m_tokens[i].mention)]
                   : nullptr;
    }

    // Month `month`, day `day` of the publication's year, or of the year
    // before when that lies more than a day after publication.
    std::int64_t day_of(int month, int day) const {
        const auto year = civil_from_days(m_published_day).year;
        const auto d =
            days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
        if (d > m_published_day + 1) {
            return days_from_civil(year - 1, static_cast<unsigned>(month),
                                   static_cast<unsigned>(day));
        }
        return d;
    }

    void read_anchor(std::size_t i) {
        const Token& t = m_tokens[i];
        if (t.kind == TokenKind::other_number && t.mention >= 0 &&
            mention_at(i)->kind == NumberKind::date) {
            if (const auto md = parse_month_day(mention_at(i)->text)) {
                m_anchors.push_back({day_of(md->first, md->second), i, std::nullopt});
            }
            return;
        }
        if (t.kind != TokenKind::word) {
            return;
        }
        if (const int month = month_index(t.text); month != 0 && mention_at(i + 1) != nullptr) {
            // "Sept 21" when the scanner leaves the month out of the mention.
            const NumberMention& m = *mention_at(i + 1);
            if (m.value >= 1 && m.value <= 31 && m.value == std::floor(m.value)) {
                m_anchors.push_back({day_of(month, static_cast<int>(m.value)), i, std::nullopt});
            }
            return;
        }
        read_day_word(i);
    }

    // A weekday names the as-of time when introduced as one ("on Monday",
    // "by Tuesday evening", "8 a.m. Monday"), not when it qualifies
    // something else ("Wednesday's ceasefire"); "today", "tonight",
    // "yesterday"; "by the evening", "this morning", "last night".
    void read_day_word(std::size_t i) {
        const std::string_view text = m_tokens[i].text;
        const int w = weekday_index(text);
        const std::string_view before = word_at(i - 1);
        const bool introduced = before == "on" || before == "by" || before == "of" ||
                                before == "until" || part_of_day(i + 1) ||
                                (i > 0 && m_tokens[i - 1].kind == TokenKind::other_number);
        if (w >= 0 && introduced && word_at(i + 1) != "'s") {
            // 1970-01-01 was a Thursday (index 4).
            const int published_weekday = static_cast<int>(((m_published_day % 7) + 7 + 4) % 7);
            m_anchors.push_back(
                {m_published_day - ((published_weekday - w + 7) % 7), i, std::nullopt});
        } else if (text == "today" || text == "tonight") {
            m_anchors.push_back({m_published_day, i,
                                 text == "tonight" ? std::optional<int>(22 * 60) : std::nullopt});
        } else if (text == "yesterday") {
            m_anchors.push_back({m_published_day - 1, i, std::nullopt});
        } else if ((text == "this" || text == "the" || text == "last") && part_of_day(i + 1)) {
            if (text != "the" || before == "by" || before == "in" || before == "until") {
                m_anchors.push_back(
                    {m_published_day - (text == "last" ? 1 : 0), i, part_of_day(i + 1)});
            }
        }
    }

    // A clock time near a day word ("8 a.m. on Monday", "Monday at 8 a.m."),
    // or anywhere in the sentence when `anchor` is nullopt.
    std::optional<int> clock_near(std::optional<std::size_t> anchor) const {
        for (std::size_t i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens[i].kind != TokenKind::other_number || m_tokens[i].mention < 0) {
                continue;
            }
            const NumberMention& m = *mention_at(i);
            if (m.kind != NumberKind::clock_time ||
                (anchor && (i + 4 < *anchor || i > *anchor + 4))) {
                continue;
            }
            if (auto minutes = parse_clock_text(m.text)) {
                return minutes;
            }
        }
        return std::nullopt;
    }

    // The first day given with a time wins over a bare dateline day; "as of
    // 8 a.m." with no day is the publication day's.
    DayAndTime chosen_day() const {
        for (const auto& a : m_anchors) {
            if (a.minutes) {
                return {a.day, a.minutes};
            }
        }
        if (!m_anchors.empty()) {
            return {m_anchors.front().day, std::nullopt};
        }
        if (const auto minutes = clock_near(std::nullopt)) {
            return {m_published_day, minutes};
        }
        return {};
    }

    // The moment a day and time name, clamped to publication (a source
    // cannot report the future); nullopt for no day, or for the publication
    // day without a time ("said on Thursday" in Thursday's paper).
    std::optional<Timestamp> moment(const DayAndTime& when) const {
        if (!when.day) {
            return std::nullopt;
        }
        std::optional<int> minutes = when.minutes;
        if (!minutes) {
            if (*when.day == m_published_day) {
                return std::nullopt;
            }
            minutes = 12 * 60;
        }
        const std::int64_t local = *when.day * k_day + static_cast<std::int64_t>(*minutes) * 60;
        return std::min(Timestamp{local - m_offset}, m_published);
    }

    const std::vector<Token>& m_tokens;
    const std::vector<NumberMention>& m_mentions;
    Timestamp m_published;
    const rules::TimeRules& m_rules;
    std::int64_t m_offset;
    std::int64_t m_published_day;
    std::vector<Anchor> m_anchors;
};

} // namespace

std::optional<Timestamp> resolve_as_of(const std::vector<Token>& tokens,
                                       const std::vector<NumberMention>& mentions,
                                       Timestamp published, const rules::TimeRules& rules) {
    return AsOfReader(tokens, mentions, published, rules).resolve();
}

} // namespace crosscheck::extract
