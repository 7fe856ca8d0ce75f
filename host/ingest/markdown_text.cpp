#include "host/ingest/markdown_text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace crosscheck::ingest {

namespace {

// Bounds on how far a link's parts are looked for, so that many '[' with no
// ']' stay linear.
constexpr std::size_t k_max_link_text = 1000;
constexpr std::size_t k_max_link_target = 2000;
// How many open emphasis delimiters a closer looks back over.
constexpr std::size_t k_max_opener_search = 32;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_punct(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) ||
           (u >= 0x7b && u <= 0x7e);
}

std::string_view strip_trailing(std::string_view line) {
    while (!line.empty() && is_space(line.back())) {
        line.remove_suffix(1);
    }
    return line;
}

std::size_t leading_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') {
        ++n;
    }
    return n;
}

// "***", "- - -", "___": a horizontal rule.
bool is_thematic_break(std::string_view line) {
    const auto indent = leading_spaces(line);
    if (indent > 3 || indent >= line.size()) {
        return false;
    }
    const char mark = line[indent];
    if (mark != '*' && mark != '-' && mark != '_') {
        return false;
    }
    std::size_t count = 0;
    for (std::size_t i = indent; i < line.size(); ++i) {
        if (line[i] == mark) {
            ++count;
        } else if (line[i] != ' ' && line[i] != '\t') {
            return false;
        }
    }
    return count >= 3;
}

// "===" or "---" under a paragraph line: a setext heading underline.
bool is_setext_underline(std::string_view line) {
    const auto indent = leading_spaces(line);
    if (indent > 3 || indent >= line.size() || (line[indent] != '=' && line[indent] != '-')) {
        return false;
    }
    const char mark = line[indent];
    return std::all_of(line.begin() + static_cast<std::ptrdiff_t>(indent), line.end(),
                       [mark](char c) { return c == mark; });
}

// "[label]: target": a link reference definition, which is not text.
bool is_link_definition(std::string_view line) {
    const auto indent = leading_spaces(line);
    if (indent > 3 || indent >= line.size() || line[indent] != '[') {
        return false;
    }
    const auto close = line.find("]:", indent + 1);
    return close != std::string_view::npos && close > indent + 1 &&
           line.substr(indent + 1, close - indent - 1).find('[') == std::string_view::npos &&
           !std::string_view(strip_trailing(line.substr(close + 2))).empty();
}

// A line without its heading and blockquote markers.
std::string_view strip_block_markers(std::string_view line) {
    // Blockquote markers, possibly nested ("> > quote").
    for (;;) {
        const auto indent = leading_spaces(line);
        if (indent > 3 || indent >= line.size() || line[indent] != '>') {
            break;
        }
        line.remove_prefix(indent + 1);
        if (!line.empty() && line.front() == ' ') {
            line.remove_prefix(1);
        }
    }
    const auto indent = leading_spaces(line);
    std::size_t hashes = 0;
    while (indent + hashes < line.size() && line[indent + hashes] == '#') {
        ++hashes;
    }
    if (indent <= 3 && hashes >= 1 && hashes <= 6 &&
        (indent + hashes == line.size() || line[indent + hashes] == ' ' ||
         line[indent + hashes] == '\t')) {
        line.remove_prefix(indent + hashes);
        line = strip_trailing(line);
        // An optional closing sequence: "## Title ##".
        auto end = line.size();
        while (end > 0 && line[end - 1] == '#') {
            --end;
        }
        if (end < line.size() && (end == 0 || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            line = line.substr(0, end);
        }
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
            line.remove_prefix(1);
        }
        line = strip_trailing(line);
    }
    return line;
}

struct DelimiterRun {
    std::size_t out_pos;
    std::size_t length;
    char mark;
    bool can_open;
    bool can_close;
    bool removed = false;
};

// Buffers reused from one paragraph to the next, so that a long document
// costs no allocation per paragraph.
struct InlineScratch {
    std::string out;
    std::vector<DelimiterRun> runs;
    // Positions in the paragraph where a link's "](target)" starts and ends:
    // the text in between is dropped, the link text kept.
    std::vector<std::pair<std::size_t, std::size_t>> link_tails;
    std::vector<std::size_t> openers;
};

