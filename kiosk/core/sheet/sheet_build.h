#pragma once
// Workbooks (one or several, e.g. one per municipality) to validated HSDS tables: each file read
// (read_workbook: .xlsx, .ods or CSV), its sheet "Diensten" checked (sheet_check.h) and its sheet
// "Zoekwoorden" (synonym_sheet.h: united over the files, the built-in list when none has it), the rows of all files merged
// (sheet_import.h) and the result checked like an HSDS folder (validate_hsds). Every problem of
// every file is listed at once, in Dutch or English, with file, sheet, row and column.
//
// build_catalogue() (core/builder.h) calls this for sources that are files, once kioskctl (or a
// test) has called enable_workbook_sources(): core itself does not link the workbook readers.
#include <filesystem>
#include <vector>

#include "core/hsds.h"
#include "core/model.h"
#include "core/sheet/sheet_check.h"

namespace ww::sheet {

HsdsLoad load_workbooks(const std::vector<std::filesystem::path>& files, Language language = Language::Dutch);

// "emmen.xlsx, blad 'Diensten': Rij 14, kolom 'Telefoon': ..." (or in English).
std::string problem_text(const std::string& file, const SheetProblem& problem, Language language);

// Lets build_catalogue() build from workbook files.
void enable_workbook_sources();

}  // namespace ww::sheet
