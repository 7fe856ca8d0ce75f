#include "host/engine/check_job.hpp"

#include "host/engine/claim_grouping.hpp"
#include "host/engine/configured_checkers.hpp"
#include "host/engine/finding_identity.hpp"
#include "host/engine/finding_merge.hpp"
#include "host/plugin/claim_group_layout.hpp"
#include "host/plugin/plugin_registry.hpp"

#include <algorithm>
#include <atomic>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string_view>
#include <thread>

namespace crosscheck::engine {
namespace {

// Where a group's claims are in the case, by claim id: for the claims its
// findings cite, whose attributions and keys the findings need. Built on the
// first lookup, as a sorted vector: most groups have no finding, and a hash
// node per claim of a 20,000-claim group cost more than the checkers did.
class GroupIndex {
public:
    explicit GroupIndex(const std::vector<std::size_t>& positions) : m_positions(positions) {}

    /// The case position of claim `id`, or nullopt when it is not in the group.
    std::optional<std::size_t> find(const std::vector<model::Claim>& claims, std::int64_t id) {
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

// The host-wide policy on findings: those that set different sides against
// each other are lowered to the plan's ceiling, and marked `cross_side` so
// that reports list them apart (also those already at or below it). A
// ceiling of "high" lowers nothing and sets nothing apart.
class SidePolicy {
public:
    explicit SidePolicy(const rules::CheckPlan& plan)
        : m_plan(plan), m_ceiling(model::severity_from_string(plan.cross_side_ceiling)
                                      .value_or(model::Severity::info)) {}

    /// `attributions` are those of the claims `finding` cites (null or empty
    /// when unattributed).
    void apply(const std::vector<const std::string*>& attributions, model::Finding& finding) const {
        if (m_ceiling == model::Severity::high) {
            return;
        }
        std::set<std::string_view> sides;
        for (const std::string* attribution : attributions) {
            if (attribution == nullptr || attribution->empty()) {
                continue; // unattributed: no side to compare
            }
            const auto side = m_plan.attribution_sides.find(*attribution);
            sides.insert(side == m_plan.attribution_sides.end() ? std::string_view(*attribution)
                                                                : std::string_view(side->second));
        }
        if (sides.size() < 2) {
            return;
        }
        finding.cross_side = true;
        if (model::rank(finding.severity) < model::rank(m_ceiling)) {
            finding.severity = m_ceiling;
            finding.message +=
                " [different attributions: severity limited to " + m_plan.cross_side_ceiling + "]";
        }
    }

private:
    const rules::CheckPlan& m_plan;
    model::Severity m_ceiling;
};

// What a reader ranks a merged finding by (model::Finding::spread, as_of),
// from the claims it cites: how far apart their values are, and when the
// earliest questioned figure held.
void set_rank(model::Finding& f, const std::vector<model::Claim>& claims, GroupIndex& index) {
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    const model::Claim* earliest = nullptr;
    for (const model::FindingClaim& c : f.claims) {
        const auto at = index.find(claims, c.claim_id);
        if (!at) {
            continue;
        }
        const model::Claim& claim = claims[*at];
        lowest = std::min(lowest, claim.value);
        highest = std::max(highest, claim.value);
        if (c.role == model::ClaimRole::questioned &&
            (earliest == nullptr || claim.as_of.iso < earliest->as_of.iso)) {
            earliest = &claim;
        }
    }
    if (highest > lowest) {
        // A figure of 0 (or below) against a positive one is as far apart as
        // figures get: ranked above every finite ratio.
        f.spread = lowest > 0 ? highest / lowest : std::numeric_limits<double>::max();
    }
    f.as_of = earliest != nullptr ? earliest->as_of.iso : std::string();
}

// A merged finding keeps every questioned claim and the earliest
// k_max_listed_references (10) of the references its checkers cited (the
// earliest, as each checker cites them: later articles leave the list as it
// is), and counts the rest. A figure that half a dozen checkers each compare
// with five others would otherwise cite thirty claims, and a report of
// 10^4 findings would carry each claim's quote dozens of times over.
void list_sample_of_references(model::Finding& f, const std::vector<model::Claim>& claims,
                               GroupIndex& index) {
    const auto first_reference = std::find_if(f.claims.begin(), f.claims.end(), [](const auto& c) {
        return c.role == model::ClaimRole::reference;
    });
    const auto count = static_cast<std::size_t>(f.claims.end() - first_reference);
    if (count <= k_max_listed_references) {
        return;
    }
    // (as-of time, id): a claim the group no longer holds sorts last.
    const auto when = [&](const model::FindingClaim& c) {
        const auto at = index.find(claims, c.claim_id);
        return std::pair(at ? claims[*at].as_of.seconds.value_or(0)
                            : std::numeric_limits<std::int64_t>::max(),
                         c.claim_id);
    };
    std::stable_sort(first_reference, f.claims.end(),
                     [&](const auto& a, const auto& b) { return when(a) < when(b); });
    f.more_references += count - k_max_listed_references;
    f.claims.erase(first_reference + static_cast<std::ptrdiff_t>(k_max_listed_references),
                   f.claims.end());
}

// What one worker found in the groups it took.
struct WorkerResult {
    std::vector<model::Finding> findings;
    std::vector<std::string> errors;
    std::size_t checker_findings = 0;
};

// Checks `group` with every checker of its metric, completing each finding
// (metric, scope key, the claims' keys, the side policy), then merges those
// that question the same claims into one per discrepancy and gives each its
// rank and id.
void check_group(const GroupMembers& group, const std::vector<model::Claim>& claims,
                 const rules::CheckPlan& plan, const SidePolicy& policy,
                 ConfiguredCheckers& checkers, WorkerResult& out) {
    // The group is laid out once for all its checkers, pointing into the
    // case's claims (read by every worker, written by none): no claim is
    // moved, copied or freed while the job runs.
    const plugin::ClaimGroupLayout layout(group.metric, group.scope_key, claims, group.positions);
    const auto& assignments = plan.by_metric.at(group.metric);
    GroupIndex index(group.positions);
    std::vector<model::Finding> found;
    for (std::size_t i = 0; i < assignments.size(); ++i) {
        auto checker = checkers.get(group.metric, i);
        auto result = checker
                          ? (*checker)->check(layout)
                          : Expected<std::vector<model::Finding>>(std::unexpected(checker.error()));
        if (!result) {
            out.errors.push_back("checker '" + assignments[i].checker + "' failed on " +
                                 group.metric + " [" + group.scope_key +
                                 "]: " + result.error().to_string());
            continue;
        }
        for (model::Finding& f : *result) {
            f.metric = group.metric;
            f.scope_key = group.scope_key;
            std::vector<const std::string*> attributions;
            attributions.reserve(f.claims.size());
            for (model::FindingClaim& c : f.claims) {
                const auto at = index.find(claims, c.claim_id);
                c.claim_key = at ? claims[*at].key : "id:" + std::to_string(c.claim_id);
                attributions.push_back(at ? &claims[*at].attribution : nullptr);
            }
            policy.apply(attributions, f);
            found.push_back(std::move(f));
        }
    }
    if (found.empty()) {
        return;
    }
    out.checker_findings += found.size();
    for (model::Finding& f : merge_findings(std::move(found))) {
        set_rank(f, claims, index);
        f.id = finding_id(f);
        list_sample_of_references(f, claims, index);
        out.findings.push_back(std::move(f));
    }
}

} // namespace

Expected<CheckOutcome> run_check_job(const plugin::PluginRegistry& registry,
                                     const rules::CheckPlan& plan, std::vector<model::Claim> claims,
                                     std::unique_ptr<ConfiguredCheckers> first) {
    // Refuse a plan naming a checker that is not there, or a configuration a
    // checker rejects, before any work, unless check preparation did. These
    // are the first worker's checkers: each configuration goes through init
    // once for the check and once more per further worker, and an isolated
    // plugin's child started here is the one that checks.
    if (!first) {
        first = std::make_unique<ConfiguredCheckers>(registry, plan);
        if (auto ready = first->configure_all(); !ready) {
            return std::unexpected(ready.error());
        }
    }

    CheckOutcome outcome;
    outcome.claim_count = claims.size();
    std::vector<GroupMembers> groups = find_groups(claims);
    // Only groups some checker looks at are work.
    std::erase_if(groups, [&](const auto& g) {
        return !plan.by_metric.contains(g.metric) || !is_compared(g);
    });
    outcome.group_count = groups.size();
    // Biggest first, so that no worker starts a large group last while the
    // others have run out of work.
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return a.positions.size() > b.positions.size();
    });

    const SidePolicy policy(plan);
    std::mutex merge;
    std::atomic<std::size_t> next{0};
    const auto worker = [&](ConfiguredCheckers& checkers) {
        WorkerResult found;
        for (std::size_t g = next++; g < groups.size(); g = next++) {
            check_group(groups[g], claims, plan, policy, checkers, found);
        }
        const std::lock_guard lock(merge);
        std::move(found.findings.begin(), found.findings.end(),
                  std::back_inserter(outcome.findings));
        std::move(found.errors.begin(), found.errors.end(), std::back_inserter(outcome.errors));
        outcome.checker_findings += found.checker_findings;
    };

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned threads =
        std::min<unsigned>(plan.threads == 0 ? cores : plan.threads,
                           static_cast<unsigned>(std::max<std::size_t>(1, groups.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back([&] {
            ConfiguredCheckers own(registry, plan);
            worker(own);
        });
    }
    worker(*first);
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
