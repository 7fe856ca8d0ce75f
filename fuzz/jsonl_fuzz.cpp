// libFuzzer target for JSONL sources: one JSON object per line through
// `read_jsonl` (nlohmann::json). Any text in: no crash, no sanitizer report,
// every line either a document or an error located on that line, bodies
// valid UTF-8 text.

#include "fuzz/fuzz_input.hpp"
#include "host/ingest/readers.hpp"

using namespace crosscheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::as_text(data, size);
    if (!fuzz::readable_source(text)) {
        return 0;
    }
    const std::string file = "fuzz.jsonl";
    const auto lines = fuzz::line_count(text);
    const auto outcome = ingest::read_jsonl(file, text, {"Outlet", "", "", "", "en"});
    if (outcome.documents.size() + outcome.errors.size() > lines) {
        fuzz::violated("more results than lines");
    }
    for (const auto& error : outcome.errors) {
        fuzz::check_error(error, file, lines);
    }
    for (const auto& document : outcome.documents) {
        if (document.url.empty() || document.body.empty() || utf8::first_invalid(document.body) ||
            utf8::looks_binary(document.body) || document.origin.line == 0 ||
            document.origin.line > lines) {
            fuzz::violated("bad document");
        }
    }
    return 0;
}
