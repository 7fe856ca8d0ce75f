#pragma once
// The protocol between the host and an isolated plugin's child process
// (`crosscheck plugin-host`), over two pipes. Every message is a frame: a
// 4-byte little-endian payload length, then the payload, a CBOR-encoded
// object (binary-exact doubles, any bytes in strings). One request, one
// reply, in order:
//
//   child  -> host  {"type":"hello", "name", "version"} | {"type":"error","message"}
//   host   -> child {"type":"init", "config":[entry...]}
//   child  -> host  {"type":"state", "state":N} | {"type":"error","message"}
//   host   -> child {"type":"check", "state":N, "group":{...}}
//   child  -> host  {"type":"outcome", "status", "error", "findings":[...],
//   "logs":[[level,text]...]}
//
// The child exits when its request pipe closes. Nothing here spawns or
// waits: host/plugin/plugin_watchdog.hpp does, with a deadline.

#include "host/model/checker_config.hpp"
#include "host/model/claim.hpp"
#include "host/model/finding.hpp"
#include "host/plugin/claim_group_layout.hpp"
#include "host/util/error.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace crosscheck::plugin::isolation {

/// Frames larger than this are refused (a corrupt length, not a real group).
inline constexpr std::uint32_t k_max_frame = 512u << 20;

/// The frame for `message`: length prefix and CBOR payload.
[[nodiscard]] std::string encode_frame(const nlohmann::json& message);

/// The payload length a frame starting with these 4 bytes announces.
[[nodiscard]] std::uint32_t frame_length(const char* header);

/// Decodes a payload; fails on bytes that are not a CBOR object.
[[nodiscard]] Expected<nlohmann::json> decode_payload(const std::string& payload);

/// Blocking: writes `message` to `fd` as one frame; false when the pipe is
/// gone. For the child side, which has no deadline of its own.
bool write_message(int fd, const nlohmann::json& message);

/// Blocking: reads one frame from `fd`; an empty optional at end of file
/// before any byte, a failure on a truncated or malformed frame.
[[nodiscard]] Expected<std::optional<nlohmann::json>> read_message(int fd);

/// A message that is valid CBOR but not what the protocol says (a severity
/// or qualifier with no name); the decoders below throw it, as they throw
/// nlohmann::json::exception for a missing or ill-typed member.
class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A claim group, as carried by a "check" request: what the plugin sees of
/// each claim (its id, figure, scope, attribution, as-of time, source,
/// quote and span), not its key or its life in the store.
[[nodiscard]] nlohmann::json group_to_json(const ClaimGroupLayout& group);

/// A group received by the child, its claims owning their strings.
struct ReceivedGroup {
    std::string metric;
    std::string scope_key;
    std::vector<model::Claim> claims;
};
[[nodiscard]] ReceivedGroup group_from_json(const nlohmann::json& json);

/// A plugin's configuration, as carried by an "init" request.
[[nodiscard]] nlohmann::json config_to_json(const model::CheckerConfig& config);
[[nodiscard]] model::CheckerConfig config_from_json(const nlohmann::json& json);

/// Findings as a plugin emits them (checker, severity, message, the claims'
/// ids and roles), as carried by an "outcome" reply.
[[nodiscard]] nlohmann::json findings_to_json(const std::vector<model::Finding>& findings);
[[nodiscard]] std::vector<model::Finding> findings_from_json(const nlohmann::json& json);

} // namespace crosscheck::plugin::isolation
