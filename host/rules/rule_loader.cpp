#include "host/rules/rule_loader.hpp"
#include "host/util/spelling.hpp"

#include "host/rules/check_rules.hpp"

#include "host/util/sha256.hpp"
#include "host/util/toml_guard.hpp"

#include <toml.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace crosscheck::rules {
namespace {

using Value = toml::value;

// Lower case (ASCII) and single spaces: how every phrase is compared.
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

// Collects every problem, so that `rules check` can list them all.
class Diagnostics {
public:
    explicit Diagnostics(std::string file) : m_file(std::move(file)) {}

    Location where(const Value& v) const {
        const auto loc = v.location();
        // toml11 reports line 1 column 1 for values it built itself
        // (a missing table); keep the file name at least.
        return Location{m_file, static_cast<std::uint32_t>(loc.line()),
                        static_cast<std::uint32_t>(loc.column())};
    }
    void error(const Value& v, std::string message) {
        m_errors.push_back(Error{std::move(message), where(v)});
    }
    void error(Location at, std::string message) {
        m_errors.push_back(Error{std::move(message), std::move(at)});
    }
    std::vector<Error>& errors() { return m_errors; }
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
    std::vector<Error> m_errors;
};

// Reports the keys of `table` that are not in `known`, with a "did you
// mean" for a near miss.
void check_keys(Diagnostics& diag, const Value& table, std::string_view section,
                std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : table.as_table()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string message = "unknown key '" + key + "' in [" + std::string(section) + "]";
        std::string_view best;
        std::size_t best_distance = 3;
        for (const auto candidate : known) {
            const auto d = edit_distance(key, candidate);
            if (d < best_distance) {
                best_distance = d;
                best = candidate;
            }
        }
        if (!best.empty()) {
            message += " (did you mean '" + std::string(best) + "'?)";
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

const char* type_name(const Value& v) {
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

std::optional<std::string> get_string(Diagnostics& diag, const Value& v, std::string_view key) {
    if (!v.is_string()) {
        diag.error(v, "'" + std::string(key) + "' must be a string, not " + type_name(v));
        return std::nullopt;
    }
    return v.as_string().str;
}

std::optional<bool> get_bool(Diagnostics& diag, const Value& v, std::string_view key) {
    if (!v.is_boolean()) {
        diag.error(v, "'" + std::string(key) + "' must be true or false, not " + type_name(v));
        return std::nullopt;
    }
    return v.as_boolean();
}

std::optional<double> get_number(Diagnostics& diag, const Value& v, std::string_view key) {
    if (v.is_integer()) {
        return static_cast<double>(v.as_integer());
    }
    if (v.is_floating() && std::isfinite(v.as_floating())) {
        return v.as_floating();
    }
    diag.error(v, "'" + std::string(key) + "' must be a finite number, not " + type_name(v));
    return std::nullopt;
}

std::optional<std::vector<std::string>> get_phrases(Diagnostics& diag, const Value& v,
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

bool require_table(Diagnostics& diag, const Value& v, std::string_view section) {
    if (!v.is_table()) {
        diag.error(v, "[" + std::string(section) + "] must be a table, not " + type_name(v));
        return false;
    }
    return true;
}

// Sorted by their position in the file, so that rules apply in the order
// they are written (toml11 keeps tables unordered).
std::vector<std::pair<std::string, const Value*>> in_file_order(const Value& table) {
    std::vector<std::pair<std::string, const Value*>> out;
    for (const auto& [key, value] : table.as_table()) {
        out.emplace_back(key, &value);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const auto la = a.second->location();
        const auto lb = b.second->location();
        return std::pair(la.line(), la.column()) < std::pair(lb.line(), lb.column());
    });
    return out;
}

bool valid_name(std::string_view name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

void load_qualifiers(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "qualifiers")) {
        return;
    }
    check_keys(diag, section, "qualifiers",
               {"approximate_tolerance", "nearly_tolerance", "open_upper_factor"});
    const auto fraction = [&](std::string_view key, double& target) {
        if (!section.contains(std::string(key))) {
            return;
        }
        const auto& v = section.at(std::string(key));
        if (auto x = get_number(diag, v, key)) {
            if (*x < 0 || *x >= 1) {
                diag.error(v, "'" + std::string(key) + "' must be a fraction in [0, 1), e.g. 0.1");
            } else {
                target = *x;
            }
        }
    };
    fraction("approximate_tolerance", rules.numbers.approximate_tolerance);
    fraction("nearly_tolerance", rules.numbers.nearly_tolerance);
    if (section.contains("open_upper_factor")) {
        const auto& v = section.at("open_upper_factor");
        if (auto x = get_number(diag, v, "open_upper_factor")) {
            if (*x != 0 && *x < 1) {
                diag.error(v, "'open_upper_factor' must be 0 (unbounded) or at least 1");
            } else {
                rules.numbers.open_upper_factor = *x;
            }
        }
    }
}

void load_vague(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "vague")) {
        return;
    }
    for (const auto& [key, v] : in_file_order(section)) {
        const std::string phrase = normalise_phrase(key);
        if (!v->is_array() || v->as_array().size() != 2) {
            diag.error(*v, "vague amount '" + key + "' must be [low, high], e.g. [24, 99]");
            continue;
        }
        const auto low = get_number(diag, v->as_array()[0], key);
        const auto high = get_number(diag, v->as_array()[1], key);
        if (!low || !high) {
            continue;
        }
        if (*low < 0 || *low > *high) {
            diag.error(*v, "vague amount '" + key + "': low must be >= 0 and <= high");
            continue;
        }
        auto& list = rules.numbers.vague_amounts;
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const auto& a) { return a.phrase == phrase; });
        if (it != list.end()) {
            it->low = *low;
            it->high = *high;
        } else {
            list.push_back({phrase, *low, *high});
        }
    }
}

