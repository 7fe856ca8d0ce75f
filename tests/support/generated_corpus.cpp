#include "tests/support/generated_corpus.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>

namespace crosscheck::testing {
namespace {

constexpr std::array k_outlets = {"Caspian Wire",         "Atlas Press Agency", "Yerevan Record",
                                  "Northern Ledger",      "Meridian News",      "Harbor Times",
                                  "Stepanakert Observer", "Baltic Courier"};

struct Article {
    std::string outlet;
    std::string url;
    std::string published;
    std::string title;
    std::string body;
};

Article article(std::size_t i, unsigned variant) {
    Article a;
    a.outlet = k_outlets[i % k_outlets.size()];
    a.url = "https://news" + std::to_string(i % k_outlets.size()) + ".example/2023/story-" +
            std::to_string(i);
    char published[32];
    std::snprintf(published, sizeof published, "2023-09-%02zuT%02zu:%02zu:00Z", 19 + i % 10, i % 24,
                  (i * 7) % 60);
    a.published = published;
    // Figures that drift with the index and the variant, so outlets disagree
    // by small and large margins.
    const std::size_t deaths = 150 + (i * 37 + variant * 11) % 400;
    const std::size_t injured = 200 + (i * 53 + variant * 7) % 900;
    const std::size_t refugees = 20'000 + (i * 1'777 + variant * 313) % 90'000;
    a.title = "Update " + std::to_string(i) + " (revision " + std::to_string(variant) +
              "): casualties rise in Karabakh";
    a.body = "Officials in Stepanakert said on " + a.published.substr(0, 10) + " that " +
             std::to_string(deaths) + " people had been killed in the offensive, and that " +
             std::to_string(injured) + " people were wounded.\n\n" +
             "The government in Yerevan said " + std::to_string(refugees) +
             " refugees had crossed into Armenia through the Lachin corridor by the evening.\n\n" +
             "A spokesman for the defence ministry said the operation targeted only military "
             "sites and that fighting around the town had stopped. Aid convoys were waiting at "
             "the checkpoint while negotiators met for a second day.\n";
    return a;
}

} // namespace

void write_generated_corpus(const std::filesystem::path& dir, std::size_t count, unsigned variant) {
    std::filesystem::create_directories(dir);
    std::ofstream jsonl(dir / "wire.jsonl", std::ios::binary | std::ios::trunc);
    for (std::size_t i = 0; i < count; ++i) {
        const Article a = article(i, variant);
        if (i % 4 == 3) {
            const nlohmann::json line = {{"outlet", a.outlet},       {"url", a.url},
                                         {"published", a.published}, {"title", a.title},
                                         {"language", "en"},         {"body", a.body}};
            jsonl << line.dump() << '\n';
            continue;
        }
        std::ofstream md(dir / ("story-" + std::to_string(i) + ".md"),
                         std::ios::binary | std::ios::trunc);
        // TOML basic strings: none of the generated values hold '"' or '\'.
        md << "+++\noutlet = \"" << a.outlet << "\"\nurl = \"" << a.url
           << "\"\npublished = " << a.published << "\ntitle = \"" << a.title
           << "\"\nlanguage = \"en\"\n+++\n\n"
           << a.body;
    }
}

} // namespace crosscheck::testing
