// Full claim extraction speed over news text: sentence splitting, number
// scanning, lexicon lookups, scope, attribution and as-of resolution, with
// the shipped rules. Prints the median MB/s over repeated runs.
//
// The text is the example corpus's article bodies repeated to about 8 MB,
// interleaved with paragraphs of figure-free copy so that the mix of
// sentences with and without figures is like a news feed's.

#include "host/extract/claim_extractor.hpp"
#include "host/rules/rules.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace crosscheck;

namespace {

const char* const k_paragraphs[] = {
    "Karabakh's human rights ombudsman said at least 27 people, two of them civilians, had been "
    "killed by the evening, and that more than 200 people had been wounded.",
    "The region, which Armenians call Artsakh, is home to some 120,000 ethnic Armenians. Road "
    "links to Armenia through the Lachin corridor have been largely cut for months.",
    "STEPANAKERT, Sept. 21 - At least 200 people were killed and more than 400 injured during "
    "the two days of fighting, Karabakh's ombudsman Gegham Stepanyan said on Thursday. Ten of "
    "the dead were civilians, he said.",
    "Between 1988 and 1994, the first war over the region killed tens of thousands of people "
    "and displaced more than a million, most of them Azerbaijanis.",
    "YEREVAN, Sept 25 - Armenia's government said 2,906 people had entered the country from "
    "Nagorno-Karabakh as of 8 a.m. on Monday, most of them women, children and the elderly.",
    "Russia's defence ministry said Karabakh fighters had handed over 1,200 weapons to its "
    "peacekeeping contingent, and that 125,000 kilograms of food and 65 tonnes of fuel had "
    "been brought into the region.",
    "The number of refugees who have arrived in Armenia from Karabakh rose to 6,650 by Monday "
    "evening, the Armenian government said. Azerbaijan's defence ministry said 192 of its "
    "servicemen had been killed and 511 wounded during the operation.",
    "Families continued to gather outside the city's hospital in search of relatives. Turkish "
    "President Tayyip Erdogan is due in Azerbaijan's Nakhchivan exclave on Monday for talks "
    "with President Ilham Aliyev, the U.S. State Department said in a statement.",
    "Representatives of the Karabakh Armenians met Azerbaijani officials in the town of Yevlakh "
    "to discuss the reintegration of the region, while Mr. Pashinyan told parliament that the "
    "government was ready to receive families.",
    "The United States said it was deeply concerned by the humanitarian situation and urged "
    "Azerbaijan to allow international monitors into the region.",
};

} // namespace

int main() {
    auto rules = rules::effective_extraction_rules();
    if (!rules) {
        std::fprintf(stderr, "%s\n", rules.error().to_string().c_str());
        return 2;
    }
    std::string text;
    const std::size_t target = 8 * 1024 * 1024;
    while (text.size() < target) {
        for (const char* p : k_paragraphs) {
            text += p;
            text += "\n\n";
        }
    }
    const extract::ClaimExtractor extractor(*rules);
    const auto published = *parse_timestamp("2023-09-25T21:05:00Z");

    std::vector<double> rates;
    std::size_t claims = 0;
    for (int run = 0; run < 7; ++run) {
        const auto start = std::chrono::steady_clock::now();
        claims = extractor.extract(text, published).size();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        rates.push_back(static_cast<double>(text.size()) / 1e6 / elapsed.count());
    }
    std::sort(rates.begin(), rates.end());
    std::printf("claim extraction: %.1f MB of text, %zu claims per run\n",
                static_cast<double>(text.size()) / 1e6, claims);
    std::printf("claim extraction: median %.1f MB/s (min %.1f, max %.1f) over %zu runs, 1 core\n",
                rates[rates.size() / 2], rates.front(), rates.back(), rates.size());
    return 0;
}
