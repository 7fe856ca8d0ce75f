#include "host/cli/claim_records.hpp"

#include <utility>

namespace crosscheck::cli {
namespace {

loader::TimeRecord time_record(model::Moment m) {
    loader::TimeRecord t;
    t.epoch_seconds = m.seconds;
    t.iso = std::move(m.iso);
    return t;
}

} // namespace

std::vector<loader::ClaimRecord> to_claim_records(std::vector<model::Claim> claims,
                                                  std::vector<std::string>& keys) {
    std::vector<loader::ClaimRecord> out;
    out.reserve(claims.size());
    for (auto& claim : claims) {
        if (claim.status != model::ClaimStatus::active) {
            continue;
        }
        loader::ClaimRecord c;
        c.id = claim.id;
        c.scope_subject = claim.scope.checked_subject();
        c.metric = std::move(claim.metric);
        c.value = claim.value;
        c.low = claim.low;
        c.high = claim.high;
        c.unit = std::move(claim.unit);
        c.qualifier = claim.qualifier == model::Qualifier::none
                          ? std::string()
                          : std::string(model::to_string(claim.qualifier));
        c.text = std::move(claim.text);
        c.scope_event = std::move(claim.scope.event);
        c.scope_period = std::move(claim.scope.period);
        c.attribution = std::move(claim.attribution);
        c.as_of = time_record(std::move(claim.as_of));
        c.source_id = claim.source.id;
        c.source_url = std::move(claim.source.url);
        c.source_outlet = std::move(claim.source.outlet);
        c.source_published = time_record(std::move(claim.source.published));
        c.quote = std::move(claim.quote);
        c.span_start = claim.span ? claim.span->start : 0;
        c.span_end = claim.span ? claim.span->end : 0;
        keys.push_back(std::move(claim.key));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace crosscheck::cli
