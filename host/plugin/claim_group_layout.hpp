#pragma once
// A claim group as checkers receive it: the case's claims at some positions,
// laid out once as the C structs of the plugin ABI and handed to every
// checker of the group (in-process, or encoded for an isolated child). The
// layout points into the claims: a group of a million-claim case is checked
// without moving or copying a claim. What the C structs look like is
// host/plugin's business; this header shows only the model.

#include "host/model/claim.hpp"

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

struct crosscheck_claim_group; // the C ABI's; defined in crosscheck_plugin.h

namespace crosscheck::plugin {

/// The claims of a case at some positions, as one group of `metric` and
/// `scope_key`. A plugin receives each claim's scope with its checked
/// subject (`ClaimScope::checked_subject()`: "civilians/subset"), its
/// qualifier by name ("" when exact) and its byte span (0, 0 without one).
class ClaimGroupLayout {
public:
    /// The claims of `claims` at `positions`, in that order. Points into
    /// `metric`, `scope_key`, `claims` and `positions`, which must outlive
    /// this object and not change. Throws std::out_of_range for a position
    /// past the end.
    ClaimGroupLayout(const std::string& metric, const std::string& scope_key,
                     const std::vector<model::Claim>& claims,
                     std::span<const std::size_t> positions);
    /// Every claim of `claims`, in order (tests and the isolated child).
    ClaimGroupLayout(const std::string& metric, const std::string& scope_key,
                     const std::vector<model::Claim>& claims);
    ~ClaimGroupLayout();
    ClaimGroupLayout(const ClaimGroupLayout&) = delete;
    ClaimGroupLayout& operator=(const ClaimGroupLayout&) = delete;

    [[nodiscard]] const std::string& metric() const noexcept { return *m_metric; }
    [[nodiscard]] const std::string& scope_key() const noexcept { return *m_scope_key; }
    /// How many claims the group has.
    [[nodiscard]] std::size_t size() const noexcept {
        return m_every ? m_claims->size() : m_positions.size();
    }
    /// The `i`-th claim of the group (`i < size()`).
    [[nodiscard]] const model::Claim& claim(std::size_t i) const {
        return (*m_claims)[m_every ? i : m_positions[i]];
    }

    /// The group as the ABI's C struct (for host/plugin/, which includes
    /// crosscheck_plugin.h); valid as long as this object.
    [[nodiscard]] const crosscheck_claim_group& abi() const noexcept;

private:
    struct Structs; // the C structs, defined where crosscheck_plugin.h is included
    void lay_out();

    const std::string* m_metric;
    const std::string* m_scope_key;
    const std::vector<model::Claim>* m_claims;
    std::span<const std::size_t> m_positions; // unless m_every
    bool m_every = false;
    std::unique_ptr<Structs> m_structs;
};

} // namespace crosscheck::plugin
