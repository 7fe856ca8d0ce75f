#pragma once
/// \file
/// A checker's configuration: its section of the rules, parsed and flattened
/// by the host, handed to the checker's constructor. A checker declares each
/// key it understands once, with its name, type, default and a one-line
/// description. That one declaration is
///  - the plugin's `config_keys` table, which `crosscheck plugins info` lists;
///  - the validation of the section before the constructor runs: a key not
///    declared (with "did you mean" for a near miss) or a value of another
///    type is an error naming the key and its place in the rules;
///  - the typed read, with the default when the section does not set the key.
///
/// Example:
/// \code
/// #include <crosscheck/checker.hpp>
///
/// constexpr crosscheck::NumberKey k_max_ratio{"max_ratio", 2.0,
///                                             "largest tolerated high/low ratio"};
/// constexpr crosscheck::SeverityKey k_severity{"severity", crosscheck::Severity::high,
///                                              "severity of a finding"};
///
/// class SpreadChecker final : public crosscheck::Checker {
/// public:
///     static constexpr crosscheck::ConfigKeys config_keys{k_max_ratio, k_severity};
///
///     explicit SpreadChecker(const crosscheck::Config& config)
///         : m_max_ratio(config.get(k_max_ratio)), m_severity(config.get(k_severity)) {
///         if (m_max_ratio < 1) {
///             throw crosscheck::ConfigError(k_max_ratio.name(), "must be >= 1");
///         }
///     }
///     // ...
/// };
/// \endcode
///
/// With `max_ratio = "3"` in the rules, `init` fails with "config key
/// 'max_ratio': (rules/checks.toml:4:13) expected number, got string"; with
/// `max_ration = 3`, "config key 'max_ration': (rules/checks.toml:4:1) unknown
/// key (did you mean 'max_ratio'?)".

#include "crosscheck/claim_view.hpp"
#include "crosscheck/crosscheck_plugin.h"
#include "crosscheck/finding_emitter.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace crosscheck {

/// Thrown for a bad configuration key or value; the boundary returns it as
/// `CROSSCHECK_ERROR_CONFIG` and the host reports it with the plugin's name.
/// Throw it yourself for a value of the right type but out of range:
/// \code
/// if (tolerance < 0) throw crosscheck::ConfigError(k_tolerance.name(), "must be >= 0");
/// \endcode
class ConfigError : public std::runtime_error {
public:
    /// "config key '`key`': `problem`".
    ConfigError(std::string_view key, std::string_view problem)
        : std::runtime_error("config key '" + std::string(key) + "': " + std::string(problem)),
          m_key(key) {}
    /// The offending key.
    [[nodiscard]] const std::string& key() const noexcept { return m_key; }

private:
    std::string m_key;
};

/// Name of a `crosscheck_value_type`: "bool", "integer", "number", "string", "array".
[[nodiscard]] inline const char* value_type_name(std::int32_t type) noexcept {
    switch (type) {
    case CROSSCHECK_VALUE_BOOL:
        return "bool";
    case CROSSCHECK_VALUE_INTEGER:
        return "integer";
    case CROSSCHECK_VALUE_NUMBER:
        return "number";
    case CROSSCHECK_VALUE_STRING:
        return "string";
    case CROSSCHECK_VALUE_ARRAY:
        return "array";
    default:
        return "unknown";
    }
}

