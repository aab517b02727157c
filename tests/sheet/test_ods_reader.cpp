// The .ods reader: the cells LibreOffice Calc writes, its million repeated empty rows, and the
// files and sizes it refuses.
#include <catch2/catch.hpp>

#include "core/sheet/ods_reader.h"
#include "core/sheet/workbook_reader.h"
#include "sheet_test_files.h"

using namespace ww;
using namespace ww::sheet;
using namespace ww::sheet::test;

namespace {

std::filesystem::path scratch(const std::string& name) { return scratch_file("ods", name); }

const WorkbookCell& cell(const WorkbookSheet& s, std::size_t row, std::size_t col) {
    static const WorkbookCell empty;
    if (row >= s.rows.size() || col >= s.rows[row].size()) return empty;
    return s.rows[row][col];
}

const std::string kEmptyTail =  // how LibreOffice ends every sheet
    R"(<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)";

}  // namespace

TEST_CASE("ods reader: text, numbers, dates, booleans, formulas and the empty rest of the sheet", "[sheet]") {
    const std::string table =
        R"(<table:table table:name="Diensten" table:style-name="ta1">)"
        R"(<table:table-column table:number-columns-repeated="1024"/>)"
        R"(<table:table-row><table:table-cell office:value-type="string"><text:p>Naam</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="string"><text:p>Telefoon</text:p></table:table-cell>)"
        R"(<table:table-cell table:number-columns-repeated="1020"/></table:table-row>)"
        R"(<table:table-row><table:table-cell office:value-type="string"><text:p>Alzheimer<text:s text:c="2"/>Café <text:span text:style-name="T1">Emmen</text:span></text:p>)"
        R"(<office:annotation><text:p>not the cell's text</text:p></office:annotation></table:table-cell>)"
        R"(<table:table-cell office:value-type="float" office:value="591123456" calcext:value-type="float"><text:p>591123456</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5"><text:p>€ 12,50</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="date" office:date-value="2026-10-27T00:00:00"><text:p>27-10-26</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAAR</text:p></table:table-cell>)"
        R"(<table:table-cell table:formula="of:=[.B2]*2" office:value-type="float" office:value="1182246912"><text:p>1182246912</text:p></table:table-cell>)"
        R"(<table:table-cell office:value-type="string"><text:p>regel 1</text:p><text:p>regel<text:line-break/>2<text:tab/>x</text:p></table:table-cell>)"
        R"(</table:table-row>)"
        R"(<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)"
        R"(<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2"/>)"
        R"(<table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>ja</text:p></table:table-cell></table:table-row>)" +
        kEmptyTail + "</table:table>";
    const std::string hidden =
        R"(<table:table table:name="Oud" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)";
    const std::string styles =
        R"(<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>)"
        R"(<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>)";
    auto file = scratch("cells.ods");
    write_ods(file, ods_content(table + hidden, styles));

    auto sheets = read_ods(file);
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 2);
    const WorkbookSheet& s = (*sheets)[0];
    CHECK(s.name == "Diensten");
    CHECK(!s.hidden);
    CHECK((*sheets)[1].name == "Oud");
    CHECK((*sheets)[1].hidden);
    // Rows 4-5 are empty, 6-8 repeat "ja" in C and D, and the million empty rows are not there.
    REQUIRE(s.rows.size() == 7);
    CHECK(cell(s, 0, 1).text == "Telefoon");
    CHECK(s.rows[0].size() == 2);
    CHECK(cell(s, 1, 0).text == "Alzheimer  Café Emmen");
    CHECK(cell(s, 1, 0).kind == WorkbookCell::Kind::Text);
    CHECK(cell(s, 1, 1).kind == WorkbookCell::Kind::Number);
    CHECK(cell(s, 1, 1).text == "591123456");
    CHECK(cell(s, 1, 2).text == "0.25");
    CHECK(cell(s, 1, 3).text == "12.5");
    CHECK(cell(s, 1, 4).text == "2026-10-27");
    CHECK(cell(s, 1, 4).kind == WorkbookCell::Kind::Text);
    CHECK(cell(s, 1, 5).kind == WorkbookCell::Kind::Boolean);
    CHECK(cell(s, 1, 5).text == "1");
    CHECK(cell(s, 1, 6).formula);
    CHECK(!cell(s, 1, 1).formula);
    CHECK(cell(s, 1, 7).text == "regel 1\nregel\n2\tx");
    CHECK(s.rows[2].empty());
    CHECK(s.rows[3].empty());
    for (std::size_t r = 4; r < 7; ++r) {
        CHECK(cell(s, r, 1).kind == WorkbookCell::Kind::Empty);
        CHECK(cell(s, r, 2).text == "ja");
        CHECK(cell(s, r, 3).text == "ja");
        CHECK(s.rows[r].size() == 4);
    }

    // The dispatcher finds it by its content, whatever the name.
    auto renamed = scratch("cells.xlsx");
    std::filesystem::copy_file(file, renamed, std::filesystem::copy_options::overwrite_existing);
    auto via = read_workbook(renamed);
    REQUIRE(via);
    CHECK(via->size() == 2);
}

