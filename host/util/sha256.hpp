#pragma once
// SHA-256 (FIPS 180-4), used for content hashes of sources (to tell an
// unchanged re-ingest from an edit) and for pinning plugin files.

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace crosscheck {

/// Incremental SHA-256: `update` any number of times, then `hex_digest` once.
class Sha256 {
public:
    Sha256();
    void update(std::span<const std::uint8_t> bytes);
    void update(std::string_view text);
    /// The 64-character lower-case hex digest. Ends the computation.
    [[nodiscard]] std::string hex_digest();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_total_bytes = 0;
};

/// SHA-256 of `text` as 64 lower-case hex characters.
[[nodiscard]] std::string sha256_hex(std::string_view text);

} // namespace crosscheck
