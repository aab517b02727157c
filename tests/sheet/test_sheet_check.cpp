// The sheet "Diensten" read back into rows, with every problem by row and column, in Dutch and
// English: on the export itself (no problems) and on sheets with the mistakes people make.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/catalogue.h"
#include "core/sheet/columns.h"
#include "core/sheet/sheet_check.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/xlsx_reader.h"
#include "core/sheet/xlsx_writer.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

WorkbookCell text(std::string s) { return {WorkbookCell::Kind::Text, std::move(s), false}; }
WorkbookCell number(std::string s) { return {WorkbookCell::Kind::Number, std::move(s), false}; }

// A sheet laid out like the export: the header row, then one row with the given cells set.
WorkbookSheet sheet_with(const std::vector<std::pair<Column, WorkbookCell>>& cells, std::size_t rows = 1) {
    WorkbookSheet s;
    s.name = kServicesSheet;
    s.rows.emplace_back();
    for (const ColumnInfo& c : columns()) s.rows[0].push_back(text(std::string(c.header)));
    for (std::size_t r = 0; r < rows; ++r) {
        std::vector<WorkbookCell> row(kColumnCount);
        row[kName] = text("Alzheimer Café " + std::to_string(r + 1));
        for (const auto& [c, cell] : cells) row[c] = cell;
        s.rows.push_back(row);
    }
    return s;
}

bool has_problem(const SheetRead& read, std::size_t row, const std::string& column, const std::string& nl_part) {
    for (const SheetProblem& p : read.problems)
        if (p.row == row && p.column == column && p.nl.find(nl_part) != std::string::npos && !p.en.empty()) return true;
    return false;
}

}  // namespace

TEST_CASE("sheet check: the export reads back as the same rows, without problems", "[sheet]") {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    auto services = read_sheet_services(**catalogue);
    REQUIRE(services);
    auto rows = sheet_rows(*services);
    fs::path file = fs::path(WEGWIJZER_BINARY_DIR) / "test-output" / "sheet" / "check-roundtrip.xlsx";
    fs::create_directories(file.parent_path());
    REQUIRE(write_workbook(file, rows));
    auto sheets = read_xlsx(file);
    REQUIRE(sheets);
    SheetRead read = read_service_rows(*sheets);
    for (const SheetProblem& p : read.problems) INFO(p.nl);
    CHECK(read.problems.empty());
    REQUIRE(read.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) CHECK(read.rows[i].cells == rows[i].cells);
    CHECK(read.row_numbers.front() == 2);
}

TEST_CASE("sheet check: a phone number that lost its 0, as the issue words it", "[sheet]") {
    SheetRead read = read_service_rows(sheet_with({{kPhone, number("591123456")}}));
    CHECK(has_problem(read, 2, "Telefoon",
                      "Rij 2, kolom 'Telefoon': 591 123 456 lijkt een nummer zonder de 0 aan het begin. "
                      "Zet de kolom op 'Tekst' en typ 0591 123 456."));
    REQUIRE(read.rows.size() == 1);
    CHECK(read.rows[0][kPhone] == "0591123456");
}

TEST_CASE("sheet check: dates as day numbers and as Dutch text", "[sheet]") {
    CHECK(excel_serial_date(46000) == "2025-12-09");
    CHECK(excel_serial_date(1) == "1900-01-01");
    CHECK(excel_serial_date(61) == "1900-03-01");
    CHECK(excel_serial_date(-3).empty());
    SheetRead serial = read_service_rows(sheet_with({{kLastChecked, number("46000")}}));
    CHECK(has_problem(serial, 2, "Laatst gecontroleerd", "46000 is een datum als getal"));
    CHECK(has_problem(serial, 2, "Laatst gecontroleerd", "2025-12-09"));
    SheetRead typed = read_service_rows(sheet_with({{kLastChecked, text("27-10-2026")}}));
    CHECK(has_problem(typed, 2, "Laatst gecontroleerd", "jaar-maand-dag, bijvoorbeeld 2026-10-27"));
    CHECK(read_service_rows(sheet_with({{kLastChecked, text("2026-10-27")}})).problems.empty());
}

