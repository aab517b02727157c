#pragma once
// Workbook rows back to HSDS tables (issue 13, point 2): the reverse of sheet_rows.h, a pure
// function over plain data. The workbook is self-contained: its hidden columns carry what the
// visible ones do not (coordinates, every phone, the schedules, ids), so rows exported and read
// back give exactly the tables they came from, and no other catalogue is needed.
//
// - A visible column that maps to one field (Naam, Wat is het, Adres, ...) is that field.
// - A visible column that stands for more than it shows (Telefoon: the first of several phones;
//   Open op: the week of several schedules; Onderwerp: one category among codes; Werkgebied)
//   changes the hidden data only when staff changed it since the export (the hidden fingerprint).
// - Rows without ids (typed by staff) are new: fresh ids made from what they hold ("svc-n3f2a91c0":
//   the same workbook gives the same ids, and never the id of a deleted service); new rows with the
//   same name and organisation are one service at several places. A new
//   place without coordinates gets the centre of its town (core/drenthe_places.h), with a warning.
// - Several rows (in one or several workbooks) with the same hidden service id are one service:
//   they must agree on every service field, or the problem names both rows. The same holds for an
//   organisation's and a location's fields. A row that is in two workbooks with the same content
//   (a service for two municipalities is in both exports) is taken once.
// - The taxonomy terms are Wegwijzer's own (core/taxonomy.h). Each table comes out sorted by id
//   (digits compared as numbers), which is the catalogue's own order for the ids Wegwijzer makes.
#include <string>
#include <vector>

#include "core/hsds.h"
#include "core/sheet/sheet_check.h"

namespace ww::sheet {

// The rows of one workbook's sheet "Diensten", as read_service_rows gave them.
struct WorkbookRows {
    std::string file;  // for messages, e.g. "emmen.xlsx"
    SheetRead read;
};

// A problem with the workbook it is in.
struct WorkbookProblem {
    std::string file;
    SheetProblem problem;
};

struct SheetImport {
    HsdsTables tables;                      // by SQLite table name, for validate_hsds()
    std::vector<WorkbookProblem> problems;  // nothing may be built while there are any
    std::vector<WorkbookProblem> warnings;  // e.g. a place given the centre of its town
};

// Merges the workbooks in the order given. The read problems of each workbook are not repeated.
SheetImport rows_to_hsds(const std::vector<WorkbookRows>& workbooks);

// "svc-2" before "svc-10": digit runs compared as numbers.
bool id_less(const std::string& a, const std::string& b);

}  // namespace ww::sheet