void load_units(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "units")) {
        return;
    }
    for (const auto& [name, v] : in_file_order(section)) {
        const std::string where = "units." + name;
        if (!valid_name(name)) {
            diag.error(*v, "unit name '" + name + "' must be lower case letters, digits and '_'");
            continue;
        }
        if (!require_table(diag, *v, where)) {
            continue;
        }
        check_keys(diag, *v, where, {"words"});
        auto& unit = rules.units[name];
        unit.name = name;
        unit.where = diag.where(*v);
        if (!v->contains("words")) {
            if (unit.words.empty()) {
                diag.error(*v, "[" + where + "] needs 'words', e.g. words = { kg = 0.001 }");
            }
            continue;
        }
        const auto& words = v->at("words");
        if (!require_table(diag, words, where + ".words")) {
            continue;
        }
        for (const auto& [word, factor_value] : in_file_order(words)) {
            const auto factor = get_number(diag, *factor_value, word);
            if (!factor) {
                continue;
            }
            if (*factor <= 0) {
                diag.error(*factor_value, "unit word '" + word + "' needs a factor > 0");
                continue;
            }
            const std::string phrase = normalise_phrase(word);
            auto it = std::find_if(unit.words.begin(), unit.words.end(),
                                   [&](const auto& w) { return w.phrase == phrase; });
            if (it != unit.words.end()) {
                it->factor = *factor;
            } else {
                unit.words.push_back({phrase, *factor});
            }
        }
    }
}

