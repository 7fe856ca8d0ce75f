#include "host/engine/check_job.hpp"

#include "host/engine/claim_grouping.hpp"
#include "host/engine/finding_identity.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

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
        auto configured = m_registry.configure(a.checker, plugin::to_records(a.config), &m_children);
        if (!configured) {
            return std::unexpected(configured.error());
        }
        return &m_states.emplace(key, std::move(*configured)).first->second;
    }

private:
    const plugin::PluginRegistry& m_registry;
    const CheckPlan& m_plan;
    // Isolated plugins: one child process per plugin for this worker,
    // outliving the states in it (members are destroyed in reverse).
    plugin::ChildPool m_children;
    std::map<std::pair<std::string, std::size_t>, plugin::ConfiguredChecker> m_states;
};

// Where a group's claims are in the case, by claim id: for the claims its
// findings cite, whose attributions and keys the findings need. Built on the
// first lookup, as a sorted vector: most groups have no finding, and a hash
// node per claim of a 20,000-claim group cost more than the checkers did.
class GroupIndex {
public:
    explicit GroupIndex(const std::vector<std::size_t>& positions) : m_positions(positions) {}

    /// The case position of claim `id`, or nullopt when it is not in the group.
    std::optional<std::size_t> find(const std::vector<loader::ClaimRecord>& claims,
                                    std::int64_t id) {
        if (m_by_id.empty()) {
            m_by_id.reserve(m_positions.size());
            for (const std::size_t i : m_positions) {
                m_by_id.emplace_back(claims[i].id, i);
            }
            std::sort(m_by_id.begin(), m_by_id.end());
        }
        const auto it =
            std::lower_bound(m_by_id.begin(), m_by_id.end(), id,
                             [](const auto& entry, std::int64_t key) { return entry.first < key; });
        if (it == m_by_id.end() || it->first != id) {
            return std::nullopt;
        }
        return it->second;
    }

private:
    const std::vector<std::size_t>& m_positions;
    std::vector<std::pair<std::int64_t, std::size_t>> m_by_id;
};

// Lowers findings that set different sides against each other.
// `attributions` are those of the claims the finding cites (empty when
// unattributed).
void apply_side_policy(const CheckPlan& plan, const std::vector<const std::string*>& attributions,
                       loader::FindingRecord& finding) {
    std::set<std::string_view> sides;
    for (const std::string* attribution : attributions) {
        if (attribution == nullptr || attribution->empty()) {
            continue; // unattributed: no side to compare
        }
        const auto side = plan.attribution_sides.find(*attribution);
        sides.insert(side == plan.attribution_sides.end() ? std::string_view(*attribution)
                                                          : std::string_view(side->second));
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
                                     std::vector<std::string> claim_keys) {
    if (claim_keys.size() != claims.size()) {
        return fail("check job: " + std::to_string(claim_keys.size()) + " claim keys for " +
                    std::to_string(claims.size()) + " claims");
    }
    // Refuse a plan naming a checker that is not there, or a configuration a
    // checker rejects, before any work.
    {
        // Isolated plugins' children for this only; they end at the brace.
        plugin::ChildPool validation_children;
        for (const auto& [metric, assignments] : plan.by_metric) {
            for (const auto& a : assignments) {
                auto configured = registry.configure(a.checker, plugin::to_records(a.config), &validation_children);
                if (!configured) {
                    return fail("metric '" + metric + "': " + configured.error().to_string());
                }
            }
        }
    }

    CheckOutcome outcome;
    outcome.claim_count = claims.size();
    std::vector<GroupMembers> groups = find_groups(claims);
    // Only groups some checker looks at are work.
    std::erase_if(groups, [&](const auto& g) { return !plan.by_metric.contains(g.metric); });
    outcome.group_count = groups.size();
    // Biggest first, so that no worker starts a large group last while the
    // others have run out of work.
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return a.positions.size() > b.positions.size();
    });

    std::mutex merge;
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        WorkerCheckers checkers(registry, plan);
        std::vector<ProducedFinding> found;
        std::vector<std::string> errors;
        for (std::size_t g = next++; g < groups.size(); g = next++) {
            // The group is laid out once for all its checkers, pointing into
            // the case's claims (read by every worker, written by none): no
            // claim is moved, copied or freed while the job runs.
            const GroupMembers& group = groups[g];
            const loader::MarshalledGroup marshalled(group.metric, group.scope_key, claims,
                                                     group.positions);
            const auto& assignments = plan.by_metric.at(group.metric);
            GroupIndex index(group.positions);
            for (std::size_t i = 0; i < assignments.size(); ++i) {
                auto checker = checkers.get(group.metric, i);
                auto result = checker ? (*checker)->check(marshalled.get())
                                      : Expected<std::vector<loader::FindingRecord>>(
                                            std::unexpected(checker.error()));
                if (!result) {
                    errors.push_back("checker '" + assignments[i].checker + "' failed on " +
                                     group.metric + " [" + group.scope_key +
                                     "]: " + result.error().to_string());
                    continue;
                }
                for (auto& f : *result) {
                    ProducedFinding p{{}, f.checker, group.metric, group.scope_key, {}, {}, {}};
                    std::vector<std::string> keys;
                    std::vector<const std::string*> attributions;
                    for (const auto& c : f.claims) {
                        const auto at = index.find(claims, c.claim_id);
                        keys.push_back(at ? claim_keys[*at] : "id:" + std::to_string(c.claim_id));
                        attributions.push_back(at ? &claims[*at].attribution : nullptr);
                        p.claims.push_back({c.claim_id, keys.back(), c.role});
                    }
                    apply_side_policy(plan, attributions, f);
                    p.severity = std::move(f.severity);
                    p.message = std::move(f.message);
                    p.id = finding_id(p.checker, p.metric, std::move(keys));
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
