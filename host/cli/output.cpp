#include "host/cli/output.hpp"

#include "host/util/utf8.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

namespace crosscheck::cli {

bool is_terminal(std::FILE* stream) {
    return isatty(fileno(stream)) == 1;
}

std::optional<std::size_t> terminal_columns(std::FILE* stream) {
    winsize size{};
    if (!is_terminal(stream) || ioctl(fileno(stream), TIOCGWINSZ, &size) != 0 || size.ws_col == 0) {
        return std::nullopt;
    }
    return size.ws_col;
}

ProgressLine::ProgressLine(std::string label)
    : m_label(std::move(label)), m_enabled(is_terminal(stderr)) {}

ProgressLine::~ProgressLine() {
    if (m_drawn) {
        std::fputs("\r\033[K", stderr);
    }
}

void ProgressLine::update(std::size_t done, std::size_t total) {
    if (!m_enabled) {
        return;
    }
    // Redraw at most ~100 times per run: terminals are slow.
    const std::size_t step = total > 100 ? total / 100 : 1;
    if (done != total && done % step != 0) {
        return;
    }
    std::fprintf(stderr, "\r%s %zu/%zu", m_label.c_str(), done, total);
    std::fflush(stderr);
    m_drawn = true;
}

std::string truncate(std::string_view text, std::size_t width) {
    return is_terminal(stdout) ? cut_to_width(text, width) : std::string(text);
}

std::string cut_to_width(std::string_view text, std::size_t width) {
    if (utf8::length(text) <= width) {
        return std::string(text);
    }
    std::size_t pos = 0;
    for (std::size_t i = 0; i + 1 < width && pos < text.size(); ++i) {
        (void)utf8::decode(text, pos);
    }
    return std::string(text.substr(0, pos)) + "…";
}

} // namespace crosscheck::cli
