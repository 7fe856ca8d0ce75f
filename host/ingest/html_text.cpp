#include "host/ingest/html_text.hpp"

#include "host/ingest/html_entities.hpp"
#include "host/ingest/json_ld.hpp"
#include "host/util/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

namespace crosscheck::ingest::html {

namespace {

// What an element means to text extraction.
enum Flag : std::uint16_t {
    k_void = 1 << 0,     // never has content: <br>, <img>, <meta>
    k_block = 1 << 1,    // starts and ends a paragraph
    k_cell = 1 << 2,     // table cell: a space between neighbours
    k_dropped = 1 << 3,  // its content is not article text
    k_raw_text = 1 << 4, // content is not markup, up to the matching end tag
    k_inline = 1 << 5,   // phrasing content: does not end an open <p>
    k_closes_p = 1 << 6, // starting it ends an open <p>
};

struct ElementInfo {
    std::string_view name;
    std::uint16_t flags;
};

// Sorted by name for binary search.
constexpr ElementInfo k_elements[] = {
    {"a", k_inline},
    {"abbr", k_inline},
    {"address", k_block | k_closes_p},
    {"area", k_void},
    {"article", k_block | k_closes_p},
    {"aside", k_block | k_closes_p | k_dropped},
    {"b", k_inline},
    {"base", k_void},
    {"bdi", k_inline},
    {"bdo", k_inline},
    {"big", k_inline},
    {"blockquote", k_block | k_closes_p},
    {"body", k_block},
    {"br", k_void | k_block},
    {"button", k_dropped | k_inline},
    {"caption", k_block},
    {"center", k_block | k_closes_p},
    {"cite", k_inline},
    {"code", k_inline},
    {"col", k_void},
    {"data", k_inline},
    {"dd", k_block | k_closes_p},
    {"del", k_inline},
    {"details", k_block | k_closes_p},
    {"dfn", k_inline},
    {"dialog", k_block | k_closes_p},
    {"dir", k_block | k_closes_p},
    {"div", k_block | k_closes_p},
    {"dl", k_block | k_closes_p},
    {"dt", k_block | k_closes_p},
    {"em", k_inline},
    {"embed", k_void},
    {"fieldset", k_block | k_closes_p},
    {"figcaption", k_block | k_closes_p},
    {"figure", k_block | k_closes_p},
    {"font", k_inline},
    {"footer", k_block | k_closes_p | k_dropped},
    {"form", k_block | k_closes_p | k_dropped},
    {"h1", k_block | k_closes_p},
    {"h2", k_block | k_closes_p},
    {"h3", k_block | k_closes_p},
    {"h4", k_block | k_closes_p},
    {"h5", k_block | k_closes_p},
    {"h6", k_block | k_closes_p},
    {"header", k_block | k_closes_p | k_dropped},
    {"hgroup", k_block | k_closes_p},
    {"hr", k_void | k_block | k_closes_p},
    {"i", k_inline},
    {"iframe", k_raw_text | k_dropped},
    {"img", k_void | k_inline},
    {"input", k_void | k_inline},
    {"ins", k_inline},
    {"kbd", k_inline},
    {"keygen", k_void},
    {"label", k_inline},
    {"legend", k_block},
    {"li", k_block | k_closes_p},
    {"link", k_void},
    {"main", k_block | k_closes_p},
    {"mark", k_inline},
    {"menu", k_block | k_closes_p},
    {"meta", k_void},
    {"nav", k_block | k_closes_p | k_dropped},
    {"nobr", k_inline},
    {"noembed", k_raw_text | k_dropped},
    {"noframes", k_raw_text | k_dropped},
    {"noscript", k_raw_text | k_dropped},
    {"ol", k_block | k_closes_p},
    {"option", k_block},
    {"p", k_block | k_closes_p},
    {"param", k_void},
    {"pre", k_block | k_closes_p},
    {"q", k_inline},
    {"rp", k_inline},
    {"rt", k_inline},
    {"ruby", k_inline},
    {"s", k_inline},
    {"samp", k_inline},
    {"script", k_raw_text | k_dropped},
    {"section", k_block | k_closes_p},
    {"small", k_inline},
    {"source", k_void},
    {"span", k_inline},
    {"strike", k_inline},
    {"strong", k_inline},
    {"style", k_raw_text | k_dropped},
    {"sub", k_inline},
    {"summary", k_block | k_closes_p},
    {"sup", k_inline},
    {"svg", k_dropped},
    {"table", k_block | k_closes_p},
    {"tbody", k_block},
    {"td", k_cell},
    {"template", k_dropped},
    {"textarea", k_raw_text | k_dropped},
    {"tfoot", k_block},
    {"th", k_cell},
    {"thead", k_block},
    {"time", k_inline},
    {"title", k_raw_text},
    {"tr", k_block},
    {"track", k_void},
    {"tt", k_inline},
    {"u", k_inline},
    {"ul", k_block | k_closes_p},
    {"var", k_inline},
    {"wbr", k_void | k_inline},
    {"xmp", k_raw_text | k_dropped},
};

std::uint16_t flags_of(std::string_view name) {
    const auto* end = std::end(k_elements);
    const auto* it =
        std::lower_bound(std::begin(k_elements), end, name,
                         [](const ElementInfo& e, std::string_view n) { return e.name < n; });
    return it != end && it->name == name ? it->flags : 0;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out) {
        c = lower(c);
    }
    return out;
}

constexpr std::string_view k_nbsp = "\xC2\xA0";

// Builds paragraphs from text runs: whitespace runs collapse to one space,
// paragraph breaks are "\n\n", paragraphs are trimmed of spaces and nbsp
// and empty ones vanish.
class TextBuilder {
public:
    /// Room for `bytes` without reallocating (address space only until written).
    void reserve(std::size_t bytes) { m_text.reserve(bytes); }

