// A check job on synthetic cases of 10^4, 10^5 and 10^6 claims: the real
// built-in plugins (discovered in the build's plugin folder, as `crosscheck
// check` finds them), the check plan of the shipped rules, and
// engine::run_check_job with 1 and 2 threads. Prints, per size and thread
// count, the median wall time, the findings, and the process's peak RSS so
// far; then how time grows per 10x and the speedup of 2 threads over 1.
//
// The case looks like a large news corpus: 12 metrics (those of
// rules/checks.toml), 4 scopes, 20 outlets, 10 attributions, as-of times
// over 30 days. Attributed figures come from periodic statements that
// outlets copy, mostly exactly, sometimes hedged ("about", "more than");
// unattributed ones are the outlet's own estimate. Running totals grow over
// the month; levels (missing, population) stay put. Planted errors: an
// extra or missing zero, a one-off typo, a stale figure.
//
//   check_bench [MAX_CLAIMS]     (default 1000000)
#include "host/engine/check_job.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/check_rules.hpp"
#include "host/rules/rule_loader.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using crosscheck::loader::ClaimRecord;
using Clock = std::chrono::steady_clock;

struct MetricSpec {
    const char* name;
    const char* unit;
    double base;     // the figure at the end of the month
    bool cumulative; // a running total that grows over the month
};

constexpr MetricSpec k_metrics[] = {
    {"deaths", "people", 220, true},
    {"injuries", "people", 520, true},
    {"refugees", "people", 100000, true},
    {"displaced", "people", 60000, true},
    {"weapons_surrendered", "items", 1200, true},
    {"armoured_vehicles", "items", 45, true},
    {"ammunition", "t", 800, true},
    {"food_aid", "t", 350, true},
    {"fuel", "t", 150, true},
    {"aid", "t", 2000, true},
    {"missing", "people", 1000, false},
    {"population", "people", 120000, false},
};

struct Scope {
    const char* subject;
    const char* event;
    const char* period;
};
constexpr Scope k_scopes[] = {{"armenian_side", "offensive_2023", "2023"},
                              {"azerbaijani_side", "offensive_2023", "2023"},
                              {"civilians", "offensive_2023", "2023"},
                              {"", "", ""}};

constexpr const char* k_outlets[] = {
    "Meridian News",    "Northern Ledger",    "Atlas Press Agency", "Stepanakert Observer",
    "Caucasus Wire",    "Baku Daily Courier", "Yerevan Herald",     "Continental Post",
    "Global Report",    "Evening Dispatch",   "Harbour Times",      "The Mountain Tribune",
    "Daily Sentinel",   "Capital Chronicle",  "Frontier Gazette",   "World Desk",
    "Morning Bulletin", "Civic Review",       "Regional Monitor",   "Open Source Digest"};

// Who says so, with a slight bias (sides count a little differently).
struct Voice {
    const char* attribution;
    double bias;
};
constexpr Voice k_voices[] = {
    {"Armenian government", 1.01},
    {"Armenian officials", 1.01},
    {"Karabakh ombudsman", 1.015},
    {"Karabakh authorities", 1.01},
    {"Russian peacekeepers", 1.0},
    {"Russian defence ministry", 1.0},
    {"Azerbaijani defence ministry", 0.99},
    {"Azerbaijani government", 0.99},
    {"Red Cross", 1.0},
    {"UN agencies", 1.0},
};

constexpr std::int64_t k_start = 1695600000; // 2023-09-25T00:00:00Z
constexpr std::int64_t k_hour = 3600;
constexpr std::int64_t k_month = 30 * 24 * k_hour;
constexpr std::int64_t k_statement_every = 6 * k_hour;

// The true figure of `metric` at time `t`.
double truth(const MetricSpec& metric, std::size_t scope, std::int64_t t) {
    const double scale = 1.0 + 0.35 * static_cast<double>(scope); // scopes differ
    if (!metric.cumulative) {
        return metric.base * scale;
    }
    const double progress = static_cast<double>(t - k_start) / static_cast<double>(k_month);
    return metric.base * scale * (0.1 + 0.9 * progress);
}

