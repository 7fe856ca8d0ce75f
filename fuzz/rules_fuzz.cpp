// libFuzzer target for the rule loaders: the input as a rule file on its
// own and after a small base file (so merging runs), through the rules'
// loader (`rules::load`: extraction rules and check plan). Any bytes in: no crash, no sanitizer report, every
// problem located in the file it comes from; rules that load can build an
// extractor. (Not after all of rules/*.toml: toml11 under the sanitizers
// takes about a second for those, too slow to fuzz; each shipped file is in
// the seed corpus instead.)

#include "fuzz/fuzz_input.hpp"
#include "host/extract/claim_extractor.hpp"
#include "host/rules/rules.hpp"

#include <cstdio>

using namespace crosscheck;

namespace {

const rules::RuleText k_base{"base.toml", R"([units.people]
words = { people = 1, persons = 1 }

[metrics.deaths]
unit = "people"
keywords = ["killed", "dead"]

[checkers.interval_conflict]
window_hours = 24

[checks.deaths]
checkers = ["interval_conflict"]
)"};

void check_all(const std::vector<rules::RuleText>& texts, std::size_t lines) {
    const auto in_a_file = [&](const Error& error) {
        for (const auto& t : texts) {
            if (t.name == error.where.file) {
                return true;
            }
        }
        return false;
    };
    const auto loaded = rules::load(texts);
    for (const auto& error : loaded.errors) {
        if (error.message.empty() || !in_a_file(error)) {
            std::fprintf(stderr, "problem: '%s'\n", error.to_string().c_str());
            fuzz::violated("rule problem without message or file");
        }
        if (error.where.file == "fuzz.toml" && error.where.line > lines + 1) {
            fuzz::violated("rule problem past the last line");
        }
    }
    if (loaded.ok()) {
        // Rules without problems must compile into an extractor.
        const extract::ClaimExtractor extractor(loaded.extraction);
        (void)extractor.extract("Officials said 12 people were killed and 40 wounded.",
                                Timestamp{});
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const rules::RuleText input{"fuzz.toml", std::string(fuzz::as_text(data, size))};
    const auto lines = fuzz::line_count(input.text);
    check_all({k_base, input}, lines);
    return 0;
}