    void append(std::string_view text) {
        std::size_t pos = 0;
        while (pos < text.size()) {
            if (is_space(text[pos])) {
                m_pending_space = true;
                ++pos;
                continue;
            }
            std::size_t end = pos;
            while (end < text.size() && !is_space(text[end])) {
                ++end;
            }
            if (!m_in_paragraph) {
                m_separator = m_text.size();
                if (!m_text.empty()) {
                    m_text += "\n\n";
                }
                m_paragraph_start = m_text.size();
                m_in_paragraph = true;
            } else if (m_pending_space) {
                m_text += ' ';
            }
            m_pending_space = false;
            m_text.append(text.substr(pos, end - pos));
            pos = end;
        }
    }
    void space() { m_pending_space = true; }
    void paragraph_break() {
        m_pending_space = false;
        if (!m_in_paragraph) {
            return;
        }
        m_in_paragraph = false;
        // Paragraphs are trimmed of no-break spaces too, and vanish if that
        // is all they hold ("<p>&nbsp;</p>").
        const std::string_view text = m_text;
        std::size_t end = text.size();
        while (end > m_paragraph_start) {
            if (text[end - 1] == ' ') {
                --end;
            } else if (end - m_paragraph_start >= 2 && text.substr(end - 2, 2) == k_nbsp) {
                end -= 2;
            } else {
                break;
            }
        }
        std::size_t begin = m_paragraph_start;
        while (begin < end) {
            if (text[begin] == ' ') {
                ++begin;
            } else if (text.substr(begin, 2) == k_nbsp) {
                begin += 2;
            } else {
                break;
            }
        }
        if (begin == end) {
            m_text.resize(m_separator);
            return;
        }
        m_text.resize(end);
        m_text.erase(m_paragraph_start, begin - m_paragraph_start);
    }
    std::string take() {
        paragraph_break();
        return std::move(m_text);
    }
    void clear() {
        m_text.clear();
        m_in_paragraph = false;
        m_pending_space = false;
    }

private:
    std::string m_text;
    std::size_t m_separator = 0;       // where the open paragraph's "\n\n" starts
    std::size_t m_paragraph_start = 0; // where its text starts
    bool m_in_paragraph = false;
    bool m_pending_space = false;
};

struct OpenElement {
    std::string name;
    std::uint16_t flags;
    bool counted_drop;
};

struct Attribute {
    std::string name; // lowercased
    std::string_view raw_value;
};

class PageReader {
public:
    PageReader(std::string_view html, std::size_t max_depth)
        : m_html(html), m_max_depth(max_depth) {
        // Text is never longer than the page: reserving (address space
        // only, until written) saves reallocating and copying it.
        m_body.reserve(html.size());
    }

