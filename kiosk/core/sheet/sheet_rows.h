#pragma once
// The catalogue as plain spreadsheet rows: one row per service at a location (a service without a
// location gets one row with the address left empty). A pure function over plain data, so it is
// tested without a file; xlsx_writer.h puts the rows in a workbook.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/sheet/columns.h"

namespace ww::sheet {

// The hidden cells that carry what the visible columns do not (coordinates, every phone with its
// description, the schedules as the catalogue has them, ...), so that a workbook alone builds the
// same catalogue again (sheet_import.h). JSON lists in the cells named "..._telefoons",
// "..._tijden", "werkgebied_ids" and "kenmerken".
using HiddenCells = std::vector<std::pair<Column, std::string>>;

// One place where a service is given, with the ids the round trip needs.
struct SheetLocation {
    std::string service_at_location_id;
    std::string location_id;
    ServiceLocation location;
    HiddenCells hidden;  // the location's and this service-at-location's hidden cells
};

// One service as read from the catalogue (sheet_source.h).
struct SheetService {
    ServiceDetail detail;  // summary.tags holds its taxonomy codes, summary.opening its week
    std::string organization_id;
    std::vector<SheetLocation> locations;
    HiddenCells hidden;  // the service's and its organisation's hidden cells
};

struct SheetRow {
    std::vector<std::string> cells;  // kColumnCount cells, in the order of columns()
    const std::string& operator[](Column c) const { return cells[static_cast<std::size_t>(c)]; }
};

// The visible columns whose words stand for more than they show (the first phone of several, the
// week of several schedules, a category among codes, ...). The hidden column "controle" holds a
// short fingerprint of each as exported, so the import sees which of them staff changed and keeps
// the catalogue's own data for the others.
std::span<const Column> fingerprinted_columns();
std::string fingerprint(const SheetRow& row);
// True when the row's cell still holds what the export wrote (the row's fingerprint says so).
bool unchanged_since_export(const SheetRow& row, Column column);

// The rows of every service, in the order given. With a municipality only the rows whose place
// lies in it (or, for a service without a location, whose service area includes it).
std::vector<SheetRow> sheet_rows(const std::vector<SheetService>& services, std::string_view municipality = {});

}  // namespace ww::sheet
