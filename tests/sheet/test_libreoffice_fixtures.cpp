// The demo export as saved by a real LibreOffice Calc (tests/sheet/fixtures, made by
// make_fixtures.sh): an .ods, an .xlsx and the Excel-style CSVs in Windows-1252 and UTF-8 with a
// byte order mark each give the same service rows as the original export, without problems.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/sheet/columns.h"
#include "core/sheet/sheet_check.h"
#include "core/sheet/workbook_reader.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(WW_SHEET_FIXTURES);

SheetRead rows_of(const fs::path& file, WorkbookFormat format) {
    INFO(file.string());
    CHECK(detect_workbook(file).format == format);
    auto sheets = read_workbook(file);
    INFO((sheets ? "" : sheets.error()));
    REQUIRE(sheets);
    // A CSV holds one sheet, named after the file: being the only one, it is read as "Diensten".
    if (format == WorkbookFormat::Csv) CHECK(sheets->front().name == file.stem().string());
    return read_service_rows(*sheets);
}

void same_rows(const SheetRead& original, const SheetRead& saved) {
    for (const SheetProblem& p : saved.problems) FAIL_CHECK(p.en);
    REQUIRE(saved.rows.size() == original.rows.size());
    CHECK(saved.row_numbers == original.row_numbers);
    for (std::size_t r = 0; r < original.rows.size(); ++r)
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            INFO("row " << original.row_numbers[r] << ", column " << columns()[c].header);
            CHECK(saved.rows[r].cells[c] == original.rows[r].cells[c]);
        }
}

}  // namespace

TEST_CASE("LibreOffice fixtures: .ods, .xlsx and both CSVs give the export's rows", "[sheet]") {
    SheetRead original = rows_of(kFixtures / "demo-export.xlsx", WorkbookFormat::Xlsx);
    CHECK(original.problems.empty());
    REQUIRE(original.rows.size() >= 10);
    // The fixtures hold what the comparison is about: accents, the euro sign, phone numbers.
    std::size_t phones = 0, accents = 0;
    for (const SheetRow& row : original.rows) {
        phones += !row[kPhone].empty() && row[kPhone][0] == '0';
        for (const std::string& cell : row.cells) accents += cell.find("\xC3") != std::string::npos;
    }
    CHECK(phones >= 5);
    CHECK(accents >= 1);

    SECTION(".ods saved by LibreOffice") {
        same_rows(original, rows_of(kFixtures / "libreoffice.ods", WorkbookFormat::Ods));
    }
    SECTION(".xlsx saved by LibreOffice") {
        same_rows(original, rows_of(kFixtures / "libreoffice.xlsx", WorkbookFormat::Xlsx));
    }
    SECTION("CSV in Windows-1252") { same_rows(original, rows_of(kFixtures / "excel-1252.csv", WorkbookFormat::Csv)); }
    SECTION("CSV in UTF-8 with a byte order mark") {
        same_rows(original, rows_of(kFixtures / "excel-utf8-bom.csv", WorkbookFormat::Csv));
    }
}
