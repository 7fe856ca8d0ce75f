#include "host/rules/toml_reading.hpp"

#include "host/util/spelling.hpp"

#include <algorithm>
#include <cmath>

namespace crosscheck::rules {

std::string normalise_phrase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

Location Diagnostics::where(const TomlValue& v) const {
    const auto loc = v.location();
    return Location{m_file, static_cast<std::uint32_t>(loc.line()),
                    static_cast<std::uint32_t>(loc.column())};
}

void Diagnostics::error(const TomlValue& v, std::string message) {
    m_errors.push_back(Error{std::move(message), where(v)});
}

void Diagnostics::error(Location at, std::string message) {
    m_errors.push_back(Error{std::move(message), std::move(at)});
}

const char* type_name(const TomlValue& v) {
    switch (v.type()) {
    case toml::value_t::boolean:
        return "a boolean";
    case toml::value_t::integer:
        return "an integer";
    case toml::value_t::floating:
        return "a number";
    case toml::value_t::string:
        return "a string";
    case toml::value_t::array:
        return "an array";
    case toml::value_t::table:
        return "a table";
    default:
        return "a date or time";
    }
}

void check_keys(Diagnostics& diag, const TomlValue& table, std::string_view section,
                std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : table.as_table()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string message = "unknown key '" + key + "' in [" + std::string(section) + "]";
        if (const std::string hint = did_you_mean(key, known); !hint.empty()) {
            message += hint;
        } else {
            std::string list;
            for (const auto candidate : known) {
                list += (list.empty() ? "" : ", ") + std::string(candidate);
            }
            message += "; known keys: " + list;
        }
        diag.error(value, std::move(message));
    }
}

std::optional<std::string> get_string(Diagnostics& diag, const TomlValue& v, std::string_view key) {
    if (!v.is_string()) {
        diag.error(v, "'" + std::string(key) + "' must be a string, not " + type_name(v));
        return std::nullopt;
    }
    return v.as_string().str;
}

std::optional<bool> get_bool(Diagnostics& diag, const TomlValue& v, std::string_view key) {
    if (!v.is_boolean()) {
        diag.error(v, "'" + std::string(key) + "' must be true or false, not " + type_name(v));
        return std::nullopt;
    }
    return v.as_boolean();
}

std::optional<double> get_number(Diagnostics& diag, const TomlValue& v, std::string_view key) {
    if (v.is_integer()) {
        return static_cast<double>(v.as_integer());
    }
    if (v.is_floating() && std::isfinite(v.as_floating())) {
        return v.as_floating();
    }
    diag.error(v, "'" + std::string(key) + "' must be a finite number, not " + type_name(v));
    return std::nullopt;
}

std::optional<std::vector<std::string>> get_phrases(Diagnostics& diag, const TomlValue& v,
                                                    std::string_view key) {
    if (!v.is_array()) {
        diag.error(v,
                   "'" + std::string(key) + "' must be an array of strings, not " + type_name(v));
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (const auto& item : v.as_array()) {
        if (!item.is_string()) {
            diag.error(item,
                       "'" + std::string(key) + "' must hold only strings, not " + type_name(item));
            return std::nullopt;
        }
        auto phrase = normalise_phrase(item.as_string().str);
        if (phrase.empty()) {
            diag.error(item, "'" + std::string(key) + "' holds an empty phrase");
            return std::nullopt;
        }
        out.push_back(std::move(phrase));
    }
    return out;
}

bool require_table(Diagnostics& diag, const TomlValue& v, std::string_view section) {
    if (!v.is_table()) {
        diag.error(v, "[" + std::string(section) + "] must be a table, not " + type_name(v));
        return false;
    }
    return true;
}

std::vector<std::pair<std::string, const TomlValue*>> in_file_order(const TomlValue& table) {
    // toml11 computes a location by counting the lines before it, so each
    // entry's is taken once, not at every comparison of the sort: that made
    // loading the rules a third of a `check` with nothing new.
    struct Entry {
        std::pair<std::size_t, std::size_t> where; // line, column
        std::pair<std::string, const TomlValue*> named;
    };
    std::vector<Entry> entries;
    entries.reserve(table.as_table().size());
    for (const auto& [key, value] : table.as_table()) {
        const auto loc = value.location();
        entries.push_back({{loc.line(), loc.column()}, {key, &value}});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.where < b.where; });
    std::vector<std::pair<std::string, const TomlValue*>> out;
    out.reserve(entries.size());
    for (auto& entry : entries) {
        out.push_back(std::move(entry.named));
    }
    return out;
}

bool valid_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

} // namespace crosscheck::rules
