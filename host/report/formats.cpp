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

using Done = Expected<void>;

// One line per format; each renderer keeps the plain signature its tests
// call, wrapped here. JSON and CSV read the findings a finding at a time;
// the formats marked whole are given the report loaded whole.
// clang-format off
constexpr std::array k_formats = {
    Format{"text", "for the terminal, grouped by severity and metric",
           [](const ReportHead& h, const FindingSource& f, const RenderOptions& o, std::ostream& out) -> Done { write_text(h, f, o, out); return {}; }},
    Format{"json", "the JSON of the contract, for scripts",
           [](const ReportHead& h, const FindingSource& f, const RenderOptions&, std::ostream& out) -> Done { write_json(h, f, out); return {}; }},
    Format{"md", "Markdown, for publishing and pasting into a story",
           [](const ReportHead& h, const FindingSource& f, const RenderOptions&, std::ostream& out) -> Done { write_markdown(h, f, out); return {}; }},
    Format{"csv", "one row per finding and claim, for spreadsheets",
           [](const ReportHead& h, const FindingSource& f, const RenderOptions&, std::ostream& out) -> Done { write_csv(h, f, out); return {}; }},
    Format{"html", "one self-contained page (no script, opens offline), for reading and sharing",
           [](const ReportHead&, const FindingSource& f, const RenderOptions&, std::ostream& out) -> Done { write_html(*f.held(), out); return {}; }, true},
    Format{"claimreview", "schema.org ClaimReview JSON-LD of the confirmed findings",
           [](const ReportHead& h, const FindingSource& f, const RenderOptions& o, std::ostream& out) -> Done {
               auto text = render_claimreview(h.case_slug, f, {o.organisation, o.url_template});
               if (!text) {
                   return std::unexpected(text.error());
               }
               out << *text;
               return {};
           }},
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