TEST_CASE("sheet check: formulas, errors, choices outside the list, a missing name", "[sheet]") {
    WorkbookCell formula = text("Emmen");
    formula.formula = true;
    SheetRead read = read_service_rows(sheet_with(
        {{kMunicipality, formula}, {kTopic, text("Koffie")}, {kWebsite, {WorkbookCell::Kind::Error, "#N/A", false}}}));
    CHECK(has_problem(read, 2, "Gemeente", "formule"));
    CHECK(has_problem(read, 2, "Onderwerp", "'Koffie' staat niet in de lijst. Kies een van: Hulp bij dementie"));
    CHECK(has_problem(read, 2, "Website", "#N/A"));
    SheetRead hours = read_service_rows(sheet_with({{kOpenOn, text("maandag tot vrijdag")}}));
    CHECK(has_problem(hours, 2, "Open op", "'maandag tot vrijdag' kunnen we niet lezen. Schrijf dagen en tijden zo"));
    CHECK(read_service_rows(sheet_with({{kOpenOn, text("ma t/m vr 9:00-17:00")}})).problems.empty());
    SheetRead nameless = read_service_rows(sheet_with({{kName, text("  ")}, {kCity, text("Emmen")}}));
    CHECK(has_problem(nameless, 2, "Naam", "de naam ontbreekt"));
}

TEST_CASE("sheet check: renamed, extra and missing columns, empty rows, merged cells, hidden sheets", "[sheet]") {
    WorkbookSheet s = sheet_with({}, 3);
    s.rows[0][kPhone] = text("Telefoonnummer");
    s.rows[0].push_back(text("Opmerkingen van Piet"));
    s.rows[2] = std::vector<WorkbookCell>(kColumnCount);  // row 3 empty, rows 2 and 4 not
    s.rows.emplace_back();                                // a trailing empty row is fine
    s.merged = {"A4:C4"};
    SheetRead read = read_service_rows(s);
    CHECK(has_problem(read, 1, "Telefoonnummer", "Bedoelt u 'Telefoon'?"));
    CHECK(has_problem(read, 1, "Opmerkingen van Piet", "deze kolom kennen we niet"));
    CHECK(has_problem(read, 1, "Telefoon", "deze kolom ontbreekt"));
    CHECK(has_problem(read, 3, "", "Rij 3: deze rij is leeg"));
    CHECK(!has_problem(read, 5, "", "leeg"));
    CHECK(has_problem(read, 0, "", "A4:C4 zijn samengevoegd"));
    CHECK(read.rows.size() == 2);

    WorkbookSheet hidden;
    hidden.name = "Oud";
    hidden.hidden = true;
    SheetRead both = read_service_rows(std::vector<WorkbookSheet>{sheet_with({}), hidden});
    CHECK(has_problem(both, 0, "", "Het blad 'Oud' is verborgen"));
    SheetRead none = read_service_rows(std::vector<WorkbookSheet>{hidden});
    CHECK(has_problem(none, 0, "", "Er is geen blad 'Diensten'"));
}

TEST_CASE("sheet check: the only sheet is read as 'Diensten' (a CSV), among others it must have that name", "[sheet]") {
    WorkbookSheet only = sheet_with({}, 2);
    only.name = "wegwijzer-emmen";  // a CSV's sheet is named after its file
    SheetRead read = read_service_rows(std::vector<WorkbookSheet>{only});
    CHECK(read.problems.empty());
    CHECK(read.rows.size() == 2);

    WorkbookSheet other = only;
    other.name = "Blad2";
    SheetRead two = read_service_rows(std::vector<WorkbookSheet>{only, other});
    CHECK(two.rows.empty());
    CHECK(has_problem(two, 0, "", "Er is geen blad 'Diensten'"));
}
