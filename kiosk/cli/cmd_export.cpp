// kioskctl export: a catalogue file back to an HSDS folder.
#include <iostream>

#include "cli/command.h"
#include "core/builder.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl export --db FILE --out DIR

Writes the catalogue back as an HSDS 3.0 data package: one CSV file per table, synonyms.csv and
datapackage.json (version, dates, demo flag). The files pass HSDS 3.0's own datapackage.json, with
the Wegwijzer profile for what HSDS lacks (English texts, synonyms, category codes; db/profile).
Ids are UUIDs: a UUID stays itself, any other id (svc-0001) becomes the same UUIDv5 in every
export. Edit the files and 'kioskctl build' them again; building an unchanged export and exporting
it again gives the same files.

Options:
  --db FILE    the catalogue file (required)
  --out DIR    the folder to write; created when missing, files in it are replaced (required)

Exit codes: 0 exported, 1 the catalogue cannot be read or the folder cannot be written, 2 wrong usage.
)";

int run(const Args& args) {
    auto db = args.get("db");
    auto out = args.get("out");
    if (!db || !out || !args.positional().empty()) {
        std::cerr << "kioskctl export: "
                  << (!db    ? "--db FILE is required"
                      : !out ? "--out DIR is required"
                             : "unexpected word '" + args.positional().front() + "'")
                  << "\n\n"
                  << kHelp;
        return kUsage;
    }
    if (auto st = export_catalogue(*db, *out); !st) return user_error("export", st.error());
    std::cout << "Exported " << *db << " to " << *out << ".\n";
    return kOk;
}

const Registration registration{{"export", "Write a catalogue back as HSDS CSV files", kHelp, {{"db"}, {"out"}}, run}};

}  // namespace
}  // namespace ww::cli
