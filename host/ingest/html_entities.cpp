#include "host/ingest/html_entities.hpp"

#include <algorithm>
#include <array>

namespace crosscheck::ingest::html {

namespace {

struct NamedEntity {
    std::string_view name;
    std::string_view text;
};

// Sorted by name (byte order) for binary search. UTF-8 written as escapes so
// the source stays ASCII.
constexpr NamedEntity k_entities[] = {
    {"AElig", "\xC3\x86"},
    {"AMP", "\x26"},
    {"Aacute", "\xC3\x81"},
    {"Acirc", "\xC3\x82"},
    {"Agrave", "\xC3\x80"},
    {"Alpha", "\xCE\x91"},
    {"Aring", "\xC3\x85"},
    {"Atilde", "\xC3\x83"},
    {"Auml", "\xC3\x84"},
    {"Beta", "\xCE\x92"},
    {"COPY", "\xC2\xA9"},
    {"Ccedil", "\xC3\x87"},
    {"Chi", "\xCE\xA7"},
    {"Dagger", "\xE2\x80\xA1"},
    {"Delta", "\xCE\x94"},
    {"ETH", "\xC3\x90"},
    {"Eacute", "\xC3\x89"},
    {"Ecirc", "\xC3\x8A"},
    {"Egrave", "\xC3\x88"},
    {"Epsilon", "\xCE\x95"},
    {"Eta", "\xCE\x97"},
    {"Euml", "\xC3\x8B"},
    {"GT", "\x3E"},
    {"Gamma", "\xCE\x93"},
    {"Hat", "\x5E"},
    {"Iacute", "\xC3\x8D"},
    {"Icirc", "\xC3\x8E"},
    {"Igrave", "\xC3\x8C"},
    {"Iota", "\xCE\x99"},
    {"Iuml", "\xC3\x8F"},
    {"Kappa", "\xCE\x9A"},
    {"LT", "\x3C"},
    {"Lambda", "\xCE\x9B"},
    {"MediumSpace", "\xE2\x81\x9F"},
    {"Mu", "\xCE\x9C"},
    {"NewLine", "\x0A"},
    {"NonBreakingSpace", "\xC2\xA0"},
    {"Ntilde", "\xC3\x91"},
    {"Nu", "\xCE\x9D"},
    {"OElig", "\xC5\x92"},
    {"Oacute", "\xC3\x93"},
    {"Ocirc", "\xC3\x94"},
    {"Ograve", "\xC3\x92"},
    {"Omega", "\xCE\xA9"},
    {"Omicron", "\xCE\x9F"},
    {"Oslash", "\xC3\x98"},
    {"Otilde", "\xC3\x95"},
    {"Ouml", "\xC3\x96"},
    {"Phi", "\xCE\xA6"},
    {"Pi", "\xCE\xA0"},
    {"Prime", "\xE2\x80\xB3"},
    {"Psi", "\xCE\xA8"},
    {"QUOT", "\x22"},
    {"REG", "\xC2\xAE"},
    {"Rho", "\xCE\xA1"},
    {"Scaron", "\xC5\xA0"},
    {"Sigma", "\xCE\xA3"},
    {"THORN", "\xC3\x9E"},
    {"TRADE", "\xE2\x84\xA2"},
    {"Tab", "\x09"},
    {"Tau", "\xCE\xA4"},
    {"Theta", "\xCE\x98"},
    {"ThinSpace", "\xE2\x80\x89"},
    {"Uacute", "\xC3\x9A"},
    {"Ucirc", "\xC3\x9B"},
    {"Ugrave", "\xC3\x99"},
    {"Upsilon", "\xCE\xA5"},
    {"Uuml", "\xC3\x9C"},
    {"Xi", "\xCE\x9E"},
    {"Yacute", "\xC3\x9D"},
    {"Yuml", "\xC5\xB8"},
    {"Zcaron", "\xC5\xBD"},
    {"Zeta", "\xCE\x96"},
    {"aacute", "\xC3\xA1"},
    {"acirc", "\xC3\xA2"},
    {"acute", "\xC2\xB4"},
    {"aelig", "\xC3\xA6"},
    {"agrave", "\xC3\xA0"},
    {"alpha", "\xCE\xB1"},
    {"amp", "\x26"},
    {"and", "\xE2\x88\xA7"},
    {"ang", "\xE2\x88\xA0"},
    {"apos", "\x27"},
    {"aring", "\xC3\xA5"},
    {"ast", "\x2A"},
    {"asymp", "\xE2\x89\x88"},
    {"atilde", "\xC3\xA3"},
    {"auml", "\xC3\xA4"},
    {"bdquo", "\xE2\x80\x9E"},
    {"beta", "\xCE\xB2"},
    {"brvbar", "\xC2\xA6"},
    {"bsol", "\x5C"},
    {"bull", "\xE2\x80\xA2"},
    {"cap", "\xE2\x88\xA9"},
    {"ccedil", "\xC3\xA7"},
    {"cedil", "\xC2\xB8"},
    {"cent", "\xC2\xA2"},
    {"centerdot", "\xC2\xB7"},
    {"check", "\xE2\x9C\x93"},
    {"chi", "\xCF\x87"},
    {"circ", "\xCB\x86"},
    {"clubs", "\xE2\x99\xA3"},
    {"colon", "\x3A"},
    {"comma", "\x2C"},
    {"commat", "\x40"},
    {"cong", "\xE2\x89\x85"},
    {"copy", "\xC2\xA9"},
    {"cross", "\xE2\x9C\x97"},
    {"cup", "\xE2\x88\xAA"},
    {"curren", "\xC2\xA4"},
    {"dagger", "\xE2\x80\xA0"},
    {"darr", "\xE2\x86\x93"},
    {"dash", "\xE2\x80\x90"},
    {"deg", "\xC2\xB0"},
    {"delta", "\xCE\xB4"},
    {"diams", "\xE2\x99\xA6"},
    {"divide", "\xC3\xB7"},
    {"dollar", "\x24"},
    {"eacute", "\xC3\xA9"},
    {"ecirc", "\xC3\xAA"},
    {"egrave", "\xC3\xA8"},
    {"empty", "\xE2\x88\x85"},
    {"emsp", "\xE2\x80\x83"},
    {"ensp", "\xE2\x80\x82"},
    {"epsilon", "\xCE\xB5"},
    {"equals", "\x3D"},
    {"equiv", "\xE2\x89\xA1"},
    {"eta", "\xCE\xB7"},
    {"eth", "\xC3\xB0"},
    {"euml", "\xC3\xAB"},
    {"euro", "\xE2\x82\xAC"},
    {"excl", "\x21"},
    {"exist", "\xE2\x88\x83"},
    {"fnof", "\xC6\x92"},
    {"forall", "\xE2\x88\x80"},
    {"frac12", "\xC2\xBD"},
    {"frac14", "\xC2\xBC"},
    {"frac34", "\xC2\xBE"},
    {"frasl", "\xE2\x81\x84"},
    {"gamma", "\xCE\xB3"},
    {"ge", "\xE2\x89\xA5"},
    {"grave", "\x60"},
    {"gt", "\x3E"},
    {"hairsp", "\xE2\x80\x8A"},
    {"half", "\xC2\xBD"},
    {"harr", "\xE2\x86\x94"},
    {"hearts", "\xE2\x99\xA5"},
    {"hellip", "\xE2\x80\xA6"},
    {"horbar", "\xE2\x80\x95"},
    {"hyphen", "\xE2\x80\x90"},
    {"iacute", "\xC3\xAD"},
    {"icirc", "\xC3\xAE"},
    {"iexcl", "\xC2\xA1"},
    {"igrave", "\xC3\xAC"},
    {"infin", "\xE2\x88\x9E"},
    {"int", "\xE2\x88\xAB"},
    {"iota", "\xCE\xB9"},
    {"iquest", "\xC2\xBF"},
    {"isin", "\xE2\x88\x88"},
    {"iuml", "\xC3\xAF"},
    {"kappa", "\xCE\xBA"},
    {"lambda", "\xCE\xBB"},
    {"lang", "\xE2\x9F\xA8"},
    {"laquo", "\xC2\xAB"},
    {"larr", "\xE2\x86\x90"},
    {"lceil", "\xE2\x8C\x88"},
    {"lcub", "\x7B"},
    {"ldquo", "\xE2\x80\x9C"},
    {"ldquor", "\xE2\x80\x9E"},
    {"le", "\xE2\x89\xA4"},
    {"lfloor", "\xE2\x8C\x8A"},
    {"lowast", "\xE2\x88\x97"},
    {"lowbar", "\x5F"},
    {"loz", "\xE2\x97\x8A"},
    {"lpar", "\x28"},
    {"lrm", "\xE2\x80\x8E"},
    {"lsaquo", "\xE2\x80\xB9"},
    {"lsqb", "\x5B"},
    {"lsquo", "\xE2\x80\x98"},
    {"lsquor", "\xE2\x80\x9A"},
    {"lt", "\x3C"},
    {"macr", "\xC2\xAF"},
    {"mdash", "\xE2\x80\x94"},
    {"micro", "\xC2\xB5"},
    {"middot", "\xC2\xB7"},
    {"minus", "\xE2\x88\x92"},
    {"mu", "\xCE\xBC"},
    {"nabla", "\xE2\x88\x87"},
    {"nbsp", "\xC2\xA0"},
    {"ndash", "\xE2\x80\x93"},
    {"ne", "\xE2\x89\xA0"},
    {"ni", "\xE2\x88\x8B"},
    {"not", "\xC2\xAC"},
    {"notin", "\xE2\x88\x89"},
    {"nsub", "\xE2\x8A\x84"},
    {"ntilde", "\xC3\xB1"},
    {"nu", "\xCE\xBD"},
    {"num", "\x23"},
    {"numsp", "\xE2\x80\x87"},
    {"oacute", "\xC3\xB3"},
    {"ocirc", "\xC3\xB4"},
    {"oelig", "\xC5\x93"},
    {"ograve", "\xC3\xB2"},
    {"oline", "\xE2\x80\xBE"},
    {"omega", "\xCF\x89"},
    {"omicron", "\xCE\xBF"},
    {"oplus", "\xE2\x8A\x95"},
    {"or", "\xE2\x88\xA8"},
    {"ordf", "\xC2\xAA"},
    {"ordm", "\xC2\xBA"},
    {"oslash", "\xC3\xB8"},
    {"otilde", "\xC3\xB5"},
    {"otimes", "\xE2\x8A\x97"},
    {"ouml", "\xC3\xB6"},
    {"para", "\xC2\xB6"},
    {"part", "\xE2\x88\x82"},
    {"percnt", "\x25"},
    {"period", "\x2E"},
    {"permil", "\xE2\x80\xB0"},
    {"perp", "\xE2\x8A\xA5"},
    {"phi", "\xCF\x86"},
    {"pi", "\xCF\x80"},
    {"plus", "\x2B"},
    {"plusmn", "\xC2\xB1"},
    {"pound", "\xC2\xA3"},
    {"prime", "\xE2\x80\xB2"},
    {"prod", "\xE2\x88\x8F"},
    {"prop", "\xE2\x88\x9D"},
    {"psi", "\xCF\x88"},
    {"puncsp", "\xE2\x80\x88"},
    {"quest", "\x3F"},
    {"quot", "\x22"},
    {"radic", "\xE2\x88\x9A"},
    {"rang", "\xE2\x9F\xA9"},
    {"raquo", "\xC2\xBB"},
    {"rarr", "\xE2\x86\x92"},
    {"rceil", "\xE2\x8C\x89"},
    {"rcub", "\x7D"},
    {"rdquo", "\xE2\x80\x9D"},
    {"rdquor", "\xE2\x80\x9D"},
    {"reg", "\xC2\xAE"},
    {"rfloor", "\xE2\x8C\x8B"},
    {"rho", "\xCF\x81"},
    {"rlm", "\xE2\x80\x8F"},
    {"rpar", "\x29"},
    {"rsaquo", "\xE2\x80\xBA"},
    {"rsqb", "\x5D"},
    {"rsquo", "\xE2\x80\x99"},
    {"rsquor", "\xE2\x80\x99"},
    {"sbquo", "\xE2\x80\x9A"},
    {"scaron", "\xC5\xA1"},
    {"sdot", "\xE2\x8B\x85"},
    {"sect", "\xC2\xA7"},
    {"semi", "\x3B"},
    {"shy", "\xC2\xAD"},
    {"sigma", "\xCF\x83"},
    {"sigmaf", "\xCF\x82"},
    {"sim", "\xE2\x88\xBC"},
    {"sol", "\x2F"},
    {"spades", "\xE2\x99\xA0"},
    {"star", "\xE2\x98\x86"},
    {"sub", "\xE2\x8A\x82"},
    {"sube", "\xE2\x8A\x86"},
    {"sum", "\xE2\x88\x91"},
    {"sup", "\xE2\x8A\x83"},
    {"sup1", "\xC2\xB9"},
    {"sup2", "\xC2\xB2"},
    {"sup3", "\xC2\xB3"},
    {"supe", "\xE2\x8A\x87"},
    {"szlig", "\xC3\x9F"},
    {"tau", "\xCF\x84"},
    {"there4", "\xE2\x88\xB4"},
    {"theta", "\xCE\xB8"},
    {"thinsp", "\xE2\x80\x89"},
    {"thorn", "\xC3\xBE"},
    {"tilde", "\xCB\x9C"},
    {"times", "\xC3\x97"},
    {"trade", "\xE2\x84\xA2"},
    {"uacute", "\xC3\xBA"},
    {"uarr", "\xE2\x86\x91"},
    {"ucirc", "\xC3\xBB"},
    {"ugrave", "\xC3\xB9"},
    {"uml", "\xC2\xA8"},
    {"upsilon", "\xCF\x85"},
    {"uuml", "\xC3\xBC"},
    {"verbar", "\x7C"},
    {"vert", "\x7C"},
    {"xi", "\xCE\xBE"},
    {"yacute", "\xC3\xBD"},
    {"yen", "\xC2\xA5"},
    {"yuml", "\xC3\xBF"},
    {"zcaron", "\xC5\xBE"},
    {"zeta", "\xCE\xB6"},
    {"zwj", "\xE2\x80\x8D"},
    {"zwnj", "\xE2\x80\x8C"},
};

constexpr std::array<std::string_view, 7> k_legacy_names = {"amp",  "lt",   "gt", "quot",
                                                            "nbsp", "copy", "reg"};

// Longest name we look up: longer runs of letters are not references.
constexpr std::size_t k_max_name = 32;
// Digits past this many are not read further (the value is invalid anyway).
constexpr std::size_t k_max_digits = 16;

// Windows-1252 for 0x80..0x9F; 0 where it has no character.
constexpr char32_t k_windows_1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

char32_t sanitize(std::uint64_t value) {
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return 0xFFFD;
    }
    if (value >= 0x80 && value <= 0x9F) {
        const char32_t mapped = k_windows_1252[value - 0x80];
        return mapped == 0 ? 0xFFFD : mapped;
    }
    // Controls other than tab, newline, form feed and carriage return would
    // make the text look binary.
    if ((value < 0x20 && value != '\t' && value != '\n' && value != '\f' && value != '\r') ||
        value == 0x7F) {
        return 0xFFFD;
    }
    return static_cast<char32_t>(value);
}

} // namespace

