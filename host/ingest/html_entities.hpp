#pragma once
// HTML character references: named (`&rsquo;`, about 300 of the HTML names
// news pages use), decimal (`&#39;`) and hexadecimal (`&#x2019;`).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::ingest::html {

/// The UTF-8 text of the named character reference `name` (without '&'
/// and ';'), or nullopt when it is not one we know. Case-sensitive, as in
/// HTML (`&Eacute;` is not `&eacute;`).
[[nodiscard]] std::optional<std::string_view> named_entity(std::string_view name);

/// Appends `cp` as UTF-8. Surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

/// Decodes the character reference at `text[pos]`, which must be '&', onto
/// `out`, and returns how many bytes of `text` it used; 0 when there is no
/// reference there (the '&' is then a literal ampersand). Numeric
/// references to 0, surrogates, values past U+10FFFF and control characters
/// become U+FFFD; 128-159 are read as Windows-1252, as browsers do
/// (`&#150;` is an en dash). A few legacy names (amp, lt, gt, quot, nbsp,
/// copy, reg) work without ';' in text, but not in an attribute
/// (`in_attribute`), where "&copy=1" is part of a URL.
std::size_t decode_reference(std::string_view text, std::size_t pos, std::string& out,
                             bool in_attribute);

/// Appends `text` to `out` with every character reference decoded.
void append_decoded(std::string& out, std::string_view text, bool in_attribute = false);

/// `text` with every character reference decoded.
[[nodiscard]] std::string decode_entities(std::string_view text, bool in_attribute = false);

} // namespace crosscheck::ingest::html
