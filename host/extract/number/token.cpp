#include "host/extract/number/token.hpp"

namespace crosscheck::extract::number {
namespace {

// Multi-byte characters the scanner treats as something other than letters.
struct Special {
    enum Kind { none, space, narrow_space, symbol, vulgar } kind = none;
    char32_t code = 0;
    std::size_t length = 1;
};

Special classify_two_bytes(unsigned char b0, unsigned char b1) {
    if (b0 == 0xC2) {
        if (b1 == 0xA0) {
            return {Special::narrow_space, 0xA0, 2};
        }
        if (b1 == 0xBC || b1 == 0xBD || b1 == 0xBE) { // ¼ ½ ¾
            return {Special::vulgar, static_cast<char32_t>(b1), 2};
        }
        if (b1 == 0xB0 || b1 == 0xA3 || b1 == 0xA5 || b1 == 0xB1) { // ° £ ¥ ±
            return {Special::symbol, static_cast<char32_t>(b1), 2};
        }
        return {};
    }
    if (b0 == 0xC3 && b1 == 0x97) { // ×
        return {Special::symbol, 0xD7, 2};
    }
    return {};
}

// U+2000 to U+20FF: spaces, dashes, quotes, bullets.
Special classify_punctuation(unsigned char b2) {
    const char32_t code = 0x2000u + (b2 - 0x80u);
    if (b2 == 0x89 || b2 == 0xAF) {
        return {Special::narrow_space, code, 3};
    }
    if ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9) {
        return {Special::space, code, 3};
    }
    const bool dash = b2 >= 0x90 && b2 <= 0x95;
    const bool quote = b2 >= 0x98 && b2 <= 0x9F;
    const bool bullet_or_ellipsis = b2 == 0xA2 || b2 == 0xA6;
    if (dash || quote || bullet_or_ellipsis) {
        return {Special::symbol, code, 3};
    }
    return {};
}

Special classify_three_bytes(unsigned char b0, unsigned char b1, unsigned char b2) {
    if (b0 == 0xE2) {
        if (b1 == 0x80) {
            return classify_punctuation(b2);
        }
        if (b1 == 0x82 && b2 == 0xAC) { // €
            return {Special::symbol, 0x20AC, 3};
        }
        if (b1 == 0x85 && b2 >= 0x90 && b2 <= 0x9E) { // ⅐ .. ⅞
            return {Special::vulgar, 0x2100u + (b2 - 0x80u) + 0x40u, 3};
        }
        if (b1 == 0x88 && b2 == 0x92) { // minus sign
            return {Special::symbol, 0x2212, 3};
        }
        if (b1 == 0x89 && (b2 == 0xA4 || b2 == 0xA5)) { // ≤ ≥
            return {Special::symbol, 0x2200u + 0x40u + (b2 - 0x80u), 3};
        }
        return {};
    }
    if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) { // ideographic space
        return {Special::space, 0x3000, 3};
    }
    return {};
}

Special classify_multibyte(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) -> unsigned char {
        return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
    };
    const unsigned char b0 = byte(0);
    if (b0 == 0xC2 || b0 == 0xC3) {
        return classify_two_bytes(b0, byte(1));
    }
    return classify_three_bytes(b0, byte(1), byte(2));
}

bool is_ascii_letter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One pass over the text; the whitespace seen since the last token becomes
// the next token's gap.
class Tokenizer {
public:
    Tokenizer(std::string_view text, std::vector<Token>& out) : m_text(text), m_out(out) {}

    void run() {
        while (m_pos < m_text.size()) {
            step(static_cast<unsigned char>(m_text[m_pos]));
        }
    }

private:
    void step(unsigned char c) {
        if (c == ' ') {
            note_space(Gap::space);
            ++m_pos;
        } else if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            note_space(Gap::newline);
            ++m_pos;
        } else if (c == '\t') {
            note_space(Gap::wide);
            ++m_pos;
        } else if (c >= '0' && c <= '9') {
            read_digits();
        } else if (is_ascii_letter(c) || c >= 0x80) {
            if (c < 0x80 || !read_special()) {
                read_word();
            }
        } else if (c < 0x20 || c == 0x7f) {
            note_space(Gap::wide); // other control characters separate like spaces
            ++m_pos;
        } else {
            push(TokenType::symbol, m_pos, m_pos + 1, c);
            ++m_pos;
        }
    }

    void note_space(Gap kind) {
        ++m_spaces;
        if (m_gap == Gap::newline) {
            return;
        }
        if (kind == Gap::newline) {
            m_gap = Gap::newline;
        } else if (m_spaces == 1) {
            m_gap = kind;
        } else {
            m_gap = Gap::wide;
        }
    }

    void push(TokenType type, std::size_t start, std::size_t end, char32_t symbol) {
        Token t;
        t.start = start;
        t.end = end;
        t.type = type;
        t.symbol = symbol;
        t.gap = m_gap;
        if (type == TokenType::word) {
            t.info = lookup_word(m_text.substr(start, end - start));
        }
        m_out.push_back(t);
        m_gap = Gap::none;
        m_spaces = 0;
    }

    void read_digits() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            ++m_pos;
        }
        push(TokenType::digits, start, m_pos, 0);
    }

    // A space, symbol or vulgar fraction outside ASCII; false when the
    // character at the cursor is a letter.
    bool read_special() {
        const Special s = classify_multibyte(m_text, m_pos);
        if (s.kind == Special::none) {
            return false;
        }
        if (s.kind == Special::space) {
            note_space(Gap::wide);
        } else if (s.kind == Special::narrow_space) {
            note_space(Gap::narrow);
        } else {
            push(s.kind == Special::vulgar ? TokenType::vulgar : TokenType::symbol, m_pos,
                 m_pos + s.length, s.code);
        }
        m_pos += s.length;
        return true;
    }

    void read_word() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()) {
            const auto d = static_cast<unsigned char>(m_text[m_pos]);
            if (is_ascii_letter(d)) {
                ++m_pos;
            } else if (d >= 0x80 && classify_multibyte(m_text, m_pos).kind == Special::none) {
                ++m_pos;
            } else {
                break;
            }
        }
        push(TokenType::word, start, m_pos, 0);
    }

    std::string_view m_text;
    std::vector<Token>& m_out;
    std::size_t m_pos = 0;
    Gap m_gap = Gap::none;
    int m_spaces = 0;
};

} // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
    out.clear();
    out.reserve(text.size() / 5 + 8);
    Tokenizer(text, out).run();
}

} // namespace crosscheck::extract::number
