#include "host/cli/claim_records.hpp"

#include <utility>

namespace crosscheck::cli {
namespace {

std::optional<model::TextSpan> span(const std::optional<std::int64_t>& start,
                                    const std::optional<std::int64_t>& end) {
    if (!start && !end) {
        return std::nullopt;
    }
    return model::TextSpan{static_cast<std::size_t>(start.value_or(0)),
                           static_cast<std::size_t>(end.value_or(0))};
}

} // namespace

std::vector<model::Claim> to_claims(std::vector<store::ClaimRow> rows) {
    std::vector<model::Claim> out;
    out.reserve(rows.size());
    for (auto& row : rows) {
        if (row.status != "active") {
            continue;
        }
        model::Claim c;
        c.id = row.id;
        c.key = std::move(row.claim_key);
        c.metric = std::move(row.metric);
        c.value = row.value;
        c.low = row.low;
        c.high = row.high;
        c.unit = std::move(row.unit);
        c.qualifier = model::qualifier_from_string(row.qualifier).value_or(model::Qualifier::none);
        c.text = std::move(row.text);
        c.quote = std::move(row.quote);
        c.span = span(row.span_start, row.span_end);
        c.scope = {std::move(row.subject), row.subset, std::move(row.event), std::move(row.period)};
        c.attribution = std::move(row.attribution);
        c.as_of = model::Moment::from_iso(std::move(row.as_of));
        c.source.id = row.source_id;
        c.source.url = std::move(row.source_url);
        c.source.outlet = std::move(row.source_outlet);
        c.source.published = model::Moment::from_iso(std::move(row.source_published));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace crosscheck::cli
