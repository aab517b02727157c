// kioskctl print: the kiosk's large-print list as a PDF file, or printed through CUPS.
#include <chrono>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "core/catalogue.h"
#include "core/config.h"
#include "core/print/pdf_render.h"
#include "core/print/print_request.h"
#include "core/print/print_service.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl print --db FILE (--pdf FILE | --printer NAME) [--paper a4|roll80]
                      [--language nl|en] [--title hulp|lijst|casemanager] [--config FILE]
                      [--stuck-after SECONDS] SERVICE_ID...

Makes the same large-print list the kiosk prints from "Mijn lijst": one block per service with
name, summary, address, phone number, opening hours, cost, how to get there and QR codes for
the phone number and the website. The ids are the ones `kioskctl search --json` gives.

Options:
  --db FILE             the catalogue (required)
  --pdf FILE            write the PDF to FILE
  --printer NAME        print on this CUPS queue, wait until the job is done, and print the
                        message the kiosk would show
  --paper a4|roll80     paper size (default: [print] paper from the config, else a4)
  --language nl|en      language of the printout (default nl)
  --title WORD          hulp = "Hulp in de buurt" (default), lijst = "Mijn lijst",
                        casemanager = "Voor de casemanager"
  --config FILE         kiosk.toml: kiosk name and place, helpline, paper, stuck-job time
  --stuck-after SECONDS cancel a job that makes no progress for this long (default: config, 120)

Exit codes: 0 the PDF was written or printed, 1 unknown id, unreadable catalogue or a printer
problem (message on stderr), 2 wrong usage.
)";

int usage_error(const std::string& message) {
    std::cerr << "kioskctl print: " << message << "\n\n" << kHelp;
    return kUsage;
}

int print_on_printer(const print::PrintRequest& request, const std::string& printer, int stuck_after_s) {
    print::PrintSettings settings;
    settings.printer = printer;
    settings.stuck_job_s = stuck_after_s;
    settings.poll_interval = std::chrono::milliseconds(250);
    settings.log = [](const std::string& line) { std::cerr << "kioskctl print: " << line << "\n"; };
    print::PrintService service(std::move(settings));
    if (!service.start(request)) return user_error("print", "could not start printing");
    print::PrintStatus status = service.status();
    while (status.busy) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        status = service.status();
    }
    std::cout << status.message(request.language) << "\n";
    if (status.phase == print::PrintPhase::Done) return kOk;
    return user_error("print", "printing on '" + printer + "' failed: " + status.detail);
}

int run(const Args& args) {
    auto db = args.get("db");
    auto pdf_path = args.get("pdf");
    auto printer = args.get("printer");
    if (!db) return usage_error("--db FILE is required");
    if (pdf_path.has_value() == printer.has_value())
        return usage_error("give exactly one of --pdf FILE and --printer NAME");
    if (args.positional().empty()) return usage_error("give at least one SERVICE_ID");

    KioskConfig config;
    if (auto path = args.get("config")) {
        if (!std::filesystem::exists(*path)) return user_error("print", "config file " + *path + " does not exist");
        ConfigLoad loaded = load_config(*path);
        for (const auto& w : loaded.warnings) std::cerr << "kioskctl print: " << *path << ": " << w << "\n";
        config = std::move(loaded.config);
    }
    Language language = Language::Dutch;
    if (auto lang = args.get("language")) {
        if (*lang == "en") {
            language = Language::English;
        } else if (*lang != "nl") {
            return usage_error("--language must be nl or en, not '" + *lang + "'");
        }
    }
    print::Title title = print::Title::HelpNearby;
    if (auto t = args.get("title")) {
        auto parsed = print::parse_title(*t);
        if (!parsed) return usage_error("--title must be hulp, lijst or casemanager, not '" + *t + "'");
        title = *parsed;
    }
    if (auto paper = args.get("paper")) {
        if (!print::parse_paper(*paper)) return usage_error("--paper must be a4 or roll80, not '" + *paper + "'");
        config.print.paper = *paper;
    }
    int stuck_after_s = config.print.stuck_job_s;
    if (auto s = args.get("stuck-after")) {
        try {
            stuck_after_s = std::stoi(*s);
        } catch (...) {
            stuck_after_s = 0;
        }
        if (stuck_after_s <= 0) return usage_error("--stuck-after must be a number of seconds above 0");
    }

    auto catalogue = Catalogue::open(*db);
    if (!catalogue) return user_error("print", catalogue.error());
    auto request = print::make_print_request(**catalogue, args.positional(), config, language, title);
    if (!request) return user_error("print", request.error());

    if (printer) return print_on_printer(*request, *printer, stuck_after_s);

    auto rendered = print::render_list(*request);
    if (!rendered) return user_error("print", rendered.error());
    if (auto written = print::write_pdf_file(rendered->pdf, *pdf_path); !written)
        return user_error("print", written.error());
    std::cout << "Wrote " << *pdf_path << ": " << request->services.size() << " service(s) on "
              << rendered->pages.size() << " page(s), " << print::paper_name(request->paper) << "\n";
    return kOk;
}

const Registration registration{{
    "print",
    "Print services as the kiosk's large-print list (PDF file or CUPS printer)",
    kHelp,
    {{"db"}, {"pdf"}, {"printer"}, {"paper"}, {"language"}, {"title"}, {"config"}, {"stuck-after"}},
    run,
}};

}  // namespace
}  // namespace ww::cli