TEST_CASE("ods reader: spanned cells are merged ranges", "[sheet]") {
    const std::string table =
        R"(<table:table table:name="Diensten"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell>)"
        R"(<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2" office:value-type="string"><text:p>samen</text:p></table:table-cell>)"
        R"(<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>na</text:p></table:table-cell></table:table-row>)"
        R"(<table:table-row><table:table-cell/><table:covered-table-cell table:number-columns-repeated="3"/></table:table-row></table:table>)";
    auto file = scratch("merged.ods");
    write_ods(file, ods_content(table));
    auto sheets = read_ods(file);
    REQUIRE(sheets);
    const WorkbookSheet& s = (*sheets)[0];
    CHECK(s.merged == std::vector<std::string>{"B1:D2"});
    CHECK(cell(s, 0, 1).text == "samen");
    CHECK(cell(s, 0, 4).text == "na");
}

TEST_CASE("ods reader: passwords, repeated content beyond the limits, entities and bombs are refused", "[sheet]") {
    const std::string one_row =
        R"(<table:table table:name="Diensten"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)";
    WorkbookRefusal why;
    auto locked = scratch("locked.ods");
    write_ods(
        locked, ods_content(one_row),
        R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>)");
    auto r = read_workbook(locked, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == locked.string() + " is protected with a password; save it in LibreOffice without a password");
    CHECK(why.nl ==
          "locked.ods: Het bestand is beveiligd met een wachtwoord. Sla het in LibreOffice op zonder wachtwoord.");

    // One filled row repeated a million times, in a few hundred bytes.
    auto rows = scratch("million.ods");
    write_ods(
        rows,
        ods_content(
            R"(<table:table table:name="Diensten"><table:table-row table:number-rows-repeated="1000000">)"
            R"(<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)"));
    r = read_workbook(rows, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == rows.string() + ": sheet 'Diensten': content.xml has more than 100000 rows");
    CHECK(why.nl ==
          "million.ods: Het blad 'Diensten' heeft meer dan 100000 rijen. Haal de rijen onder de laatste dienst weg, "
          "of verdeel de diensten over meer bestanden.");

    auto wide = scratch("wide.ods");
    write_ods(
        wide,
        ods_content(
            R"(<table:table table:name="Diensten"><table:table-row>)"
            R"(<table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)"));
    r = read_ods(wide);
    REQUIRE(!r);
    CHECK(r.error().find("more than 200 columns") != std::string::npos);

    // 150 filled columns repeated over 90,000 rows: within the row and column limits, not the cells.
    auto cells = scratch("cells.ods");
    write_ods(
        cells,
        ods_content(
            R"(<table:table table:name="Diensten"><table:table-row table:number-rows-repeated="90000">)"
            R"(<table:table-cell office:value-type="string" table:number-columns-repeated="150"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)"));
    r = read_ods(cells);
    REQUIRE(!r);
    CHECK(r.error().find("more than 2000000 filled cells") != std::string::npos);

    auto laughs = scratch("laughs.ods");
    write_ods(laughs,
              R"(<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>)"
              R"(<d><b>&b;</b></d>)");
    r = read_workbook(laughs, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == laughs.string() + ": content.xml declares XML entities, which a workbook never does");
    CHECK(why.nl.find("laughs.ods: Het bestand bevat XML-entiteiten") == 0);

    auto bomb = scratch("bomb.ods");
    write_ods(bomb, ods_content(one_row + std::string(2u << 20, ' ')));
    WorkbookLimits small;
    small.max_part_bytes = 1u << 20;
    r = read_workbook(bomb, small, why);
    REQUIRE(!r);
    CHECK(r.error() == bomb.string() + ": content.xml unpacks to more than 1 MB; this is not a normal workbook");
    CHECK(read_workbook(bomb));
}