void load_metrics(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "metrics")) {
        return;
    }
    for (const auto& [name, v] : in_file_order(section)) {
        const std::string where = "metrics." + name;
        if (!valid_name(name)) {
            diag.error(*v, "metric name '" + name + "' must be lower case letters, digits and '_'");
            continue;
        }
        if (!require_table(diag, *v, where)) {
            continue;
        }
        check_keys(diag, *v, where,
                   {"description", "unit", "cumulative", "require_unit", "keywords", "enabled"});
        auto it = std::find_if(rules.metrics.begin(), rules.metrics.end(),
                               [&](const Metric& m) { return m.name == name; });
        const bool is_new = it == rules.metrics.end();
        Metric metric = is_new ? Metric{} : *it;
        metric.name = name;
        metric.where = diag.where(*v);
        const auto& t = *v;
        if (t.contains("description")) {
            if (auto s = get_string(diag, t.at("description"), "description")) {
                metric.description = *s;
            }
        }
        if (t.contains("unit")) {
            if (auto s = get_string(diag, t.at("unit"), "unit")) {
                metric.unit = *s;
            }
        }
        if (t.contains("cumulative")) {
            if (auto b = get_bool(diag, t.at("cumulative"), "cumulative")) {
                metric.cumulative = *b;
            }
        }
        if (t.contains("require_unit")) {
            if (auto b = get_bool(diag, t.at("require_unit"), "require_unit")) {
                metric.require_unit = *b;
            }
        }
        if (t.contains("keywords")) {
            if (auto k = get_phrases(diag, t.at("keywords"), "keywords")) {
                metric.keywords = std::move(*k);
            }
        }
        bool enabled = true;
        if (t.contains("enabled")) {
            enabled = get_bool(diag, t.at("enabled"), "enabled").value_or(true);
        }
        if (!enabled) {
            if (!is_new) {
                rules.metrics.erase(it);
            }
            continue;
        }
        if (metric.unit.empty()) {
            diag.error(*v, "[" + where + "] needs 'unit', the name of a [units] table");
            continue;
        }
        if (metric.keywords.empty()) {
            diag.error(*v, "[" + where + "] needs 'keywords', e.g. keywords = [\"killed\"]");
            continue;
        }
        if (is_new) {
            rules.metrics.push_back(std::move(metric));
        } else {
            *it = std::move(metric);
        }
    }
}

void load_scopes(Diagnostics& diag, const Value& section, std::string_view kind,
                 std::vector<Scope>& scopes) {
    if (!require_table(diag, section, kind)) {
        return;
    }
    const bool subjects = kind == "subjects";
    for (const auto& [name, v] : in_file_order(section)) {
        const std::string where = std::string(kind) + "." + name;
        if (!valid_name(name) && kind != "periods") {
            diag.error(*v, "name '" + name + "' must be lower case letters, digits and '_'");
            continue;
        }
        if (!require_table(diag, *v, where)) {
            continue;
        }
        if (subjects) {
            check_keys(diag, *v, where, {"keywords", "possessive_keywords", "when_attribution"});
        } else {
            check_keys(diag, *v, where, {"keywords"});
        }
        auto it = std::find_if(scopes.begin(), scopes.end(),
                               [&](const Scope& s) { return s.name == name; });
        if (it == scopes.end()) {
            scopes.push_back(Scope{name, {}, {}, {}, diag.where(*v)});
            it = scopes.end() - 1;
        }
        for (const auto& [key, list] :
             {std::pair<std::string_view, std::vector<std::string>*>{"keywords", &it->keywords},
              {"possessive_keywords", &it->possessive_keywords},
              {"when_attribution", &it->when_attribution}}) {
            if (v->contains(std::string(key))) {
                if (auto k = get_phrases(diag, v->at(std::string(key)), key)) {
                    *list = std::move(*k);
                }
            }
        }
        if (it->keywords.empty() && it->possessive_keywords.empty()) {
            diag.error(*v, "[" + where + "] needs 'keywords'");
        }
        if (!it->possessive_keywords.empty() && it->when_attribution.empty()) {
            diag.error(*v, "[" + where + "] has 'possessive_keywords' but no 'when_attribution'");
        }
    }
}

void load_aliases(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "aliases")) {
        return;
    }
    for (const auto& [canonical, v] : in_file_order(section)) {
        auto names = get_phrases(diag, *v, canonical);
        if (!names) {
            continue;
        }
        const std::string target = normalise_phrase(canonical);
        for (auto& alias : *names) {
            std::erase_if(rules.aliases, [&](const auto& a) { return a.first == alias; });
            rules.aliases.emplace_back(std::move(alias), target);
        }
    }
}