namespace detail {

// What a declared key holds; a severity is a string naming one.
enum class KeyKind : std::uint8_t { boolean, integer, number, string, severity, strings, numbers };

// The C++ type a key reads as -> its kind and how its default is written.
template <class T>
struct KeyTraits;
template <>
struct KeyTraits<bool> {
    static constexpr KeyKind kind = KeyKind::boolean;
    using Default = bool;
};
template <>
struct KeyTraits<std::int64_t> {
    static constexpr KeyKind kind = KeyKind::integer;
    using Default = std::int64_t;
};
template <>
struct KeyTraits<double> {
    static constexpr KeyKind kind = KeyKind::number;
    using Default = double;
};
template <>
struct KeyTraits<std::string> {
    static constexpr KeyKind kind = KeyKind::string;
    using Default = std::string_view;
};
template <>
struct KeyTraits<Severity> {
    static constexpr KeyKind kind = KeyKind::severity;
    using Default = Severity;
};
// An array key has no default of its own: it is the empty array.
struct NoDefault {};
template <>
struct KeyTraits<std::vector<std::string>> {
    static constexpr KeyKind kind = KeyKind::strings;
    using Default = NoDefault;
};
template <>
struct KeyTraits<std::vector<double>> {
    static constexpr KeyKind kind = KeyKind::numbers;
    using Default = NoDefault;
};

template <class T>
concept ListKey = std::is_same_v<typename KeyTraits<T>::Default, NoDefault>;

// The value a key's default holds, whatever its kind.
struct KeyDefault {
    bool boolean = false;
    std::int64_t integer = 0;
    double number = 0;
    bool integral = false; // a number written as an integer ("24", not "24.0")
    std::string_view text;
    Severity severity = Severity::high;
};

} // namespace detail

/// A declared key, whatever its type: what `ConfigKeys` holds, the
/// `config_keys` table lists and `Config` validates against. Made from a
/// `Key`; you rarely name it.
class KeyDeclaration {
public:
    constexpr KeyDeclaration() = default;

    /// "tolerance.relative".
    [[nodiscard]] constexpr const char* name() const noexcept { return m_name; }
    /// The one-line description `crosscheck plugins info` shows.
    [[nodiscard]] constexpr const char* description() const noexcept { return m_description; }
    /// The `crosscheck_value_type` a value must have (an integer is also a
    /// number; a severity is a string).
    [[nodiscard]] constexpr std::int32_t type() const noexcept {
        switch (m_kind) {
        case detail::KeyKind::boolean:
            return CROSSCHECK_VALUE_BOOL;
        case detail::KeyKind::integer:
            return CROSSCHECK_VALUE_INTEGER;
        case detail::KeyKind::number:
            return CROSSCHECK_VALUE_NUMBER;
        case detail::KeyKind::string:
        case detail::KeyKind::severity:
            return CROSSCHECK_VALUE_STRING;
        case detail::KeyKind::strings:
        case detail::KeyKind::numbers:
            return CROSSCHECK_VALUE_ARRAY;
        }
        return CROSSCHECK_VALUE_BOOL;
    }
    /// The default as TOML text: `true`, `3`, `2.0`, `24`, `"high"`, `[]`.
    [[nodiscard]] std::string default_text() const;

private:
    template <class T>
    friend class Key;
    friend class Config;

    const char* m_name = "";
    const char* m_description = "";
    detail::KeyKind m_kind = detail::KeyKind::boolean;
    detail::KeyDefault m_default;
};

/// One configuration key, declared once: its name, its type (`T`, what
/// `Config::get` returns), its default and a one-line description.
/// Declare keys as constants and list them in the checker's `config_keys`:
/// \code
/// constexpr crosscheck::NumberKey k_window_hours{"window_hours", 24,
///                                                "how close in time figures are compared"};
/// constexpr crosscheck::BoolKey k_strict{"strict", false, "report drops as high"};
/// constexpr crosscheck::StringListKey k_outlets{"outlets", "outlets to leave out"};
/// \endcode
/// `T` is one of `bool`, `std::int64_t`, `double` (an integer value is
/// accepted), `std::string`, `Severity` (a string naming one), and
/// `std::vector<std::string>` or `std::vector<double>` (arrays, whose default
/// is the empty array).
template <class T>
class Key {
public:
    /// What the section's value reads as.
    using value_type = T;
    /// How the default is written.
    using default_type = typename detail::KeyTraits<T>::Default;

