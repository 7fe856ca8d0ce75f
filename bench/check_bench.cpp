// A check job on synthetic cases of 10^4, 10^5 and 10^6 claims: the real
// built-in plugins (discovered in the build's plugin folder, as `crosscheck
// check` finds them), the check plan of the shipped rules, and
// engine::run_check_job with 1 and 2 threads. Prints, per size and thread
// count, the median wall time, the findings, the peak resident set of a
// process that does only that measurement, and how much of it the case
// itself takes before the job starts (input_MiB); then how time grows per
// 10x and the speedup of 2 threads over 1.
//
// The case looks like a large news corpus: 12 metrics (those of
// rules/checks.toml), 4 scopes, 20 outlets, 10 attributions, as-of times
// over 30 days. Attributed figures come from periodic statements that
// outlets copy, mostly exactly, sometimes hedged ("about", "more than");
// unattributed ones are the outlet's own estimate. Running totals grow over
// the month; levels (missing, population) stay put. Planted errors: an
// extra or missing zero, a one-off typo, a stale figure.
//
// By default a larger case is a denser one: the same 48 groups over the
// same month, ten times the figures in each per 10x, so that each figure
// meets ten times as many in its window (and findings grow faster than the
// claims). CHECK_BENCH_SHAPE=wide grows the case by stories instead.
//
//   check_bench [MAX_CLAIMS [MIN_CLAIMS]]   (default 1000000 and 10000)
//   check_bench 1000000 1000000   (one size only: for a profiler)
//   CHECK_BENCH_SAMPLES=3 check_bench 10000   (also print sample findings)
//   CHECK_BENCH_ORDER=drawn check_bench        (claims not in the store's order)
//   CHECK_BENCH_SHAPE=wide check_bench         (more stories, not denser ones)
//   CHECK_BENCH_RULES=FILE check_bench         (a rule file over the shipped rules)
//
// `findings` are the job's, one per discrepancy; `checker_f` what the
// checkers reported before the engine merged them (host/engine/finding_merge).
#include "host/engine/check_job.hpp"
#include "host/plugin/plugin_registry.hpp"
#include "host/rules/rules.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

using crosscheck::model::Claim;
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

// One synthetic claim before its text is written: what the generator
// decides, in numbers.
struct Draft {
    std::int64_t id = 0;
    std::size_t metric = 0;
    std::size_t scope = 0;
    std::size_t outlet = 0;
    std::optional<std::size_t> voice; // the attribution; none for own estimates
    std::optional<std::size_t> event; // CHECK_BENCH_SHAPE=wide: which story
    std::int64_t t = 0;
    double value = 0;
    enum class Form { exact, approximately, more_than } form = Form::exact;
};

// CHECK_BENCH_SHAPE=wide: the case grows by stories, not by density: one
// event per 10,000 claims, each claim about one of them, so that groups
// keep their size and only their number grows with the case.
bool wide_shape() {
    const char* shape = std::getenv("CHECK_BENCH_SHAPE");
    return shape != nullptr && std::string_view(shape) == "wide";
}

std::vector<Draft> draw_case(std::size_t n, std::size_t& planted) {
    const std::size_t events = wide_shape() ? std::max<std::size_t>(1, n / 10000) : 0;
    std::mt19937_64 rng(20230925 + n);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.015);
    std::vector<Draft> drafts;
    drafts.reserve(n);
    planted = 0;
    const auto pick = [&](std::size_t count) {
        return std::min(count - 1,
                        static_cast<std::size_t>(unit(rng) * static_cast<double>(count)));
    };
    for (std::size_t i = 0; i < n; ++i) {
        Draft d;
        d.id = static_cast<std::int64_t>(i) + 1;
        d.metric = pick(std::size(k_metrics));
        const MetricSpec& metric = k_metrics[d.metric];
        d.scope = pick(std::size(k_scopes));
        if (events > 0) {
            d.event = pick(events);
        }
        d.outlet = pick(std::size(k_outlets));
        std::int64_t t = k_start + static_cast<std::int64_t>(unit(rng) * k_month);
        double value = 0;
        if (unit(rng) < 0.75) {
            // A statement: issued every 6 hours, copied by the outlets.
            const std::size_t voice = pick(std::size(k_voices));
            d.voice = voice;
            const std::int64_t offset = static_cast<std::int64_t>(voice) * 1800;
            t = k_start + offset + (t - k_start - offset) / k_statement_every * k_statement_every;
            value = std::round(truth(metric, d.scope, t) * k_voices[voice].bias);
        } else {
            value = round_to(truth(metric, d.scope, t) * (1 + noise(rng)), 3);
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
            value = std::round(truth(metric, d.scope, t - 10 * 24 * k_hour)); // stale
            ++planted;
        }
        d.value = std::max(value, 1.0);
        const double form = unit(rng);
        d.form = form < 0.15   ? Draft::Form::approximately
                 : form < 0.22 ? Draft::Form::more_than
                               : Draft::Form::exact;
        d.t = t;
        drafts.push_back(d);
    }
    return drafts;
}

