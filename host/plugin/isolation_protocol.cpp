#include "host/plugin/isolation_protocol.hpp"

#include <unistd.h>

#include <cerrno>

namespace crosscheck::plugin::isolation {
namespace {

using nlohmann::json;

json optional_number(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

std::optional<double> number_or_none(const json& v) {
    return v.is_null() ? std::nullopt : std::optional<double>(v.get<double>());
}

json time_to_json(const TimeRecord& t) {
    return {t.epoch_seconds ? json(*t.epoch_seconds) : json(nullptr), t.iso};
}

TimeRecord time_from_json(const json& j) {
    TimeRecord t;
    if (!j.at(0).is_null()) {
        t.epoch_seconds = j.at(0).get<std::int64_t>();
    }
    t.iso = j.at(1).get<std::string>();
    return t;
}

json value_to_json(const ConfigValueRecord& v) {
    json items = json::array();
    for (const auto& item : v.items) {
        items.push_back(value_to_json(item));
    }
    return {v.type, v.boolean, v.integer, v.number, v.string, items};
}

ConfigValueRecord value_from_json(const json& j) {
    ConfigValueRecord v;
    v.type = j.at(0).get<std::int32_t>();
    v.boolean = j.at(1).get<bool>();
    v.integer = j.at(2).get<std::int64_t>();
    v.number = j.at(3).get<double>();
    v.string = j.at(4).get<std::string>();
    for (const auto& item : j.at(5)) {
        v.items.push_back(value_from_json(item));
    }
    return v;
}

bool write_all(int fd, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Bytes read; fewer than `size` only at end of file.
Expected<std::size_t> read_all(int fd, char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail("reading the request pipe failed");
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    return done;
}

} // namespace

std::string encode_frame(const nlohmann::json& message) {
    const std::vector<std::uint8_t> payload = json::to_cbor(message);
    std::string frame(4 + payload.size(), '\0');
    const auto size = static_cast<std::uint32_t>(payload.size());
    for (int i = 0; i < 4; ++i) {
        frame[static_cast<std::size_t>(i)] = static_cast<char>((size >> (8 * i)) & 0xff);
    }
    std::copy(payload.begin(), payload.end(), frame.begin() + 4);
    return frame;
}

std::uint32_t frame_length(const char* header) {
    std::uint32_t size = 0;
    for (int i = 0; i < 4; ++i) {
        size |= static_cast<std::uint32_t>(static_cast<unsigned char>(header[i])) << (8 * i);
    }
    return size;
}

Expected<nlohmann::json> decode_payload(const std::string& payload) {
    json message = json::from_cbor(payload, true, false);
    if (!message.is_object()) {
        return fail("malformed message (not a CBOR object)");
    }
    return message;
}

bool write_message(int fd, const nlohmann::json& message) {
    const std::string frame = encode_frame(message);
    return write_all(fd, frame.data(), frame.size());
}

Expected<std::optional<nlohmann::json>> read_message(int fd) {
    char header[4];
    auto got = read_all(fd, header, sizeof header);
    if (!got) {
        return std::unexpected(got.error());
    }
    if (*got == 0) {
        return std::optional<nlohmann::json>{};
    }
    if (*got < sizeof header) {
        return fail("truncated frame header");
    }
    const std::uint32_t size = frame_length(header);
    if (size > k_max_frame) {
        return fail("frame of " + std::to_string(size) + " bytes is too large");
    }
    std::string payload(size, '\0');
    got = read_all(fd, payload.data(), size);
    if (!got) {
        return std::unexpected(got.error());
    }
    if (*got < size) {
        return fail("truncated frame");
    }
    auto message = decode_payload(payload);
    if (!message) {
        return std::unexpected(message.error());
    }
    return std::optional<nlohmann::json>(std::move(*message));
}

nlohmann::json group_to_json(const ClaimGroupRecord& group) {
    json claims = json::array();
    for (const ClaimRecord& c : group.claims) {
        claims.push_back({c.id,
                          c.metric,
                          c.value,
                          optional_number(c.low),
                          optional_number(c.high),
                          c.unit,
                          c.qualifier,
                          c.text,
                          c.scope_subject,
                          c.scope_event,
                          c.scope_period,
                          c.attribution,
                          time_to_json(c.as_of),
                          c.source_id,
                          c.source_url,
                          c.source_outlet,
                          time_to_json(c.source_published),
                          c.quote,
                          c.span_start,
                          c.span_end});
    }
    return {{"metric", group.metric}, {"scope_key", group.scope_key}, {"claims", claims}};
}

ClaimGroupRecord group_from_json(const nlohmann::json& j) {
    ClaimGroupRecord group;
    group.metric = j.at("metric").get<std::string>();
    group.scope_key = j.at("scope_key").get<std::string>();
    for (const auto& a : j.at("claims")) {
        ClaimRecord c;
        c.id = a.at(0).get<std::int64_t>();
        c.metric = a.at(1).get<std::string>();
        c.value = a.at(2).get<double>();
        c.low = number_or_none(a.at(3));
        c.high = number_or_none(a.at(4));
        c.unit = a.at(5).get<std::string>();
        c.qualifier = a.at(6).get<std::string>();
        c.text = a.at(7).get<std::string>();
        c.scope_subject = a.at(8).get<std::string>();
        c.scope_event = a.at(9).get<std::string>();
        c.scope_period = a.at(10).get<std::string>();
        c.attribution = a.at(11).get<std::string>();
        c.as_of = time_from_json(a.at(12));
        c.source_id = a.at(13).get<std::int64_t>();
        c.source_url = a.at(14).get<std::string>();
        c.source_outlet = a.at(15).get<std::string>();
        c.source_published = time_from_json(a.at(16));
        c.quote = a.at(17).get<std::string>();
        c.span_start = a.at(18).get<std::uint64_t>();
        c.span_end = a.at(19).get<std::uint64_t>();
        group.claims.push_back(std::move(c));
    }
    return group;
}

nlohmann::json config_to_json(const std::vector<ConfigEntryRecord>& config) {
    json entries = json::array();
    for (const auto& e : config) {
        entries.push_back({e.key, value_to_json(e.value), e.origin});
    }
    return entries;
}

std::vector<ConfigEntryRecord> config_from_json(const nlohmann::json& j) {
    std::vector<ConfigEntryRecord> config;
    for (const auto& e : j) {
        config.emplace_back(e.at(0).get<std::string>(), value_from_json(e.at(1)),
                            e.at(2).get<std::string>());
    }
    return config;
}

nlohmann::json findings_to_json(const std::vector<FindingRecord>& findings) {
    json out = json::array();
    for (const auto& f : findings) {
        json claims = json::array();
        for (const auto& c : f.claims) {
            claims.push_back({c.claim_id, c.role});
        }
        out.push_back({f.checker, f.severity, f.message, claims});
    }
    return out;
}

std::vector<FindingRecord> findings_from_json(const nlohmann::json& j) {
    std::vector<FindingRecord> findings;
    for (const auto& f : j) {
        FindingRecord record;
        record.checker = f.at(0).get<std::string>();
        record.severity = f.at(1).get<std::string>();
        record.message = f.at(2).get<std::string>();
        for (const auto& c : f.at(3)) {
            record.claims.push_back({c.at(0).get<std::int64_t>(), c.at(1).get<std::string>()});
        }
        findings.push_back(std::move(record));
    }
    return findings;
}

} // namespace crosscheck::plugin::isolation
