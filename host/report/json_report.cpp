#include "host/report/json_report.hpp"

#include "host/report/severity.hpp"

#include <nlohmann/json.hpp>

namespace crosscheck::report {
namespace {

using Json = nlohmann::ordered_json;

Json bound(const std::optional<double>& v) {
    return v ? Json(*v) : Json(nullptr);
}

Json claim_json(const model::Claim& c, const std::string& role) {
    Json j = {
        {"id", c.id},
        {"role", role},
        {"metric", c.metric},
        {"value", c.value},
        {"low", bound(c.low)},
        {"high", bound(c.high)},
        {"unit", c.unit},
        {"text", c.text},
        {"quote", c.quote},
        {"as_of", c.as_of.iso},
        {"qualifier", std::string(model::to_string(c.qualifier))},
        {"attribution", c.attribution},
        {"scope",
         {{"subject", c.scope.subject}, {"event", c.scope.event}, {"period", c.scope.period}}},
        {"source",
         {{"url", c.source.url},
          {"outlet", c.source.outlet},
          {"published", c.source.published.iso}}}};
    // A place only when one is stated: claims of rules without [places]
    // read as before.
    if (!c.scope.place.empty()) {
        j["scope"]["place"] = c.scope.place;
    }
    return j;
}

} // namespace

std::string render_json(const Report& report) {
    Json out;
    out["case"] = report.case_slug;
    out["generated_at"] = report.generated_at;
    out["checked_at"] = report.checked_at.empty() ? Json(nullptr) : Json(report.checked_at);
    auto& list = out["findings"] = Json::array();
    for (const auto& rf : report.findings) {
        const auto& f = rf.finding;
        Json finding = {{"id", f.id},
                        {"checker", f.checker},
                        {"metric", f.metric},
                        {"severity", std::string(model::to_string(f.severity))},
                        {"verdict", verdict_name(verdict_for(f.severity))},
                        {"status", std::string(model::to_string(f.status))},
                        {"message", f.message},
                        {"scope", f.scope_key},
                        {"claims", Json::array()},
                        {"reasons", Json::array()},
                        {"cross_side", f.cross_side},
                        {"review_history", Json::array()}};
        for (const auto& c : rf.claims) {
            finding["claims"].push_back(claim_json(c.claim, std::string(model::to_string(c.role))));
        }
        // Every checker that found this discrepancy, most severe first: the
        // first is `checker` and `message` above.
        for (const auto& r : f.reasons) {
            finding["reasons"].push_back({{"checker", r.checker},
                                          {"severity", std::string(model::to_string(r.severity))},
                                          {"message", r.message}});
        }
        for (const auto& d : rf.history) {
            Json decision = {{"status", std::string(model::to_string(d.status))},
                             {"reviewer", d.reviewer},
                             {"note", d.note},
                             {"decided_at", d.decided_at}};
            if (!d.carried_from.empty()) {
                decision["carried_from"] = d.carried_from; // given on that finding
            }
            finding["review_history"].push_back(std::move(decision));
        }
        list.push_back(std::move(finding));
    }
    return out.dump(2) + "\n";
}

} // namespace crosscheck::report
