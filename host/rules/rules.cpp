#include "host/rules/rules.hpp"

#include "host/rules/check_sections.hpp"
#include "host/rules/extraction_sections.hpp"
#include "host/rules/toml_reading.hpp"
#include "host/util/sha256.hpp"
#include "host/util/spelling.hpp"
#include "host/util/toml_guard.hpp"

#include <algorithm>
#include <array>
#include <sstream>

namespace crosscheck::rules {
namespace {

// What the files read so far have given.
struct LoadState {
    RuleSet rules;
    CheckPlanDraft checks;
};

// One row per top-level section a rule file may hold: its name, whether it
// configures extraction or checking (their problems are listed apart), and
// its loader. The only place section names are listed.
struct Section {
    std::string_view name;
    bool checking;
    void (*load)(Diagnostics&, const TomlValue&, LoadState&);
};

constexpr std::array<Section, 20> k_section_table = {{
    // clang-format off
    {"qualifiers",  false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_qualifiers(d, v, s.rules); }},
    {"vague",       false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_vague(d, v, s.rules); }},
    {"units",       false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_units(d, v, s.rules); }},
    {"metrics",     false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_metrics(d, v, s.rules); }},
    {"aliases",     false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_aliases(d, v, s.rules); }},
    {"subjects",    false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_subjects(d, v, s.rules); }},
    {"events",      false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_events(d, v, s.rules); }},
    {"periods",     false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_periods(d, v, s.rules); }},
    {"places",      false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_places(d, v, s.rules); }},
    {"subsets",     false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_subsets(d, v, s.rules); }},
    {"anaphora",    false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_anaphora(d, v, s.rules); }},
    {"actors",      false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_actors(d, v, s.rules); }},
    {"attribution", false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_attribution(d, v, s.rules); }},
    {"time",        false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_time(d, v, s.rules); }},
    {"limits",      false, [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_limits(d, v, s.rules); }},
    {"checkers",    true,  [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_checkers(d, v, s.checks); }},
    {"checks",      true,  [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_checks(d, v, s.checks); }},
    {"policy",      true,  [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_policy(d, v, s.checks); }},
    {"sides",       true,  [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_sides(d, v, s.checks); }},
    {"plugins",     true,  [](Diagnostics& d, const TomlValue& v, LoadState& s) { load_plugins(d, v, s.checks); }},
    // clang-format on
}};

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

void unknown_section(Diagnostics& diag, const std::string& name, const TomlValue& v) {
    std::array<std::string_view, k_section_table.size()> names{};
    std::transform(k_section_table.begin(), k_section_table.end(), names.begin(),
                   [](const Section& s) { return s.name; });
    const auto near = closest_match(name, names);
    diag.error(v, "unknown section [" + name + "]" +
                      (near ? " (did you mean [" + *near + "]?)" : std::string()));
}

// Hands each section of `root` to its loader, in file order.
void dispatch(const TomlValue& root, Diagnostics& extraction, Diagnostics& checking,
              LoadState& state) {
    for (const auto& [name, v] : in_file_order(root)) {
        const auto section = std::find_if(k_section_table.begin(), k_section_table.end(),
                                          [&](const Section& s) { return s.name == name; });
        if (section == k_section_table.end()) {
            unknown_section(extraction, name, *v);
        } else if (!section->checking) {
            section->load(extraction, *v, state);
        } else if (!v->is_table()) {
            checking.error(*v, "[" + name + "] must be a table");
        } else {
            section->load(checking, *v, state);
        }
    }
}

} // namespace

LoadedRules load(const std::vector<RuleText>& texts) {
    LoadState state;
    std::vector<Error> extraction_errors;
    std::vector<Error> check_errors;
    Sha256 hash;
    for (const auto& file : texts) {
        hash.update(std::to_string(file.name.size()) + ":" + file.name);
        hash.update(std::to_string(file.text.size()) + ":" + file.text);
        state.rules.files.push_back(file.name);
        if (auto hazard = toml_hazard(file.text, file.name)) {
            extraction_errors.push_back(std::move(*hazard));
            continue;
        }
        Diagnostics extraction(file.name);
        Diagnostics checking(file.name);
        try {
            std::istringstream in(file.text);
            const TomlValue root = toml::parse(in, file.name);
            dispatch(root, extraction, checking, state);
        } catch (const toml::exception& e) {
            const auto& loc = e.location();
            extraction.error(Location{file.name, static_cast<std::uint32_t>(loc.line()),
                                      static_cast<std::uint32_t>(loc.column())},
                             short_message(e.what()));
        } catch (const std::exception& e) {
            extraction.error(Location{file.name}, short_message(e.what()));
        }
        extraction_errors.insert(extraction_errors.end(), extraction.errors().begin(),
                                 extraction.errors().end());
        check_errors.insert(check_errors.end(), checking.errors().begin(), checking.errors().end());
    }
    if (extraction_errors.empty()) {
        check_merged_rules(extraction_errors, state.rules);
    }
    state.rules.hash = hash.hex_digest();

    LoadedRules out;
    out.plan = finish_check_plan(std::move(state.checks), check_errors);
    out.extraction = std::move(state.rules);
    out.errors = std::move(extraction_errors);
    out.errors.insert(out.errors.end(), check_errors.begin(), check_errors.end());
    return out;
}

LoadedRules load_effective(const std::vector<std::filesystem::path>& overrides) {
    auto texts = read_effective_rule_files(overrides);
    if (!texts) {
        LoadedRules out;
        out.errors.push_back(texts.error());
        return out;
    }
    return load(*texts);
}

namespace {

Expected<RuleSet> extraction_of(LoadedRules loaded) {
    if (!loaded.ok()) {
        return std::unexpected(loaded.errors.front());
    }
    return std::move(loaded.extraction);
}

} // namespace

Expected<RuleSet> effective_extraction_rules(const std::vector<std::filesystem::path>& overrides) {
    return extraction_of(load_effective(overrides));
}

Expected<RuleSet> extraction_rules(const std::vector<RuleText>& texts) {
    return extraction_of(load(texts));
}

} // namespace crosscheck::rules