// Rounds to `digits` significant figures, as reporters round.
double round_to(double v, int digits) {
    if (v <= 0) {
        return v;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - digits + 1);
    return std::round(v / magnitude) * magnitude;
}

std::string with_commas(double v) {
    std::string digits = std::to_string(static_cast<long long>(std::llround(v)));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

std::vector<ClaimRecord> make_case(std::size_t n, std::map<std::int64_t, std::string>& keys,
                                   std::size_t& planted) {
    std::mt19937_64 rng(20230925 + n);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.015);
    std::vector<ClaimRecord> claims;
    claims.reserve(n);
    keys.clear();
    planted = 0;
    const auto pick = [&](std::size_t count) {
        return std::min(count - 1,
                        static_cast<std::size_t>(unit(rng) * static_cast<double>(count)));
    };
    for (std::size_t i = 0; i < n; ++i) {
        const MetricSpec& metric = k_metrics[pick(std::size(k_metrics))];
        const std::size_t scope_index = pick(std::size(k_scopes));
        const Scope& scope = k_scopes[scope_index];
        const std::size_t outlet = pick(std::size(k_outlets));
        std::int64_t t = k_start + static_cast<std::int64_t>(unit(rng) * k_month);

        ClaimRecord c;
        c.id = static_cast<std::int64_t>(i) + 1;
        c.metric = metric.name;
        c.unit = metric.unit;
        c.scope_subject = scope.subject;
        c.scope_event = scope.event;
        c.scope_period = scope.period;
        double value = 0;
        if (unit(rng) < 0.75) {
            // A statement: issued every 6 hours, copied by the outlets.
            const std::size_t voice = pick(std::size(k_voices));
            c.attribution = k_voices[voice].attribution;
            const std::int64_t offset = static_cast<std::int64_t>(voice) * 1800;
            t = k_start + offset + (t - k_start - offset) / k_statement_every * k_statement_every;
            value = std::round(truth(metric, scope_index, t) * k_voices[voice].bias);
        } else {
            value = round_to(truth(metric, scope_index, t) * (1 + noise(rng)), 3);
        }
        value = std::max(value, 1.0);
        // Planted errors.
        const double error = unit(rng);
        if (error < 0.002) {
            value = unit(rng) < 0.5 ? value * 10 : std::max(1.0, std::round(value / 10));
            ++planted;
        } else if (error < 0.004) {
            value += unit(rng) < 0.5 ? -1 : 1; // 511 for 512
            ++planted;
        } else if (error < 0.005 && metric.cumulative) {
            value = std::round(truth(metric, scope_index, t - 10 * 24 * k_hour)); // stale
            ++planted;
        }
        value = std::max(value, 1.0);
        c.value = value;
        c.low = value;
        c.high = value;
        c.text = with_commas(value);
        const double form = unit(rng);
        if (form < 0.15) {
            c.qualifier = "approximately";
            c.value = round_to(value, 2);
            c.low = c.value * 0.9;
            c.high = c.value * 1.1;
            c.text = "about " + with_commas(c.value);
        } else if (form < 0.22) {
            c.qualifier = "more_than";
            c.value = round_to(value * 0.95, 2);
            c.low = c.value;
            c.high.reset();
            c.text = "more than " + with_commas(c.value);
        }
        c.as_of.epoch_seconds = t;
        const std::int64_t day = (t - k_start) / (24 * k_hour);
        c.source_id = static_cast<std::int64_t>(outlet) * 1000 + day;
        c.source_outlet = k_outlets[outlet];
        c.source_url = "https://news.example/" + std::to_string(outlet) + "/" +
                       std::to_string(day) + "/" + std::to_string(i % 97);
        c.source_published.epoch_seconds = t + 2 * k_hour;
        c.quote = "Officials said " + c.text + " " + c.metric + " had been recorded by then.";
        keys.emplace(c.id, "claim:" + std::to_string(c.id));
        claims.push_back(std::move(c));
    }
    return claims;
}

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

