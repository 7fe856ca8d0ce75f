#include "host/extract/stemmer.hpp"

#include "host/extract/lexicon.hpp"

#include <libstemmer.h>

#include <new>
#include <utility>

namespace crosscheck::extract {
namespace {

// Porter2's special forms whose first letters are not their stem's: the
// prefix filter must let them through when their stem is a rule stem.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> k_special_forms = {{
    {"dying", "die"},
    {"lying", "lie"},
    {"tying", "tie"},
    {"skies", "sky"},
    {"lives", "life"}, // k_irregular_forms
}};

// Forms whose Porter2 stem would join two senses news tells apart: "lives"
// is the plural of "life" ("claimed 300 lives"), not "live" ("lived in").
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> k_irregular_forms = {{
    {"lives", "life"},
}};

bool bit(const auto& bits, std::size_t i) {
    return (bits[i / 64] >> (i % 64)) & 1U;
}

void set_bit(auto& bits, std::size_t i) {
    bits[i / 64] |= std::uint64_t{1} << (i % 64);
}

std::size_t two_bytes(std::string_view w) {
    return (static_cast<std::size_t>(static_cast<unsigned char>(w[0])) << 8) |
           static_cast<unsigned char>(w[1]);
}

} // namespace

Stemmer::Stemmer() : m_stemmer(sb_stemmer_new("english", "UTF_8")) {
    if (m_stemmer == nullptr) {
        throw std::bad_alloc(); // the library fails only when out of memory
    }
}

Stemmer::~Stemmer() {
    sb_stemmer_delete(m_stemmer);
}

std::string_view Stemmer::stem(std::string_view word) {
    if (!is_stemmed_word(word)) {
        return word;
    }
    for (const auto& [form, stem] : k_irregular_forms) {
        if (word == form) {
            return stem;
        }
    }
    const sb_symbol* out = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) {
        throw std::bad_alloc();
    }
    return {reinterpret_cast<const char*>(out),
            static_cast<std::size_t>(sb_stemmer_length(m_stemmer))};
}

bool is_stemmed_word(std::string_view word) {
    if (word.size() < 3) {
        return false; // Porter2 leaves words of one or two letters as they are
    }
    for (const char c : word) {
        if ((c >= '0' && c <= '9') || c == '\'' || c == '.') {
            return false;
        }
    }
    return true;
}

std::uint32_t StemPrefixes::slot3(std::string_view w) {
    const auto b = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i]));
    };
    return ((b(0) * 0x9E3779B1U) ^ (b(1) * 0x85EBCA77U) ^ (b(2) * 0xC2B2AE3DU)) >> 17;
}

void StemPrefixes::add_prefix(std::string_view prefix) {
    if (prefix.size() >= 3) {
        set_bit(m_three, slot3(prefix));
    } else if (prefix.size() == 2) {
        set_bit(m_two, two_bytes(prefix));
    } else if (prefix.size() == 1) {
        set_bit(m_one, static_cast<unsigned char>(prefix[0]));
    }
}

void StemPrefixes::add(std::string_view stem) {
    add_prefix(stem);
    for (const auto& [form, form_stem] : k_special_forms) {
        if (form_stem == stem) {
            add_prefix(form);
        }
    }
}

bool StemPrefixes::may_match(std::string_view word) const {
    if (word.empty()) {
        return false;
    }
    return (word.size() >= 3 && bit(m_three, slot3(word))) ||
           (word.size() >= 2 && bit(m_two, two_bytes(word))) ||
           bit(m_one, static_cast<unsigned char>(word[0]));
}

std::string stem_words(std::string_view phrase) {
    Stemmer stemmer;
    std::string out;
    const std::string words = normalise_words(phrase);
    std::string_view rest = words;
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        if (!out.empty()) {
            out += ' ';
        }
        out += stemmer.stem(word);
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    return out;
}

} // namespace crosscheck::extract