    Expected<Page> run() {
        std::size_t pos = 0;
        const std::size_t n = m_html.size();
        while (pos < n) {
            const void* hit = std::memchr(m_html.data() + pos, '<', n - pos);
            const std::size_t lt =
                hit == nullptr
                    ? n
                    : static_cast<std::size_t>(static_cast<const char*>(hit) - m_html.data());
            if (lt > pos) {
                text(m_html.substr(pos, lt - pos));
            }
            if (lt >= n) {
                break;
            }
            pos = lt;
            const char next = lt + 1 < n ? m_html[lt + 1] : '\0';
            if (m_html.substr(lt).starts_with("<!--")) {
                pos = skip_comment(lt);
            } else if (next == '!' || next == '?') {
                pos = after_next_gt(lt + 2);
            } else if (next == '/') {
                if (lt + 2 < n && is_letter(m_html[lt + 2])) {
                    pos = end_tag(lt);
                } else if (lt + 2 >= n) {
                    text("</"); // the input ends: it was text
                    pos = n;
                } else {
                    // "</>" is nothing; "</ 3" a bogus comment.
                    pos = after_next_gt(lt + 2);
                }
            } else if (is_letter(next)) {
                auto after = start_tag(lt);
                if (!after) {
                    return std::unexpected(std::move(after.error()));
                }
                pos = *after;
            } else {
                text("<");
                pos = lt + 1;
            }
        }
        while (!m_stack.empty()) {
            pop();
        }
        Page page;
        m_metadata.time_published = !m_time_marked.empty()       ? m_time_marked
                                    : !m_time_in_article.empty() ? m_time_in_article
                                                                 : m_time_first;
        page.metadata = std::move(m_metadata);
        page.headline = std::move(m_headline_text);
        auto article = std::move(m_best_article);
        auto main = m_main.take();
        auto body = m_body.take();
        page.text = !article.empty() ? std::move(article)
                    : !main.empty()  ? std::move(main)
                                     : std::move(body);
        return page;
    }

private:
    std::size_t skip_comment(std::size_t lt) {
        const std::size_t start = lt + 4;
        // "<!-->" and "<!--->" are empty comments.
        if (m_html.substr(start).starts_with(">")) {
            return start + 1;
        }
        if (m_html.substr(start).starts_with("->")) {
            return start + 2;
        }
        const auto end = m_html.find("-->", start);
        return end == std::string_view::npos ? m_html.size() : end + 3;
    }

    std::size_t after_next_gt(std::size_t from) {
        const auto gt = m_html.find('>', from);
        return gt == std::string_view::npos ? m_html.size() : gt + 1;
    }

    std::size_t read_name(std::size_t pos) {
        while (pos < m_html.size() && !is_space(m_html[pos]) && m_html[pos] != '/' &&
               m_html[pos] != '>') {
            ++pos;
        }
        return pos;
    }

    // Reads attributes up to the tag's '>'; returns the position after it,
    // or nullopt when the input ends inside the tag (which then is no tag).
    std::optional<std::size_t> read_attributes(std::size_t pos, bool& self_closing) {
        m_attributes.clear();
        self_closing = false;
        const std::size_t n = m_html.size();
        for (;;) {
            while (pos < n && is_space(m_html[pos])) {
                ++pos;
            }
            if (pos >= n) {
                return std::nullopt;
            }
            if (m_html[pos] == '>') {
                return pos + 1;
            }
            if (m_html[pos] == '/') {
                if (pos + 1 < n && m_html[pos + 1] == '>') {
                    self_closing = true;
                    return pos + 2;
                }
                ++pos;
                continue;
            }
            const std::size_t name_start = pos;
            ++pos; // a name may start with '='
            while (pos < n && !is_space(m_html[pos]) && m_html[pos] != '/' && m_html[pos] != '>' &&
                   m_html[pos] != '=') {
                ++pos;
            }
            Attribute attribute{lowered(m_html.substr(name_start, pos - name_start)), {}};
            std::size_t look = pos;
            while (look < n && is_space(m_html[look])) {
                ++look;
            }
            if (look < n && m_html[look] == '=') {
                pos = look + 1;
                while (pos < n && is_space(m_html[pos])) {
                    ++pos;
                }
                if (pos >= n) {
                    return std::nullopt;
                }
                const char quote = m_html[pos];
                if (quote == '"' || quote == '\'') {
                    const auto close = m_html.find(quote, pos + 1);
                    if (close == std::string_view::npos) {
                        return std::nullopt;
                    }
                    attribute.raw_value = m_html.substr(pos + 1, close - pos - 1);
                    pos = close + 1;
                } else {
                    const std::size_t value_start = pos;
                    while (pos < n && !is_space(m_html[pos]) && m_html[pos] != '>') {
                        ++pos;
                    }
                    attribute.raw_value = m_html.substr(value_start, pos - value_start);
                }
            }
            if (m_attributes.size() < k_max_attributes) {
                m_attributes.push_back(std::move(attribute));
            }
        }
    }

