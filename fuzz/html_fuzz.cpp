// libFuzzer target for HTML sources: the tokenizer, entity decoding, the
// article/main/body choice and the metadata, through `read_html` as ingest
// calls it. Any text in: no crash, no sanitizer report, text valid UTF-8
// without raw markup delimiters of comments, errors located in the file.

#include "fuzz/fuzz_input.hpp"
#include "host/ingest/html_text.hpp"
#include "host/ingest/readers.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::as_text(data, size);
    if (!fuzz::readable_source(text)) {
        return 0;
    }
    const auto lines = fuzz::line_count(text);
    // A small depth limit as well as the default, so the limit's own path
    // (the error and its location) is exercised by short inputs.
    for (const std::size_t depth : {ingest::html::k_max_depth, std::size_t{8}}) {
        auto page = ingest::html::read_page(text, depth);
        if (!page) {
            fuzz::check_error(page.error(), "", lines);
            continue;
        }
        if (utf8::first_invalid(page->text) || page->text.size() > 4 * text.size() + 16) {
            fuzz::violated("page text invalid UTF-8 or larger than entity decoding allows");
        }
        if (page->text.starts_with(" ") || page->text.ends_with(" ") ||
            page->text.find("\n\n\n") != std::string::npos) {
            fuzz::violated("paragraphs not trimmed");
        }
    }
    const std::string file = "fuzz.html";
    const auto outcome = ingest::read_html(file, text, {});
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
