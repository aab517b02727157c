#pragma once
// The catalogue as plain spreadsheet rows: one row per service at a location (a service without a
// location gets one row with the address left empty). A pure function over plain data, so it is
// tested without a file; xlsx_writer.h puts the rows in a workbook.
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/sheet/columns.h"

namespace ww::sheet {

// One place where a service is given, with the ids the round trip needs.
struct SheetLocation {
    std::string service_at_location_id;
    std::string location_id;
    ServiceLocation location;
};

// One service as read from the catalogue (sheet_source.h).
struct SheetService {
    ServiceDetail detail;  // summary.tags holds its taxonomy codes, summary.opening its week
    std::string organization_id;
    std::vector<SheetLocation> locations;
};

struct SheetRow {
    std::vector<std::string> cells;  // kColumnCount cells, in the order of columns()
    const std::string& operator[](Column c) const { return cells[static_cast<std::size_t>(c)]; }
};

// The rows of every service, in the order given. With a municipality only the rows whose place
// lies in it (or, for a service without a location, whose service area includes it).
std::vector<SheetRow> sheet_rows(const std::vector<SheetService>& services, std::string_view municipality = {});

}  // namespace ww::sheet
