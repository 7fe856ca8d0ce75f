// Ingest throughput: generates N synthetic Markdown sources on disk and
// ingests them into a fresh SQLite file, as `crosscheck ingest` does (file
// reading, front matter, hashing, one transaction). Prints sources per
// second, the median of several runs, with a baseline in the same go: the
// time to merely read the same files, so the ratio says what ingest adds.
//
// usage: ingest_bench [N=10000] [runs=5]

#include "host/ingest/ingest_job.hpp"
#include "host/store/schema.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const char* const k_outlets[] = {"Atlas Press Agency", "Northern Ledger", "Meridian News",
                                 "Caspian Wire", "Harbor Times"};

void write_sources(const fs::path& dir, int n) {
    fs::create_directories(dir);
    for (int i = 0; i < n; ++i) {
        std::ofstream out(dir / ("source-" + std::to_string(i) + ".md"));
        out << "+++\noutlet = \"" << k_outlets[i % 5] << "\"\nurl = \"https://outlet" << (i % 5)
            << ".example/2023/09/" << i << "\"\npublished = 2023-09-" << (10 + i % 20)
            << "T08:" << (10 + i % 50) << ":00Z\ntitle = \"Update " << i
            << "\"\nlanguage = \"en\"\n+++\n\n"
            << "By Monday morning more than " << (2900 + i)
            << " people had crossed into Armenia, the government said.\n\n"
            << "Russian peacekeepers said fighters had surrendered " << (1200 + i % 7)
            << " weapons and 130,000 rounds of ammunition since the ceasefire, and that "
            << (100 + i % 40) << " tons of food had been delivered.\n";
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 10'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    spdlog::set_level(spdlog::level::warn);
    const fs::path dir =
        fs::temp_directory_path() / ("crosscheck-ingest-bench-" + std::to_string(::getpid()));
    write_sources(dir / "sources", n);
    const auto files = crosscheck::ingest::collect_files({dir / "sources"}).files;

    std::vector<double> ingest_s, read_s;
    for (int run = 0; run < runs; ++run) {
        // Baseline: read every file's bytes, nothing else.
        auto t0 = Clock::now();
        std::size_t bytes = 0;
        for (const auto& f : files) {
            std::ifstream in(f, std::ios::binary);
            std::string content(fs::file_size(f), '\0');
            in.read(content.data(), static_cast<std::streamsize>(content.size()));
            bytes += static_cast<std::size_t>(in.gcount());
        }
        read_s.push_back(std::chrono::duration<double>(Clock::now() - t0).count());

        const fs::path db_path = dir / ("run-" + std::to_string(run) + ".db");
        auto db = crosscheck::store::open_store(db_path);
        if (!db) {
            std::fprintf(stderr, "%s\n", db.error().to_string().c_str());
            return 1;
        }
        t0 = Clock::now();
        crosscheck::ingest::IngestOptions options;
        options.case_slug = "bench";
        const auto summary = crosscheck::ingest::ingest_files(**db, files, options);
        ingest_s.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        if (summary.added != n) {
            std::fprintf(stderr, "expected %d new sources, got %d\n", n, summary.added);
            return 1;
        }
        (void)bytes;
    }
    fs::remove_all(dir);
    const double ingest = median(ingest_s), baseline = median(read_s);
    std::printf("ingest of %d sources: median %.3f s over %d runs = %.0f sources/s\n", n, ingest,
                runs, n / ingest);
    std::printf("baseline (read the files only): median %.3f s; ingest/baseline = %.1fx\n",
                baseline, ingest / baseline);
    return 0;
}
