#pragma once
// Reads every service of an open catalogue, with the ids a spreadsheet round trip needs, into the
// plain structs of sheet_rows.h. The service's own fields come from read_detail (service_reader),
// so the sheet shows what the kiosk shows.
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"
#include "core/sheet/sheet_rows.h"

namespace ww::sheet {

// In the order of the services table; an error value when a query fails.
Result<std::vector<SheetService>> read_sheet_services(const Catalogue& catalogue);

}  // namespace ww::sheet
