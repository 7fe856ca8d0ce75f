// crosscheck/config.hpp: keys declared once (name, type, default,
// description) are the plugin's config_keys table, the validation of its
// section and the typed read.
#include <crosscheck/checker.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using crosscheck::Config;
using crosscheck::ConfigError;

namespace {

constexpr crosscheck::NumberKey k_max_ratio{"max_ratio", 2.0, "largest tolerated ratio"};
constexpr crosscheck::NumberKey k_window_hours{"window_hours", 24, "how close in time"};
constexpr crosscheck::NumberKey k_tolerance{"tolerance", 0.05, "widening"};
constexpr crosscheck::IntegerKey k_min_sources{"min_sources", 3, "outlets needed"};
constexpr crosscheck::BoolKey k_verbose{"verbose", false, "log more"};
constexpr crosscheck::StringKey k_label{"label", "say \"hi\"", "a label"};
constexpr crosscheck::SeverityKey k_max_severity{"max_severity", crosscheck::Severity::high,
                                                 "highest severity"};
constexpr crosscheck::StringListKey k_outlets{"outlets", "outlets to skip"};
constexpr crosscheck::NumberListKey k_steps{"steps", "thresholds"};

constexpr crosscheck::ConfigKeys k_keys{k_max_ratio,    k_window_hours, k_tolerance,
                                        k_min_sources,  k_verbose,      k_label,
                                        k_max_severity, k_outlets,      k_steps};

// A configuration as the host lays it out.
struct Section {
    std::vector<crosscheck_config_value> items;
    std::vector<crosscheck_config_entry> entries;
    crosscheck_config config{};

    const crosscheck_config* get() {
        config = {sizeof(crosscheck_config), entries.data(), entries.size()};
        return &config;
    }
};

crosscheck_string text(const char* s) {
    return {s, std::char_traits<char>::length(s)};
}

crosscheck_config_value number(double v) {
    crosscheck_config_value out{};
    out.type = CROSSCHECK_VALUE_NUMBER;
    out.number = v;
    return out;
}

crosscheck_config_value integer(std::int64_t v) {
    crosscheck_config_value out{};
    out.type = CROSSCHECK_VALUE_INTEGER;
    out.integer = v;
    out.number = static_cast<double>(v);
    return out;
}

crosscheck_config_value string(const char* s) {
    crosscheck_config_value out{};
    out.type = CROSSCHECK_VALUE_STRING;
    out.string = text(s);
    return out;
}

std::string error_of(Section& section) {
    try {
        const Config config{section.get(), k_keys};
        return {};
    } catch (const ConfigError& e) {
        return e.what();
    }
}

struct Declared final : crosscheck::Checker {
    static constexpr crosscheck::ConfigKeys config_keys{k_max_ratio, k_window_hours, k_label};
    void check(const crosscheck::ClaimGroupView&, crosscheck::FindingEmitter&) override {}
};

} // namespace

TEST_CASE("config: the declaration is the config_keys table, defaults written as TOML", "[sdk]") {
    std::size_t count = 0;
    const crosscheck_config_key* keys = crosscheck::detail::config_keys<Declared>(&count);
    REQUIRE(count == 3);
    CHECK(std::string(keys[0].name) == "max_ratio");
    CHECK(keys[0].type == CROSSCHECK_VALUE_NUMBER);
    CHECK(std::string(keys[0].description) == "largest tolerated ratio");
    CHECK(std::string(keys[0].default_value) == "2.0");
    CHECK(std::string(keys[1].default_value) == "24"); // written as an integer
    CHECK(std::string(keys[2].default_value) == "\"say \\\"hi\\\"\"");
    // The same table on every call: it lives as long as the library.
    std::size_t again = 0;
    CHECK(crosscheck::detail::config_keys<Declared>(&again) == keys);

    const auto all = k_keys.declarations();
    REQUIRE(all.size() == 9);
    const std::vector<std::string> texts = {
        "2.0", "24", "0.05", "3", "false", "\"say \\\"hi\\\"\"", "\"high\"", "[]", "[]"};
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO(all[i].name());
        CHECK(all[i].default_text() == texts[i]);
    }
    CHECK(all[6].type() == CROSSCHECK_VALUE_STRING); // a severity is written as its name
    CHECK(all[7].type() == CROSSCHECK_VALUE_ARRAY);
}

TEST_CASE("config: get reads the value or the default, find only what the section sets", "[sdk]") {
    Section section;
    section.items = {string("Meridian News"), string("Atlas")};
    crosscheck_config_value outlets{};
    outlets.type = CROSSCHECK_VALUE_ARRAY;
    outlets.items = section.items.data();
    outlets.item_count = section.items.size();
    section.entries = {{text("max_ratio"), text(""), integer(5)},
                       {text("max_severity"), text(""), string("low")},
                       {text("outlets"), text(""), outlets}};
    const Config config{section.get(), k_keys};
    CHECK(config.get(k_max_ratio) == 5.0); // an integer is a number
    CHECK(config.get(k_window_hours) == 24.0);
    CHECK(config.get(k_min_sources) == 3);
    CHECK_FALSE(config.get(k_verbose));
    CHECK(config.get(k_label) == "say \"hi\"");
    CHECK(config.get(k_max_severity) == crosscheck::Severity::low);
    CHECK(config.get(k_outlets) == std::vector<std::string>{"Meridian News", "Atlas"});
    CHECK(config.get(k_steps).empty());
    CHECK(config.find(k_max_ratio) == 5.0);
    CHECK_FALSE(config.find(k_tolerance).has_value());
    // Reading a key the checker never declared is the checker's bug.
    constexpr crosscheck::NumberKey k_other{"other", 1.0, "not declared"};
    CHECK_THROWS_AS(config.get(k_other), std::logic_error);
}

TEST_CASE("config: every problem names the key and, when known, its place", "[sdk]") {
    struct Row {
        const char* what;
        crosscheck_config_entry entry;
        const char* expected;
    };
    const Row rows[] = {
        {"a near miss",
         {text("max_ration"), text("checks.toml:4:1"), number(3)},
         "config key 'max_ration': (checks.toml:4:1) unknown key (did you mean 'max_ratio'?)"},
        {"nothing near",
         {text("colour"), text(""), string("red")},
         "config key 'colour': unknown key"},
        {"a string for a number",
         {text("max_ratio"), text("checks.toml:4:13"), string("3")},
         "config key 'max_ratio': (checks.toml:4:13) expected number, got string"},
        {"a number for an integer",
         {text("min_sources"), text(""), number(3.0)},
         "config key 'min_sources': expected integer, got number"},
        {"no such severity",
         {text("max_severity"), text(""), string("top")},
         "config key 'max_severity': must be \"high\", \"medium\", \"low\" or \"info\", not "
         "\"top\""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        Section section;
        section.entries = {row.entry};
        CHECK(error_of(section) == row.expected);
    }

    Section list;
    list.items = {string("a"), integer(2)};
    crosscheck_config_value outlets{};
    outlets.type = CROSSCHECK_VALUE_ARRAY;
    outlets.items = list.items.data();
    outlets.item_count = list.items.size();
    list.entries = {{text("outlets"), text("c.toml:2:11"), outlets}};
    CHECK(error_of(list) ==
          "config key 'outlets': (c.toml:2:11) expected an array of strings, item 2 is integer");

    Section none;
    CHECK(error_of(none).empty());
    CHECK_NOTHROW(Config{nullptr, k_keys});
}