void load_string_lists(
    Diagnostics& diag, const Value& section, std::string_view name,
    std::initializer_list<std::pair<std::string_view, std::vector<std::string>*>> fields) {
    if (!require_table(diag, section, name)) {
        return;
    }
    std::vector<std::string_view> known;
    for (const auto& f : fields) {
        known.push_back(f.first);
    }
    for (const auto& [key, value] : section.as_table()) {
        auto it = std::find_if(fields.begin(), fields.end(),
                               [&](const auto& f) { return f.first == key; });
        if (it == fields.end()) {
            continue;
        }
        if (auto list = get_phrases(diag, value, key)) {
            *it->second = std::move(*list);
        }
    }
    // check_keys takes an initializer_list; rebuild the message by hand.
    for (const auto& [key, value] : section.as_table()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) {
            continue;
        }
        std::string message = "unknown key '" + key + "' in [" + std::string(name) + "]";
        for (const auto candidate : known) {
            if (edit_distance(key, candidate) < 3) {
                message += " (did you mean '" + std::string(candidate) + "'?)";
                break;
            }
        }
        diag.error(value, std::move(message));
    }
}

void load_actors(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "actors")) {
        return;
    }
    for (const auto& [key, v] : in_file_order(section)) {
        const std::string where = "actors." + key;
        if (!require_table(diag, *v, where)) {
            continue;
        }
        check_keys(diag, *v, where, {"name", "patterns"});
        Actor actor;
        actor.name = key;
        if (v->contains("name")) {
            actor.name = get_string(diag, v->at("name"), "name").value_or(key);
        }
        auto it = std::find_if(rules.actors.begin(), rules.actors.end(),
                               [&](const Actor& a) { return a.name == actor.name; });
        if (v->contains("patterns")) {
            actor.patterns = get_phrases(diag, v->at("patterns"), "patterns")
                                 .value_or(std::vector<std::string>{});
        }
        actor.where = diag.where(*v);
        if (actor.patterns.empty()) {
            diag.error(*v, "[" + where + "] needs 'patterns'");
            continue;
        }
        if (it != rules.actors.end()) {
            *it = std::move(actor);
        } else {
            rules.actors.push_back(std::move(actor));
        }
    }
}

std::optional<int> parse_clock(std::string_view text) {
    // "HH:MM", 00:00-23:59.
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) {
        return std::nullopt;
    }
    const int h = (text[0] - '0') * 10 + (text[1] - '0');
    const int m = (text[3] - '0') * 10 + (text[4] - '0');
    if (h > 23 || m > 59) {
        return std::nullopt;
    }
    return h * 60 + m;
}

void load_time(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "time")) {
        return;
    }
    check_keys(diag, section, "time", {"parts_of_day", "local_offset"});
    if (section.contains("parts_of_day")) {
        const auto& parts = section.at("parts_of_day");
        if (require_table(diag, parts, "time.parts_of_day")) {
            for (const auto& [word, v] : in_file_order(parts)) {
                auto text = get_string(diag, *v, word);
                if (!text) {
                    continue;
                }
                auto minutes = parse_clock(*text);
                if (!minutes) {
                    diag.error(*v,
                               "'" + word + "' must be a time of day \"HH:MM\", e.g. \"19:00\"");
                    continue;
                }
                rules.time.parts_of_day[normalise_phrase(word)] = *minutes;
            }
        }
    }
    if (section.contains("local_offset")) {
        const auto& v = section.at("local_offset");
        if (auto text = get_string(diag, v, "local_offset")) {
            const std::string_view t = *text;
            std::optional<int> minutes;
            if (t == "Z" || t == "UTC") {
                minutes = 0;
            } else if (t.size() == 6 && (t[0] == '+' || t[0] == '-')) {
                if (auto m = parse_clock(t.substr(1))) {
                    minutes = t[0] == '-' ? -*m : *m;
                }
            }
            if (!minutes) {
                diag.error(v, "'local_offset' must be \"UTC\" or \"+HH:MM\"/\"-HH:MM\"");
            } else {
                rules.time.local_offset_minutes = *minutes;
            }
        }
    }
}

