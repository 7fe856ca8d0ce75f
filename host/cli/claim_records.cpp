#include "host/cli/claim_records.hpp"

#include "host/util/timestamp.hpp"

#include <utility>

namespace crosscheck::cli {
namespace {

loader::TimeRecord time_record(const std::string& iso) {
    loader::TimeRecord t;
    t.iso = iso;
    if (auto parsed = parse_timestamp(iso)) {
        t.epoch_seconds = parsed->seconds;
    }
    return t;
}

} // namespace

std::vector<loader::ClaimRecord> to_claim_records(std::vector<store::ClaimRow> rows,
                                                  std::vector<std::string>& keys) {
    std::vector<loader::ClaimRecord> out;
    out.reserve(rows.size());
    for (auto& row : rows) {
        if (row.status != "active") {
            continue;
        }
        loader::ClaimRecord c;
        c.id = row.id;
        c.metric = std::move(row.metric);
        c.value = row.value;
        c.low = row.low;
        c.high = row.high;
        c.unit = std::move(row.unit);
        c.qualifier = row.qualifier == "none" ? "" : row.qualifier;
        c.text = std::move(row.text);
        c.scope_subject =
            row.subset ? (row.subject.empty() ? "subset" : row.subject + "/subset") : row.subject;
        c.scope_event = std::move(row.event);
        c.scope_period = std::move(row.period);
        c.attribution = std::move(row.attribution);
        c.as_of = time_record(row.as_of);
        c.source_id = row.source_id;
        c.source_url = std::move(row.source_url);
        c.source_outlet = std::move(row.source_outlet);
        c.source_published = time_record(row.source_published);
        c.quote = std::move(row.quote);
        c.span_start = static_cast<std::uint64_t>(row.span_start.value_or(0));
        c.span_end = static_cast<std::uint64_t>(row.span_end.value_or(0));
        keys.push_back(std::move(row.claim_key));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace crosscheck::cli
