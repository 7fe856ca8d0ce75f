#pragma once
// The rules as loaded: everything a fact-checker can tune without
// recompiling (rules/README.md documents the TOML). This header is plain
// data; host/rules/rules.hpp reads and validates it, and the
// extractor (host/extract/claim_extractor.hpp) and, later, the check engine
// read it. Sections the next stages need (tolerances, checkers) are added
// here as new members, next to the ones they refine.

#include "host/rules/number_semantics.hpp"
#include "host/util/error.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace crosscheck::rules {

/// A word or phrase that names a unit, and the factor that converts a
/// figure in it to the unit's canonical measure ("kilograms" = 0.001 tonnes).
struct UnitWord {
    std::string phrase; ///< lower case, single spaces: "metric tons"
    double factor = 1;
};

/// A canonical unit ([units.NAME]): "people", "tonnes", "rounds", "items".
struct Unit {
    std::string name;
    std::vector<UnitWord> words;
    Location where;
};

/// A metric ([metrics.NAME]): what a claim counts.
struct Metric {
    std::string name;        ///< "deaths"
    std::string description; ///< "people killed"
    std::string unit;        ///< the name of a [units] entry
    bool cumulative = false; ///< a running total that only grows (refugee arrivals, deaths)
    /// True when a figure must carry one of the unit's words to count
    /// ("65 tons of fuel", never a bare "65" near "fuel").
    bool require_unit = false;
    /// Words and phrases that tie a nearby figure to this metric, lower case
    /// ("killed", "death toll", "crossed into").
    std::vector<std::string> keywords;
    Location where;
};

/// A named group of keywords: a subject ([subjects.NAME]), an event
/// ([events.NAME]), a period ([periods.NAME]) or a place ([places.NAME],
/// whose keywords are written `aliases`).
struct Scope {
    std::string name;
    std::vector<std::string> keywords;
    /// Subjects only: keywords that count only when the attribution names
    /// one of these (lower case, after aliases): "its servicemen" said by
    /// Azerbaijan's defence ministry.
    std::vector<std::string> possessive_keywords;
    std::vector<std::string> when_attribution;
    Location where;
};

/// Phrases that mark a figure as a part of a total stated elsewhere:
/// "N of them", "of whom N", "including N".
struct SubsetRules {
    std::vector<std::string> after;  ///< follow the figure: "of them", "of the dead"
    std::vector<std::string> before; ///< precede the figure: "of whom", "including"
    /// precede the figure and add it to the figure of the same metric
    /// stated before it: "another 31 bodies" after a toll (after a toll,
    /// "another 10,000 missing" is no part of it)
    std::vector<std::string> added;
    /// in the figure's clause after it, the state that makes what it
    /// counts a part: "88 bodies *have been identified*", "382 *were still
    /// being treated*", "211 passengers dead *at the spot*"
    std::vector<std::string> states;
};

/// A canonical actor ([actors.NAME]) and the phrases that name it.
struct Actor {
    std::string name; ///< display name: "Armenian government"
    std::vector<std::string> patterns;
    Location where;
};

/// How to find who states a figure.
struct AttributionRules {
    /// Verbs after the speaker: "the ministry said".
    std::vector<std::string> speech_verbs;
    /// Phrases before the speaker: "according to Russian peacekeepers".
    std::vector<std::string> source_prefixes;
    /// Speakers that refer back to the paragraph's previous speaker: "he said".
    std::vector<std::string> pronouns;
};

/// Hours that vague times of day stand for ("by Monday evening" = 19:00).
struct TimeRules {
    std::map<std::string, int> parts_of_day; ///< "morning" -> 8*60 minutes
    /// Offset of the local time the articles speak in, in minutes east of
    /// UTC; "8 a.m." is 8:00 local.
    int local_offset_minutes = 0;
};

/// Bounds that a hostile or broken input cannot blow through ([limits]).
/// Each is an error when exceeded, never a silent cut: see rules/README.md.
struct Limits {
    /// A source file larger than this is refused at ingest. 50 MB sources
    /// must work.
    std::uint64_t max_source_bytes = 256ull * 1024 * 1024;
    /// A line longer than this is refused at ingest (`file:line:col`).
    /// Generous: a JSONL line holds a whole article, and a minified HTML
    /// page is often one line of a few megabytes.
    std::uint64_t max_line_bytes = 8ull * 1024 * 1024;
    /// HTML elements open inside each other beyond this are refused.
    std::uint64_t max_html_depth = 512;
    /// A source that states more claims than this fails extraction (no
    /// claims are stored for the job): a source with thousands of figures is
    /// a table or a dump, and keeping only the first ones would silently
    /// bias every comparison made with them.
    std::uint64_t max_claims_per_source = 10000;
};

/// The effective rules: defaults plus any overrides, merged.
struct RuleSet {
    NumberSemantics numbers;
    std::map<std::string, Unit> units;
    std::vector<Metric> metrics; ///< in file order
    /// Alias -> canonical name, both lower case ("artsakh" -> "karabakh").
    std::vector<std::pair<std::string, std::string>> aliases;
    std::vector<Scope> subjects;
    std::vector<Scope> events;
    std::vector<Scope> periods;
    /// [places.NAME] aliases = [...]: the places figures are stated for
    /// ("in Derna"); `keywords` holds the aliases.
    std::vector<Scope> places;
    SubsetRules subsets;
    /// Words that refer back to the previous figure ("the exact figure").
    std::vector<std::string> anaphora;
    std::vector<Actor> actors;
    AttributionRules attribution;
    TimeRules time;
    Limits limits;
    /// The files the rules came from, in load order.
    std::vector<std::string> files;
    /// SHA-256 over the files' names and contents and the extractor's
    /// version: claims extracted under another hash are stale.
    std::string hash;

    [[nodiscard]] const Metric* find_metric(std::string_view name) const;
    [[nodiscard]] const Unit* find_unit(std::string_view name) const;
};

} // namespace crosscheck::rules
