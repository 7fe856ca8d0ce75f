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

json time_to_json(const model::Moment& t) {
    return {t.seconds ? json(*t.seconds) : json(nullptr), t.iso};
}

model::Moment time_from_json(const json& j) {
    model::Moment t;
    if (!j.at(0).is_null()) {
        t.seconds = j.at(0).get<std::int64_t>();
    }
    t.iso = j.at(1).get<std::string>();
    return t;
}

json value_to_json(const model::ConfigValue& v) {
    json items = json::array();
    for (const auto& item : v.items) {
        items.push_back(value_to_json(item));
    }
    return {static_cast<int>(v.type), v.boolean, v.integer, v.number, v.string, items};
}

model::ConfigValue value_from_json(const json& j) {
    model::ConfigValue v;
    const int type = j.at(0).get<int>();
    if (type < static_cast<int>(model::ConfigValue::Type::boolean) ||
        type > static_cast<int>(model::ConfigValue::Type::array)) {
        throw ProtocolError("configuration value of type " + std::to_string(type));
    }
    v.type = static_cast<model::ConfigValue::Type>(type);
    v.boolean = j.at(1).get<bool>();
    v.integer = j.at(2).get<std::int64_t>();
    v.number = j.at(3).get<double>();
    v.string = j.at(4).get<std::string>();
    for (const auto& item : j.at(5)) {
        v.items.push_back(value_from_json(item));
    }
    return v;
}

json claim_to_json(const model::Claim& c) {
    return {c.id,
            c.metric,
            c.value,
            optional_number(c.low),
            optional_number(c.high),
            c.unit,
            model::to_string(c.qualifier),
            c.text,
            c.scope.subject,
            c.scope.subset,
            c.scope.event,
            c.scope.period,
            c.attribution,
            time_to_json(c.as_of),
            c.source.id,
            c.source.url,
            c.source.outlet,
            time_to_json(c.source.published),
            c.quote,
            c.span ? json{c.span->start, c.span->end} : json(nullptr),
            c.as_of_stated};
}

model::Claim claim_from_json(const json& a) {
    model::Claim c;
    c.id = a.at(0).get<std::int64_t>();
    c.metric = a.at(1).get<std::string>();
    c.value = a.at(2).get<double>();
    c.low = number_or_none(a.at(3));
    c.high = number_or_none(a.at(4));
    c.unit = a.at(5).get<std::string>();
    const auto qualifier = model::qualifier_from_string(a.at(6).get<std::string>());
    if (!qualifier) {
        throw ProtocolError("unknown qualifier " + a.at(6).dump());
    }
    c.qualifier = *qualifier;
    c.text = a.at(7).get<std::string>();
    c.scope.subject = a.at(8).get<std::string>();
    c.scope.subset = a.at(9).get<bool>();
    c.scope.event = a.at(10).get<std::string>();
    c.scope.period = a.at(11).get<std::string>();
    c.attribution = a.at(12).get<std::string>();
    c.as_of = time_from_json(a.at(13));
    c.source.id = a.at(14).get<std::int64_t>();
    c.source.url = a.at(15).get<std::string>();
    c.source.outlet = a.at(16).get<std::string>();
    c.source.published = time_from_json(a.at(17));
    c.quote = a.at(18).get<std::string>();
    if (const json& span = a.at(19); !span.is_null()) {
        c.span = model::TextSpan{span.at(0).get<std::size_t>(), span.at(1).get<std::size_t>()};
    }
    c.as_of_stated = a.at(20).get<bool>();
    return c;
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

nlohmann::json group_to_json(const ClaimGroupLayout& group) {
    json claims = json::array();
    for (std::size_t i = 0; i < group.size(); ++i) {
        claims.push_back(claim_to_json(group.claim(i)));
    }
    return {{"metric", group.metric()}, {"scope_key", group.scope_key()}, {"claims", claims}};
}

ReceivedGroup group_from_json(const nlohmann::json& j) {
    ReceivedGroup group;
    group.metric = j.at("metric").get<std::string>();
    group.scope_key = j.at("scope_key").get<std::string>();
    for (const auto& a : j.at("claims")) {
        group.claims.push_back(claim_from_json(a));
    }
    return group;
}

nlohmann::json config_to_json(const model::CheckerConfig& config) {
    json entries = json::array();
    for (const auto& e : config) {
        entries.push_back({e.key, value_to_json(e.value), e.origin});
    }
    return entries;
}

model::CheckerConfig config_from_json(const nlohmann::json& j) {
    model::CheckerConfig config;
    for (const auto& e : j) {
        config.emplace_back(e.at(0).get<std::string>(), value_from_json(e.at(1)),
                            e.at(2).get<std::string>());
    }
    return config;
}

nlohmann::json findings_to_json(const std::vector<model::Finding>& findings) {
    json out = json::array();
    for (const auto& f : findings) {
        json claims = json::array();
        for (const auto& c : f.claims) {
            claims.push_back({c.claim_id, model::to_string(c.role)});
        }
        out.push_back({f.checker, model::to_string(f.severity), f.message, claims});
    }
    return out;
}

std::vector<model::Finding> findings_from_json(const nlohmann::json& j) {
    std::vector<model::Finding> findings;
    for (const auto& f : j) {
        model::Finding finding;
        finding.checker = f.at(0).get<std::string>();
        const auto severity = model::severity_from_string(f.at(1).get<std::string>());
        if (!severity) {
            throw ProtocolError("unknown severity " + f.at(1).dump());
        }
        finding.severity = *severity;
        finding.message = f.at(2).get<std::string>();
        for (const auto& c : f.at(3)) {
            const auto role = model::claim_role_from_string(c.at(1).get<std::string>());
            if (!role) {
                throw ProtocolError("unknown role " + c.at(1).dump());
            }
            finding.claims.push_back({c.at(0).get<std::int64_t>(), {}, *role});
        }
        findings.push_back(std::move(finding));
    }
    return findings;
}

} // namespace crosscheck::plugin::isolation
