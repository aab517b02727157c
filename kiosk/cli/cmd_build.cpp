// kioskctl build: validate an HSDS folder or staff workbooks and write a catalogue file.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/build_sources.h"
#include "cli/command.h"
#include "core/builder.h"
#include "core/hsds.h"

namespace ww::cli {
namespace {

constexpr std::string_view kUsageText = R"(Usage: kioskctl build --source DIR --out FILE [OPTIONS]
       kioskctl build --source WORKBOOK [--source WORKBOOK ...] --out FILE [OPTIONS]

Checks an HSDS 3.0 data package (a folder of CSV files: organizations.csv, services.csv,
locations.csv, addresses.csv, service_at_location.csv, phones.csv, schedules.csv,
service_areas.csv, taxonomy_terms.csv, attributes.csv, optional synonyms.csv and
datapackage.json) and turns it into a catalogue file for the kiosk.

Instead of a folder, give one or more staff workbooks (from `kioskctl sheet export`, edited in
Excel or LibreOffice Calc; e.g. one per municipality): their rows are merged into one catalogue.
A service that is in two workbooks with the same data is taken once; with different data it is a
problem that names both rows. The workbooks' sheets "Zoekwoorden" (search synonyms) are united;
when none has that sheet, the built-in synonyms are used.

Every problem is listed at once, with file, line and field (for a workbook: sheet, row and
column, in Dutch unless --lang en). The catalogue file is written only when everything is right;
an existing file at FILE stays as it was when something is wrong.

Options:
  --source DIR|FILE     the folder with the CSV files, or a workbook; repeat it (or list more
                        workbooks after the options) to merge several workbooks (required)
  --out FILE            the catalogue file to write, e.g. catalogue.sqlite (required)
  --lang nl|en          the language of the messages about workbooks (default nl)
  --version N           catalogue version (default: datapackage.json "version", else 1)
  --created YYYY-MM-DD  creation date (default: datapackage.json "created", else today)
  --expires YYYY-MM-DD  date after which the kiosk warns that the catalogue is old
  --demo                mark the catalogue as demo data ("Voorbeeldgegevens")
)";

constexpr std::string_view kMoreHelp = R"(
An address whose region names no municipality of Drenthe gets one from its postal_code
(db/postcodes_drenthe.csv), else from its location's coordinates (the nearest place), else from
its city. A service area that names the whole province ("Drenthe", "provincie Drenthe", "heel
Drenthe") becomes one area per municipality. What the build mapped or found is listed as notes
on stderr (in Dutch for workbooks unless --lang en).

Exit codes: 0 built, 1 the source has errors (listed on stderr), 2 wrong usage.
)";

const std::string kHelp = std::string(kUsageText) + std::string(kImportOptionsHelp) + std::string(kMoreHelp);

int run(const Args& args) {
    std::vector<std::string> sources = args.all("source");
    auto out = args.get("out");
    // More workbooks may follow the options: kioskctl build --out x.sqlite --source a.xlsx b.xlsx
    for (const std::string& word : args.positional()) sources.push_back(word);
    if (sources.empty() || !out) {
        std::cerr << "kioskctl build: " << (sources.empty() ? "--source DIR is required" : "--out FILE is required")
                  << "\n\n"
                  << kHelp;
        return kUsage;
    }
    BuildOptions options;
    if (auto problem = set_sources(sources, options); !problem.empty()) {
        std::cerr << "kioskctl build: " << problem << "\n\n" << kHelp;
        return kUsage;
    }
    options.out = *out;
    set_import_options(args, options);
    if (auto version = args.get("version")) {
        try {
            size_t used = 0;
            long long n = std::stoll(*version, &used);
            if (used != version->size() || n < 1) throw std::invalid_argument("not positive");
            options.version = n;
        } catch (const std::exception&) {
            return user_error("build", "--version '" + *version + "' is not a whole number of 1 or more");
        }
    }
    if (auto created = args.get("created")) options.created = *created;
    if (auto expires = args.get("expires")) options.expires = *expires;
    if (args.has("demo")) options.demo = true;
    if (auto lang = args.get("lang")) {
        if (*lang != "nl" && *lang != "en") {
            std::cerr << "kioskctl build: --lang is nl or en, not '" << *lang << "'\n\n" << kHelp;
            return kUsage;
        }
        options.language = *lang == "en" ? Language::English : Language::Dutch;
    }

    BuildReport report = build_catalogue(options);
    // Staff who hand in workbooks read Dutch unless they ask for English.
    const bool dutch = message_language(options) == Language::Dutch;
    print_notes(report, std::cerr, message_language(options));
    for (const auto& warning : report.warnings) std::cerr << (dutch ? "let op: " : "warning: ") << warning << "\n";
    if (!report.ok()) {
        for (const auto& error : report.errors) std::cerr << error << "\n";
        // A capped list ends with "... and N more errors".
        long total = static_cast<long>(report.errors.size());
        if (const auto& last = report.errors.back(); last.rfind("... and ", 0) == 0)
            total += std::strtol(last.c_str() + 8, nullptr, 10) - 1;
        if (dutch)
            std::cerr << "kioskctl build: " << total << (total == 1 ? " probleem" : " problemen")
                      << "; de catalogus is niet gemaakt. Los de problemen hierboven op en probeer het opnieuw.\n";
        else
            std::cerr << "kioskctl build: " << total << (total == 1 ? " problem" : " problems")
                      << "; the catalogue was not written. Fix the problems above and build again.\n";
        return kUserError;
    }
    std::string from;
    for (const std::string& source : sources) from += (from.empty() ? "" : ", ") + source;
    std::cout << "Built " << *out << ": " << report.services << " services from " << from << ".\n";
    return kOk;
}

const Registration registration{{"build",
                                 "Check an HSDS folder or workbooks and write a catalogue file",
                                 kHelp,
                                 {{"source"},
                                  {"out"},
                                  {"version"},
                                  {"created"},
                                  {"expires"},
                                  {"demo", false},
                                  {"lang"},
                                  kTaxonomyMapOption,
                                  kSkipOutsideOption},
                                 run}};

}  // namespace
}  // namespace ww::cli
