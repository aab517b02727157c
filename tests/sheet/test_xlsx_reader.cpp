// Reading workbooks back (the first layer of the import side): the export read cell by cell,
// and files that are not what they say.
#include <catch2/catch.hpp>

#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>

#include "core/catalogue.h"
#include "core/sheet/columns.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/xlsx_reader.h"
#include "core/sheet/xlsx_writer.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::path(WEGWIJZER_BINARY_DIR) / "test-output" / "sheet" / "reader";
    fs::create_directories(dir);
    return dir / name;
}

std::vector<SheetRow> demo_rows() {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    auto services = read_sheet_services(**catalogue);
    REQUIRE(services);
    return sheet_rows(*services);
}

// A zip with the given parts, written with libzip.
void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts) {
    fs::remove(path);
    int code = 0;
    zip_t* z = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z);
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
        REQUIRE(src);
        REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
}

std::string text_of(const WorkbookSheet& s, std::size_t row, std::size_t col) {
    if (row >= s.rows.size() || col >= s.rows[row].size()) return {};
    return s.rows[row][col].text;
}

}  // namespace

TEST_CASE("xlsx reader: the export reads back cell by cell", "[sheet]") {
    auto rows = demo_rows();
    fs::path file = scratch("roundtrip.xlsx");
    REQUIRE(write_workbook(file, rows));
    auto sheets = read_xlsx(file);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 2);
    const WorkbookSheet& services = (*sheets)[0];
    CHECK(services.name == kServicesSheet);
    CHECK((*sheets)[1].name == kExplanationSheet);
    CHECK(!services.hidden);
    REQUIRE(services.rows.size() == rows.size() + 1);
    for (std::size_t c = 0; c < columns().size(); ++c) CHECK(text_of(services, 0, c) == columns()[c].header);
    std::size_t phones = 0;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < columns().size(); ++c) {
            CHECK(text_of(services, r + 1, c) == rows[r].cells[c]);
            if (c == kPhone && !rows[r].cells[c].empty()) {
                ++phones;
                CHECK(services.rows[r + 1][c].kind == WorkbookCell::Kind::Text);
            }
        }
    CHECK(phones > 0);
}

TEST_CASE("xlsx reader: formulas, numbers, hidden sheets and merged cells are seen", "[sheet]") {
    fs::path file = scratch("made.xlsx");
    lxw_workbook* wb = workbook_new(file.string().c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Diensten");
    lxw_worksheet* other = workbook_add_worksheet(wb, "Geheim");
    worksheet_write_number(ws, 1, 10, 591123456, nullptr);
    worksheet_write_formula_num(ws, 2, 0, "=1+1", nullptr, 2);
    worksheet_merge_range(ws, 3, 0, 3, 2, "samen", nullptr);
    worksheet_hide(other);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    auto sheets = read_xlsx(file);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 2);
    const WorkbookSheet& s = (*sheets)[0];
    REQUIRE(s.rows.size() >= 4);
    CHECK(s.rows[1][10].kind == WorkbookCell::Kind::Number);
    CHECK(s.rows[1][10].text == "591123456");
    CHECK(s.rows[2][0].formula);
    CHECK(s.merged == std::vector<std::string>{"A4:C4"});
    CHECK(!s.hidden);
    CHECK((*sheets)[1].hidden);
}

TEST_CASE("xlsx reader: files that are not workbooks get a message", "[sheet]") {
    fs::path html = scratch("page.xlsx");
    std::ofstream(html) << "<!DOCTYPE html><html><body><table><tr><td>Naam</td></tr></table></body></html>";
    auto r = read_xlsx(html);
    REQUIRE(!r);
    CHECK(r.error().find("web page") != std::string::npos);

    fs::path ole = scratch("protected.xlsx");
    std::ofstream(ole, std::ios::binary) << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                         << std::string(600, '\0');
    r = read_xlsx(ole);
    REQUIRE(!r);
    CHECK(r.error().find("password") != std::string::npos);

    fs::path text = scratch("notes.xlsx");
    std::ofstream(text) << "Naam;Telefoon\nAlzheimer Café;0591 123 456\n";
    r = read_xlsx(text);
    REQUIRE(!r);
    CHECK(r.error().find("not a zip") != std::string::npos);

    r = read_xlsx(scratch("missing.xlsx"));
    REQUIRE(!r);
    CHECK(r.error().find("cannot open") != std::string::npos);
}

TEST_CASE("xlsx reader: entity expansion, parts that unpack too large and too many rows are refused", "[sheet]") {
    const std::string rels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    const std::string laughs =
        R"(<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">)"
        R"(<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><workbook xmlns:r="r"><sheets>)"
        R"(<sheet name="&c;" r:id="rId1"/></sheets></workbook>)";
    fs::path bomb = scratch("laughs.xlsx");
    write_zip(bomb, {{"xl/_rels/workbook.xml.rels", rels},
                     {"xl/workbook.xml", laughs},
                     {"xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>"}});
    auto r = read_xlsx(bomb);
    REQUIRE(!r);
    CHECK(r.error().find("entities") != std::string::npos);

    // A part that unpacks beyond the limit: 4 MB of spaces compress to a few kB.
    const std::string workbook =
        R"(<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Diensten" r:id="rId1"/></sheets></workbook>)";
    fs::path big = scratch("big.xlsx");
    write_zip(big, {{"xl/_rels/workbook.xml.rels", rels},
                    {"xl/workbook.xml", workbook},
                    {"xl/worksheets/sheet1.xml",
                     "<worksheet><sheetData>" + std::string(4u << 20, ' ') + "</sheetData></worksheet>"}});
    WorkbookLimits small;
    small.max_part_bytes = 1u << 20;
    r = read_xlsx(big, small);
    REQUIRE(!r);
    CHECK(r.error().find("unpacks to more than 1 MB") != std::string::npos);
    CHECK(read_xlsx(big));  // the same file within the normal limit

    fs::path file = scratch("rows.xlsx");
    REQUIRE(write_workbook(file, demo_rows()));
    WorkbookLimits few;
    few.max_rows = 5;
    r = read_xlsx(file, few);
    REQUIRE(!r);
    CHECK(r.error().find("more than 5 rows") != std::string::npos);
}
