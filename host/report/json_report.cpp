#include "host/report/json_report.hpp"

#include "host/report/severity.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>

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

// One finding as its own JSON object.
Json finding_json(const ReportFinding& rf) {
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
        finding["claims"].push_back(claim_json(c.claim(), std::string(model::to_string(c.role))));
    }
    // The references the finding does not list (it lists the earliest few).
    if (f.more_references > 0) {
        finding["more_references"] = f.more_references;
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
    return finding;
}

// `text`, a JSON value dumped with two-space indentation, as it reads
// `depth` levels down: every line after the first indented by two spaces a
// level. JSON strings hold no raw newline, so each '\n' starts a line.
void write_nested(std::ostream& out, const std::string& text, std::size_t depth) {
    const std::string indent(2 * depth, ' ');
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
        out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
        out << indent;
        from = nl + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

} // namespace

void write_json(const ReportHead& head, const FindingSource& findings, std::ostream& out) {
    // Byte for byte what one document dumped with two spaces would be, but
    // a finding at a time: a DOM of 10^4 findings with their claims took
    // gigabytes.
    Json top_fields;
    top_fields["case"] = head.case_slug;
    top_fields["generated_at"] = head.generated_at;
    top_fields["checked_at"] = head.checked_at.empty() ? Json(nullptr) : Json(head.checked_at);
    const std::string top = top_fields.dump(2);
    out << top.substr(0, top.size() - 2) << ",\n  \"findings\": ";
    // Each finding ends its line once the next is known to follow.
    bool first = true;
    findings.each([&](const ReportFinding& rf) {
        out << (first ? "[\n    " : ",\n    ");
        first = false;
        write_nested(out, finding_json(rf).dump(2), 2);
    });
    out << (first ? "[]\n}\n" : "\n  ]\n}\n");
}

void write_json(const Report& report, std::ostream& out) {
    write_json(head_of(report), HeldFindings(report), out);
}

std::string render_json(const Report& report) {
    std::ostringstream out;
    write_json(report, out);
    return out.str();
}

} // namespace crosscheck::report
