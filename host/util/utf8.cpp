#include "host/util/utf8.hpp"

namespace crosscheck::utf8 {

namespace {
// Length of a well-formed sequence starting at `pos`, or 0 when it is not one.
std::size_t sequence_length(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = byte(pos);
    if (b0 < 0x80) {
        return 1;
    }
    const auto continuation = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xbf) {
        return i < text.size() && byte(i) >= lo && byte(i) <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        return continuation(pos + 1) ? 2 : 0;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        // E0 needs A0..BF (no overlongs); ED needs 80..9F (no surrogates).
        const unsigned char lo = b0 == 0xe0 ? 0xa0 : 0x80;
        const unsigned char hi = b0 == 0xed ? 0x9f : 0xbf;
        return continuation(pos + 1, lo, hi) && continuation(pos + 2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const unsigned char lo = b0 == 0xf0 ? 0x90 : 0x80;
        const unsigned char hi = b0 == 0xf4 ? 0x8f : 0xbf;
        return continuation(pos + 1, lo, hi) && continuation(pos + 2) && continuation(pos + 3) ? 4
                                                                                               : 0;
    }
    return 0;
}
} // namespace

std::optional<std::size_t> first_invalid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Fast path over ASCII runs, which is most of news text.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t n = sequence_length(text, pos);
        if (n == 0) {
            return pos;
        }
        pos += n;
    }
    return std::nullopt;
}

Location locate(std::string_view text, std::size_t offset, std::string file) {
    Location where{std::move(file), 1, 1};
    std::size_t pos = 0;
    while (pos < offset && pos < text.size()) {
        if (text[pos] == '\n') {
            ++where.line;
            where.column = 1;
            ++pos;
            continue;
        }
        const std::size_t n = sequence_length(text, pos);
        pos += n == 0 ? 1 : n;
        ++where.column;
    }
    return where;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        // Count every byte that does not continue a sequence.
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
            ++count;
        }
    }
    return count;
}

char32_t decode(std::string_view text, std::size_t& pos) {
    const std::size_t n = sequence_length(text, pos);
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    char32_t cp = 0xfffd;
    switch (n) {
    case 1:
        cp = byte(0);
        break;
    case 2:
        cp = (char32_t{byte(0)} & 0x1f) << 6 | (byte(1) & 0x3f);
        break;
    case 3:
        cp = (char32_t{byte(0)} & 0x0f) << 12 | (char32_t{byte(1)} & 0x3f) << 6 | (byte(2) & 0x3f);
        break;
    case 4:
        cp = (char32_t{byte(0)} & 0x07) << 18 | (char32_t{byte(1)} & 0x3f) << 12 |
             (char32_t{byte(2)} & 0x3f) << 6 | (byte(3) & 0x3f);
        break;
    default:
        break;
    }
    pos += n == 0 ? 1 : n;
    return cp;
}

bool looks_binary(std::string_view text) {
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
            return true;
        }
    }
    return false;
}

} // namespace crosscheck::utf8
