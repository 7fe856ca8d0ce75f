#include "host/report/html_escape.hpp"

#include <cctype>

namespace crosscheck::report::html {
namespace {

// C0 controls (and DEL) other than tab, LF and CR are parse errors in
// HTML; a form feed or NUL from a source has no meaning on the page.
bool is_dropped_control(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

std::string escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        case '\'':
            out += attribute ? "&#39;" : "'";
            break;
        default:
            if (!is_dropped_control(c)) {
                out += ch;
            }
        }
    }
    return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string escape_text(std::string_view text) {
    return escape(text, false);
}

std::string escape_attribute(std::string_view text) {
    return escape(text, true);
}

bool is_linkable_url(std::string_view url) {
    std::string_view rest;
    if (starts_with_ci(url, "https://")) {
        rest = url.substr(8);
    } else if (starts_with_ci(url, "http://")) {
        rest = url.substr(7);
    } else {
        return false;
    }
    if (rest.empty()) {
        return false;
    }
    for (const char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace crosscheck::report::html