    /// Key `name`, `fallback` when the section does not set it.
    constexpr Key(const char* name, default_type fallback,
                  const char* description) requires(!detail::ListKey<T>)
        : m_name(name), m_description(description), m_fallback(fallback) {}
    /// A number key whose default is written as an integer: listed as "24",
    /// not "24.0".
    template <std::integral I>
    requires(std::is_same_v<T, double> &&
             !std::is_same_v<I, bool>) constexpr Key(const char* name, I fallback,
                                                     const char* description)
        : m_name(name), m_description(description), m_fallback(static_cast<double>(fallback)),
          m_integral(true) {}
    /// An array key: the empty array unless the section sets it.
    constexpr Key(const char* name, const char* description) requires detail::ListKey<T>
        : m_name(name), m_description(description) {}

    /// "window_hours".
    [[nodiscard]] constexpr const char* name() const noexcept { return m_name; }
    /// The one-line description.
    [[nodiscard]] constexpr const char* description() const noexcept { return m_description; }
    /// The default.
    [[nodiscard]] constexpr default_type fallback() const noexcept requires(!detail::ListKey<T>) {
        return m_fallback;
    }

    /// The declaration `ConfigKeys` keeps.
    [[nodiscard]] constexpr operator KeyDeclaration() const noexcept {
        KeyDeclaration d;
        d.m_name = m_name;
        d.m_description = m_description;
        d.m_kind = detail::KeyTraits<T>::kind;
        if constexpr (std::is_same_v<T, bool>) {
            d.m_default.boolean = m_fallback;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
            d.m_default.integer = m_fallback;
        } else if constexpr (std::is_same_v<T, double>) {
            d.m_default.number = m_fallback;
            d.m_default.integral = m_integral;
        } else if constexpr (std::is_same_v<T, std::string>) {
            d.m_default.text = m_fallback;
        } else if constexpr (std::is_same_v<T, Severity>) {
            d.m_default.severity = m_fallback;
        }
        return d;
    }

private:
    const char* m_name;
    const char* m_description;
    default_type m_fallback{};
    bool m_integral = false;
};

/// `true`/`false`.
using BoolKey = Key<bool>;
/// An integer; a floating-point value is a type error.
using IntegerKey = Key<std::int64_t>;
/// A number; an integer value is accepted (`2` reads as `2.0`).
using NumberKey = Key<double>;
/// A string.
using StringKey = Key<std::string>;
/// A severity, written as its name: "high", "medium", "low", "info".
using SeverityKey = Key<Severity>;
/// An array of strings.
using StringListKey = Key<std::vector<std::string>>;
/// An array of numbers (integers accepted).
using NumberListKey = Key<std::vector<double>>;

/// The keys a checker understands, each declared once (see `Key`): a checker
/// lists them as `static constexpr crosscheck::ConfigKeys config_keys{...}`.
/// Two keys with the same name do not compile.
template <std::size_t N>
class ConfigKeys {
public:
    /// The declarations of `keys`, in order.
    template <class... T>
    requires(sizeof...(T) == N) constexpr ConfigKeys(const Key<T>&... keys)
        : m_keys{KeyDeclaration(keys)...} {
        for (std::size_t i = 0; i < N; ++i) {
            for (std::size_t j = i + 1; j < N; ++j) {
                if (std::string_view(m_keys[i].name()) == std::string_view(m_keys[j].name())) {
                    throw std::logic_error("two configuration keys have the same name");
                }
            }
        }
    }

    /// Every declaration, in order.
    [[nodiscard]] constexpr std::span<const KeyDeclaration> declarations() const noexcept {
        return m_keys;
    }
    /// The same.
    [[nodiscard]] constexpr operator std::span<const KeyDeclaration>() const noexcept {
        return m_keys;
    }

private:
    std::array<KeyDeclaration, N> m_keys;
};

template <class... T>
ConfigKeys(const Key<T>&...) -> ConfigKeys<sizeof...(T)>;

namespace detail {

inline std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                const char* hex = "0123456789ABCDEF";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

// The shortest text that reads back as `v`, with a ".0" when that looks
// like an integer: TOML's float syntax.
inline std::string toml_number(double v) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    std::string out(buffer, result.ptr);
    if (out.find_first_not_of("-0123456789") == std::string::npos) {
        out += ".0";
    }
    return out;
}