    [[nodiscard]] std::optional<std::string> attribute(std::string_view name) const {
        for (const auto& a : m_attributes) {
            if (a.name == name) {
                return std::string(trim_space(decode_entities(a.raw_value, true)));
            }
        }
        return std::nullopt;
    }

    static std::string trim_space(const std::string& s) {
        const auto first = s.find_first_not_of(" \t\n\r\f");
        if (first == std::string::npos) {
            return {};
        }
        return s.substr(first, s.find_last_not_of(" \t\n\r\f") - first + 1);
    }

    static std::string collapse_space(std::string_view s) {
        TextBuilder builder;
        builder.append(s);
        return builder.take();
    }

    Expected<std::size_t> start_tag(std::size_t lt) {
        const std::size_t name_end = read_name(lt + 1);
        const std::string name = lowered(m_html.substr(lt + 1, name_end - lt - 1));
        bool self_closing = false;
        const auto after = read_attributes(name_end, self_closing);
        if (!after) {
            return m_html.size();
        }
        const std::uint16_t flags = flags_of(name);
        read_metadata(name);

        // Leaving the head: anything that belongs to the body closes it.
        if (m_head_depth > 0 && (flags & (k_block | k_inline | k_cell)) != 0 && name != "br") {
            close_through("head");
        }
        if ((flags & k_raw_text) != 0) {
            const auto type = name == "script" ? attribute("type") : std::nullopt;
            return raw_text(name, *after, type && lowered(*type) == "application/ld+json");
        }
        // Elements a browser closes implicitly, so that unclosed <p>, <li>
        // and <td> do not nest ever deeper.
        if ((flags & k_closes_p) != 0) {
            close_open_p();
        }
        if (name == "li") {
            close_implied({"li"}, {"ul", "ol", "menu"});
        } else if (name == "dt" || name == "dd") {
            close_implied({"dt", "dd"}, {"dl"});
        } else if (name == "tr") {
            close_implied({"tr"}, {"table", "tbody", "thead", "tfoot"});
        } else if (name == "td" || name == "th") {
            close_implied({"td", "th"}, {"tr", "table"});
        } else if (name == "option") {
            close_implied({"option"}, {"select", "datalist"});
        }

        if ((flags & k_block) != 0) {
            paragraph_break();
        } else if ((flags & k_cell) != 0) {
            space();
        }
        if ((flags & k_void) != 0 || self_closing) {
            return *after;
        }
        if (m_stack.size() >= m_max_depth) {
            return fail("HTML nested deeper than " + std::to_string(m_max_depth) +
                            " elements at <" + name +
                            ">; is the page malformed? ([limits] max_html_depth in the rules)",
                        utf8::locate(m_html, lt));
        }
        push(name, flags);
        return *after;
    }

    std::size_t end_tag(std::size_t lt) {
        const std::size_t name_end = read_name(lt + 2);
        const std::string name = lowered(m_html.substr(lt + 2, name_end - lt - 2));
        const std::size_t after = after_next_gt(name_end);
        const std::uint16_t flags = flags_of(name);
        if ((flags & k_block) != 0) {
            paragraph_break();
        } else if ((flags & k_cell) != 0) {
            space();
        }
        // </body> and </html> are ignored, as browsers do: text after them
        // is still the body's.
        if (name != "body" && name != "html") {
            close_through(name);
        }
        return after;
    }

