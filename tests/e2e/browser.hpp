#pragma once
// Test support for the HTML report's end-to-end tests: running headless
// Chromium (Debian's `chromium` package) on a file, and a small tolerant
// HTML scanner for the DOM Chromium dumps, so tests count elements and read
// attributes and text the way the browser built them.
//
// Chromium is required in CI (CI=true): without it the tests fail there
// and are skipped with a warning elsewhere.

#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::testing::browser {

/// The Chromium binary: $CROSSCHECK_CHROMIUM when set, else /usr/bin/chromium;
/// nullopt when it is not there.
inline std::optional<std::filesystem::path> find_chromium() {
    std::filesystem::path path = "/usr/bin/chromium";
    if (const char* env = std::getenv("CROSSCHECK_CHROMIUM"); env != nullptr && *env != '\0') {
        path = env;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return std::nullopt;
    }
    return path;
}

/// True when a missing browser must fail the test rather than skip it.
inline bool browser_required() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string_view(ci) == "true";
}

/// Runs Chromium headless on `page` with `extra` arguments (--dump-dom,
/// --screenshot=...), isolated: a fresh profile, no network services, no
/// first-run or component updates. Killed after 120 s.
inline ProcessResult run_chromium(const std::filesystem::path& chromium,
                                  const std::filesystem::path& page,
                                  const std::vector<std::string>& extra) {
    const TempDir profile;
    std::vector<std::string> args = {"120",
                                     chromium.string(),
                                     "--headless",
                                     "--no-sandbox",
                                     "--disable-gpu",
                                     "--disable-quic",
                                     "--no-first-run",
                                     "--disable-background-networking",
                                     "--disable-component-update",
                                     "--disable-sync",
                                     "--disable-dev-shm-usage",
                                     "--user-data-dir=" + profile.path().string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back("file://" + std::filesystem::absolute(page).string());
    ProcessOptions options;
    options.env["HOME"] = profile.path().string();
    return run_process("/usr/bin/timeout", args, options);
}

/// One element of a scanned document.
struct Element {
    std::string name;                         ///< lower case
    std::map<std::string, std::string> attrs; ///< names lower case, values decoded
    int parent = -1;

    [[nodiscard]] std::string attr(const std::string& key) const {
        const auto it = attrs.find(key);
        return it == attrs.end() ? std::string() : it->second;
    }
    [[nodiscard]] bool has(const std::string& key) const { return attrs.contains(key); }
    /// True when the space-separated class list holds `cls`.
    [[nodiscard]] bool has_class(std::string_view cls) const {
        if (cls.empty() || cls.find_first_of(" \t\n\f\r") != std::string_view::npos) {
            return false; // one class name, never a run of them
        }
        const std::string list = " " + attr("class") + " ";
        return list.find(" " + std::string(cls) + " ") != std::string::npos;
    }
};

/// Decodes the character references Chromium's serializer writes (and the
/// numeric ones anyone may write).
inline std::string decode_entities(std::string_view s) {
    static const std::map<std::string, std::string, std::less<>> named = {
        {"amp", "&"},   {"lt", "<"},   {"gt", ">"},
        {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const auto semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += '&';
            continue;
        }
        const auto ref = s.substr(i + 1, semi - i - 1);
        if (const auto it = named.find(ref); it != named.end()) {
            out += it->second;
            i = semi;
            continue;
        }
        if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x' || ref[1] == 'X';
            const std::string digits(ref.substr(hex ? 2 : 1));
            char* end = nullptr;
            const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (!digits.empty() && end != nullptr && *end == '\0' && cp < 0x110000) {
                if (cp < 0x80) {
                    out += static_cast<char>(cp);
                } else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xF0 | (cp >> 18));
                    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                i = semi;
                continue;
            }
        }
        out += '&';
    }
    return out;
}

/// A scanned document: elements in document order with their parents, and
/// the text, each piece owned by the element it sits in.
class Dom {
public:
    explicit Dom(std::string_view html) { scan(html); }

    [[nodiscard]] const std::vector<Element>& elements() const { return m_elements; }

    /// Indices of elements named `name` (lower case).
    [[nodiscard]] std::vector<int> all(std::string_view name) const {
        std::vector<int> out;
        for (std::size_t i = 0; i < m_elements.size(); ++i) {
            if (m_elements[i].name == name) {
                out.push_back(static_cast<int>(i));
            }
        }
        return out;
    }

