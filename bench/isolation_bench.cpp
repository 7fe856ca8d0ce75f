// Cost of plugin isolation per claim group: the same checker
// (tests/plugins/good_spread) called in-process through the ABI, and
// isolated in a child process (`crosscheck plugin-host`: the group encoded
// as CBOR, two pipe hops, the watchdog's poll and memory look), on the same
// groups of 10 claims in the same run. Prints the median time per group of
// each and their ratio; the child's start-up is measured separately (it is
// paid once per plugin and worker thread, not per group).
//
//   isolation_bench [PLUGIN_FILE]
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_registry.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using crosscheck::model::Claim;
using crosscheck::plugin::ClaimGroupLayout;

constexpr int k_groups = 200;
constexpr int k_claims = 10;
constexpr int k_rounds = 15;

const std::string k_metric = "deaths";
const std::string k_scope = "armenian_side|offensive_2023|2023";

// Each group's claims.
std::vector<std::vector<Claim>> make_groups() {
    std::vector<std::vector<Claim>> groups;
    for (int g = 0; g < k_groups; ++g) {
        std::vector<Claim> group;
        for (int c = 0; c < k_claims; ++c) {
            Claim claim;
            claim.id = g * k_claims + c;
            claim.metric = "deaths";
            // Every other group has an outlier, so half the calls emit a finding.
            claim.value = 200 + 10 * c + ((g % 2 == 0 && c == 7) ? 2000 : 0);
            claim.low = claim.value;
            claim.high = claim.value;
            claim.unit = "people";
            claim.text = std::to_string(static_cast<int>(claim.value));
            claim.source.outlet = "Outlet " + std::to_string(c);
            claim.quote = "Officials put the death toll at " + claim.text + ".";
            group.push_back(std::move(claim));
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median over rounds of the mean time per group, in microseconds.
double per_group_us(crosscheck::plugin::ConfiguredChecker& checker,
                    const std::vector<std::unique_ptr<ClaimGroupLayout>>& groups,
                    std::size_t& findings) {
    std::vector<double> rounds;
    for (int round = 0; round < k_rounds; ++round) {
        const auto start = Clock::now();
        for (const auto& g : groups) {
            auto found = checker.check(*g);
            if (!found) {
                std::fprintf(stderr, "%s\n", found.error().message.c_str());
                std::exit(2);
            }
            findings += found->size();
        }
        rounds.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count() /
                         static_cast<double>(groups.size()));
    }
    return median(rounds);
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path binary = CROSSCHECK_BINARY;
    const std::filesystem::path plugin_file = argc > 1 ? std::filesystem::path(argv[1])
                                                       : binary.parent_path().parent_path() /
                                                             "test-plugins" / "good_spread" /
                                                             "good_spread.so";
    crosscheck::plugin::PluginRegistry registry;
    registry.set_child_program(binary);
    if (!registry.load(plugin_file, true)) {
        std::fprintf(stderr, "%s\n(build the good_spread and crosscheck targets first)\n",
                     registry.failures().front().reason.c_str());
        return 2;
    }
    const std::string name = registry.plugins().front()->name;
    auto in_process = registry.configure(name, {});
    if (!in_process) {
        std::fprintf(stderr, "%s\n", in_process.error().message.c_str());
        return 2;
    }
    registry.isolate(name, crosscheck::plugin::IsolationSettings{});

    // Start-up: a fresh child, its hello and the plugin's init.
    std::vector<double> starts;
    for (int i = 0; i < 5; ++i) {
        crosscheck::plugin::ChildPool pool;
        const auto start = Clock::now();
        auto fresh = registry.configure(name, {}, &pool);
        starts.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!fresh) {
            std::fprintf(stderr, "%s\n", fresh.error().message.c_str());
            return 2;
        }
    }
    crosscheck::plugin::ChildPool pool;
    auto isolated = registry.configure(name, {}, &pool);
    if (!isolated) {
        std::fprintf(stderr, "%s\n", isolated.error().message.c_str());
        return 2;
    }

    const std::vector<std::vector<Claim>> claims = make_groups();
    std::vector<std::unique_ptr<ClaimGroupLayout>> groups;
    for (const auto& g : claims) {
        groups.push_back(std::make_unique<ClaimGroupLayout>(k_metric, k_scope, g));
    }
    std::size_t findings_in = 0;
    std::size_t findings_iso = 0;
    // Interleaved rounds would mix caches; each path gets a warm-up round.
    per_group_us(*in_process, groups, findings_in);
    per_group_us(*isolated, groups, findings_iso);
    findings_in = findings_iso = 0;
    const double in_us = per_group_us(*in_process, groups, findings_in);
    const double iso_us = per_group_us(*isolated, groups, findings_iso);

    std::printf("plugin %s, groups of %d claims, %d groups x %d rounds, medians per group\n",
                name.c_str(), k_claims, k_groups, k_rounds);
    std::printf("  in-process (ABI call):          %9.2f us\n", in_us);
    std::printf("  isolated (child process):       %9.2f us  (ratio %.1f, +%.2f us per group)\n",
                iso_us, iso_us / in_us, iso_us - in_us);
    std::printf("  child start-up + init (once per plugin and worker): %.1f ms (median of 5)\n",
                median(starts));
    std::printf("  findings: %zu in-process, %zu isolated\n", findings_in, findings_iso);
    return findings_in == findings_iso ? 0 : 1;
}