std::optional<std::string_view> named_entity(std::string_view name) {
    const auto* end = std::end(k_entities);
    const auto* it =
        std::lower_bound(std::begin(k_entities), end, name,
                         [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (it != end && it->name == name) {
        return it->text;
    }
    return std::nullopt;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
    }
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t decode_reference(std::string_view text, std::size_t pos, std::string& out,
                             bool in_attribute) {
    std::size_t i = pos + 1;
    if (i < text.size() && text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) {
            ++i;
        }
        std::uint64_t value = 0;
        std::size_t digits = 0;
        while (i < text.size()) {
            const int d =
                hex ? hex_value(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
            if (d < 0) {
                break;
            }
            if (digits < k_max_digits) {
                value = value * (hex ? 16 : 10) + static_cast<std::uint64_t>(d);
            } else {
                value = 0x110000; // too long to be a code point
            }
            ++digits;
            ++i;
        }
        if (digits == 0) {
            return 0;
        }
        if (i < text.size() && text[i] == ';') {
            ++i;
        }
        append_utf8(out, sanitize(value));
        return i - pos;
    }
    std::size_t end = i;
    while (end < text.size() && end - i < k_max_name && is_alnum(text[end])) {
        ++end;
    }
    if (end == i) {
        return 0;
    }
    const auto name = text.substr(i, end - i);
    if (end < text.size() && text[end] == ';') {
        if (const auto found = named_entity(name)) {
            out.append(*found);
            return end + 1 - pos;
        }
        return 0;
    }
    if (in_attribute) {
        return 0;
    }
    // "&amp" without ';', standing alone: old pages write "AT&T" and "&copy 2023".
    for (const auto legacy : k_legacy_names) {
        if (name.starts_with(legacy) && (name.size() == legacy.size())) {
            out.append(*named_entity(legacy));
            return 1 + legacy.size();
        }
    }
    return 0;
}

void append_decoded(std::string& out, std::string_view text, bool in_attribute) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto amp = text.find('&', pos);
        if (amp == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, amp - pos));
        const auto used = decode_reference(text, amp, out, in_attribute);
        if (used == 0) {
            out += '&';
            pos = amp + 1;
        } else {
            pos = amp + used;
        }
    }
}

std::string decode_entities(std::string_view text, bool in_attribute) {
    std::string out;
    out.reserve(text.size());
    append_decoded(out, text, in_attribute);
    return out;
}

} // namespace crosscheck::ingest::html