    /// True when `ancestor` contains `e` (at any depth).
    [[nodiscard]] bool inside(int e, int ancestor) const {
        for (int p = m_elements[static_cast<std::size_t>(e)].parent; p >= 0;
             p = m_elements[static_cast<std::size_t>(p)].parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /// Indices of the elements inside `ancestor` that `keep` accepts.
    template <class Pred>
    [[nodiscard]] std::vector<int> within(int ancestor, Pred keep) const {
        std::vector<int> out;
        for (std::size_t i = 0; i < m_elements.size(); ++i) {
            const int e = static_cast<int>(i);
            if (inside(e, ancestor) && keep(m_elements[i])) {
                out.push_back(e);
            }
        }
        return out;
    }

    [[nodiscard]] const Element& operator[](int e) const {
        return m_elements[static_cast<std::size_t>(e)];
    }

    /// The decoded text inside element `e` (-1: the whole document).
    [[nodiscard]] std::string text(int e = -1) const {
        std::string out;
        for (const auto& [owner, piece] : m_text) {
            if (e < 0 || owner == e || (owner >= 0 && inside(owner, e))) {
                out += piece;
            }
        }
        return out;
    }

private:
    static bool is_void(std::string_view name) {
        static const std::vector<std::string_view> names = {
            "area",  "base", "br",   "col",   "embed",  "hr",    "img",
            "input", "link", "meta", "param", "source", "track", "wbr"};
        return std::find(names.begin(), names.end(), name) != names.end();
    }

    static std::string lower(std::string_view s) {
        std::string out(s);
        for (auto& c : out) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return out;
    }

    static bool is_space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    void add_text(std::string_view raw, bool decode) {
        if (!raw.empty()) {
            m_text.emplace_back(m_open.empty() ? -1 : m_open.back(),
                                decode ? decode_entities(raw) : std::string(raw));
        }
    }

    void close(const std::string& name) {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (m_elements[static_cast<std::size_t>(*it)].name == name) {
                m_open.erase(std::next(it).base(), m_open.end());
                return;
            }
        }
    }

    void scan(std::string_view s) {
        std::size_t i = 0;
        const std::size_t n = s.size();
        while (i < n) {
            if (s[i] != '<') {
                const auto next = s.find('<', i);
                const auto end = next == std::string_view::npos ? n : next;
                add_text(s.substr(i, end - i), true);
                i = end;
                continue;
            }
            if (s.substr(i).starts_with("<!--")) {
                const auto end = s.find("-->", i + 4);
                i = end == std::string_view::npos ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (s[i + 1] == '!' || s[i + 1] == '?')) {
                const auto end = s.find('>', i);
                i = end == std::string_view::npos ? n : end + 1;
                continue;
            }
            if (i + 1 < n && s[i + 1] == '/') {
                std::size_t j = i + 2;
                while (j < n && !is_space(s[j]) && s[j] != '>') {
                    ++j;
                }
                close(lower(s.substr(i + 2, j - i - 2)));
                const auto end = s.find('>', j);
                i = end == std::string_view::npos ? n : end + 1;
                continue;
            }
            if (i + 1 >= n || std::isalpha(static_cast<unsigned char>(s[i + 1])) == 0) {
                add_text("<", false);
                ++i;
                continue;
            }
            // A start tag: name, then attributes, honouring quotes so that a
            // '>' inside a value does not end the tag.
            std::size_t j = i + 1;
            while (j < n && !is_space(s[j]) && s[j] != '>' && s[j] != '/') {
                ++j;
            }
            Element el;
            el.name = lower(s.substr(i + 1, j - i - 1));
            el.parent = m_open.empty() ? -1 : m_open.back();
            bool self_closing = false;
            while (j < n) {
                while (j < n && is_space(s[j])) {
                    ++j;
                }
                if (j >= n) {
                    break;
                }
                if (s[j] == '>') {
                    ++j;
                    break;
                }
                if (s[j] == '/') {
                    self_closing = j + 1 < n && s[j + 1] == '>';
                    ++j;
                    continue;
                }
                std::size_t k = j;
                while (k < n && !is_space(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/') {
                    ++k;
                }
                if (k == j) { // a stray '=': skip it
                    ++j;
                    continue;
                }
                const std::string key = lower(s.substr(j, k - j));
                j = k;
                while (j < n && is_space(s[j])) {
                    ++j;
                }
                std::string value;
                if (j < n && s[j] == '=') {
                    ++j;
                    while (j < n && is_space(s[j])) {
                        ++j;
                    }
                    if (j < n && (s[j] == '"' || s[j] == '\'')) {
                        const char q = s[j];
                        const auto end = s.find(q, j + 1);
                        const auto stop = end == std::string_view::npos ? n : end;
                        value = decode_entities(s.substr(j + 1, stop - j - 1));
                        j = stop == n ? n : stop + 1;
                    } else {
                        k = j;
                        while (k < n && !is_space(s[k]) && s[k] != '>') {
                            ++k;
                        }
                        value = decode_entities(s.substr(j, k - j));
                        j = k;
                    }
                }
                el.attrs.emplace(key, std::move(value)); // the first of a repeated name wins
            }
            const std::string name = el.name;
            m_elements.push_back(std::move(el));
            const int index = static_cast<int>(m_elements.size() - 1);
            i = j;
            if (self_closing || is_void(name)) {
                continue;
            }
            if (name == "script" || name == "style" || name == "title" || name == "textarea") {
                // Raw text up to the matching end tag.
                std::size_t end = i;
                const std::string closing = "</" + name;
                while (true) {
                    end = s.find("</", end);
                    if (end == std::string_view::npos ||
                        lower(s.substr(end, closing.size())) == closing) {
                        break;
                    }
                    end += 2;
                }
                const auto stop = end == std::string_view::npos ? n : end;
                m_open.push_back(index);
                add_text(s.substr(i, stop - i), name == "title" || name == "textarea");
                m_open.pop_back();
                const auto gt = stop == n ? n : s.find('>', stop);
                i = gt == std::string_view::npos ? n : gt + 1;
                continue;
            }
            m_open.push_back(index);
        }
    }

    std::vector<Element> m_elements;
    std::vector<int> m_open;
    std::vector<std::pair<int, std::string>> m_text;
};

} // namespace crosscheck::testing::browser
