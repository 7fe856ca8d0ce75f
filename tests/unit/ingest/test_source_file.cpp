#include "host/ingest/readers.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <unistd.h>

using namespace crosscheck;
using namespace crosscheck::ingest;
using crosscheck::testing::TempDir;

namespace {

const std::string k_front_matter =
    "+++\nurl = \"https://x.example/a\"\npublished = 2023-09-26T10:00:00Z\n+++\n";

std::string only_error(const ReadOutcome& outcome) {
    REQUIRE(outcome.documents.empty());
    REQUIRE(outcome.errors.size() == 1);
    return outcome.errors[0].to_string();
}

} // namespace

TEST_CASE("source file: supported extensions, any case", "[ingest]") {
    for (const char* name :
         {"a.md", "a.MD", "a.markdown", "a.txt", "a.html", "a.HTM", "a.jsonl", "dir.d/a.Jsonl"}) {
        INFO(name);
        CHECK(is_supported_source(name));
    }
    for (const char* name : {"a.json", "a.pdf", "a", "md", ".md.bak", "a.md~", "a.html.orig"}) {
        INFO(name);
        CHECK_FALSE(is_supported_source(name));
    }
    const auto outcome = read_source_file("notes.pdf", {});
    CHECK(only_error(outcome) ==
          "notes.pdf: unsupported file type '.pdf' (crosscheck reads .md, .markdown, .txt, .html, "
          ".htm and .jsonl)");
}

TEST_CASE("source file: dispatch by extension fills format and origin", "[ingest]") {
    TempDir dir;
    MetadataOverrides flags;
    flags.url = "https://x.example/t";
    flags.published = "2023-09-26";
    struct Row {
        const char* name;
        std::string content;
        const char* format;
    };
    const Row rows[] = {
        {"a.md", k_front_matter + "Body.\n", "md"},
        {"b.txt", "Body.\n", "txt"},
        {"c.htm", "<p>Body.</p>", "html"},
        {"d.jsonl", R"({"url": "u", "published": "2023-09-26", "body": "Body."})", "jsonl"},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        const auto path = dir.write(row.name, row.content);
        const auto outcome = read_source_file(path, flags);
        REQUIRE(outcome.errors.empty());
        REQUIRE(outcome.documents.size() == 1);
        CHECK(outcome.documents[0].format == row.format);
        CHECK(outcome.documents[0].origin.file == path.string());
        CHECK(outcome.documents[0].body == "Body.");
    }
}

TEST_CASE("source file: empty, whitespace-only, binary and UTF-16 files are refused", "[ingest]") {
    TempDir dir;
    auto path = dir.write("empty.md", "");
    CHECK(only_error(read_source_file(path, {})) == path.string() + ": empty file");
    path = dir.write("blank.txt", " \n\n\t\n");
    CHECK(only_error(read_source_file(path, {})) ==
          path.string() + ": empty file (only whitespace)");
    path = dir.write("image.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    CHECK(only_error(read_source_file(path, {})) ==
          path.string() + ": binary file (it holds NUL or control bytes), not a text source");
    path = dir.write("utf16.txt", std::string("\xFF\xFEh\0i\0", 6));
    CHECK(only_error(read_source_file(path, {})) ==
          path.string() + ": UTF-16 text: save the file as UTF-8");
}

TEST_CASE("source file: invalid UTF-8 is located at its line and column", "[ingest]") {
    TempDir dir;
    // Line 3, after "Caf\xC3\xA9 " (5 code points): a Latin-1 byte.
    const auto path =
        dir.write("latin1.md", k_front_matter.substr(0, 4) + "x\nCaf\xC3\xA9 \xE9t\xE9\n");
    CHECK(only_error(read_source_file(path, {})) ==
          path.string() + ":3:6: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    // An overlong encoding and a truncated sequence at the very end.
    CHECK(only_error(read_source_file(dir.write("overlong.txt", "ab\xC0\xAF"), {}))
              .ends_with(":1:3: invalid UTF-8 (byte 0xC0); save the file as UTF-8"));
    CHECK(only_error(read_source_file(dir.write("cut.txt", "ab\n\xE2\x80"), {}))
              .ends_with(":2:1: invalid UTF-8 (byte 0xE2); save the file as UTF-8"));
}

TEST_CASE("source file: a BOM is stripped and CRLF becomes LF", "[ingest]") {
    TempDir dir;
    std::string content =
        "\xEF\xBB\xBF" + k_front_matter + "\r\nLine one\r\nline two\r\n\r\nNext.\r\n";
    for (std::size_t at = content.find('\n'); at != std::string::npos;
         at = content.find('\n', at + 2)) {
        if (content[at - 1] != '\r') {
            content.insert(at, "\r");
        }
    }
    const auto outcome = read_source_file(dir.write("crlf.md", content), {});
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].url == "https://x.example/a");
    CHECK(outcome.documents[0].body == "Line one\nline two\n\nNext.");
}