void load_limits(Diagnostics& diag, const Value& section, RuleSet& rules) {
    if (!require_table(diag, section, "limits")) {
        return;
    }
    check_keys(diag, section, "limits",
               {"max_source_bytes", "max_line_bytes", "max_html_depth", "max_claims_per_source"});
    const auto limit = [&](std::string_view key, std::uint64_t& target) {
        if (!section.contains(std::string(key))) {
            return;
        }
        const auto& v = section.at(std::string(key));
        if (!v.is_integer()) {
            diag.error(v, "'" + std::string(key) + "' must be a whole number, not " + type_name(v));
        } else if (v.as_integer() < 1) {
            diag.error(v, "'" + std::string(key) + "' must be at least 1");
        } else {
            target = static_cast<std::uint64_t>(v.as_integer());
        }
    };
    limit("max_source_bytes", rules.limits.max_source_bytes);
    limit("max_line_bytes", rules.limits.max_line_bytes);
    limit("max_html_depth", rules.limits.max_html_depth);
    limit("max_claims_per_source", rules.limits.max_claims_per_source);
}

void load_document(Diagnostics& diag, const Value& root, RuleSet& rules) {
    for (const auto& [section, v] : in_file_order(root)) {
        if (section == "qualifiers") {
            load_qualifiers(diag, *v, rules);
        } else if (section == "vague") {
            load_vague(diag, *v, rules);
        } else if (section == "units") {
            load_units(diag, *v, rules);
        } else if (section == "metrics") {
            load_metrics(diag, *v, rules);
        } else if (section == "aliases") {
            load_aliases(diag, *v, rules);
        } else if (section == "subjects" || section == "events" || section == "periods") {
            load_scopes(diag, *v, section,
                        section == "subjects" ? rules.subjects
                        : section == "events" ? rules.events
                                              : rules.periods);
        } else if (section == "subsets") {
            load_string_lists(diag, *v, "subsets",
                              {{"after", &rules.subsets.after}, {"before", &rules.subsets.before}});
        } else if (section == "anaphora") {
            load_string_lists(diag, *v, "anaphora", {{"keywords", &rules.anaphora}});
        } else if (section == "actors") {
            load_actors(diag, *v, rules);
        } else if (section == "attribution") {
            load_string_lists(diag, *v, "attribution",
                              {{"speech_verbs", &rules.attribution.speech_verbs},
                               {"source_prefixes", &rules.attribution.source_prefixes},
                               {"pronouns", &rules.attribution.pronouns}});
        } else if (section == "time") {
            load_time(diag, *v, rules);
        } else if (section == "limits") {
            load_limits(diag, *v, rules);
        } else if (is_check_section(section)) {
            // [checkers], [checks], [policy], [sides]: host/rules/check_rules.cpp.
        } else {
            static constexpr std::array<std::string_view, 14> k_sections = {
                "qualifiers", "vague",       "units",   "metrics", "aliases",
                "subjects",   "events",      "periods", "subsets", "anaphora",
                "actors",     "attribution", "time",    "limits"};
            std::string message = "unknown section [" + section + "]";
            for (const auto known : k_sections) {
                if (edit_distance(section, known) < 3) {
                    message += " (did you mean [" + std::string(known) + "]?)";
                    break;
                }
            }
            diag.error(*v, std::move(message));
        }
    }
}

// Checks that need every file merged: a metric's unit must exist.
void check_merged(std::vector<Error>& errors, const RuleSet& rules) {
    for (const auto& metric : rules.metrics) {
        if (!rules.find_unit(metric.unit)) {
            std::string known;
            for (const auto& [name, unit] : rules.units) {
                known += (known.empty() ? "" : ", ") + name;
            }
            errors.push_back(Error{"metric '" + metric.name + "' names unit '" + metric.unit +
                                       "', which no [units] table defines (known: " + known + ")",
                                   metric.where});
        }
    }
}