Claim write_claim(const Draft& d) {
    const MetricSpec& metric = k_metrics[d.metric];
    const Scope& scope = k_scopes[d.scope];
    Claim c;
    c.id = d.id;
    c.key = "claim:" + std::to_string(d.id);
    c.metric = metric.name;
    c.unit = metric.unit;
    c.scope.subject = scope.subject;
    c.scope.event = d.event ? "event_" + std::to_string(*d.event) : scope.event;
    c.scope.period = scope.period;
    if (d.voice) {
        c.attribution = k_voices[*d.voice].attribution;
    }
    c.value = d.value;
    c.low = d.value;
    c.high = d.value;
    c.text = with_commas(d.value);
    if (d.form == Draft::Form::approximately) {
        c.qualifier = crosscheck::model::Qualifier::approximately;
        c.value = round_to(d.value, 2);
        c.low = c.value * 0.9;
        c.high = c.value * 1.1;
        c.text = "about " + with_commas(c.value);
    } else if (d.form == Draft::Form::more_than) {
        c.qualifier = crosscheck::model::Qualifier::more_than;
        c.value = round_to(d.value * 0.95, 2);
        c.low = c.value;
        c.high.reset();
        c.text = "more than " + with_commas(c.value);
    }
    c.as_of.seconds = d.t;
    const std::int64_t day = (d.t - k_start) / (24 * k_hour);
    c.source.id = static_cast<std::int64_t>(d.outlet) * 1000 + day;
    c.source.outlet = k_outlets[d.outlet];
    c.source.url = "https://news.example/" + std::to_string(d.outlet) + "/" + std::to_string(day) +
                   "/" + std::to_string(d.id % 97);
    c.source.published.seconds = d.t + 2 * k_hour;
    c.quote = "Officials said " + c.text + " " + c.metric + " had been recorded by then.";
    return c;
}

// The case as `crosscheck check` hands it to the engine: in the order the
// store lists claims (metric, as-of time, id), each claim's strings
// allocated as its row is read. CHECK_BENCH_ORDER=drawn keeps the order
// they were drawn in instead (every group spread over the whole case), to
// see what the layout costs.
std::vector<Claim> make_case(std::size_t n, std::size_t& planted) {
    std::vector<Draft> drafts = draw_case(n, planted);
    const char* order = std::getenv("CHECK_BENCH_ORDER");
    if (order == nullptr || std::string_view(order) != "drawn") {
        std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
            const std::string_view ma = k_metrics[a.metric].name, mb = k_metrics[b.metric].name;
            return std::tie(ma, a.t, a.id) < std::tie(mb, b.t, b.id);
        });
    }
    std::vector<Claim> claims;
    claims.reserve(n);
    for (const Draft& d : drafts) {
        claims.push_back(write_claim(d));
    }
    return claims;
}

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// The resident set now, from /proc/self/statm (pages).
double current_rss_mib() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) {
            resident = 0;
        }
        std::fclose(f);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
}

struct Measured {
    double seconds = 0;
    std::size_t findings = 0;
    std::size_t checker_findings = 0; // before the merge
    std::size_t groups = 0;
    double rss_mib = 0;       // peak resident set of the measuring process
    double input_rss_mib = 0; // its resident set with the case built, before the job
    std::map<std::string, std::size_t> by_checker;
};