TEST_CASE("source file: unreadable, missing, directory and too large", "[ingest]") {
    TempDir dir;
    const auto missing = dir / "missing.md";
    CHECK(only_error(read_source_file(missing, {})) ==
          missing.string() + ": cannot read: No such file or directory");
    const auto folder = dir / "folder.md";
    std::filesystem::create_directory(folder);
    CHECK(only_error(read_source_file(folder, {})) ==
          folder.string() + ": is a directory, not a source file");
    const auto big = dir.write("big.txt", std::string(2000, 'x'));
    CHECK(only_error(read_source_file(big, {}, 1000)) ==
          big.string() +
              ": too large: 2000 bytes, the limit is 1000 bytes ([limits] max_source_bytes in the "
              "rules)");

    const auto locked = dir.write("locked.md", k_front_matter + "Body.\n");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    if (::access(locked.c_str(), R_OK) == 0) {
        // Root reads files whatever their mode, so there is nothing to test.
        WARN("running as root: chmod 000 does not stop reading, unreadable-file check skipped");
    } else {
        CHECK(only_error(read_source_file(locked, {})) ==
              locked.string() + ": cannot read: Permission denied");
    }
}

TEST_CASE("source file: a 50 MB source is read, and quickly", "[ingest]") {
    TempDir dir;
    const auto path = dir / "large.md";
    {
        std::ofstream out(path, std::ios::binary);
        out << k_front_matter << "\n";
        const std::string paragraph =
            "The ministry said 1,234 people had been evacuated from the region by Monday, "
            "and that about 120\xC2\xA0"
            "000 remained.\n\n";
        std::size_t written = k_front_matter.size();
        while (written < 50u * 1024 * 1024) {
            out << paragraph;
            written += paragraph.size();
        }
    }
    REQUIRE(std::filesystem::file_size(path) >= 50u * 1024 * 1024);
    const auto start = std::chrono::steady_clock::now();
    const auto outcome = read_source_file(path, {});
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(outcome.errors.empty());
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].body.size() > 49u * 1024 * 1024);
    CHECK(outcome.documents[0].body.ends_with("remained."));
    // Generous, for sanitizer builds; a release build takes well under a second.
    CHECK(seconds < 10.0);
}

TEST_CASE("source file: the limits of the rules, each a located error", "[ingest]") {
    TempDir dir;
    SourceLimits limits;
    limits.max_line_bytes = 40;

    // A line past the limit: the column is where the limit is crossed, in
    // code points (the Armenian letters are two bytes each).
    const auto long_line =
        dir.write("long.md", k_front_matter + "Short line.\n\u0540\u0561\u0575 " +
                                 std::string(60, 'x') + "\n");
    CHECK(only_error(read_source_file(long_line, {}, limits)) ==
          long_line.string() +
              ":6:38: line longer than 40 bytes ([limits] max_line_bytes in the rules); not a text "
              "source?");
    // Exactly at the limit is fine; CRLF line ends do not count.
    const auto at_limit =
        dir.write("at.txt", std::string(40, 'y') + "\r\n" + std::string(40, 'z') + "\r\n");
    const auto read =
        read_source_file(at_limit, {"O", "https://x.example/t", "2023-09-26", "", ""}, limits);
    INFO((read.errors.empty() ? "" : read.errors[0].to_string()));
    CHECK(read.documents.size() == 1);
    // A JSONL file with one overlong line is refused whole: nothing of it.
    const auto jsonl =
        dir.write("batch.jsonl", R"({"url": "https://j.ex/1"})"
                                 "\n" +
                                     std::string("{\"body\": \"") + std::string(50, 'b') + "\"}\n");
    CHECK(only_error(read_source_file(jsonl, {}, limits)).starts_with(jsonl.string() + ":2:41: "));

    // Size and HTML depth.
    limits = SourceLimits{};
    limits.max_bytes = 10;
    const auto small = dir.write("small.txt", "eleven byte");
    CHECK(only_error(read_source_file(small, {}, limits)) ==
          small.string() +
              ": too large: 11 bytes, the limit is 10 bytes ([limits] max_source_bytes in the "
              "rules)");
    limits = SourceLimits{};
    limits.max_html_depth = 3;
    const auto page = dir.write("deep.html", "<div>\n <div>\n  <div>\n   <div>x");
    CHECK(only_error(read_source_file(page, {}, limits)) ==
          page.string() +
              ":4:4: HTML nested deeper than 3 elements at <div>; is the page malformed? ([limits] "
              "max_html_depth in the rules)");
}
