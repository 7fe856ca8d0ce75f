#pragma once
// `report --format claimreview`: schema.org ClaimReview JSON-LD, the format
// fact-checkers publish in (read by search engines), for the CONFIRMED
// findings only: open ones are not judged yet, dismissed ones are not
// discrepancies. One ClaimReview per questioned figure of each confirmed
// finding (a reference figure is what it is compared with, not what is
// rated), as a JSON array; [] when nothing is confirmed.
//
// Each has: `claimReviewed` (the sentence stating the figure), `itemReviewed`
// (a Claim whose `appearance` is the source: url, outlet as author,
// datePublished), `author` (the reviewer who confirmed it, else
// `organisation`), `datePublished` (the time of that decision),
// `reviewRating` (`alternateName` the verdict, `ratingExplanation` the
// finding's message and the reviewer's note) and `identifier` ("FINDING_ID:
// CLAIM_ID", unique per review).

#include "host/report/report_model.hpp"
#include "host/util/error.hpp"

#include <string>
#include <string_view>

namespace crosscheck::report {

/// The JSON-LD document. Fails, naming the finding, when a confirming
/// decision has no reviewer (empty or "unknown") and `organisation` is
/// empty: a ClaimReview must say who reviewed.
[[nodiscard]] Expected<std::string> render_claimreview(const Report& report,
                                                       std::string_view organisation);

} // namespace crosscheck::report
