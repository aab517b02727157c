// kioskctl build: validate an HSDS folder and write a catalogue file.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "core/builder.h"
#include "core/hsds.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl build --source DIR --out FILE [OPTIONS]

Checks an HSDS 3.0 data package (a folder of CSV files: organizations.csv, services.csv,
locations.csv, addresses.csv, service_at_location.csv, phones.csv, schedules.csv,
service_areas.csv, taxonomy_terms.csv, attributes.csv, optional synonyms.csv and
datapackage.json) and turns it into a catalogue file for the kiosk.

Every problem is listed at once, with file, line and field. The catalogue file is written only
when everything is right; an existing file at FILE stays as it was when something is wrong.

Options:
  --source DIR          the folder with the CSV files (required)
  --out FILE            the catalogue file to write, e.g. catalogue.sqlite (required)
  --version N           catalogue version (default: datapackage.json "version", else 1)
  --created YYYY-MM-DD  creation date (default: datapackage.json "created", else today)
  --expires YYYY-MM-DD  date after which the kiosk warns that the catalogue is old
  --demo                mark the catalogue as demo data ("Voorbeeldgegevens")

Exit codes: 0 built, 1 the source has errors (listed on stderr), 2 wrong usage.
)";

int run(const Args& args) {
    auto source = args.get("source");
    auto out = args.get("out");
    if (!source || !out || !args.positional().empty()) {
        std::cerr << "kioskctl build: " << (!source ? "--source DIR is required"
                                            : !out  ? "--out FILE is required"
                                                    : "unexpected word '" + args.positional().front() + "'")
                  << "\n\n" << kHelp;
        return kUsage;
    }
    BuildOptions options;
    options.source = *source;
    options.out = *out;
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

    BuildReport report = build_catalogue(options);
    for (const auto& warning : report.warnings) std::cerr << "warning: " << warning << "\n";
    if (!report.ok()) {
        for (const auto& error : report.errors) std::cerr << error << "\n";
        // A capped list ends with "... and N more errors".
        long total = static_cast<long>(report.errors.size());
        if (const auto& last = report.errors.back(); last.rfind("... and ", 0) == 0)
            total += std::strtol(last.c_str() + 8, nullptr, 10) - 1;
        std::cerr << "kioskctl build: " << total << (total == 1 ? " problem" : " problems")
                  << "; the catalogue was not written. Fix the problems above and build again.\n";
        return kUserError;
    }
    std::cout << "Built " << *out << ": " << report.services << " services from " << *source << ".\n";
    return kOk;
}

const Registration registration{{"build", "Check an HSDS folder and write a catalogue file", kHelp,
                                 {{"source"}, {"out"}, {"version"}, {"created"}, {"expires"}, {"demo", false}},
                                 run}};

}  // namespace
}  // namespace ww::cli
