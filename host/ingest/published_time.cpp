#include "host/ingest/published_time.hpp"

#include <chrono>
#include <cstdio>

namespace crosscheck::ingest {
namespace {

std::string_view trimmed(std::string_view text) {
    constexpr std::string_view space = " \t\n\r\f\v";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Reads 1 to `max` digits at `pos`.
std::optional<int> read_number(std::string_view text, std::size_t& pos, std::size_t max) {
    const std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && pos - start < max && is_digit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    return pos > start ? std::optional<int>(value) : std::nullopt;
}

bool is_date(int y, int m, int d) {
    using namespace std::chrono;
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
           year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}
               .ok();
}

std::string iso(int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

std::string day_and_month(int d, int m, bool day_first) {
    static constexpr const char* k_months[] = {"January",   "February", "March",    "April",
                                               "May",       "June",     "July",     "August",
                                               "September", "October",  "November", "December"};
    const std::string month = k_months[m - 1];
    return day_first ? std::to_string(d) + " " + month : month + " " + std::to_string(d);
}

// "03/05/2024", "3.5.2024", "2024/05/03": a date in a form that is not ISO
// 8601, and what to write instead; nullopt when `text` is not one.
std::optional<std::string> non_iso_date(std::string_view text) {
    std::size_t pos = 0;
    const auto a = read_number(text, pos, 4);
    if (!a || pos >= text.size() || (text[pos] != '/' && text[pos] != '.' && text[pos] != '-')) {
        return std::nullopt;
    }
    const char separator = text[pos++];
    const std::size_t a_digits = pos - 1;
    const auto b = read_number(text, pos, 2);
    if (!b || pos >= text.size() || text[pos] != separator) {
        return std::nullopt;
    }
    ++pos;
    const std::size_t c_start = pos;
    const auto c = read_number(text, pos, 4);
    if (!c || (pos < text.size() && text[pos] != ' ' && text[pos] != 'T')) {
        return std::nullopt;
    }
    const std::string quoted = "'" + std::string(text) + "'";
    if (a_digits == 4) { // 2024/05/03: year first, then month and day
        if (separator == '-' || !is_date(*a, *b, *c)) {
            return std::nullopt; // ISO itself, or no date: parse_timestamp says why
        }
        return quoted + " is not an ISO 8601 date: write " + iso(*a, *b, *c);
    }
    if (pos - c_start != 4 || a_digits > 2) {
        return std::nullopt;
    }
    const int y = *c;
    const bool day_first = is_date(y, *b, *a);   // 03/05/2024 as 3 May
    const bool month_first = is_date(y, *a, *b); // as March 5
    if (day_first && month_first && *a != *b) {
        return "ambiguous date " + quoted + ": write " + iso(y, *b, *a) + " if it is " +
               day_and_month(*a, *b, true) + ", " + iso(y, *a, *b) + " if it is " +
               day_and_month(*b, *a, false) + " (ISO 8601, year-month-day)";
    }
    if (day_first || month_first) {
        return quoted + " is not an ISO 8601 date: write " +
               (day_first ? iso(y, *b, *a) : iso(y, *a, *b));
    }
    return quoted + " is not a date (and not ISO 8601: write year-month-day, e.g. 2024-05-03)";
}

} // namespace

Expected<PublishedTime> parse_published(std::string_view text) {
    text = trimmed(text);
    if (auto why = non_iso_date(text)) {
        return fail(*why);
    }
    auto parsed = parse_timestamp(text);
    if (!parsed) {
        return std::unexpected(std::move(parsed.error()));
    }
    PublishedTime out{*parsed, TimeAssumption::none};
    // parse_timestamp accepted it, so the date is the first 10 characters.
    if (text.size() == 10) {
        out.assumption = TimeAssumption::midnight;
    } else if (text.substr(11).find_first_of("Zz+-") == std::string_view::npos) {
        out.assumption = TimeAssumption::utc_clock;
    }
    return out;
}

std::string assumption_warning(std::string_view field, std::string_view text,
                               const PublishedTime& published) {
    const std::string taken = format_timestamp(published.time);
    const std::string date = taken.substr(0, 10);
    switch (published.assumption) {
    case TimeAssumption::none:
        break;
    case TimeAssumption::midnight:
        return std::string(field) + " '" + std::string(trimmed(text)) +
               "' has no time of day: taken as " + taken +
               " (midnight UTC); give the time and its offset, e.g. " + date + "T14:30:00+04:00";
    case TimeAssumption::utc_clock:
        return std::string(field) + " '" + std::string(trimmed(text)) +
               "' has no UTC offset: taken as " + taken + " (UTC); add the offset, e.g. " +
               taken.substr(0, 19) + "+04:00, or Z for UTC";
    }
    return {};
}

} // namespace crosscheck::ingest
