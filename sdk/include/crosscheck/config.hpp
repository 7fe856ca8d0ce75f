#pragma once
/// \file
/// The checker's configuration: its section of the rules, parsed by the host
/// and handed to the checker's constructor. Typed getters validate each key;
/// keys the checker never asked for are reported as unknown once the
/// constructor returns, so a typo in the rules is an error, not a silent
/// default.

#include "crosscheck/claim_view.hpp"
#include "crosscheck/crosscheck_plugin.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

/// Thrown for a bad configuration key or value; the boundary returns it as
/// `CROSSCHECK_ERROR_CONFIG` and the host reports it with the plugin's name.
/// Throw it yourself for a value of the right type but out of range:
/// \code
/// if (tolerance < 0) throw crosscheck::ConfigError("tolerance", "must be >= 0");
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

/// A read-only, validating view of the checker's configuration.
///
/// Every getter returns an empty optional when the key is absent and throws
/// `ConfigError` when it is present with the wrong type. Asking for a key
/// marks it as known, whether present or not.
///
/// Example (in a checker's constructor):
/// \code
/// explicit SpreadChecker(const crosscheck::Config& config)
///     : m_ratio(config.get_number("max_ratio").value_or(2.0)),
///       m_severity(config.get_string("severity").value_or("medium")) {}
/// \endcode
class Config {
public:
    /// Wraps `config` (may be null: no key). It must outlive the view.
    explicit Config(const crosscheck_config* config) noexcept
        : m_entries(config != nullptr ? config->entries : nullptr),
          m_count(config != nullptr ? config->entry_count : 0), m_read(m_count, false) {}

    /// A `true`/`false` key.
    [[nodiscard]] std::optional<bool> get_bool(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_BOOL);
        return e != nullptr ? std::optional<bool>{e->value.boolean != 0} : std::nullopt;
    }
    /// An integer key (a floating-point value is a type error).
    [[nodiscard]] std::optional<std::int64_t> get_integer(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_INTEGER);
        return e != nullptr ? std::optional{e->value.integer} : std::nullopt;
    }
    /// A number key; an integer value is accepted (`2` reads as `2.0`).
    [[nodiscard]] std::optional<double> get_number(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_NUMBER);
        if (e == nullptr) {
            return std::nullopt;
        }
        return e->value.type == CROSSCHECK_VALUE_INTEGER ? static_cast<double>(e->value.integer)
                                                         : e->value.number;
    }
    /// A string key. The view lives as long as the `crosscheck_config` (the
    /// `init` call): copy it.
    [[nodiscard]] std::optional<std::string_view> get_string(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_STRING);
        return e != nullptr ? std::optional{to_string_view(e->value.string)} : std::nullopt;
    }
    /// An array of strings, copied.
    [[nodiscard]] std::optional<std::vector<std::string>>
    get_string_list(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_ARRAY);
        if (e == nullptr) {
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (std::size_t i = 0; i < e->value.item_count; ++i) {
            const crosscheck_config_value& item = e->value.items[i];
            if (item.type != CROSSCHECK_VALUE_STRING) {
                throw ConfigError(key, describe(*e) + "expected an array of strings, item " +
                                           std::to_string(i + 1) + " is " +
                                           value_type_name(item.type));
            }
            out.emplace_back(to_string_view(item.string));
        }
        return out;
    }
    /// An array of numbers (integers accepted).
    [[nodiscard]] std::optional<std::vector<double>> get_number_list(std::string_view key) const {
        const crosscheck_config_entry* e = lookup(key, CROSSCHECK_VALUE_ARRAY);
        if (e == nullptr) {
            return std::nullopt;
        }
        std::vector<double> out;
        for (std::size_t i = 0; i < e->value.item_count; ++i) {
            const crosscheck_config_value& item = e->value.items[i];
            if (item.type == CROSSCHECK_VALUE_INTEGER) {
                out.push_back(static_cast<double>(item.integer));
            } else if (item.type == CROSSCHECK_VALUE_NUMBER) {
                out.push_back(item.number);
            } else {
                throw ConfigError(key, describe(*e) + "expected an array of numbers, item " +
                                           std::to_string(i + 1) + " is " +
                                           value_type_name(item.type));
            }
        }
        return out;
    }
    /// True when `key` is present. Does not mark it as read.
    [[nodiscard]] bool contains(std::string_view key) const noexcept {
        return find(key) != nullptr;
    }
    /// Keys present in the configuration that no getter has asked for.
    [[nodiscard]] std::vector<std::string_view> unread_keys() const {
        std::vector<std::string_view> out;
        for (std::size_t i = 0; i < m_count; ++i) {
            if (!m_read[i]) {
                out.push_back(to_string_view(m_entries[i].key));
            }
        }
        return out;
    }
    /// Throws `ConfigError` for the first key no getter asked for. Called by
    /// the export macro after the checker's constructor.
    void reject_unread_keys() const {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (!m_read[i]) {
                throw ConfigError(to_string_view(m_entries[i].key),
                                  describe(m_entries[i]) + "unknown key");
            }
        }
    }

private:
    [[nodiscard]] const crosscheck_config_entry* find(std::string_view key) const noexcept {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (to_string_view(m_entries[i].key) == key) {
                return &m_entries[i];
            }
        }
        return nullptr;
    }
    // Marks `key` read and returns its entry when present with a type that
    // `wanted` accepts; throws ConfigError on a type mismatch.
    const crosscheck_config_entry* lookup(std::string_view key, std::int32_t wanted) const {
        for (std::size_t i = 0; i < m_count; ++i) {
            if (to_string_view(m_entries[i].key) != key) {
                continue;
            }
            m_read[i] = true;
            const std::int32_t type = m_entries[i].value.type;
            const bool ok = type == wanted ||
                            (wanted == CROSSCHECK_VALUE_NUMBER && type == CROSSCHECK_VALUE_INTEGER);
            if (!ok) {
                throw ConfigError(key, describe(m_entries[i]) + "expected " +
                                           value_type_name(wanted) + ", got " +
                                           value_type_name(type));
            }
            return &m_entries[i];
        }
        return nullptr;
    }
    // "(rules/checkers.toml:4:1) " when the host told where the key is.
    static std::string describe(const crosscheck_config_entry& e) {
        const std::string_view origin = to_string_view(e.origin);
        return origin.empty() ? std::string{} : "(" + std::string(origin) + ") ";
    }

    const crosscheck_config_entry* m_entries;
    std::size_t m_count;
    // Tracking what was read is bookkeeping, not state a caller sees change.
    mutable std::vector<bool> m_read;
};

} // namespace crosscheck