// Levenshtein distance, for "did you mean".
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t replace = diagonal + (a[i - 1] != b[j - 1] ? 1 : 0);
            row[j] = std::min(std::min(row[j] + 1, row[j - 1] + 1), replace);
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The plugin's `config_keys` table of `keys`, with their defaults as text.
class KeyTable {
public:
    explicit KeyTable(std::span<const KeyDeclaration> keys) {
        m_defaults.reserve(keys.size());
        m_keys.reserve(keys.size());
        for (const KeyDeclaration& key : keys) {
            m_defaults.push_back(key.default_text());
            m_keys.push_back(
                {key.name(), key.type(), key.description(), m_defaults.back().c_str()});
        }
    }
    [[nodiscard]] std::span<const crosscheck_config_key> keys() const noexcept { return m_keys; }

private:
    std::vector<std::string> m_defaults;
    std::vector<crosscheck_config_key> m_keys;
};

} // namespace detail

inline std::string KeyDeclaration::default_text() const {
    switch (m_kind) {
    case detail::KeyKind::boolean:
        return m_default.boolean ? "true" : "false";
    case detail::KeyKind::integer:
        return std::to_string(m_default.integer);
    case detail::KeyKind::number:
        return m_default.integral ? std::to_string(static_cast<std::int64_t>(m_default.number))
                                  : detail::toml_number(m_default.number);
    case detail::KeyKind::string:
        return detail::toml_string(m_default.text);
    case detail::KeyKind::severity:
        return detail::toml_string(severity_name(m_default.severity));
    case detail::KeyKind::strings:
    case detail::KeyKind::numbers:
        return "[]";
    }
    return {};
}

/// The checker's configuration, validated against its declared keys, read
/// through them.
///
/// Example (in a checker's constructor):
/// \code
/// explicit SpreadChecker(const crosscheck::Config& config)
///     : m_ratio(config.get(k_max_ratio)), m_severity(config.get(k_severity)) {}
/// \endcode
class Config {
public:
    /// Checks every entry of `config` (may be null: no key) against `keys`
    /// and throws `ConfigError` for the first that is not declared ("unknown
    /// key", with "did you mean" for a near miss) or has a value of another
    /// type ("expected number, got string"), or names no severity for a
    /// severity key. Points into `config` and `keys`, which must outlive it.
    explicit Config(const crosscheck_config* config, std::span<const KeyDeclaration> keys = {})
        : m_entries(config != nullptr ? config->entries : nullptr),
          m_count(config != nullptr ? config->entry_count : 0), m_keys(keys) {
        for (std::size_t i = 0; i < m_count; ++i) {
            validate(m_entries[i]);
        }
    }

    /// The value of `key`, or its default when the section does not set it.
    /// `key` must be one of the declared keys (else `std::logic_error`: a
    /// bug in the checker, not in the rules).
    template <class T>
    [[nodiscard]] T get(const Key<T>& key) const {
        if (std::optional<T> value = find(key)) {
            return std::move(*value);
        }
        if constexpr (detail::ListKey<T>) {
            return T{};
        } else {
            return T(key.fallback());
        }
    }

    /// The value of `key` when the section sets it, else an empty optional:
    /// for a default that depends on other keys.
    /// \code
    /// const double cross = config.find(k_cross_tolerance).value_or(std::max(0.1, tolerance));
    /// \endcode
    template <class T>
    [[nodiscard]] std::optional<T> find(const Key<T>& key) const {
        const crosscheck_config_entry* e = entry(key.name());
        if (e == nullptr) {
            return std::nullopt;
        }
        const crosscheck_config_value& v = e->value;
        if constexpr (std::is_same_v<T, bool>) {
            return v.boolean != 0;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
            return v.integer;
        } else if constexpr (std::is_same_v<T, double>) {
            return number(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
            return std::string(to_string_view(v.string));
        } else if constexpr (std::is_same_v<T, Severity>) {
            return severity_from_name(to_string_view(v.string));
        } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            std::vector<std::string> out;
            for (std::size_t i = 0; i < v.item_count; ++i) {
                out.emplace_back(to_string_view(v.items[i].string));
            }
            return out;
        } else {
            std::vector<double> out;
            for (std::size_t i = 0; i < v.item_count; ++i) {
                out.push_back(number(v.items[i]));
            }
            return out;
        }
    }

private:
    static double number(const crosscheck_config_value& v) noexcept {
        return v.type == CROSSCHECK_VALUE_INTEGER ? static_cast<double>(v.integer) : v.number;
    }
    // "(rules/checkers.toml:4:1) " when the host told where the key is.
    static std::string describe(const crosscheck_config_entry& e) {
        const std::string_view origin = to_string_view(e.origin);
        return origin.empty() ? std::string{} : "(" + std::string(origin) + ") ";
    }

