#pragma once
// `report --format claimreview`: schema.org ClaimReview JSON-LD, the format
// fact-checkers publish in (read by search engines), for the CONFIRMED
// findings only: open ones are not judged yet, dismissed ones are not
// discrepancies. One ClaimReview per questioned figure of each confirmed
// finding (a reference figure is what it is compared with, not what is
// rated), as a JSON array.
//
// Each has what a publisher must emit: `url` (the page of the fact-check,
// from `--url-template`), `claimReviewed` (the sentence stating the figure),
// `itemReviewed` (a Claim whose `appearance` is the source: url, outlet as
// author, datePublished), `author` (the `--organisation` when given, since a
// desk publishes under its name; else the reviewer who confirmed it),
// `datePublished` (the time of that decision), `reviewRating` (a Rating with
// `ratingValue` on the `worstRating`..`bestRating` scale of
// severity.hpp's RatingScale, `alternateName` the verdict in words,
// `ratingExplanation` the finding's message and the reviewer's note) and
// `identifier` ("FINDING_ID:CLAIM_ID", unique per review).

#include "host/report/report_model.hpp"
#include "host/report/report_stream.hpp"
#include "host/util/error.hpp"

#include <string>
#include <string_view>

namespace crosscheck::report {

struct ClaimReviewOptions {
    /// The author of every review when not empty (an Organization).
    std::string organisation;
    /// The fact-check's page: `{case}`, `{finding}` and `{claim}` are
    /// replaced by the case slug, the finding id and the claim id.
    std::string url_template;
};

/// `url_template` with its placeholders filled; fails naming an unknown
/// `{...}` or an unclosed brace.
[[nodiscard]] Expected<std::string> fill_url_template(std::string_view url_template,
                                                      std::string_view case_slug,
                                                      std::string_view finding_id,
                                                      std::string_view claim_id);

/// The JSON-LD document. Fails when nothing is confirmed ("no confirmed
/// findings": an empty export is a mistake, not a publication), when
/// `url_template` is empty (a ClaimReview must link to the fact-check), and,
/// naming the finding, when a confirming decision has no reviewer (empty or
/// "unknown") and `organisation` is empty: a ClaimReview must say who
/// reviewed. Only the confirmed findings are held while `findings` is read.
[[nodiscard]] Expected<std::string> render_claimreview(const std::string& case_slug,
                                                       const FindingSource& findings,
                                                       const ClaimReviewOptions& options);

/// The same, of a report in memory.
[[nodiscard]] Expected<std::string> render_claimreview(const Report& report,
                                                       const ClaimReviewOptions& options);

} // namespace crosscheck::report