struct Measured {
    double seconds = 0;
    std::size_t findings = 0;
    std::size_t groups = 0;
    double rss_mib = 0;
    std::map<std::string, std::size_t> by_checker;
};

Measured measure(const crosscheck::plugin::PluginRegistry& registry,
                 crosscheck::engine::CheckPlan plan, std::size_t n, unsigned threads, int runs) {
    plan.threads = threads;
    std::vector<double> times;
    Measured m;
    for (int r = 0; r < runs; ++r) {
        std::map<std::int64_t, std::string> keys;
        std::size_t planted = 0;
        auto claims = make_case(n, keys, planted);
        const auto start = Clock::now();
        auto outcome = crosscheck::engine::run_check_job(registry, plan, std::move(claims), keys);
        times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
        if (!outcome) {
            std::fprintf(stderr, "check job failed: %s\n", outcome.error().to_string().c_str());
            std::exit(1);
        }
        if (!outcome->complete()) {
            std::fprintf(stderr, "check job incomplete: %s\n", outcome->errors.front().c_str());
            std::exit(1);
        }
        m.findings = outcome->findings.size();
        m.by_checker.clear();
        for (const auto& f : outcome->findings) {
            ++m.by_checker[f.checker + "/" + f.severity];
        }
        m.groups = outcome->group_count;
    }
    std::sort(times.begin(), times.end());
    m.seconds = times[times.size() / 2];
    m.rss_mib = peak_rss_mib();
    return m;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t max_claims = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;

    crosscheck::plugin::RegistryOptions options;
    options.search.use_environment = false; // the build's own plugins only
    const auto registry = crosscheck::plugin::PluginRegistry::discover(options);
    const auto texts = crosscheck::rules::read_rule_files(crosscheck::rules::default_rules_dir());
    if (!texts) {
        std::fprintf(stderr, "rules: %s\n", texts.error().to_string().c_str());
        return 1;
    }
    auto [plan, errors] = crosscheck::rules::load_check_plan(*texts);
    if (!errors.empty()) {
        std::fprintf(stderr, "rules: %s\n", errors.front().to_string().c_str());
        return 1;
    }
    std::printf("plugins: %zu loaded from the build; plan: %zu metrics\n",
                registry.plugins().size(), plan.by_metric.size());
    std::printf("%9s %7s %5s %10s %9s %7s %14s\n", "claims", "threads", "runs", "median_s",
                "findings", "groups", "peak_rss_MiB");

    double previous_one = 0;
    std::vector<std::string> summary;
    for (std::size_t n = 10000; n <= max_claims; n *= 10) {
        const int runs = n >= 1000000 ? 1 : 3;
        const Measured one = measure(registry, plan, n, 1, runs);
        std::printf("%9zu %7u %5d %10.3f %9zu %7zu %14.1f\n", n, 1u, runs, one.seconds,
                    one.findings, one.groups, one.rss_mib);
        for (const auto& [what, count] : one.by_checker) {
            std::printf("%27s %s: %zu\n", "", what.c_str(), count);
        }
        std::fflush(stdout);
        const Measured two = measure(registry, plan, n, 2, runs);
        std::printf("%9zu %7u %5d %10.3f %9zu %7zu %14.1f\n", n, 2u, runs, two.seconds,
                    two.findings, two.groups, two.rss_mib);
        std::fflush(stdout);
        char line[200];
        std::snprintf(line, sizeof line,
                      "%9zu claims: growth x%.1f per 10x (1 thread), "
                      "2-thread speedup %.2f",
                      n, previous_one > 0 ? one.seconds / previous_one : 0.0,
                      two.seconds > 0 ? one.seconds / two.seconds : 0.0);
        summary.emplace_back(line);
        previous_one = one.seconds;
    }
    for (const auto& s : summary) {
        std::printf("%s\n", s.c_str());
    }
    return 0;
}