// A code span is literal: the span from `i` through its closing backticks
// (or just the opening ones, when it never closes).
std::size_t code_span_end(std::string_view text, std::size_t i) {
    std::size_t ticks = 0;
    while (i + ticks < text.size() && text[i + ticks] == '`') {
        ++ticks;
    }
    const std::string fence(ticks, '`');
    const auto close = text.find(fence, i + ticks);
    return close == std::string_view::npos ? i + ticks : close + ticks;
}

// "[text](target)" opening at `open` (the '['): where "](target)" starts
// and ends, so that the link text is kept and the target dropped; nullopt
// when it is no link. The text may not hold another '['.
std::optional<std::pair<std::size_t, std::size_t>> link_tail(std::string_view text,
                                                             std::size_t open) {
    std::size_t close = std::string_view::npos;
    for (std::size_t j = open + 1; j < text.size() && j <= open + k_max_link_text; ++j) {
        if (text[j] == '[') {
            break;
        }
        if (text[j] == ']') {
            close = j;
            break;
        }
    }
    if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != '(') {
        return std::nullopt;
    }
    int depth = 0;
    for (std::size_t j = close + 1; j < text.size() && j <= close + 1 + k_max_link_target; ++j) {
        if (text[j] == '(') {
            ++depth;
        } else if (text[j] == ')' && --depth == 0) {
            return std::pair{close, j + 1};
        } else if (text[j] == '\n') {
            break;
        }
    }
    return std::nullopt;
}

// The run of '*' or '_' at `i`, written at `out_pos` of the output, with
// whether it can open or close emphasis (CommonMark's flanking rules).
DelimiterRun delimiter_run(std::string_view text, std::size_t i, std::size_t out_pos) {
    const char c = text[i];
    std::size_t length = 0;
    while (i + length < text.size() && text[i + length] == c) {
        ++length;
    }
    const char before = i == 0 ? ' ' : text[i - 1];
    const char after = i + length >= text.size() ? ' ' : text[i + length];
    const bool left =
        !is_space(after) && (!is_punct(after) || is_space(before) || is_punct(before));
    const bool right =
        !is_space(before) && (!is_punct(before) || is_space(after) || is_punct(after));
    DelimiterRun run{out_pos, length, c, left, right};
    if (c == '_') {
        // Intraword underscores (snake_case, file_names) are text.
        run.can_open = left && (!right || is_punct(before));
        run.can_close = right && (!left || is_punct(after));
    }
    return run;
}

// Copies `text` into scratch.out without escapes, link targets and images'
// brackets, noting each emphasis delimiter run in scratch.runs.
void strip_inline_markup(std::string_view text, InlineScratch& scratch) {
    auto& out = scratch.out;
    auto& link_tails = scratch.link_tails;
    out.clear();
    scratch.runs.clear();
    link_tails.clear();
    std::size_t next_tail = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (next_tail < link_tails.size() && i == link_tails[next_tail].first) {
            i = link_tails[next_tail].second;
            ++next_tail;
            continue;
        }
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && is_punct(text[i + 1])) {
            out += text[i + 1];
            i += 2;
            continue;
        }
        if (c == '`') {
            const std::size_t end = code_span_end(text, i);
            out.append(text.substr(i, end - i));
            i = end;
            continue;
        }
        if ((c == '[' || (c == '!' && i + 1 < text.size() && text[i + 1] == '[')) &&
            link_tails.size() == next_tail) {
            const std::size_t open = c == '!' ? i + 1 : i;
            if (const auto tail = link_tail(text, open)) {
                link_tails.push_back(*tail);
                i = open + 1;
                continue;
            }
        }
        if (c == '*' || c == '_') {
            const DelimiterRun run = delimiter_run(text, i, out.size());
            if (run.length <= 3 && (run.can_open || run.can_close)) {
                scratch.runs.push_back(run);
            }
            out.append(run.length, c);
            i += run.length;
            continue;
        }
        out += c;
        ++i;
    }
}