Measured measure(const crosscheck::plugin::PluginRegistry& registry,
                 crosscheck::rules::CheckPlan plan, std::size_t n, unsigned threads, int runs) {
    plan.threads = threads;
    std::vector<double> times;
    Measured m;
    for (int r = 0; r < runs; ++r) {
        std::size_t planted = 0;
        auto claims = make_case(n, planted);
        m.input_rss_mib = std::max(m.input_rss_mib, current_rss_mib());
        const auto start = Clock::now();
        auto outcome = crosscheck::engine::run_check_job(registry, plan, std::move(claims));
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
        m.checker_findings = outcome->checker_findings;
        m.by_checker.clear();
        // CHECK_BENCH_SAMPLES=N prints N messages per checker and severity,
        // to see what the findings are, not only how many.
        const char* samples = std::getenv("CHECK_BENCH_SAMPLES");
        const std::size_t shown =
            samples != nullptr && r == 0 ? std::strtoull(samples, nullptr, 10) : 0;
        for (const auto& f : outcome->findings) {
            const std::string severity(crosscheck::model::to_string(f.severity));
            if (++m.by_checker[f.checker + "/" + severity] <= shown && threads == 1) {
                std::printf("  [%s/%s] %s\n", f.checker.c_str(), severity.c_str(),
                            f.message.c_str());
            }
        }
        m.groups = outcome->group_count;
    }
    std::sort(times.begin(), times.end());
    m.seconds = times[times.size() / 2];
    m.rss_mib = peak_rss_mib();
    return m;
}

// `measure` in a child process, so that each size and thread count has a
// peak resident set of its own (not the high-water mark of the runs before
// it). The child writes its results down a pipe.
Measured measure_in_child(const crosscheck::plugin::PluginRegistry& registry,
                          const crosscheck::rules::CheckPlan& plan, std::size_t n, unsigned threads,
                          int runs) {
    std::fflush(stdout);
    int fds[2];
    if (pipe(fds) != 0) {
        std::perror("pipe");
        std::exit(1);
    }
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        const Measured m = measure(registry, plan, n, threads, runs);
        std::string out = std::to_string(m.seconds) + " " + std::to_string(m.findings) + " " +
                          std::to_string(m.checker_findings) + " " + std::to_string(m.groups) +
                          " " + std::to_string(m.rss_mib) + " " + std::to_string(m.input_rss_mib) +
                          "\n";
        for (const auto& [what, count] : m.by_checker) {
            out += what + " " + std::to_string(count) + "\n";
        }
        std::fflush(stdout);
        const bool written =
            write(fds[1], out.data(), out.size()) == static_cast<ssize_t>(out.size());
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t got; (got = read(fds[0], buffer, sizeof buffer)) > 0;) {
        text.append(buffer, static_cast<std::size_t>(got));
    }
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "the measuring process failed\n");
        std::exit(1);
    }
    Measured m;
    std::istringstream in(text);
    in >> m.seconds >> m.findings >> m.checker_findings >> m.groups >> m.rss_mib >> m.input_rss_mib;
    std::string what;
    std::size_t count = 0;
    while (in >> what >> count) {
        m.by_checker[what] = count;
    }
    return m;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t max_claims = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t min_claims = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 10000;

    crosscheck::plugin::RegistryOptions options;
    options.search.use_environment = false; // the build's own plugins only
    const auto registry = crosscheck::plugin::PluginRegistry::discover(options);
    std::vector<std::filesystem::path> overrides;
    if (const char* rules = std::getenv("CHECK_BENCH_RULES"); rules != nullptr && *rules != '\0') {
        overrides.emplace_back(rules);
    }
    auto [extraction, plan, errors] = crosscheck::rules::load_effective(overrides);
    if (!errors.empty()) {
        std::fprintf(stderr, "rules: %s\n", errors.front().to_string().c_str());
        return 1;
    }
    std::printf("plugins: %zu loaded from the build; plan: %zu metrics\n",
                registry.plugins().size(), plan.by_metric.size());
    std::printf("%9s %7s %5s %10s %9s %9s %7s %14s %12s\n", "claims", "threads", "runs", "median_s",
                "findings", "checker_f", "groups", "peak_rss_MiB", "input_MiB");

    double previous_one = 0;
    std::vector<std::string> summary;
    for (std::size_t n = min_claims; n <= max_claims; n *= 10) {
        const int runs = 3;
        const Measured one = measure_in_child(registry, plan, n, 1, runs);
        std::printf("%9zu %7u %5d %10.3f %9zu %9zu %7zu %14.1f %12.1f\n", n, 1u, runs, one.seconds,
                    one.findings, one.checker_findings, one.groups, one.rss_mib, one.input_rss_mib);
        for (const auto& [what, count] : one.by_checker) {
            std::printf("%27s %s: %zu\n", "", what.c_str(), count);
        }
        std::fflush(stdout);
        const Measured two = measure_in_child(registry, plan, n, 2, runs);
        std::printf("%9zu %7u %5d %10.3f %9zu %9zu %7zu %14.1f %12.1f\n", n, 2u, runs, two.seconds,
                    two.findings, two.checker_findings, two.groups, two.rss_mib, two.input_rss_mib);
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
