// libFuzzer target for Markdown sources: the `+++` front matter split, the
// TOML front matter parser (toml11) and the Markdown-to-text reduction,
// through `read_markdown` as ingest calls it. Any text in: no crash, no
// sanitizer report, errors located inside the file, bodies valid UTF-8.

#include "fuzz/fuzz_input.hpp"
#include "host/ingest/front_matter.hpp"
#include "host/ingest/readers.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::as_text(data, size);
    if (!fuzz::readable_source(text)) {
        return 0;
    }
    const std::string file = "fuzz.md";
    const auto lines = fuzz::line_count(text);
    if (auto split = ingest::split_front_matter(file, text)) {
        if (split->toml.data() < text.data() ||
            split->body.data() + split->body.size() > text.data() + text.size()) {
            fuzz::violated("front matter views outside the input");
        }
        if (auto parsed = ingest::parse_front_matter(file, *split); !parsed) {
            fuzz::check_error(parsed.error(), file, lines);
        }
    }
    const auto outcome = ingest::read_markdown(file, text, {});
    for (const auto& error : outcome.errors) {
        fuzz::check_error(error, file, lines);
    }
    for (const auto& document : outcome.documents) {
        if (document.url.empty() || utf8::first_invalid(document.body)) {
            fuzz::violated("document without url or with invalid UTF-8 body");
        }
    }
    return 0;
}
