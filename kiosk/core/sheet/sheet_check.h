#pragma once
// The sheet "Diensten" read back into rows, with every problem a careful editor should fix, each
// by sheet, row number and column header, in Dutch (B1) and English (issue 13, point 2). A pure
// function over the cells xlsx_reader.h gives; turning the rows into HSDS tables is the next
// step (the reverse of sheet_rows.h).
#include <cstddef>
#include <string>
#include <vector>

#include "core/sheet/sheet_rows.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet {

struct SheetProblem {
    std::string sheet;
    std::size_t row = 0;  // 1-based as the spreadsheet shows it; 0 for the whole sheet
    std::string column;   // the column header, empty for a whole row or sheet
    std::string nl;       // what is wrong and what to do, Dutch B1 ("Rij 14, kolom 'Telefoon': ...")
    std::string en;       // the same in English
};

struct SheetRead {
    std::vector<SheetRow> rows;            // kColumnCount cells each, in the order of columns()
    std::vector<std::size_t> row_numbers;  // the spreadsheet row of each
    std::vector<SheetProblem> problems;    // all at once, in sheet order
};

// The rows of the sheet "Diensten" among `sheets` (or of the only sheet, as in a CSV); every
// problem is reported, none stops the read.
SheetRead read_service_rows(const std::vector<WorkbookSheet>& sheets);

// The rows of one sheet laid out like "Diensten".
SheetRead read_service_rows(const WorkbookSheet& sheet);

// "2025-12-09" for Excel's day number 46000 (the 1900 date system); empty when out of range.
std::string excel_serial_date(double serial);

}  // namespace ww::sheet
