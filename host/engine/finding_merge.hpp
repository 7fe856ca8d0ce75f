#pragma once
// One finding per discrepancy. Each checker looks at a group its own way,
// and one error in the sources is often seen by several: an extra zero is an
// interval conflict, a transcription error and a departure from the
// consensus at once. A reviewer decides on a discrepancy once, and
// `--fail-on` counts it once, so after every checker of a group has run the
// engine merges the findings that question the same claims (or whose
// questioned claims one contains the other's) into one, keeping every
// checker's reason as its evidence. Done in the host, so the findings of
// plugins from outside are merged like the built-in checkers'.

#include "host/model/finding.hpp"

#include <cstddef>
#include <vector>

namespace crosscheck::engine {

/// How many reference claims a merged finding lists (the earliest; the rest
/// are counted in `model::Finding::more_references`): as many as two
/// checkers cite (the SDK's `crosscheck::k_max_cited_references` each). Five
/// lost two of the real-text set's expected pairs, whose figure only a
/// later checker had cited.
inline constexpr std::size_t k_max_listed_references = 10;

/// Merges the findings of one group, each with its claims' keys and after
/// the cross-side policy (which rates each checker's finding on its own
/// claims). Findings are taken largest questioned set first (see
/// `questioned_keys`); one whose questioned claims all lie within those of
/// a finding already taken (the same set, or a smaller one) joins it, the
/// first such in that order; any other starts a finding of its own. A
/// merged finding of several:
///
/// - questions the claims every member questions: an extra zero singled
///   out by one checker and paired with a faithful copy by another ("these
///   two disagree") is the one in question, the copy what it is compared
///   with. When members single out different claims of it, none is singled
///   out: it questions its first member's claims;
/// - cites every claim any member cites, once, questioned claims first,
///   then in the order met; every other claim is a reference;
/// - has every member's reasons (`checker`, `severity`, `message`,
///   `cross_side`; a finding with no reasons yet gives its own), most severe
///   first; among equals, those whose finding questioned just the claims
///   the merged finding questions (their messages frame it as it is framed),
///   then in the order the members came (the order the checkers ran);
/// - takes `severity`, `checker` and `message` from its first reason, and
///   is `cross_side` when every reason is: a figure questioned across sides
///   by one checker and within a side by another is a real discrepancy.
///
/// A finding that joins no other keeps its claims and roles as they are.
/// Ids, spreads and times are not set here (host/engine/check_job.cpp does,
/// from the merged claims). Deterministic for a given input order. O(n log
/// n) in the findings plus, for each, its questioned keys times the merged
/// findings that share its first key.
[[nodiscard]] std::vector<model::Finding> merge_findings(std::vector<model::Finding> findings);

} // namespace crosscheck::engine
