#include "host/report/claimreview_report.hpp"

#include "host/report/severity.hpp"
#include "host/report/wording.hpp"

#include <nlohmann/json.hpp>

namespace crosscheck::report {

Expected<std::string> render_claimreview(const Report& report, std::string_view organisation) {
    using Json = nlohmann::ordered_json;
    Json out = Json::array();
    for (const auto& rf : report.findings) {
        const auto& f = rf.finding;
        if (model::to_string(f.status) != "confirmed" || rf.history.empty()) {
            continue;
        }
        // The status is the latest decision, so the last one confirmed it.
        const auto& decision = rf.history.back();
        Json author;
        if (!decision.reviewer.empty() && decision.reviewer != "unknown") {
            author = {{"@type", "Person"}, {"name", decision.reviewer}};
        } else if (!organisation.empty()) {
            author = {{"@type", "Organization"}, {"name", organisation}};
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
        for (const auto& fc : rf.claims) {
            if (model::to_string(fc.role) == "reference") {
                continue;
            }
            const auto& c = fc.claim;
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
                           {"claimReviewed", single_line(c.quote.empty() ? c.text : c.quote)},
                           {"itemReviewed", {{"@type", "Claim"}, {"appearance", appearance}}},
                           {"author", author},
                           {"datePublished", decision.decided_at},
                           {"reviewRating",
                            {{"@type", "Rating"},
                             {"alternateName", verdict_rating(verdict_for(f.severity))},
                             {"ratingExplanation", explanation}}}});
        }
    }
    return out.dump(2) + "\n";
}

} // namespace crosscheck::report
