#include "host/engine/finding_merge.hpp"

#include "host/engine/finding_identity.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace crosscheck::engine {
namespace {

// A finding's reasons, its own when a checker left them empty.
void ensure_reasons(model::Finding& f) {
    if (f.reasons.empty()) {
        f.reasons.push_back({f.checker, f.severity, f.message, f.cross_side});
    }
}

// A finding taking the findings whose questioned claims lie within its own.
struct Merged {
    const std::vector<std::string>* keys; // its own questioned claims, sorted
    model::Finding finding;
    // The claims every member questions, while there are any: what the
    // merged finding questions. When members single out different figures
    // of it (one A, another B, within a pair {A, B}), `split`: it questions
    // `keys`, as its first did.
    std::vector<std::string> core;
    bool split = false;
    // The questioned claims of the finding each reason came with.
    std::vector<const std::vector<std::string>*> reason_keys;
};

// `member`'s reasons and claims, into `into`, whose questioned claims
// contain `member_keys`, `member`'s.
void absorb(Merged& into, model::Finding&& member, const std::vector<std::string>& member_keys) {
    ensure_reasons(member);
    auto& f = into.finding;
    into.reason_keys.insert(into.reason_keys.end(), member.reasons.size(), &member_keys);
    std::move(member.reasons.begin(), member.reasons.end(), std::back_inserter(f.reasons));
    for (model::FindingClaim& c : member.claims) {
        const auto same = std::find_if(f.claims.begin(), f.claims.end(), [&](const auto& mine) {
            return mine.claim_key == c.claim_key;
        });
        if (same == f.claims.end()) {
            f.claims.push_back(std::move(c));
        }
    }
    if (!into.split) {
        std::vector<std::string> both;
        std::set_intersection(into.core.begin(), into.core.end(), member_keys.begin(),
                              member_keys.end(), std::back_inserter(both));
        into.split = both.empty();
        if (!into.split) {
            into.core = std::move(both);
        }
    }
}

void settle(Merged& m) {
    auto& f = m.finding;
    const auto& questioned = m.split ? *m.keys : m.core;
    if (f.reasons.size() > 1) {
        // The roles of the merged finding: what its members agree is in
        // question, against everything else they cite.
        for (auto& c : f.claims) {
            c.role = std::binary_search(questioned.begin(), questioned.end(), c.claim_key)
                         ? model::ClaimRole::questioned
                         : model::ClaimRole::reference;
        }
    }
    // Most severe first; among equals, a reason that questions just what the
    // finding questions (its message says the same as the roles do), then
    // the order the checkers ran.
    std::vector<std::size_t> order(f.reasons.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto precise = [&](std::size_t r) { return *m.reason_keys[r] == questioned; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const int ra = model::rank(f.reasons[a].severity), rb = model::rank(f.reasons[b].severity);
        return ra != rb ? ra < rb : precise(a) && !precise(b);
    });
    std::vector<model::FindingReason> reasons;
    reasons.reserve(order.size());
    for (const std::size_t r : order) {
        reasons.push_back(std::move(f.reasons[r]));
    }
    f.reasons = std::move(reasons);
    f.checker = f.reasons.front().checker;
    f.severity = f.reasons.front().severity;
    f.message = f.reasons.front().message;
    f.cross_side =
        std::all_of(f.reasons.begin(), f.reasons.end(), [](const auto& r) { return r.cross_side; });
    std::stable_partition(f.claims.begin(), f.claims.end(),
                          [](const auto& c) { return c.role == model::ClaimRole::questioned; });
}

} // namespace

std::vector<model::Finding> merge_findings(std::vector<model::Finding> findings) {
    const std::size_t n = findings.size();
    std::vector<std::vector<std::string>> keys(n);
    for (std::size_t i = 0; i < n; ++i) {
        keys[i] = questioned_keys(findings[i]);
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keys[a].size() > keys[b].size(); });

    std::vector<Merged> merged;
    merged.reserve(n);
    // Questioned key -> the merged findings that question it. The views
    // point into `keys`, which is never resized.
    std::unordered_map<std::string_view, std::vector<std::size_t>> questioning;
    for (const std::size_t i : order) {
        const std::vector<std::string>& q = keys[i];
        std::size_t home = merged.size();
        if (const auto it = q.empty() ? questioning.end() : questioning.find(q.front());
            it != questioning.end()) {
            for (const std::size_t m : it->second) {
                const auto& theirs = *merged[m].keys;
                if (std::includes(theirs.begin(), theirs.end(), q.begin(), q.end())) {
                    home = m;
                    break;
                }
            }
        }
        if (home < merged.size()) {
            absorb(merged[home], std::move(findings[i]), q);
            continue;
        }
        ensure_reasons(findings[i]);
        const std::size_t reasons = findings[i].reasons.size();
        merged.push_back({&q, std::move(findings[i]), q, false,
                          std::vector<const std::vector<std::string>*>(reasons, &q)});
        for (const std::string& key : q) {
            questioning[key].push_back(merged.size() - 1);
        }
    }

    std::vector<model::Finding> out;
    out.reserve(merged.size());
    for (auto& m : merged) {
        settle(m);
        out.push_back(std::move(m.finding));
    }
    return out;
}

} // namespace crosscheck::engine
