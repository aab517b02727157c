// kioskctl sheet export: the catalogue as a workbook staff edit in Excel or LibreOffice Calc.
#include <iostream>

#include "cli/command.h"
#include "core/sheet/sheet_export.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp =
    R"(Usage: kioskctl sheet export --db FILE --out FILE.xlsx [--municipality NAME] [--lang nl|en]

Writes the catalogue as a workbook for staff: the sheet "Diensten" has one row per service at a
location, with Dutch column headers, dropdown lists on the columns with fixed choices (Onderwerp,
Gemeente, Voor wie, Kosten, Indicatie nodig) and hidden id columns for an exact round trip; the
sheet "Uitleg" explains every column with an example; the sheet "Zoekwoorden" holds the
catalogue's search synonyms (Woord, Betekent ook), which staff may edit too.

What the workbook cannot carry (taxonomy term texts of the catalogue's own, terms without a
Wegwijzer code, organisations and places without a service, phone numbers that belong only to
them) is named with how many and an example, in Dutch unless --lang en, and written on the sheet
"Niet meegenomen": `kioskctl build --source` of the workbook says it again.

Options:
  --db FILE            the catalogue file (required)
  --out FILE.xlsx      the workbook to write; replaced when it exists (required)
  --municipality NAME  only the rows of one of Drenthe's twelve municipalities, e.g. Emmen
  --lang nl|en         the language of what the workbook does not carry (default nl)

Exit codes: 0 written, 1 the catalogue cannot be read, the municipality is unknown or the file
cannot be written (an existing file is then left as it was), 2 wrong usage.
)";

int run(const Args& args) {
    auto db = args.get("db");
    auto out = args.get("out");
    const auto& words = args.positional();
    std::string problem = words.empty()               ? "say what to do: 'sheet export'"
                          : words.front() != "export" ? "unknown action '" + words.front() + "' (only 'export')"
                          : words.size() > 1          ? "unexpected word '" + words[1] + "'"
                          : !db                       ? "--db FILE is required"
                          : !out                      ? "--out FILE.xlsx is required"
                                                      : "";
    const auto lang = args.get("lang").value_or("nl");
    if (problem.empty() && lang != "nl" && lang != "en") problem = "--lang is nl or en, not '" + lang + "'";
    if (!problem.empty()) {
        std::cerr << "kioskctl sheet: " << problem << "\n\n" << kHelp;
        return kUsage;
    }
    auto summary = sheet::export_sheet(*db, *out, args.get("municipality").value_or(""));
    if (!summary) return user_error("sheet export", summary.error());
    for (const sheet::NotCarried& lost : summary->not_carried)
        std::cerr << (lang == "en" ? "warning: not in the workbook: " + lost.en
                                   : "let op: niet in de lijst: " + lost.nl)
                  << "\n";
    std::cout << "Exported " << summary->services << " services in " << summary->rows << " rows to " << *out << ".\n";
    return kOk;
}

const Registration registration{{"sheet",
                                 "Write the catalogue as a workbook (.xlsx) for staff",
                                 kHelp,
                                 {{"db"}, {"out"}, {"municipality"}, {"lang"}},
                                 run}};

}  // namespace
}  // namespace ww::cli
