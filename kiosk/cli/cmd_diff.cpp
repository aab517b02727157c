// kioskctl diff: what changes on the kiosks when a new catalogue replaces the old one.
#include <iostream>

#include "cli/command.h"
#include "cli/diff_report.h"
#include "core/sync/package.h"

namespace ww::cli {

namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl diff --old SOURCE --new SOURCE [--pdf FILE] [--lang en]

Lists what changes on the kiosks when the new catalogue replaces the old one: the services that
are new, removed and changed, ordered by municipality and name, and for each changed service
every field that changed, old -> new, in words ("Telefoon: 0591 - 12 34 56 -> 0591 - 65 43 21",
opening hours as days and times, topics by their names). Services are matched by their id.

A SOURCE is any of:
  a catalogue file (`kioskctl build`, or a kiosk's own catalogue)
  a USB package file (`kioskctl pack`), or the folder that holds one (a stick: DIR/wegwijzer/)
  a folder with HSDS CSV files, or a staff workbook (.xlsx, .ods, Excel CSV, as
  `kioskctl sheet export` writes it): built like `kioskctl build` into a temporary catalogue
  first (errors as there; about workbooks in the language of --lang)

Options:
  --old SOURCE    the catalogue on the kiosks now (required)
  --new SOURCE    the catalogue that will replace it (required)
  --pdf FILE      also write the list as a short A4 PDF to approve and file (title, date, both
                  versions, counts, the changes, a line to sign)
  --lang en       English words (default: Dutch)

The list goes to standard output.
Exit codes: 0 listed (also when nothing changes), 1 a source cannot be read or the PDF cannot be
written, 2 wrong usage.
)";

int usage_error(const std::string& message) {
    std::cerr << "kioskctl diff: " << message << "\n\n" << kHelp;
    return kUsage;
}

int run(const Args& args) {
    if (!args.get("old")) return usage_error("--old SOURCE is required");
    if (!args.get("new")) return usage_error("--new SOURCE is required");
    if (!args.positional().empty()) return usage_error("unexpected word '" + args.positional().front() + "'");
    auto language = parse_lang(args.get("lang"));
    if (!language) return usage_error("--lang must be nl or en, not '" + *args.get("lang") + "'");

    const std::string old_label = *args.get("old"), new_label = *args.get("new");
    auto old_source = open_catalogue_source(old_label, *language);
    if (!old_source) return user_error("diff", old_source.error());
    auto new_source = open_catalogue_source(new_label, *language);
    if (!new_source) return user_error("diff", new_source.error());
    for (const auto* source : {&*old_source, &*new_source})
        for (const auto& warning : source->warnings) std::cerr << "warning: " << warning << "\n";

    auto report = diff_catalogues(old_source->catalogue.get(), old_label, *new_source->catalogue, new_label, *language);
    if (!report) return user_error("diff", report.error());
    std::cout << sheet::format_diff_text(report->diff, report->old_side, report->new_side, *language);
    if (auto pdf_path = args.get("pdf")) {
        auto pdf = print::render_report_pdf(diff_document(*report, sync::today_utc(), *language));
        if (!pdf) return user_error("diff", pdf.error());
        if (auto written = print::write_pdf_file(*pdf, *pdf_path); !written) return user_error("diff", written.error());
        std::cerr << "Wrote " << *pdf_path << "\n";
    }
    return kOk;
}

const Registration registration{{"diff",
                                 "List the services that are new, removed and changed between two catalogues",
                                 kHelp,
                                 {{"old"}, {"new"}, {"pdf"}, {"lang"}},
                                 run}};

}  // namespace
}  // namespace ww::cli
