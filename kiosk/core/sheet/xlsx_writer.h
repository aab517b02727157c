#pragma once
// Writes sheet rows to an .xlsx workbook with libxlsxwriter: the sheet "Diensten" (frozen header,
// column widths, text columns, dropdowns on the fixed-choice columns, hidden id columns) and the
// sheet "Uitleg" that explains every column with an example. A thin layer: what goes in the cells
// is decided by sheet_rows.h.
#include <filesystem>
#include <vector>

#include "core/result.h"
#include "core/sheet/sheet_rows.h"

namespace ww::sheet {

inline constexpr const char* kServicesSheet = "Diensten";
inline constexpr const char* kExplanationSheet = "Uitleg";

// Writes `path` (replaced when it exists). An error value when the file cannot be written.
Status write_workbook(const std::filesystem::path& path, const std::vector<SheetRow>& rows);

}  // namespace ww::sheet
