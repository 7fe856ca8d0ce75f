// `crosscheck report --case SLUG --format F [-o FILE] [--fail-on SEVERITY]`:
// the case's findings in one of the formats of host/report/formats.hpp.

#include "host/cli/case_report.hpp"
#include "host/cli/choices.hpp"
#include "host/cli/commands.hpp"
#include "host/cli/output.hpp"
#include "host/cli/store_access.hpp"
#include "host/model/finding.hpp"
#include "host/model/severity.hpp"
#include "host/report/formats.hpp"
#include "host/report/report_stream.hpp"
#include "host/report/severity.hpp"
#include "host/report/text_report.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>

namespace crosscheck::cli {
namespace {

struct ReportArgs {
    std::string case_slug;
    std::string format; ///< "": text on a terminal, else json

    std::string output;
    std::optional<std::string> fail_on;
    std::string organisation;
    std::string url_template;
    std::optional<std::string> severity;
    std::vector<std::string> statuses;
};

report::ReportFilter filter_from(const ReportArgs& args) {
    report::ReportFilter filter;
    // CLI11 has checked each name against the model's tables already.
    if (args.severity) {
        filter.at_least = model::severity_from_string(*args.severity);
    }
    for (const auto& s : args.statuses) {
        filter.statuses.push_back(
            model::review_status_from_string(s).value_or(model::ReviewStatus::open));
    }
    return filter;
}

// Writes what `render` writes to `path` through a temporary file beside it
// and a rename, so a failed write never leaves half a report where a whole
// one was, and an existing file is replaced only by a complete one. The
// report streams into the file: it is never held whole in memory.
void write_atomically(const std::string& path,
                      const std::function<Expected<void>(std::ostream&)>& render) {
    const std::filesystem::path target(path);
    const auto folder = target.parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder)) {
        throw CommandError("cannot write the report to '" + path + "': the folder '" +
                           folder.string() + "' does not exist");
    }
    if (std::filesystem::is_directory(target)) {
        throw CommandError("cannot write the report to '" + path + "': it is a folder");
    }
    const std::string tmp = path + ".tmp-" + std::to_string(getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) {
            throw CommandError("cannot write the report to '" + path +
                               "': " + std::strerror(errno));
        }
        const auto rendered = render(out);
        if (!rendered) {
            out.close();
            std::remove(tmp.c_str());
            throw CommandError(rendered.error());
        }
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw CommandError("cannot write the report to '" + path + "': write failed");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmp.c_str());
        throw CommandError("cannot write the report to '" + path + "': " + reason);
    }
}

std::string format_help() {
    std::string help = "Output format (default: text on a terminal, json into a pipe or -o FILE):";
    for (const auto& f : report::formats()) {
        help += "\n  " + std::string(f.name) + ": " + std::string(f.description);
    }
    return help;
}

void run_report(const ReportArgs& args, Context& context) {
    // A person at a terminal reads text; a script or a file gets json.
    const std::string format_name = !args.format.empty()                         ? args.format
                                    : args.output.empty() && is_terminal(stdout) ? "text"
                                                                                 : "json";
    const report::Format* format = report::find_format(format_name);
    if (format == nullptr) {
        throw CommandError("unknown report format '" + format_name + "'");
    }
    auto db = open_store_or_throw(context);
    const auto case_id = require_checked_case(*db, args.case_slug);
    // The formats that write a finding at a time read the findings from the
    // store as they write (a json report of 10^5 sources took 2.6 GB when
    // loaded whole); the others are given the report loaded whole.
    const auto filter = filter_from(args);
    std::optional<report::Report> loaded;
    std::unique_ptr<report::FindingSource> findings;
    report::ReportHead head;
    if (format->whole) {
        loaded = report::load_report(*db, case_id, args.case_slug);
        report::filter_report(*loaded, filter);
        head = report::head_of(*loaded);
        findings = std::make_unique<report::HeldFindings>(*loaded);
    } else {
        head = report::load_head(*db, case_id, args.case_slug, filter);
        findings = std::make_unique<report::StoredFindings>(*db, case_id, filter);
    }

    report::RenderOptions options;
    const bool to_file = !args.output.empty();
    options.colour = report::colour_wanted(is_terminal(stdout), std::getenv("NO_COLOR"), to_file);
    if (const auto columns = terminal_columns(stdout); columns && !to_file) {
        options.width = *columns;
    }
    options.organisation = args.organisation;
    options.url_template = args.url_template;
    const auto render = [&](std::ostream& out) {
        return format->render(head, *findings, options, out);
    };
    if (to_file) {
        write_atomically(args.output, render);
    } else if (const auto rendered = render(std::cout); !rendered) {
        throw CommandError(rendered.error());
    }

    if (args.fail_on) {
        const auto threshold =
            model::severity_from_string(*args.fail_on).value_or(model::Severity::info);
        if (const auto n = report::count_failing(head.counts.tally, threshold); n > 0) {
            std::cerr << "crosscheck: " << report::fail_on_message(n, threshold) << '\n';
            context.exit_code = ExitCode::findings;
        }
    }
}

} // namespace

void add_report_command(CLI::App& app, Context& context) {
    auto args = std::make_shared<ReportArgs>();
    auto* cmd = app.add_subcommand("report", "Render the case's findings with their claims, "
                                             "sources and review history");
    cmd->add_option("--case", args->case_slug, "Case to report on")->required();
    one_of(cmd->add_option("--format", args->format, format_help()), report::format_names());
    cmd->add_option("-o,--output", args->output,
                    "Write to FILE instead of stdout (replaced whole, or not at all)")
        ->type_name("FILE");
    one_of(cmd->add_option("--fail-on", args->fail_on,
                           "Exit 1 when findings at or above this severity are open or confirmed "
                           "(dismissed ones never count)"),
           model::severity_names());
    one_of(cmd->add_option("--severity", args->severity,
                           "Only findings at or above this severity (high > medium > low > "
                           "info), in every format"),
           model::severity_names());
    one_of(
        cmd->add_option("--status", args->statuses,
                        "Only findings with this review status (repeatable: any of them), in every "
                        "format"),
        model::review_status_names());
    cmd->add_option("--organisation", args->organisation,
                    "claimreview: the author of every review (an Organization); without it, "
                    "the reviewer who confirmed the finding")
        ->type_name("NAME");
    cmd->add_option("--url-template", args->url_template,
                    "claimreview: the url of the fact-check's page, {case}, {finding} and "
                    "{claim} replaced, e.g. https://factcheck.example/{case}/{finding}")
        ->type_name("URL");
    cmd->callback([args, &context] { run_report(*args, context); });
}

} // namespace crosscheck::cli
