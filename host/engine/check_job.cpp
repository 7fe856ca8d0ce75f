#include "host/engine/check_job.hpp"

#include "host/engine/claim_grouping.hpp"
#include "host/engine/finding_identity.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

namespace crosscheck::engine {
namespace {

int severity_rank(std::string_view s) {
    return s == "high" ? 0 : s == "medium" ? 1 : s == "low" ? 2 : 3;
}

// One worker's configured checkers: plugin states are never shared between
// threads (the ABI promises a state is never called concurrently).
class WorkerCheckers {
public:
    WorkerCheckers(const plugin::PluginRegistry& registry, const CheckPlan& plan)
        : m_registry(registry), m_plan(plan) {}

    Expected<plugin::ConfiguredChecker*> get(const std::string& metric, std::size_t index) {
        const auto key = std::make_pair(metric, index);
        if (auto it = m_states.find(key); it != m_states.end()) {
            return &it->second;
        }
        const CheckerAssignment& a = m_plan.by_metric.at(metric)[index];
        auto configured = m_registry.configure(a.checker, a.config);
        if (!configured) {
            return std::unexpected(configured.error());
        }
        return &m_states.emplace(key, std::move(*configured)).first->second;
    }

private:
    const plugin::PluginRegistry& m_registry;
    const CheckPlan& m_plan;
    std::map<std::pair<std::string, std::size_t>, plugin::ConfiguredChecker> m_states;
};

// Lowers findings that set different sides against each other.
// `attributions` maps the group's claim ids to their attributions.
void apply_side_policy(const CheckPlan& plan,
                       const std::unordered_map<std::int64_t, const std::string*>& attributions,
                       loader::FindingRecord& finding) {
    std::set<std::string> sides;
    for (const auto& ref : finding.claims) {
        const auto it = attributions.find(ref.claim_id);
        if (it == attributions.end() || it->second->empty()) {
            continue; // unattributed: no side to compare
        }
        const auto side = plan.attribution_sides.find(*it->second);
        sides.insert(side == plan.attribution_sides.end() ? *it->second : side->second);
    }
    if (sides.size() > 1 &&
        severity_rank(finding.severity) < severity_rank(plan.cross_side_ceiling)) {
        finding.severity = plan.cross_side_ceiling;
        finding.message +=
            " [different attributions: severity limited to " + plan.cross_side_ceiling + "]";
    }
}

} // namespace

Expected<CheckOutcome> run_check_job(const plugin::PluginRegistry& registry, const CheckPlan& plan,
                                     std::vector<loader::ClaimRecord> claims,
                                     const std::map<std::int64_t, std::string>& claim_keys) {
    // Refuse a plan naming a checker that is not there, or a configuration a
    // checker rejects, before any work.
    for (const auto& [metric, assignments] : plan.by_metric) {
        for (const auto& a : assignments) {
            auto configured = registry.configure(a.checker, a.config);
            if (!configured) {
                return fail("metric '" + metric + "': " + configured.error().to_string());
            }
        }
    }

    CheckOutcome outcome;
    outcome.claim_count = claims.size();
    std::vector<loader::ClaimGroupRecord> groups = group_claims(std::move(claims));
    // Only groups some checker looks at are work.
    std::erase_if(groups, [&](const auto& g) { return !plan.by_metric.contains(g.metric); });
    outcome.group_count = groups.size();

    std::mutex merge;
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        WorkerCheckers checkers(registry, plan);
        std::vector<ProducedFinding> found;
        std::vector<std::string> errors;
        for (std::size_t g = next++; g < groups.size(); g = next++) {
            const auto& group = groups[g];
            const auto& assignments = plan.by_metric.at(group.metric);
            std::unordered_map<std::int64_t, const std::string*> attributions;
            for (const auto& claim : group.claims) {
                attributions.emplace(claim.id, &claim.attribution);
            }
            for (std::size_t i = 0; i < assignments.size(); ++i) {
                auto checker = checkers.get(group.metric, i);
                auto result = checker ? (*checker)->check(group)
                                      : Expected<std::vector<loader::FindingRecord>>(
                                            std::unexpected(checker.error()));
                if (!result) {
                    errors.push_back("checker '" + assignments[i].checker + "' failed on " +
                                     group.metric + " [" + group.scope_key +
                                     "]: " + result.error().to_string());
                    continue;
                }
                for (auto& f : *result) {
                    apply_side_policy(plan, attributions, f);
                    ProducedFinding p{
                        {}, f.checker, group.metric, group.scope_key, f.severity, f.message, {}};
                    std::vector<std::string> keys;
                    for (const auto& c : f.claims) {
                        const auto key = claim_keys.find(c.claim_id);
                        const std::string k = key == claim_keys.end()
                                                  ? "id:" + std::to_string(c.claim_id)
                                                  : key->second;
                        keys.push_back(k);
                        p.claims.push_back({c.claim_id, k, c.role});
                    }
                    p.id = finding_id(p.checker, p.metric, keys);
                    found.push_back(std::move(p));
                }
            }
        }
        const std::lock_guard lock(merge);
        std::move(found.begin(), found.end(), std::back_inserter(outcome.findings));
        std::move(errors.begin(), errors.end(), std::back_inserter(outcome.errors));
    };

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned threads =
        std::min<unsigned>(plan.threads == 0 ? cores : plan.threads,
                           static_cast<unsigned>(std::max<std::size_t>(1, groups.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back(worker);
    }
    worker();
    for (auto& t : pool) {
        t.join();
    }

    // Deterministic output whatever the thread timing; one finding per id.
    std::sort(outcome.findings.begin(), outcome.findings.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    outcome.findings.erase(std::unique(outcome.findings.begin(), outcome.findings.end(),
                                       [](const auto& a, const auto& b) { return a.id == b.id; }),
                           outcome.findings.end());
    std::sort(outcome.errors.begin(), outcome.errors.end());
    return outcome;
}

} // namespace crosscheck::engine