// Pairs closers with the nearest opener of the same mark and length; only
// paired delimiters are removed, so a lone '*' stays.
void pair_delimiters(InlineScratch& scratch) {
    auto& runs = scratch.runs;
    auto& openers = scratch.openers;
    openers.clear();
    for (std::size_t r = 0; r < runs.size(); ++r) {
        auto& run = runs[r];
        if (run.can_close) {
            const std::size_t floor =
                openers.size() > k_max_opener_search ? openers.size() - k_max_opener_search : 0;
            for (std::size_t k = openers.size(); k > floor; --k) {
                auto& opener = runs[openers[k - 1]];
                if (opener.mark == run.mark && opener.length == run.length) {
                    opener.removed = true;
                    run.removed = true;
                    openers.resize(k - 1);
                    break;
                }
            }
            if (run.removed) {
                continue;
            }
        }
        if (run.can_open) {
            openers.push_back(r);
        }
    }
}

// Appends `text` to `dest` without its inline markup: escapes, links,
// images and emphasis.
void append_inline(std::string_view text, std::string& dest, InlineScratch& scratch) {
    strip_inline_markup(text, scratch);
    pair_delimiters(scratch);
    std::size_t from = 0;
    for (const auto& run : scratch.runs) {
        if (run.removed) {
            dest.append(scratch.out, from, run.out_pos - from);
            from = run.out_pos + run.length;
        }
    }
    dest.append(scratch.out, from, std::string::npos);
}

} // namespace

std::string markdown_to_text(std::string_view markdown) {
    std::string text;
    text.reserve(markdown.size());
    std::string paragraph;
    bool in_fence = false;
    std::string fence;

    InlineScratch scratch;
    const auto end_paragraph = [&] {
        if (paragraph.empty()) {
            return;
        }
        const std::size_t separator = text.size();
        if (!text.empty()) {
            text += "\n\n";
        }
        const std::size_t start = text.size();
        append_inline(paragraph, text, scratch);
        paragraph.clear();
        // Inline stripping can leave a line empty ("**" alone): trim again.
        const auto first = text.find_first_not_of(" \t\n", start);
        if (first == std::string::npos) {
            text.resize(separator);
            return;
        }
        text.resize(text.find_last_not_of(" \t\n") + 1);
        text.erase(start, first - start);
    };

    std::size_t pos = 0;
    while (pos < markdown.size()) {
        const auto end = markdown.find('\n', pos);
        const auto stop = end == std::string_view::npos ? markdown.size() : end;
        const auto line = strip_trailing(markdown.substr(pos, stop - pos));
        pos = end == std::string_view::npos ? markdown.size() : end + 1;

        const auto indent = leading_spaces(line);
        const auto rest = line.substr(std::min(indent, line.size()));
        if (in_fence) {
            if (indent <= 3 && rest.starts_with(fence) &&
                rest.find_first_not_of(fence[0]) == std::string_view::npos) {
                in_fence = false;
                end_paragraph();
            } else if (!paragraph.empty()) {
                paragraph += '\n';
                paragraph += line;
            } else {
                paragraph = line;
            }
            continue;
        }
        if (indent <= 3 && (rest.starts_with("```") || rest.starts_with("~~~"))) {
            end_paragraph();
            const auto length = rest.find_first_not_of(rest[0]);
            fence.assign(length == std::string_view::npos ? rest.size() : length, rest[0]);
            in_fence = true;
            continue;
        }
        if (line.empty()) {
            end_paragraph();
            continue;
        }
        if (!paragraph.empty() && is_setext_underline(line)) {
            end_paragraph();
            continue;
        }
        if (is_thematic_break(line)) {
            end_paragraph();
            continue;
        }
        if (paragraph.empty() && is_link_definition(line)) {
            continue;
        }
        const auto content = strip_block_markers(line);
        if (content.empty()) {
            end_paragraph();
            continue;
        }
        const bool heading = content.size() != line.size() && line.find('#') < line.size() &&
                             line[leading_spaces(line)] == '#';
        if (heading) {
            // A heading is a block of its own.
            end_paragraph();
            paragraph = content;
            end_paragraph();
            continue;
        }
        if (!paragraph.empty()) {
            paragraph += '\n';
        }
        paragraph += content;
    }
    end_paragraph();
    return text;
}

} // namespace crosscheck::ingest