    // Script, style, title...: the content runs to the matching end tag.
    // A JSON-LD script's is read for its date, never as text.
    std::size_t raw_text(const std::string& name, std::size_t start, bool json_ld) {
        std::size_t search = start;
        std::size_t content_end = m_html.size();
        std::size_t after = m_html.size();
        while (search < m_html.size()) {
            const auto close = m_html.find("</", search);
            if (close == std::string_view::npos) {
                break;
            }
            const std::size_t name_start = close + 2;
            bool match = name_start + name.size() <= m_html.size();
            for (std::size_t i = 0; match && i < name.size(); ++i) {
                match = lower(m_html[name_start + i]) == name[i];
            }
            const std::size_t name_end = name_start + name.size();
            if (match && (name_end == m_html.size() || is_space(m_html[name_end]) ||
                          m_html[name_end] == '/' || m_html[name_end] == '>')) {
                content_end = close;
                after = after_next_gt(name_end);
                break;
            }
            search = close + 2;
        }
        const auto content = m_html.substr(start, content_end - start);
        if (name == "title" && m_drop_depth == 0 && m_metadata.title.empty()) {
            m_metadata.title = collapse_space(decode_entities(content));
        }
        if (json_ld && m_metadata.json_ld_published.empty()) {
            m_metadata.json_ld_published = json_ld_date_published(content);
        }
        return after;
    }

    void read_metadata(const std::string& name) {
        if (name == "meta") {
            auto key = attribute("property");
            if (!key || key->empty()) {
                key = attribute("name");
            }
            if (!key || key->empty()) {
                key = attribute("itemprop");
            }
            if (!key) {
                return;
            }
            const std::string lowered_key = lowered(*key);
            std::string* field = nullptr;
            if (lowered_key == "og:url") {
                field = &m_metadata.og_url;
            } else if (lowered_key == "og:site_name") {
                field = &m_metadata.site_name;
            } else if (lowered_key == "og:title") {
                field = &m_metadata.og_title;
            } else if (lowered_key == "article:published_time") {
                field = &m_published_primary;
            } else if (lowered_key == "og:published_time" || lowered_key == "datepublished") {
                field = &m_metadata.published;
            }
            if (field != nullptr && field->empty()) {
                *field = attribute("content").value_or("");
            }
            if (!m_published_primary.empty()) {
                m_metadata.published = m_published_primary;
            }
        } else if (name == "link") {
            const auto rel = attribute("rel");
            if (rel && m_metadata.canonical_url.empty()) {
                // rel is a list of tokens: "canonical", "alternate canonical".
                std::string spaced = " " + lowered(*rel) + " ";
                std::replace_if(spaced.begin(), spaced.end(), is_space, ' ');
                if (spaced.find(" canonical ") != std::string::npos) {
                    m_metadata.canonical_url = attribute("href").value_or("");
                }
            }
        } else if (name == "html" && m_metadata.language.empty()) {
            m_metadata.language = attribute("lang").value_or("");
        } else if (name == "time") {
            read_time_element();
        }
    }

    // <time datetime>: one marked as the publication's wins, then the
    // article's first, then the page's first.
    void read_time_element() {
        const auto datetime = attribute("datetime");
        if (!datetime || datetime->empty()) {
            return;
        }
        const auto itemprop = attribute("itemprop");
        const bool marked =
            attribute("pubdate").has_value() || (itemprop && lowered(*itemprop) == "datepublished");
        std::string& slot = marked                ? m_time_marked
                            : m_article_depth > 0 ? m_time_in_article
                                                  : m_time_first;
        if (slot.empty()) {
            slot = *datetime;
        }
    }

    void text(std::string_view raw) {
        if (m_drop_depth > 0 || m_head_depth > 0) {
            return;
        }
        std::string_view decoded = raw;
        if (raw.find('&') != std::string_view::npos) {
            m_scratch.clear();
            append_decoded(m_scratch, raw);
            decoded = m_scratch;
        }
        m_body.append(decoded);
        if (m_headline_depth > 0) {
            m_headline.append(decoded);
        }
        if (m_main_depth > 0) {
            m_main.append(decoded);
        }
        if (m_article_depth > 0) {
            m_article.append(decoded);
        }
    }

