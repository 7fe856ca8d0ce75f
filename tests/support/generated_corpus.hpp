#pragma once
// Synthetic news sources in bulk, for tests that need jobs long enough to be
// interrupted or overlapped: wire-style reports of casualty, injury and
// refugee figures that disagree across outlets, so a check finds something.

#include <cstddef>
#include <filesystem>

namespace crosscheck::testing {

/// Writes `count` sources under `dir` (created if needed): about three in
/// four as `.md` files with TOML front matter, the rest as lines of one
/// `.jsonl` file. URLs depend only on the index, so two corpora with the
/// same `count` describe the same articles; bodies depend on `variant`
/// too, so ingesting another variant stores a new version of every source.
/// The same arguments always write the same files.
void write_generated_corpus(const std::filesystem::path& dir, std::size_t count,
                            unsigned variant = 0);

} // namespace crosscheck::testing
