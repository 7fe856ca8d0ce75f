#pragma once
/// \file
/// How a checker reports what it found: `FindingEmitter::emit` hands a
/// finding (severity, message, the claims involved with their roles) to the
/// host, which copies it at once.

#include "crosscheck/claim_view.hpp"
#include "crosscheck/crosscheck_plugin.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

/// How much a finding matters; printed "high", "medium", "low", "info".
enum class Severity : std::int32_t {
    high = CROSSCHECK_SEVERITY_HIGH,     ///< figures that cannot both be true
    medium = CROSSCHECK_SEVERITY_MEDIUM, ///< likely a problem
    low = CROSSCHECK_SEVERITY_LOW,       ///< worth a look
    info = CROSSCHECK_SEVERITY_INFO,     ///< for the record
};

/// "high", "medium", "low", "info".
[[nodiscard]] constexpr const char* severity_name(Severity s) noexcept {
    switch (s) {
    case Severity::high:
        return "high";
    case Severity::medium:
        return "medium";
    case Severity::low:
        return "low";
    case Severity::info:
        return "info";
    }
    return "info";
}

/// The severity named `name` ("high", "medium", "low", "info"), if any.
[[nodiscard]] constexpr std::optional<Severity> severity_from_name(std::string_view name) noexcept {
    for (const Severity s : {Severity::high, Severity::medium, Severity::low, Severity::info}) {
        if (name == severity_name(s)) {
            return s;
        }
    }
    return std::nullopt;
}

/// What a claim is in a finding.
enum class Role : std::int32_t {
    questioned = CROSSCHECK_ROLE_QUESTIONED, ///< the finding puts it in doubt
    reference = CROSSCHECK_ROLE_REFERENCE,   ///< only what it is compared against
};

/// Level of a message sent with `FindingEmitter::log`.
enum class LogLevel : std::int32_t {
    trace = CROSSCHECK_LOG_TRACE, ///< very detailed
    debug = CROSSCHECK_LOG_DEBUG, ///< shown with -v
    info = CROSSCHECK_LOG_INFO,   ///< shown by default
    warn = CROSSCHECK_LOG_WARN,   ///< something looks wrong
    error = CROSSCHECK_LOG_ERROR, ///< something failed
};

/// A claim a finding involves.
struct FindingClaim {
    std::int64_t claim_id = 0;    ///< `ClaimView::id()` of a claim in the group
    Role role = Role::questioned; ///< questioned or reference
};

/// `{claim.id(), Role::questioned}`.
[[nodiscard]] inline FindingClaim questioned(const ClaimView& claim) noexcept {
    return {claim.id(), Role::questioned};
}
/// `{claim.id(), Role::reference}`.
[[nodiscard]] inline FindingClaim reference(const ClaimView& claim) noexcept {
    return {claim.id(), Role::reference};
}

/// Thrown by `FindingEmitter::emit` when a finding is invalid (no claim, a
/// claim not in the group) or the host refuses it. Let it propagate: the
/// boundary reports it as the plugin's error.
class FindingError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// Sends findings and log messages to the host during one `check` call.
///
/// Example:
/// \code
/// out.emit(crosscheck::Severity::high,
///          "2,000 (Stepanakert Observer) vs 200 (Atlas Press Agency): no overlap",
///          {crosscheck::questioned(a), crosscheck::questioned(b)});
/// out.log(crosscheck::LogLevel::debug, "compared 2 claims");
/// \endcode
class FindingEmitter {
public:
    /// Emits through `host` for claims of `group`; both must outlive the emitter.
    FindingEmitter(const crosscheck_host& host, const crosscheck_claim_group& group) noexcept
        : m_host(&host), m_group(&group) {}

    /// Reports a finding involving `claims` (at least one, all in the group).
    /// `checker` names a sub-checker; empty means the plugin's name.
    /// Throws `FindingError` when the finding is invalid.
    void emit(Severity severity, std::string_view message, std::span<const FindingClaim> claims,
              std::string_view checker = {}) {
        if (claims.empty()) {
            throw FindingError("a finding must involve at least one claim");
        }
        m_claims.clear();
        if (m_ids.size() != m_group->claim_count) {
            // Once per check call: a finding may name thousands of claims of
            // a large group, and a linear search for each would be quadratic.
            m_ids.clear();
            for (const ClaimView claim : ClaimGroupView{*m_group}) {
                m_ids.push_back(claim.id());
            }
            std::sort(m_ids.begin(), m_ids.end());
        }
        for (const FindingClaim& c : claims) {
            if (!std::binary_search(m_ids.begin(), m_ids.end(), c.claim_id)) {
                throw FindingError("finding names claim " + std::to_string(c.claim_id) +
                                   ", which is not in the group");
            }
            m_claims.push_back({c.claim_id, static_cast<std::int32_t>(c.role)});
        }
        // The host reads strings as pointer + size and also relies on the
        // NUL terminator; copies guarantee it for views into the middle of
        // a buffer.
        m_message.assign(message);
        m_checker.assign(checker);
        crosscheck_finding finding{};
        finding.struct_size = sizeof(crosscheck_finding);
        finding.checker = {m_checker.c_str(), m_checker.size()};
        finding.severity = static_cast<std::int32_t>(severity);
        finding.message = {m_message.c_str(), m_message.size()};
        finding.claims = m_claims.data();
        finding.claim_count = m_claims.size();
        if (m_host->emit_finding(m_host->context, &finding) != CROSSCHECK_OK) {
            throw FindingError("the host refused the finding \"" + m_message + "\"");
        }
        ++m_emitted;
    }
    /// As above, with the claims written inline: `{questioned(a), reference(b)}`.
    void emit(Severity severity, std::string_view message,
              std::initializer_list<FindingClaim> claims, std::string_view checker = {}) {
        emit(severity, message, std::span<const FindingClaim>(claims.begin(), claims.size()),
             checker);
    }
    /// Logs `message` under the plugin's name.
    void log(LogLevel level, std::string_view message) const noexcept {
        if (m_host->log != nullptr) {
            m_host->log(m_host->context, static_cast<std::int32_t>(level), message.data(),
                        message.size());
        }
    }
    /// How many findings this emitter has sent.
    [[nodiscard]] std::size_t emitted() const noexcept { return m_emitted; }

private:
    const crosscheck_host* m_host;
    const crosscheck_claim_group* m_group;
    std::vector<crosscheck_finding_claim> m_claims;
    std::vector<std::int64_t> m_ids; // the group's claim ids, sorted
    std::string m_message;
    std::string m_checker;
    std::size_t m_emitted = 0;
};

} // namespace crosscheck
