#pragma once
// Reads the cells of an .xlsx workbook (issue 13, point 2: the first layer of the import side).
// libzip opens the zip and expat parses the XML (expat 2.5 refuses entity expansion attacks);
// this file only maps <c> elements to cells. Limits guard against zip bombs and giant sheets.
// What the cells mean is decided elsewhere (the reverse of sheet_rows.h, still to write).
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace ww::sheet {

struct WorkbookCell {
    enum class Kind { Empty, Text, Number, Boolean, Error };
    Kind kind = Kind::Empty;
    std::string text;      // the string, or the number as stored ("591123456")
    bool formula = false;  // the cell holds a formula (text is its last cached result)
};

struct WorkbookSheet {
    std::string name;
    bool hidden = false;
    std::vector<std::vector<WorkbookCell>> rows;  // rows[0] is row 1; short rows are not padded
    std::vector<std::string> merged;              // merged ranges, e.g. "A2:C2"
};

struct WorkbookLimits {
    std::size_t max_part_bytes = 64u << 20;  // one XML part, uncompressed
    std::size_t max_rows = 100000;
    std::size_t max_columns = 200;
    std::size_t max_cells = 2000000;  // filled cells per sheet (an .ods repeats cells cheaply)
};

// Why a workbook could not be read: in English (the Error's message, for logs and --lang en) and
// in Dutch B1 for staff, with what to do. Both start with the file.
struct WorkbookRefusal {
    std::string en;
    std::string nl;
};

// Every sheet, in the workbook's order. Error values say in English what the file is instead
// (not a zip, an HTML page, a password-protected workbook) or which limit it crossed.
Result<std::vector<WorkbookSheet>> read_xlsx(const std::filesystem::path& path, const WorkbookLimits& limits = {});
Result<std::vector<WorkbookSheet>> read_xlsx(const std::filesystem::path& path, const WorkbookLimits& limits,
                                             WorkbookRefusal& why);

// "B3" -> column 1 (0-based), row 3 (1-based); false when it is not a cell reference.
bool parse_cell_ref(const std::string& ref, std::size_t& column, std::size_t& row);

}  // namespace ww::sheet