    void paragraph_break() {
        m_body.paragraph_break();
        m_main.paragraph_break();
        m_article.paragraph_break();
    }

    void space() {
        m_body.space();
        m_main.space();
        m_article.space();
    }

    void push(const std::string& name, std::uint16_t flags) {
        // A <header> inside an <article> holds its headline: keep it.
        bool drop = (flags & k_dropped) != 0;
        if (name == "header" && m_article_depth > 0) {
            drop = false;
        }
        m_stack.push_back(OpenElement{name, flags, drop});
        if (drop) {
            ++m_drop_depth;
        }
        if (name == "article" && m_drop_depth == 0) {
            if (m_article_depth == 0) {
                m_article.clear();
            }
            ++m_article_depth;
        } else if (name == "main") {
            ++m_main_depth;
        } else if (name == "head") {
            ++m_head_depth;
        } else if (name == "h1" && m_drop_depth == 0 && !m_headline_done) {
            ++m_headline_depth;
        }
    }

    void pop() {
        const OpenElement top = std::move(m_stack.back());
        m_stack.pop_back();
        if (top.counted_drop) {
            --m_drop_depth;
        }
        if (top.name == "article" && m_article_depth > 0 && m_drop_depth == 0) {
            if (--m_article_depth == 0) {
                auto text = m_article.take();
                if (text.size() > m_best_article.size()) {
                    m_best_article = std::move(text);
                }
                m_article.clear();
            }
        } else if (top.name == "main" && m_main_depth > 0) {
            --m_main_depth;
        } else if (top.name == "head" && m_head_depth > 0) {
            --m_head_depth;
        } else if (top.name == "h1" && m_headline_depth > 0 && --m_headline_depth == 0) {
            m_headline_text = m_headline.take();
            m_headline.clear();
            m_headline_done = !m_headline_text.empty();
        }
        if ((top.flags & k_block) != 0) {
            paragraph_break();
        }
    }

    // Closes the innermost open `name` and everything inside it; an end tag
    // with no open element is ignored.
    void close_through(std::string_view name) {
        for (std::size_t i = m_stack.size(); i > 0; --i) {
            if (m_stack[i - 1].name == name) {
                while (m_stack.size() >= i) {
                    pop();
                }
                return;
            }
        }
    }

    // An open <p> ends when a block starts, unless something other than
    // phrasing content lies between.
    void close_open_p() {
        for (std::size_t i = m_stack.size(); i > 0; --i) {
            const auto& element = m_stack[i - 1];
            if (element.name == "p") {
                while (m_stack.size() >= i) {
                    pop();
                }
                return;
            }
            if ((element.flags & k_inline) == 0) {
                return;
            }
        }
    }

    void close_implied(std::initializer_list<std::string_view> names,
                       std::initializer_list<std::string_view> boundaries) {
        for (std::size_t i = m_stack.size(); i > 0; --i) {
            const auto& element = m_stack[i - 1];
            if (std::find(boundaries.begin(), boundaries.end(), element.name) != boundaries.end()) {
                return;
            }
            if (std::find(names.begin(), names.end(), element.name) != names.end()) {
                while (m_stack.size() >= i) {
                    pop();
                }
                return;
            }
        }
    }

    static constexpr std::size_t k_max_attributes = 64;

    std::string_view m_html;
    std::size_t m_max_depth;
    std::vector<OpenElement> m_stack;
    std::vector<Attribute> m_attributes;
    std::string m_scratch;
    PageMetadata m_metadata;
    std::string m_published_primary;
    TextBuilder m_body;
    TextBuilder m_main;
    TextBuilder m_article;
    TextBuilder m_headline;
    std::string m_headline_text;
    bool m_headline_done = false;
    std::size_t m_headline_depth = 0;
    std::string m_time_marked;
    std::string m_time_in_article;
    std::string m_time_first;
    std::string m_best_article;
    std::size_t m_drop_depth = 0;
    std::size_t m_article_depth = 0;
    std::size_t m_main_depth = 0;
    std::size_t m_head_depth = 0;
};

} // namespace

Expected<Page> read_page(std::string_view html, std::size_t max_depth) {
    return PageReader(html, max_depth).run();
}

} // namespace crosscheck::ingest::html
