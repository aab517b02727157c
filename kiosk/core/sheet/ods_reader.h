#pragma once
// Reads the cells of an .ods workbook saved by LibreOffice Calc (issue 13, point 2), into the same
// cells as xlsx_reader.h. libzip opens the zip and expat parses content.xml; this file only maps
// <table:table-cell> elements to cells. LibreOffice writes the empty rest of a sheet as one row
// repeated about a million times: empty repeats only move the row counter, and repeated filled
// rows and cells count against the limits.
#include <filesystem>
#include <vector>

#include "core/result.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

// Every sheet, in the workbook's order. Dates become "2026-10-27"; numbers, percentages and
// amounts their stored value ("0.25", "12.5"); booleans "1"/"0"; spanned cells merged ranges.
Result<std::vector<WorkbookSheet>> read_ods(const std::filesystem::path& path, const WorkbookLimits& limits = {});
Result<std::vector<WorkbookSheet>> read_ods(const std::filesystem::path& path, const WorkbookLimits& limits,
                                            WorkbookRefusal& why);

// 0 -> "A", 27 -> "AB".
std::string column_letters(std::size_t column);

}  // namespace ww::sheet
