#pragma once
// Small helpers shared by the subcommands that print results.

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::cli {

/// Output formats a listing command can write; each command accepts the
/// subset it supports.
enum class ListFormat { text, json };

/// True when `stream` is an interactive terminal (progress, colour).
[[nodiscard]] bool is_terminal(std::FILE* stream);

/// The width of the terminal `stream` is attached to, in columns, or nullopt
/// when it is not a terminal (or says it is 0 wide).
[[nodiscard]] std::optional<std::size_t> terminal_columns(std::FILE* stream);

/// Progress on stderr, redrawn in place: "label 120/10000". Prints only when
/// stderr is a terminal, so logs and CI output stay clean.
class ProgressLine {
public:
    explicit ProgressLine(std::string label);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;
    void update(std::size_t done, std::size_t total);

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
};

/// `text` cut to at most `width` code points, with "…" when cut.
[[nodiscard]] std::string cut_to_width(std::string_view text, std::size_t width);

/// For a listing on stdout: on a terminal, `text` cut to `width` (a row
/// stays on one line); in a pipe or a file, `text` whole, since what reads
/// it there (grep, a script, a file kept for the record) wants all of it.
[[nodiscard]] std::string truncate(std::string_view text, std::size_t width);

} // namespace crosscheck::cli
