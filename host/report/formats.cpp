#include "host/report/formats.hpp"

#include "host/report/claimreview_report.hpp"
#include "host/report/csv_report.hpp"
#include "host/report/html_report.hpp"
#include "host/report/json_report.hpp"
#include "host/report/markdown_report.hpp"
#include "host/report/text_report.hpp"

#include <array>

namespace crosscheck::report {
namespace {

// One line per format; the renderers that cannot fail are wrapped here so
// that each keeps the plain signature its tests call.
// clang-format off
constexpr std::array k_formats = {
    Format{"text", "for the terminal, grouped by severity and metric",
           [](const Report& r, const RenderOptions& o) -> Expected<std::string> { return render_text(r, o); }},
    Format{"json", "the JSON of the contract, for scripts",
           [](const Report& r, const RenderOptions&) -> Expected<std::string> { return render_json(r); }},
    Format{"md", "Markdown, for publishing and pasting into a story",
           [](const Report& r, const RenderOptions&) -> Expected<std::string> { return render_markdown(r); }},
    Format{"csv", "one row per finding and claim, for spreadsheets",
           [](const Report& r, const RenderOptions&) -> Expected<std::string> { return render_csv(r); }},
    Format{"html", "one self-contained page (no script, opens offline), for reading and sharing",
           [](const Report& r, const RenderOptions&) -> Expected<std::string> { return render_html(r); }},
    Format{"claimreview", "schema.org ClaimReview JSON-LD of the confirmed findings",
           [](const Report& r, const RenderOptions& o) { return render_claimreview(r, {o.organisation, o.url_template}); }},
};
// clang-format on

} // namespace

std::span<const Format> formats() {
    return k_formats;
}

const Format* find_format(std::string_view name) {
    for (const auto& f : k_formats) {
        if (f.name == name) {
            return &f;
        }
    }
    return nullptr;
}

std::vector<std::string> format_names() {
    std::vector<std::string> out;
    for (const auto& f : k_formats) {
        out.emplace_back(f.name);
    }
    return out;
}

} // namespace crosscheck::report
