#include "host/rules/extraction_sections.hpp"

#include "host/util/spelling.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>

namespace crosscheck::rules {
namespace {

void load_scopes(Diagnostics& diag, const TomlValue& section, std::string_view kind,
                 std::vector<Scope>& scopes) {
    if (!require_table(diag, section, kind)) {
        return;
    }
    const bool subjects = kind == "subjects";
    // A place is named by what it is called ("Derna", "the city"): aliases.
    const std::string keywords_key = kind == "places" ? "aliases" : "keywords";
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
            check_keys(diag, *v, where, {keywords_key});
        }
        auto it = std::find_if(scopes.begin(), scopes.end(),
                               [&](const Scope& s) { return s.name == name; });
        if (it == scopes.end()) {
            scopes.push_back(Scope{name, {}, {}, {}, diag.where(*v)});
            it = scopes.end() - 1;
        }
        for (const auto& [key, list] :
             {std::pair<std::string_view, std::vector<std::string>*>{keywords_key, &it->keywords},
              {"possessive_keywords", &it->possessive_keywords},
              {"when_attribution", &it->when_attribution}}) {
            if (v->contains(std::string(key))) {
                if (auto k = get_phrases(diag, v->at(std::string(key)), key)) {
                    *list = std::move(*k);
                }
            }
        }
        if (it->keywords.empty() && it->possessive_keywords.empty()) {
            diag.error(*v, "[" + where + "] needs '" + keywords_key + "'");
        }
        if (!it->possessive_keywords.empty() && it->when_attribution.empty()) {
            diag.error(*v, "[" + where + "] has 'possessive_keywords' but no 'when_attribution'");
        }
    }
}

void load_string_lists(
    Diagnostics& diag, const TomlValue& section, std::string_view name,
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
    for (const auto& [key, value] : section.as_table()) {
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            diag.error(value, "unknown key '" + key + "' in [" + std::string(name) + "]" +
                                  did_you_mean(key, known));
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

} // namespace

void load_qualifiers(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    if (!require_table(diag, section, "qualifiers")) {
        return;
    }
    check_keys(diag, section, "qualifiers",
               {"approximate_tolerance", "nearly_tolerance", "open_upper_factor", "vague_claims"});
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
    if (section.contains("vague_claims")) {
        if (auto b = get_bool(diag, section.at("vague_claims"), "vague_claims")) {
            rules.numbers.vague_claims = *b;
        }
    }
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

void load_vague(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_units(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_metrics(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_aliases(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_actors(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_time(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_limits(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
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

void load_subjects(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_scopes(diag, section, "subjects", rules.subjects);
}

void load_events(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_scopes(diag, section, "events", rules.events);
}

void load_periods(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_scopes(diag, section, "periods", rules.periods);
}

void load_places(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_scopes(diag, section, "places", rules.places);
}

void load_subsets(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_string_lists(diag, section, "subsets",
                      {{"after", &rules.subsets.after},
                       {"before", &rules.subsets.before},
                       {"added", &rules.subsets.added},
                       {"states", &rules.subsets.states}});
}

void load_anaphora(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_string_lists(diag, section, "anaphora", {{"keywords", &rules.anaphora}});
}

void load_attribution(Diagnostics& diag, const TomlValue& section, RuleSet& rules) {
    load_string_lists(diag, section, "attribution",
                      {{"speech_verbs", &rules.attribution.speech_verbs},
                       {"source_prefixes", &rules.attribution.source_prefixes},
                       {"pronouns", &rules.attribution.pronouns}});
}

// Checks that need every file merged: a metric's unit must exist.
void check_merged_rules(std::vector<Error>& errors, const RuleSet& rules) {
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

} // namespace crosscheck::rules
