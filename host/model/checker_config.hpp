#pragma once
// A checker's configuration as the rules give it: the keys of its
// `[checkers.NAME]` section merged with a metric's `[checks.METRIC.NAME]`
// overrides, flattened (nested tables as dotted keys), each value typed and
// placed. The plugin layer lays it out for the ABI; the checker validates it.

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace crosscheck::model {

/// A configuration value: bool, integer, number, string or array.
struct ConfigValue {
    enum class Type { boolean, integer, number, string, array };

    Type type = Type::boolean;
    bool boolean = false;           ///< boolean
    std::int64_t integer = 0;       ///< integer
    double number = 0;              ///< number (and an integer as a double)
    std::string string;             ///< string
    std::vector<ConfigValue> items; ///< array

    ConfigValue() = default;
    ConfigValue(bool b) : type(Type::boolean), boolean(b) {}
    template <class I>
    requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) ConfigValue(I i)
        : type(Type::integer), integer(static_cast<std::int64_t>(i)),
          number(static_cast<double>(i)) {}
    ConfigValue(double d) : type(Type::number), number(d) {}
    ConfigValue(const char* s) : type(Type::string), string(s) {}
    ConfigValue(std::string s) : type(Type::string), string(std::move(s)) {}
    ConfigValue(std::vector<ConfigValue> a) : type(Type::array), items(std::move(a)) {}
};

/// One key of a checker's configuration: `{"max_ratio", 2.5, "checks.toml:12:13"}`.
struct ConfigEntry {
    std::string key; ///< dotted for nested tables: "tolerance.relative"
    ConfigValue value;
    std::string origin; ///< "file:line:col" of the value, or "" when not from a file

    ConfigEntry() = default;
    ConfigEntry(std::string key_, ConfigValue value_, std::string origin_ = {})
        : key(std::move(key_)), value(std::move(value_)), origin(std::move(origin_)) {}
};

/// A checker's whole configuration, sorted by key.
using CheckerConfig = std::vector<ConfigEntry>;

} // namespace crosscheck::model
