#pragma once
// One entry for every workbook staff may hand in (issue 13, point 2): .xlsx from Excel or
// LibreOffice, .ods from LibreOffice, and a sheet saved as CSV by Excel. The format is recognised
// by the file's content, not its name, so a renamed file still reads, and a web page, a
// password-protected workbook or another kind of document is named in the message.
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

enum class WorkbookFormat { Xlsx, Ods, Csv, Unknown };

// What the file is, from its first bytes and (for a zip) its parts. `why` says what it is
// instead when the answer is Unknown ("is a web page (HTML), not a workbook; ...").
struct WorkbookKind {
    WorkbookFormat format = WorkbookFormat::Unknown;
    std::string why;     // English
    std::string why_nl;  // Dutch B1, with what to do
};
WorkbookKind detect_workbook(const std::filesystem::path& path);

// Every sheet of the workbook, whatever its format. Errors are in English and start with the
// file's path.
Result<std::vector<WorkbookSheet>> read_workbook(const std::filesystem::path& path, const WorkbookLimits& limits = {});
// The same; when the file cannot be read, `why` says so in English and Dutch (B1, for staff).
Result<std::vector<WorkbookSheet>> read_workbook(const std::filesystem::path& path, const WorkbookLimits& limits,
                                                 WorkbookRefusal& why);

}  // namespace ww::sheet