    const KeyDeclaration* declaration(std::string_view name) const noexcept {
        for (const KeyDeclaration& key : m_keys) {
            if (name == key.name()) {
                return &key;
            }
        }
        return nullptr;
    }
    // The section's entry for declared key `name`, or nullptr.
    const crosscheck_config_entry* entry(std::string_view name) const {
        if (declaration(name) == nullptr) {
            throw std::logic_error("config key '" + std::string(name) +
                                   "' is read but not declared in the checker's config_keys");
        }
        for (std::size_t i = 0; i < m_count; ++i) {
            if (to_string_view(m_entries[i].key) == name) {
                return &m_entries[i];
            }
        }
        return nullptr;
    }

    void validate(const crosscheck_config_entry& e) const {
        const std::string_view name = to_string_view(e.key);
        const KeyDeclaration* key = declaration(name);
        if (key == nullptr) {
            throw ConfigError(name, describe(e) + "unknown key" + near_miss(name));
        }
        const std::int32_t type = e.value.type;
        const std::int32_t wanted = key->type();
        const bool ok = type == wanted ||
                        (wanted == CROSSCHECK_VALUE_NUMBER && type == CROSSCHECK_VALUE_INTEGER);
        if (!ok) {
            throw ConfigError(name, describe(e) + "expected " + value_type_name(wanted) + ", got " +
                                        value_type_name(type));
        }
        if (key->m_kind == detail::KeyKind::severity) {
            const std::string_view text = to_string_view(e.value.string);
            if (!severity_from_name(text)) {
                throw ConfigError(name,
                                  "must be \"high\", \"medium\", \"low\" or \"info\", not \"" +
                                      std::string(text) + "\"");
            }
        }
        if (key->m_kind == detail::KeyKind::strings || key->m_kind == detail::KeyKind::numbers) {
            const bool strings = key->m_kind == detail::KeyKind::strings;
            for (std::size_t i = 0; i < e.value.item_count; ++i) {
                const std::int32_t item = e.value.items[i].type;
                const bool fits =
                    strings ? item == CROSSCHECK_VALUE_STRING
                            : item == CROSSCHECK_VALUE_INTEGER || item == CROSSCHECK_VALUE_NUMBER;
                if (!fits) {
                    throw ConfigError(name, describe(e) + "expected an array of " +
                                                (strings ? "strings" : "numbers") + ", item " +
                                                std::to_string(i + 1) + " is " +
                                                value_type_name(item));
                }
            }
        }
    }

    // " (did you mean 'max_ratio'?)" for a declared key within two edits.
    std::string near_miss(std::string_view name) const {
        const KeyDeclaration* best = nullptr;
        std::size_t best_distance = 3;
        for (const KeyDeclaration& key : m_keys) {
            const std::size_t d = detail::edit_distance(name, key.name());
            if (d > 0 && d < best_distance) {
                best = &key;
                best_distance = d;
            }
        }
        return best != nullptr ? " (did you mean '" + std::string(best->name()) + "'?)"
                               : std::string{};
    }

    const crosscheck_config_entry* m_entries;
    std::size_t m_count;
    std::span<const KeyDeclaration> m_keys;
};

} // namespace crosscheck