// The first line of a toml11 message, without its "[error] toml::xxx: " prefix.
std::string short_message(std::string_view what) {
    std::string_view line = what.substr(0, what.find('\n'));
    if (line.starts_with("[error] ")) {
        line.remove_prefix(8);
    }
    if (line.starts_with("toml::")) {
        if (const auto colon = line.find(": "); colon != std::string_view::npos) {
            line.remove_prefix(colon + 2);
        }
    }
    // Some toml11 messages have nothing after the prefix (found by
    // fuzz/rules_fuzz.cpp); an error must still say something.
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        return "malformed TOML";
    }
    return std::string(line);
}

std::pair<RuleSet, std::vector<Error>> load_all(const std::vector<RuleText>& texts) {
    RuleSet rules;
    std::vector<Error> errors;
    Sha256 hash;
    for (const auto& file : texts) {
        hash.update(std::to_string(file.name.size()) + ":" + file.name);
        hash.update(std::to_string(file.text.size()) + ":" + file.text);
        rules.files.push_back(file.name);
        Diagnostics diag(file.name);
        if (auto hazard = toml_hazard(file.text, file.name)) {
            errors.push_back(std::move(*hazard));
            continue;
        }
        try {
            std::istringstream in(file.text);
            const Value root = toml::parse(in, file.name);
            load_document(diag, root, rules);
        } catch (const toml::exception& e) {
            const auto& loc = e.location();
            diag.error(Location{file.name, static_cast<std::uint32_t>(loc.line()),
                                static_cast<std::uint32_t>(loc.column())},
                       short_message(e.what()));
        } catch (const std::exception& e) {
            diag.error(Location{file.name}, short_message(e.what()));
        }
        errors.insert(errors.end(), diag.errors().begin(), diag.errors().end());
    }
    if (errors.empty()) {
        check_merged(errors, rules);
    }
    rules.hash = hash.hex_digest();
    return {std::move(rules), std::move(errors)};
}

} // namespace

const Metric* RuleSet::find_metric(std::string_view name) const {
    auto it = std::find_if(metrics.begin(), metrics.end(),
                           [&](const Metric& m) { return m.name == name; });
    return it == metrics.end() ? nullptr : &*it;
}

const Unit* RuleSet::find_unit(std::string_view name) const {
    auto it = units.find(std::string(name));
    return it == units.end() ? nullptr : &it->second;
}

std::vector<Error> check_rules(const std::vector<RuleText>& texts) {
    return load_all(texts).second;
}

Expected<RuleSet> load_rules(const std::vector<RuleText>& texts) {
    auto [rules, errors] = load_all(texts);
    if (!errors.empty()) {
        return std::unexpected(errors.front());
    }
    return std::move(rules);
}

Expected<std::vector<RuleText>> read_rule_files(const std::filesystem::path& path) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
            if (entry.path().extension() == ".toml" && entry.is_regular_file(ec)) {
                files.push_back(entry.path());
            }
        }
        if (ec) {
            return fail("cannot list rule folder '" + path.string() + "': " + ec.message());
        }
        std::sort(files.begin(), files.end());
        if (files.empty()) {
            return fail("rule folder '" + path.string() + "' holds no .toml files");
        }
    } else if (std::filesystem::exists(path, ec)) {
        files.push_back(path);
    } else {
        return fail("rule file '" + path.string() + "' does not exist");
    }
    std::vector<RuleText> out;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            return fail("cannot read rule file '" + file.string() + "'");
        }
        std::ostringstream text;
        text << in.rdbuf();
        out.push_back({file.string(), std::move(text).str()});
    }
    return out;
}

std::filesystem::path default_rules_dir() {
    if (const char* env = std::getenv("CROSSCHECK_RULES_DIR"); env != nullptr && *env != '\0') {
        return env;
    }
    return CROSSCHECK_RULES_DIR;
}

Expected<RuleSet> load_effective_rules(const std::optional<std::filesystem::path>& override_path) {
    auto texts = read_rule_files(default_rules_dir());
    if (!texts) {
        return std::unexpected(texts.error());
    }
    if (override_path) {
        auto extra = read_rule_files(*override_path);
        if (!extra) {
            return std::unexpected(extra.error());
        }
        texts->insert(texts->end(), extra->begin(), extra->end());
    }
    return load_rules(*texts);
}

} // namespace crosscheck::rules
