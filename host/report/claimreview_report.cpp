#include "host/report/claimreview_report.hpp"

#include "host/report/severity.hpp"
#include "host/report/wording.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace crosscheck::report {

Expected<std::string> fill_url_template(std::string_view url_template, std::string_view case_slug,
                                        std::string_view finding_id, std::string_view claim_id) {
    std::string out;
    std::size_t i = 0;
    while (i < url_template.size()) {
        const char ch = url_template[i];
        if (ch != '{') {
            out += ch;
            ++i;
            continue;
        }
        const auto close = url_template.find('}', i);
        if (close == std::string_view::npos) {
            return fail("--url-template: '{' at column " + std::to_string(i + 1) +
                        " is never closed (placeholders: {case}, {finding}, {claim})");
        }
        const auto name = url_template.substr(i + 1, close - i - 1);
        if (name == "case") {
            out += case_slug;
        } else if (name == "finding") {
            out += finding_id;
        } else if (name == "claim") {
            out += claim_id;
        } else {
            return fail("--url-template: unknown placeholder '{" + std::string(name) +
                        "}' at column " + std::to_string(i + 1) +
                        " (placeholders: {case}, {finding}, {claim})");
        }
        i = close + 1;
    }
    return out;
}

namespace {

using Json = nlohmann::ordered_json;

// The ClaimReviews of `rf`, one per questioned claim, appended to `out`
// when it is confirmed.
Expected<void> add_reviews(Json& out, const std::string& case_slug, const ReportFinding& rf,
                           const ClaimReviewOptions& options) {
    const auto& f = rf.finding;
    if (model::to_string(f.status) != "confirmed" || rf.history.empty()) {
        return {};
    }
    if (options.url_template.empty()) {
        return fail("a ClaimReview must give the fact-check's url: pass --url-template, "
                    "e.g. 'https://factcheck.example/" +
                    case_slug +
                    "/{finding}' ({case}, {finding} and {claim} are "
                    "replaced)");
    }
    // The status is the latest decision, so the last one confirmed it.
    const auto& decision = rf.history.back();
    Json author;
    if (!options.organisation.empty()) {
        author = {{"@type", "Organization"}, {"name", options.organisation}};
    } else if (!decision.reviewer.empty() && decision.reviewer != "unknown") {
        author = {{"@type", "Person"}, {"name", decision.reviewer}};
    } else {
        return fail("finding " + f.id +
                    " was confirmed without a reviewer's name, and a ClaimReview must say "
                    "who reviewed: pass --organisation NAME (or record the decision again "
                    "with --reviewer NAME)");
    }
    std::string explanation = single_line(f.message);
    if (!decision.note.empty()) {
        explanation += ". Reviewer's note: " + single_line(decision.note);
    }
    const auto verdict = verdict_for(f.severity);
    for (const auto& fc : rf.claims) {
        if (model::to_string(fc.role) == "reference") {
            continue;
        }
        const auto& c = fc.claim();
        const auto url =
            fill_url_template(options.url_template, case_slug, f.id, std::to_string(c.id));
        if (!url) {
            return fail(url.error().message);
        }
        Json appearance = {{"@type", "CreativeWork"}, {"url", c.source.url}};
        if (!c.source.outlet.empty()) {
            appearance["author"] = {{"@type", "Organization"}, {"name", c.source.outlet}};
        }
        if (!c.source.published.iso.empty()) {
            appearance["datePublished"] = c.source.published.iso;
        }
        out.push_back({{"@context", "https://schema.org"},
                       {"@type", "ClaimReview"},
                       {"identifier", f.id + ":" + std::to_string(c.id)},
                       {"url", *url},
                       {"claimReviewed", single_line(c.quote.empty() ? c.text : c.quote)},
                       {"itemReviewed", {{"@type", "Claim"}, {"appearance", appearance}}},
                       {"author", author},
                       {"datePublished", decision.decided_at},
                       {"reviewRating",
                        {{"@type", "Rating"},
                         {"ratingValue", verdict_rating_value(verdict)},
                         {"bestRating", RatingScale::best},
                         {"worstRating", RatingScale::worst},
                         {"alternateName", verdict_rating(verdict)},
                         {"ratingExplanation", explanation}}}});
    }
    return {};
}

} // namespace

Expected<std::string> render_claimreview(const std::string& case_slug,
                                         const FindingSource& findings,
                                         const ClaimReviewOptions& options) {
    // Only the confirmed findings are held; the first error stops the
    // output (the findings after it are still read, and passed over).
    std::optional<Error> error;
    Json out = Json::array();
    findings.each([&](const ReportFinding& rf) {
        if (!error) {
            if (auto done = add_reviews(out, case_slug, rf, options); !done) {
                error = done.error();
            }
        }
    });
    if (error) {
        return std::unexpected(*error);
    }
    if (out.empty()) {
        return fail("no confirmed findings in case '" + case_slug +
                    "': a ClaimReview rates only what a reviewer confirmed (crosscheck review "
                    "ID --status confirmed)");
    }
    return out.dump(2) + "\n";
}

Expected<std::string> render_claimreview(const Report& report, const ClaimReviewOptions& options) {
    return render_claimreview(report.case_slug, HeldFindings(report), options);
}

} // namespace crosscheck::report
