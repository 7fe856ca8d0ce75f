#include "host/cli/claim_records.hpp"

#include "host/util/timestamp.hpp"

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

std::vector<loader::ClaimRecord> to_claim_records(const std::vector<store::ClaimRow>& rows,
                                                  std::map<std::int64_t, std::string>& keys) {
    std::vector<loader::ClaimRecord> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        if (row.status != "active") {
            continue;
        }
        loader::ClaimRecord c;
        c.id = row.id;
        c.metric = row.metric;
        c.value = row.value;
        c.low = row.low;
        c.high = row.high;
        c.unit = row.unit;
        c.qualifier = row.qualifier == "none" ? "" : row.qualifier;
        c.text = row.text;
        c.scope_subject =
            row.subset ? (row.subject.empty() ? "subset" : row.subject + "/subset") : row.subject;
        c.scope_event = row.event;
        c.scope_period = row.period;
        c.attribution = row.attribution;
        c.as_of = time_record(row.as_of);
        c.source_id = row.source_id;
        c.source_url = row.source_url;
        c.source_outlet = row.source_outlet;
        c.source_published = time_record(row.source_published);
        c.quote = row.quote;
        c.span_start = static_cast<std::uint64_t>(row.span_start.value_or(0));
        c.span_end = static_cast<std::uint64_t>(row.span_end.value_or(0));
        keys[row.id] = row.claim_key;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace crosscheck::cli
