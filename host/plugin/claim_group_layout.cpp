#include "host/plugin/claim_group_layout.hpp"

#include <crosscheck/crosscheck_plugin.h>

#include <forward_list>
#include <stdexcept>

namespace crosscheck::plugin {

struct ClaimGroupLayout::Structs {
    std::vector<crosscheck_claim> claims;
    std::vector<const crosscheck_claim*> pointers;
    // The checked subjects of subset claims ("civilians/subset"), the only
    // strings the layout owns; a list, so none moves as more are added (and
    // nothing is allocated for a group without subsets).
    std::forward_list<std::string> subjects;
    crosscheck_claim_group group{};
};

namespace {

crosscheck_string c_string(const std::string& s) noexcept {
    return {s.c_str(), s.size()};
}

// model::to_string views a string literal, so the text is NUL-terminated as
// the ABI requires.
crosscheck_string c_qualifier(model::Qualifier q) noexcept {
    if (q == model::Qualifier::none) {
        return {"", 0};
    }
    const std::string_view name = model::to_string(q);
    return {name.data(), name.size()};
}

crosscheck_time c_time(const model::Moment& t) noexcept {
    return {t.seconds.has_value() ? 1 : 0, t.seconds.value_or(0), c_string(t.iso)};
}

crosscheck_claim c_claim(const model::Claim& c, const std::string& subject) noexcept {
    crosscheck_claim out{};
    out.struct_size = sizeof(crosscheck_claim);
    out.id = c.id;
    out.metric = c_string(c.metric);
    out.value = c.value;
    out.has_low = c.low.has_value() ? 1 : 0;
    out.low = c.low.value_or(0);
    out.has_high = c.high.has_value() ? 1 : 0;
    out.high = c.high.value_or(0);
    out.unit = c_string(c.unit);
    out.qualifier = c_qualifier(c.qualifier);
    out.text = c_string(c.text);
    out.scope = {c_string(subject), c_string(c.scope.event), c_string(c.scope.period)};
    out.attribution = c_string(c.attribution);
    out.as_of = c_time(c.as_of);
    out.source = {c.source.id, c_string(c.source.url), c_string(c.source.outlet),
                  c_time(c.source.published)};
    out.quote = c_string(c.quote);
    out.span_start = c.span ? static_cast<std::uint64_t>(c.span->start) : 0;
    out.span_end = c.span ? static_cast<std::uint64_t>(c.span->end) : 0;
    out.as_of_stated = c.as_of_stated ? 1 : 0;
    return out;
}

} // namespace

ClaimGroupLayout::ClaimGroupLayout(const std::string& metric, const std::string& scope_key,
                                   const std::vector<model::Claim>& claims,
                                   std::span<const std::size_t> positions)
    : m_metric(&metric), m_scope_key(&scope_key), m_claims(&claims), m_positions(positions),
      m_structs(std::make_unique<Structs>()) {
    lay_out();
}

ClaimGroupLayout::ClaimGroupLayout(const std::string& metric, const std::string& scope_key,
                                   const std::vector<model::Claim>& claims)
    : m_metric(&metric), m_scope_key(&scope_key), m_claims(&claims), m_every(true),
      m_structs(std::make_unique<Structs>()) {
    lay_out();
}

ClaimGroupLayout::~ClaimGroupLayout() = default;

const crosscheck_claim_group& ClaimGroupLayout::abi() const noexcept {
    return m_structs->group;
}

void ClaimGroupLayout::lay_out() {
    const std::vector<model::Claim>& claims = *m_claims;
    Structs& s = *m_structs;
    s.claims.reserve(size());
    for (std::size_t k = 0; k < size(); ++k) {
        const model::Claim& c = m_every ? claims[k] : claims.at(m_positions[k]);
        const std::string* subject = &c.scope.subject;
        if (c.scope.subset) {
            subject = &s.subjects.emplace_front(c.scope.checked_subject());
        }
        s.claims.push_back(c_claim(c, *subject));
    }
    s.pointers.reserve(s.claims.size());
    for (const crosscheck_claim& c : s.claims) {
        s.pointers.push_back(&c);
    }
    s.group.struct_size = sizeof(crosscheck_claim_group);
    s.group.metric = c_string(*m_metric);
    s.group.scope_key = c_string(*m_scope_key);
    s.group.claims = s.pointers.data();
    s.group.claim_count = s.pointers.size();
}

} // namespace crosscheck::plugin
