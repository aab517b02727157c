#pragma once
// `kioskctl sheet export`: a catalogue file to a staff workbook (.xlsx).
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/sheet/not_carried.h"

namespace ww::sheet {

struct ExportSummary {
    int rows = 0;                         // rows on the sheet "Diensten"
    int services = 0;                     // distinct services among them
    std::vector<NotCarried> not_carried;  // what the workbook does not carry (also on its sheet "Niet meegenomen")
};

// With a municipality (one of Drenthe's twelve, any letter case) only its rows. Errors (the
// catalogue cannot be read, an unknown municipality, the file cannot be written) are values with
// an English message; the file at `out` is then left as it was.
Result<ExportSummary> export_sheet(const std::filesystem::path& db, const std::filesystem::path& out,
                                   const std::string& municipality = {});

// The municipality as the catalogue spells it ("emmen" -> "Emmen"), or an error naming the twelve.
Result<std::string> drenthe_municipality(const std::string& name);

}  // namespace ww::sheet
