// Per-call overhead of running a checker through the plugin ABI (the host's
// registry: dlopen'd table, C structs, callbacks, validation and copying of
// findings) versus calling the same checker class directly in-process, on
// groups of 10 claims. Prints the median time per call of each and their
// ratio. The plugin is tests/plugins/good_spread (build target good_spread).
//
//   plugin_call_bench [PLUGIN_FILE]
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "tests/plugins/good_spread/spread_checker.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using crosscheck::model::Claim;
using crosscheck::model::Finding;
using crosscheck::plugin::ClaimGroupLayout;

constexpr int k_groups = 2000;
constexpr int k_claims = 10;
constexpr int k_rounds = 31;

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

// The in-process host side: findings copied into the same model the plugin
// path produces, without the ABI's validation.
struct DirectSink {
    std::vector<Finding> findings;
    static std::int32_t emit(void* context, const crosscheck_finding* f) noexcept {
        auto* self = static_cast<DirectSink*>(context);
        Finding finding;
        finding.checker = "good_spread";
        finding.severity = static_cast<crosscheck::model::Severity>(f->severity);
        finding.message.assign(f->message.data, f->message.size);
        for (std::size_t i = 0; i < f->claim_count; ++i) {
            finding.claims.push_back(
                {f->claims[i].claim_id,
                 {},
                 static_cast<crosscheck::model::ClaimRole>(f->claims[i].role)});
        }
        self->findings.push_back(std::move(finding));
        return CROSSCHECK_OK;
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path plugin_file =
        argc > 1 ? std::filesystem::path(argv[1])
                 : std::filesystem::path(CROSSCHECK_BINARY).parent_path().parent_path() /
                       "test-plugins" / "good_spread" / "good_spread.so";
    crosscheck::plugin::PluginRegistry registry;
    if (!registry.load(plugin_file, true)) {
        std::fprintf(stderr, "%s\n(build the good_spread target first)\n",
                     registry.failures().front().reason.c_str());
        return 2;
    }
    auto plugin = registry.configure("good_spread", {});
    if (!plugin) {
        std::fprintf(stderr, "%s\n", plugin.error().message.c_str());
        return 2;
    }

    const std::vector<std::vector<Claim>> groups = make_groups();
    std::vector<std::unique_ptr<ClaimGroupLayout>> marshalled;
    for (const auto& g : groups) {
        marshalled.push_back(std::make_unique<ClaimGroupLayout>(k_metric, k_scope, g));
    }
    const crosscheck::Config no_config{nullptr, crosscheck_test::SpreadChecker::config_keys};
    crosscheck_test::SpreadChecker direct{no_config};

    std::vector<double> abi_ns, abi_marshal_ns, direct_ns;
    std::size_t findings_abi = 0, findings_direct = 0;
    for (int round = 0; round < k_rounds; ++round) {
        auto start = Clock::now();
        for (const auto& m : marshalled) {
            auto found = plugin->check(*m);
            findings_abi += found ? found->size() : 0;
        }
        abi_ns.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count() /
                         k_groups);

        start = Clock::now();
        for (const auto& g : groups) {
            auto found = plugin->check(ClaimGroupLayout(k_metric, k_scope, g));
            findings_abi += found ? found->size() : 0;
        }
        abi_marshal_ns.push_back(
            std::chrono::duration<double, std::nano>(Clock::now() - start).count() / k_groups);

        start = Clock::now();
        for (const auto& m : marshalled) {
            DirectSink sink;
            crosscheck_host host{sizeof(crosscheck_host),
                                 {CROSSCHECK_API_VERSION_MAJOR, CROSSCHECK_API_VERSION_MINOR,
                                  CROSSCHECK_API_VERSION_PATCH},
                                 &sink,
                                 &DirectSink::emit,
                                 nullptr};
            crosscheck::FindingEmitter out{host, m->abi()};
            direct.check(crosscheck::ClaimGroupView{m->abi()}, out);
            findings_direct += sink.findings.size();
        }
        direct_ns.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count() /
                            k_groups);
    }

    const double abi = median(abi_ns);
    const double abi_marshal = median(abi_marshal_ns);
    const double in_process = median(direct_ns);
    std::printf("groups of %d claims, %d groups x %d rounds, medians per call\n", k_claims,
                k_groups, k_rounds);
    std::printf("  direct in-process call:          %8.1f ns\n", in_process);
    std::printf("  through the plugin ABI:          %8.1f ns  (ratio %.3f, overhead %+.1f%%)\n",
                abi, abi / in_process, 100.0 * (abi / in_process - 1.0));
    std::printf("  ABI incl. marshalling the group: %8.1f ns  (ratio %.3f)\n", abi_marshal,
                abi_marshal / in_process);
    std::printf("  findings: %zu via ABI, %zu direct\n", findings_abi / 2, findings_direct);
    return 0;
}
