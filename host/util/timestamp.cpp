#include "host/util/timestamp.hpp"

#include <chrono>
#include <cstdio>

namespace crosscheck {
namespace {

// Reads exactly `count` digits at `pos`; false when they are not there.
bool read_digits(std::string_view text, std::size_t& pos, int count, int& out) {
    if (pos + static_cast<std::size_t>(count) > text.size()) {
        return false;
    }
    out = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + static_cast<std::size_t>(i)];
        if (c < '0' || c > '9') {
            return false;
        }
        out = out * 10 + (c - '0');
    }
    pos += static_cast<std::size_t>(count);
    return true;
}

bool expect_char(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

Expected<Timestamp> parse_timestamp(std::string_view text) {
    using namespace std::chrono;
    const auto bad = [&](std::string_view why) {
        return fail("invalid timestamp '" + std::string(text) + "': " + std::string(why) +
                    " (expected ISO 8601, e.g. 2023-09-19T20:30:00Z)");
    };
    std::size_t pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!read_digits(text, pos, 4, y) || !expect_char(text, pos, '-') ||
        !read_digits(text, pos, 2, mo) || !expect_char(text, pos, '-') ||
        !read_digits(text, pos, 2, d)) {
        return bad("no date");
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)},
                             day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) {
        return bad("no such date");
    }
    int offset_minutes = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') {
            return bad("unexpected text after the date");
        }
        ++pos;
        if (!read_digits(text, pos, 2, h) || !expect_char(text, pos, ':') ||
            !read_digits(text, pos, 2, mi)) {
            return bad("no time after the date");
        }
        if (expect_char(text, pos, ':') && !read_digits(text, pos, 2, s)) {
            return bad("bad seconds");
        }
        if (expect_char(text, pos, '.') || expect_char(text, pos, ',')) {
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                ++pos;
            }
        }
        if (h > 23 || mi > 59 || s > 60) {
            return bad("no such time of day");
        }
        if (pos < text.size()) {
            const char sign = text[pos];
            if (sign == 'Z' || sign == 'z') {
                ++pos;
            } else if (sign == '+' || sign == '-') {
                ++pos;
                int oh = 0, om = 0;
                if (!read_digits(text, pos, 2, oh)) {
                    return bad("bad UTC offset");
                }
                expect_char(text, pos, ':');
                if (pos < text.size() && !read_digits(text, pos, 2, om)) {
                    return bad("bad UTC offset");
                }
                offset_minutes = (oh * 60 + om) * (sign == '-' ? -1 : 1);
            }
        }
        if (pos != text.size()) {
            return bad("unexpected text after the time");
        }
    }
    const auto day_seconds = sys_days{ymd}.time_since_epoch().count() * std::int64_t{86400};
    return Timestamp{day_seconds + h * 3600 + mi * 60 + s - offset_minutes * 60};
}

std::string format_timestamp(Timestamp t) {
    using namespace std::chrono;
    const sys_seconds tp{seconds{t.seconds}};
    const auto day_point = floor<days>(tp);
    const year_month_day ymd{day_point};
    const hh_mm_ss hms{tp - day_point};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

Timestamp now() {
    using namespace std::chrono;
    return Timestamp{duration_cast<seconds>(system_clock::now().time_since_epoch()).count()};
}

} // namespace crosscheck
