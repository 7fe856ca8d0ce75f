#pragma once
// What every rule section loader shares: the file's problems collected with
// their `file:line:col`, typed reads of toml11 values that report a wrong
// type instead of throwing, and keys checked against a section's known keys.
// Internal to host/rules.

#include "host/util/error.hpp"

#include <toml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::rules {

using TomlValue = toml::value;

/// Lower case (ASCII) and single spaces: how every phrase is compared.
[[nodiscard]] std::string normalise_phrase(std::string_view text);

/// Collects every problem of one file, so that `rules check` lists them all.
class Diagnostics {
public:
    explicit Diagnostics(std::string file) : m_file(std::move(file)) {}

    /// Where `v` is written. toml11 reports line 1 column 1 for values it
    /// built itself (a missing table); the file name is kept at least.
    [[nodiscard]] Location where(const TomlValue& v) const;
    void error(const TomlValue& v, std::string message);
    void error(Location at, std::string message);
    [[nodiscard]] std::vector<Error>& errors() { return m_errors; }
    [[nodiscard]] const std::string& file() const { return m_file; }

private:
    std::string m_file;
    std::vector<Error> m_errors;
};

/// "a boolean", "an integer", ...: for "must be X, not Y" messages.
[[nodiscard]] const char* type_name(const TomlValue& v);

/// Reports each key of `table` not in `known`, with "did you mean" for a
/// near miss and the list of known keys otherwise.
void check_keys(Diagnostics& diag, const TomlValue& table, std::string_view section,
                std::initializer_list<std::string_view> known);

[[nodiscard]] std::optional<std::string> get_string(Diagnostics& diag, const TomlValue& v,
                                                    std::string_view key);
[[nodiscard]] std::optional<bool> get_bool(Diagnostics& diag, const TomlValue& v,
                                           std::string_view key);
/// An integer or a finite float.
[[nodiscard]] std::optional<double> get_number(Diagnostics& diag, const TomlValue& v,
                                               std::string_view key);
/// An array of non-empty strings, each normalised (normalise_phrase).
[[nodiscard]] std::optional<std::vector<std::string>>
get_phrases(Diagnostics& diag, const TomlValue& v, std::string_view key);
/// False (and a problem) when `v` is not a table.
bool require_table(Diagnostics& diag, const TomlValue& v, std::string_view section);

/// The entries of `table` in the order they are written (toml11 keeps
/// tables unordered), so that rules apply in the order a reader sees.
[[nodiscard]] std::vector<std::pair<std::string, const TomlValue*>>
in_file_order(const TomlValue& table);

/// Lower case letters, digits and '_': names of metrics, units, scopes.
[[nodiscard]] bool valid_name(std::string_view name);

} // namespace crosscheck::rules
