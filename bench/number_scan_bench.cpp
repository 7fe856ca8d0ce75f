// Number scanner throughput: MB/s of find_numbers over several MB of
// news-like text on one core, median of 7 runs.
//
// Text: the bodies of examples/karabakh-2023/sources (when present) plus
// synthetic news sentences built from varied templates, repeated to ~8 MB
// and scanned paragraph by paragraph, as the claim extractor does.

#include "host/extract/number/scanner.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> corpus_paragraphs() {
    std::vector<std::string> out;
    const std::filesystem::path dir =
        std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/karabakh-2023/sources";
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            if (line.size() > 40) {
                out.push_back(line);
            }
        }
    }
    return out;
}

std::vector<std::string> synthetic_paragraphs() {
    const char* subjects[] = {"The health ministry", "Local officials",      "A UN spokesperson",
                              "Witnesses",           "The defence ministry", "Aid agencies"};
    const char* figures[] = {"at least 27",
                             "more than 200",
                             "some 120,000",
                             "nearly 1.2 million",
                             "between 20 and 30",
                             "dozens of",
                             "tens of thousands of",
                             "two hundred and five",
                             "about 3,500",
                             "up to 700",
                             "40 000",
                             "a dozen"};
    const char* nouns[] = {"people",   "civilians",       "refugees",
                           "soldiers", "tonnes of flour", "armoured vehicles"};
    std::vector<std::string> out;
    int k = 0;
    for (int i = 0; i < 400; ++i) {
        std::ostringstream p;
        for (int s = 0; s < 4; ++s, ++k) {
            p << subjects[k % 6] << " said on Sept. " << (k % 28 + 1) << ", 2023, that "
              << figures[k % 12] << ' ' << nouns[(k / 3) % 6]
              << " had been affected since the six-week offensive began at 8 a.m., "
                 "according to a statement released by the office in Yerevan. ";
        }
        out.push_back(p.str());
    }
    return out;
}

} // namespace

int main() {
    std::vector<std::string> paragraphs = corpus_paragraphs();
    const std::size_t from_corpus = paragraphs.size();
    for (auto& p : synthetic_paragraphs()) {
        paragraphs.push_back(std::move(p));
    }
    std::vector<std::string> text;
    std::size_t bytes = 0;
    while (bytes < 8u * 1024 * 1024) {
        for (const auto& p : paragraphs) {
            text.push_back(p);
            bytes += p.size();
        }
    }
    // CPU time of this thread is the one-core figure even on a busy shared
    // machine; wall time is printed too.
    const auto cpu_now = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    };
    const double megabytes = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::vector<double> cpu_rates;
    std::vector<double> wall_rates;
    std::size_t mentions = 0;
    for (int run = 0; run < 7; ++run) {
        mentions = 0;
        const double c0 = cpu_now();
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto& p : text) {
            mentions += crosscheck::extract::number::find_numbers(p).size();
        }
        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = cpu_now();
        cpu_rates.push_back(megabytes / (c1 - c0));
        wall_rates.push_back(megabytes / std::chrono::duration<double>(t1 - t0).count());
    }
    std::sort(cpu_rates.begin(), cpu_rates.end());
    std::sort(wall_rates.begin(), wall_rates.end());
    std::printf("number scanner: %.1f MB/s of CPU time on one core (median of %zu runs; min "
                "%.1f, max %.1f); wall clock median %.1f MB/s\n",
                cpu_rates[cpu_rates.size() / 2], cpu_rates.size(), cpu_rates.front(),
                cpu_rates.back(), wall_rates[wall_rates.size() / 2]);
    std::printf("  %.1f MB in %zu paragraphs (%zu from the example corpus), %zu mentions per "
                "run\n",
                static_cast<double>(bytes) / (1024.0 * 1024.0), text.size(), from_corpus, mentions);
    return 0;
}
