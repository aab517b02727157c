#pragma once
// Reads a sheet saved as CSV by Excel or LibreOffice (issue 13, point 2) into the same cells as
// xlsx_reader.h: one sheet, named after the file. What Excel writes is accepted: ';' (Dutch
// Excel), ',' or tab between fields, chosen from the header line or Excel's "sep=;" first line;
// quoted fields with "" and line breaks inside; UTF-8 with or without a byte order mark,
// Windows-1252 when the bytes are not UTF-8, and UTF-16 with a byte order mark ("Unicode text").
// A field that Excel would have read as a number (digits, no leading zero) is a Number cell, so
// a phone number that lost its 0 is found as in a workbook; everything else is Text.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

Result<std::vector<WorkbookSheet>> read_csv_sheet(const std::filesystem::path& path, const WorkbookLimits& limits = {});
Result<std::vector<WorkbookSheet>> read_csv_sheet(const std::filesystem::path& path, const WorkbookLimits& limits,
                                                  WorkbookRefusal& why);

// The same on bytes already read; `why` is filled without a file name.
Result<WorkbookSheet> parse_csv_sheet(std::string_view bytes, const std::string& sheet_name,
                                      const WorkbookLimits& limits, WorkbookRefusal& why);

// The bytes as UTF-8: a UTF-8 or UTF-16 byte order mark decides, else UTF-8 when valid, else
// Windows-1252 (converted with iconv). After a UTF-8 byte order mark the rest is left as it is
// (parse_csv_sheet refuses it when it is not UTF-8).
std::string csv_text_as_utf8(std::string_view bytes);

}  // namespace ww::sheet
