// Reading a source file from disk: the checks every format shares, then the
// reader its extension names (a .txt with its sidecar NAME.txt.toml).
#include "host/ingest/partial_document.hpp"
#include "host/ingest/readers.hpp"
#include "host/util/utf8.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crosscheck::ingest {

namespace {

enum class Format { none, markdown, text, html, jsonl };

Format format_of(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    for (auto& c : ext) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (ext == ".md" || ext == ".markdown") {
        return Format::markdown;
    }
    if (ext == ".txt") {
        return Format::text;
    }
    if (ext == ".html" || ext == ".htm") {
        return Format::html;
    }
    if (ext == ".jsonl") {
        return Format::jsonl;
    }
    return Format::none;
}

// "2000 bytes" below a megabyte (a limit can be set that low), else "3.2 MB".
std::string megabytes(std::uintmax_t bytes) {
    if (bytes < 1024 * 1024) {
        return std::to_string(bytes) + " bytes";
    }
    const auto tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// Offset of the first byte past `max_line_bytes` in a line of `text`
// ("\n" line ends), or npos. One memchr pass.
std::size_t first_overlong_line(std::string_view text, std::uintmax_t max_line_bytes) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const void* hit = std::memchr(text.data() + pos, '\n', text.size() - pos);
        const std::size_t end =
            hit == nullptr ? text.size()
                           : static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        if (end - pos > max_line_bytes) {
            return pos + static_cast<std::size_t>(max_line_bytes);
        }
        pos = end + 1;
    }
    return std::string_view::npos;
}

// The whole file in one read; errors say why in the system's words.
Expected<std::string> read_whole_file(const std::string& file, std::uintmax_t max_bytes) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fail(std::string("cannot read: ") + std::strerror(errno), Location{file});
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        return fail(std::string("cannot read: ") + std::strerror(errno), Location{file});
    }
    if (S_ISDIR(info.st_mode)) {
        return fail("is a directory, not a source file", Location{file});
    }
    if (!S_ISREG(info.st_mode)) {
        return fail("not a regular file", Location{file});
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > max_bytes) {
        return fail("too large: " + megabytes(size) + ", the limit is " + megabytes(max_bytes) +
                        " ([limits] max_source_bytes in the rules)",
                    Location{file});
    }
    // resize_and_overwrite: no zero-filling of a buffer the read fills anyway.
    std::string content;
    int read_errno = 0;
    content.resize_and_overwrite(static_cast<std::size_t>(size), [&](char* data, std::size_t n) {
        std::size_t done = 0;
        while (done < n) {
            const auto got = ::read(fd, data + done, n - done);
            if (got < 0) {
                if (errno == EINTR) {
                    continue;
                }
                read_errno = errno;
                return std::size_t{0};
            }
            if (got == 0) {
                break; // the file shrank while we read it
            }
            done += static_cast<std::size_t>(got);
        }
        return done;
    });
    if (read_errno != 0) {
        return fail(std::string("cannot read: ") + std::strerror(read_errno), Location{file});
    }
    return content;
}

// The checks every source passes before a reader sees it, and the
// normalisation readers rely on: no BOM, "\n" line ends.
Expected<std::string> checked_content(const std::string& file, std::string raw,
                                      std::uintmax_t max_line_bytes) {
    if (raw.empty()) {
        return fail("empty file", Location{file});
    }
    if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
        return fail("UTF-16 text: save the file as UTF-8", Location{file});
    }
    std::string_view content = raw;
    if (content.starts_with("\xEF\xBB\xBF")) {
        content.remove_prefix(3);
    }
    if (std::memchr(content.data(), '\0', content.size()) != nullptr ||
        utf8::looks_binary(content)) {
        return fail("binary file (it holds NUL or control bytes), not a text source",
                    Location{file});
    }
    if (const auto bad = utf8::first_invalid(content)) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(content[*bad]));
        return fail(std::string("invalid UTF-8 (byte ") + hex + "); save the file as UTF-8",
                    utf8::locate(content, *bad, file));
    }
    if (trim(content).empty()) {
        return fail("empty file (only whitespace)", Location{file});
    }
    std::string out;
    if (content.find('\r') != std::string_view::npos) {
        out = normalize_newlines(content);
    } else if (content.size() != raw.size()) {
        out = std::string(content);
    } else {
        out = std::move(raw);
    }
    // Readers and error messages work line by line; a line past the limit is
    // no text a person wrote (and would make every per-line step costly).
    if (const auto at = first_overlong_line(out, max_line_bytes); at != std::string_view::npos) {
        return fail("line longer than " + std::to_string(max_line_bytes) +
                        " bytes ([limits] max_line_bytes in the rules); not a text source?",
                    utf8::locate(out, at, file));
    }
    return out;
}

// A .txt source with its sidecar, when it has one: the sidecar passes the
// same checks as a source file, and its errors name it.
ReadOutcome read_text_source(const std::filesystem::path& path, const std::string& content,
                             const MetadataOverrides& overrides, const SourceLimits& limits) {
    const std::filesystem::path sidecar = sidecar_path(path);
    std::error_code ec;
    if (!std::filesystem::exists(sidecar, ec)) {
        return read_text(path.string(), content, overrides);
    }
    const std::string sidecar_file = sidecar.string();
    auto raw = read_whole_file(sidecar_file, limits.max_bytes);
    auto toml = raw ? checked_content(sidecar_file, std::move(*raw), limits.max_line_bytes)
                    : Expected<std::string>(std::unexpected(std::move(raw.error())));
    if (!toml) {
        ReadOutcome outcome;
        outcome.errors.push_back(std::move(toml.error()));
        return outcome;
    }
    return read_text(path.string(), content, overrides, Sidecar{sidecar_file, std::move(*toml)});
}

} // namespace

bool is_supported_source(const std::filesystem::path& path) {
    return format_of(path) != Format::none;
}

ReadOutcome read_source_file(const std::filesystem::path& path, const MetadataOverrides& overrides,
                             std::uintmax_t max_bytes) {
    SourceLimits limits;
    limits.max_bytes = max_bytes;
    return read_source_file(path, overrides, limits);
}

ReadOutcome read_source_file(const std::filesystem::path& path, const MetadataOverrides& overrides,
                             const SourceLimits& limits) {
    ReadOutcome outcome;
    const std::string file = path.string();
    const Format format = format_of(path);
    if (format == Format::none) {
        outcome.errors.push_back(Error{"unsupported file type '" + path.extension().string() +
                                           "' (crosscheck reads .md, .markdown, .txt, .html, "
                                           ".htm and .jsonl)",
                                       Location{file}});
        return outcome;
    }
    auto raw = read_whole_file(file, limits.max_bytes);
    if (!raw) {
        outcome.errors.push_back(std::move(raw.error()));
        return outcome;
    }
    auto content = checked_content(file, std::move(*raw), limits.max_line_bytes);
    if (!content) {
        outcome.errors.push_back(std::move(content.error()));
        return outcome;
    }
    switch (format) {
    case Format::markdown:
        return read_markdown(file, *content, overrides);
    case Format::text:
        return read_text_source(path, *content, overrides, limits);
    case Format::html:
        return read_html(file, *content, overrides, limits.max_html_depth);
    case Format::jsonl:
        return read_jsonl(file, *content, overrides);
    case Format::none:
        break;
    }
    return outcome;
}

} // namespace crosscheck::ingest
