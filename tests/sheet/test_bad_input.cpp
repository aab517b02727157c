// Issue 13's "Bad input" list, end to end from a file: each mistake is made in an .xlsx (written
// with libxlsxwriter or libzip), an .ods (content.xml written here) and an Excel CSV where it can
// happen there, read with read_workbook() and checked with read_service_rows(), and each gives
// its exact message in Dutch and English. Hostile files are made here, none is committed.
#include <catch2/catch.hpp>

#include <xlsxwriter.h>

#include <fstream>

#include "core/sheet/columns.h"
#include "core/sheet/ods_reader.h"
#include "core/sheet/sheet_check.h"
#include "core/sheet/workbook_reader.h"
#include "sheet_test_files.h"

using namespace ww;
using namespace ww::sheet;
using namespace ww::sheet::test;
namespace fs = std::filesystem;

namespace {

// A sheet to write in every format: cells by (row, column), both 0-based.
struct Cell {
    enum Kind { Text, Number, Formula } kind = Text;
    std::string value;
};
struct Spec {
    std::vector<std::vector<Cell>> rows;
    std::vector<std::array<int, 4>> merged;  // first row, first column, last row, last column
    bool hidden_sheet = false;               // a second sheet "Oud", hidden
};

// The export's header and one good service; `change` makes the mistake.
Spec base_sheet() {
    Spec s;
    s.rows.emplace_back();
    for (const ColumnInfo& c : columns()) s.rows[0].push_back({Cell::Text, std::string(c.header)});
    s.rows.emplace_back(kColumnCount);
    s.rows[1][kName] = {Cell::Text, "Alzheimer Café Emmen"};
    s.rows[1][kPhone] = {Cell::Text, "0591 123 456"};
    s.rows[1][kLastChecked] = {Cell::Text, "2026-10-27"};
    return s;
}

fs::path scratch(const std::string& name) { return scratch_file("bad-input", name); }

fs::path write_xlsx(const std::string& name, const Spec& spec) {
    fs::path path = scratch(name + ".xlsx");
    lxw_workbook* wb = workbook_new(path.string().c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Diensten");
    for (std::size_t r = 0; r < spec.rows.size(); ++r)
        for (std::size_t c = 0; c < spec.rows[r].size(); ++c) {
            const Cell& cell = spec.rows[r][c];
            auto row = static_cast<lxw_row_t>(r);
            auto col = static_cast<lxw_col_t>(c);
            if (cell.kind == Cell::Number) worksheet_write_number(ws, row, col, std::stod(cell.value), nullptr);
            else if (cell.kind == Cell::Formula)
                worksheet_write_formula_num(ws, row, col, cell.value.c_str(), nullptr, 2);
            else if (!cell.value.empty()) worksheet_write_string(ws, row, col, cell.value.c_str(), nullptr);
        }
    for (const auto& m : spec.merged)
        worksheet_merge_range(ws, static_cast<lxw_row_t>(m[0]), static_cast<lxw_col_t>(m[1]),
                              static_cast<lxw_row_t>(m[2]), static_cast<lxw_col_t>(m[3]), "", nullptr);
    if (spec.hidden_sheet) {
        lxw_worksheet* old = workbook_add_worksheet(wb, "Oud");
        worksheet_write_string(old, 0, 0, "oude lijst", nullptr);
        worksheet_hide(old);
    }
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
    return path;
}

std::string xml_escape(const std::string& s) {
    std::string out;
    for (char c : s) out += c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '"' ? "&quot;" : std::string(1, c);
    return out;
}

fs::path write_ods_sheet(const std::string& name, const Spec& spec) {
    std::string rows;
    for (std::size_t r = 0; r < spec.rows.size(); ++r) {
        rows += "<table:table-row>";
        for (std::size_t c = 0; c < spec.rows[r].size(); ++c) {
            const Cell& cell = spec.rows[r][c];
            std::string span;
            bool covered = false;
            for (const auto& m : spec.merged) {
                if (int(r) == m[0] && int(c) == m[1])
                    span = " table:number-columns-spanned=\"" + std::to_string(m[3] - m[1] + 1) +
                           "\" table:number-rows-spanned=\"" + std::to_string(m[2] - m[0] + 1) + "\"";
                else if (int(r) >= m[0] && int(r) <= m[2] && int(c) >= m[1] && int(c) <= m[3]) covered = true;
            }
            const std::string tag = covered ? "table:covered-table-cell" : "table:table-cell";
            if (cell.kind == Cell::Number)
                rows += "<" + tag + span + " office:value-type=\"float\" office:value=\"" + cell.value + "\"><text:p>" +
                        cell.value + "</text:p></" + tag + ">";
            else if (cell.kind == Cell::Formula)
                rows += "<" + tag + span + " table:formula=\"of:" + xml_escape(cell.value) +
                        "\" office:value-type=\"float\" office:value=\"2\"><text:p>2</text:p></" + tag + ">";
            else if (!cell.value.empty())
                rows += "<" + tag + span + " office:value-type=\"string\"><text:p>" + xml_escape(cell.value) +
                        "</text:p></" + tag + ">";
            else rows += "<" + tag + span + "/>";
        }
        rows += "</table:table-row>";
    }
    // How LibreOffice ends every sheet: the empty rest, repeated.
    rows +=
        R"(<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)";
    std::string tables = "<table:table table:name=\"Diensten\" table:style-name=\"ta1\">" + rows + "</table:table>";
    if (spec.hidden_sheet)
        tables +=
            R"(<table:table table:name="Oud" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>oude lijst</text:p></table:table-cell></table:table-row></table:table>)";
    const std::string styles =
        R"(<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>)"
        R"(<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>)";
    fs::path path = scratch(name + ".ods");
    write_ods(path, ods_content(tables, styles));
    return path;
}

// As Dutch Excel saves "CSV (puntkomma-gescheiden)": ';', quotes where needed, Windows-1252.
fs::path write_csv(const std::string& name, const Spec& spec) {
    std::string text;
    for (const auto& row : spec.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            std::string v = row[c].value;
            if (v.find_first_of(";\"\n") != std::string::npos) {
                std::string q = "\"";
                for (char ch : v) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                v = q + "\"";
            }
            text += (c ? ";" : "") + v;
        }
        text += "\r\n";
    }
    // "é" in Windows-1252.
    for (std::size_t at; (at = text.find("\xC3\xA9")) != std::string::npos;) text.replace(at, 2, "\xE9");
    fs::path path = scratch(name + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

enum Formats { kXlsx = 1, kOds = 2, kCsv = 4, kAll = 7 };

// The problems the checker reports for the sheet, written in each format.
std::vector<std::pair<fs::path, SheetRead>> read_in(const std::string& name, const Spec& spec, int formats) {
    std::vector<std::pair<fs::path, SheetRead>> out;
    std::vector<fs::path> files;
    if (formats & kXlsx) files.push_back(write_xlsx(name, spec));
    if (formats & kOds) files.push_back(write_ods_sheet(name, spec));
    if (formats & kCsv) files.push_back(write_csv(name, spec));
    for (const fs::path& file : files) {
        auto sheets = read_workbook(file);
        INFO(file.string() << ": " << (sheets ? "" : sheets.error()));
        REQUIRE(sheets);
        out.emplace_back(file, read_service_rows(*sheets));  // a CSV's only sheet is read as "Diensten"
    }
    return out;
}

void expect_problem(const std::string& name, const Spec& spec, int formats, const std::string& nl,
                    const std::string& en) {
    for (const auto& [file, read] : read_in(name, spec, formats)) {
        INFO(file.filename().string());
        bool found = false;
        std::string all;
        for (const SheetProblem& p : read.problems) {
            found = found || (p.nl == nl && p.en == en);
            all += "\n  " + p.nl + " | " + p.en;
        }
        INFO("problems:" << all);
        CHECK(found);
    }
}

// A file read_workbook() refuses: its exact English error and Dutch text.
void expect_refusal(const fs::path& file, const std::string& en_after_path, const std::string& nl_after_name,
                    const WorkbookLimits& limits = {}) {
    INFO(file.string());
    WorkbookRefusal why;
    auto r = read_workbook(file, limits, why);
    REQUIRE(!r);
    CHECK(r.error() == file.string() + en_after_path);
    CHECK(why.en == r.error());
    CHECK(why.nl == file.filename().string() + ": " + nl_after_name);
}

const std::string kRelsXml =
    R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
const std::string kWorkbookXml =
    R"(<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Diensten" r:id="rId1"/></sheets></workbook>)";

}  // namespace

TEST_CASE("bad input: formulas", "[sheet]") {
    Spec s = base_sheet();
    s.rows[1][kCity] = {Cell::Formula, "=1+1"};
    expect_problem("formula", s, kXlsx | kOds, "Rij 2, kolom 'Plaats': hier staat een formule. Typ de waarde zelf in.",
                   "Row 2, column 'Plaats': this cell holds a formula. Type the value itself.");
}

TEST_CASE("bad input: merged cells", "[sheet]") {
    Spec s = base_sheet();
    s.rows.push_back(s.rows[1]);
    s.merged.push_back({2, 0, 2, 2});
    expect_problem("merged", s, kXlsx | kOds,
                   "De cellen A3:C3 zijn samengevoegd. Maak ze weer los, met in elke cel een eigen waarde.",
                   "The cells A3:C3 are merged. Unmerge them and give each cell its own value.");
}

TEST_CASE("bad input: dates typed as text or stored as Excel day numbers", "[sheet]") {
    Spec s = base_sheet();
    s.rows[1][kLastChecked] = {Cell::Text, "27-10-2026"};
    expect_problem("date-text", s, kAll,
                   "Rij 2, kolom 'Laatst gecontroleerd': typ de datum als jaar-maand-dag, bijvoorbeeld 2026-10-27.",
                   "Row 2, column 'Laatst gecontroleerd': type the date as year-month-day, for example 2026-10-27.");
    s.rows[1][kLastChecked] = {Cell::Number, "46000"};
    expect_problem(
        "date-number", s, kAll,
        "Rij 2, kolom 'Laatst gecontroleerd': 46000 is een datum als getal. Zet de kolom op 'Tekst' en typ de "
        "datum als jaar-maand-dag: 2025-12-09.",
        "Row 2, column 'Laatst gecontroleerd': 46000 is a date stored as a number. Format the column as 'Text' "
        "and type the date as year-month-day: 2025-12-09.");
}

TEST_CASE("bad input: numbers that lost their leading zero", "[sheet]") {
    Spec s = base_sheet();
    s.rows[1][kPhone] = {Cell::Number, "591123456"};
    expect_problem(
        "leading-zero", s, kAll,
        "Rij 2, kolom 'Telefoon': 591 123 456 lijkt een nummer zonder de 0 aan het begin. Zet de kolom op "
        "'Tekst' en typ 0591 123 456.",
        "Row 2, column 'Telefoon': 591 123 456 looks like a number without its leading 0. Format the column as "
        "'Text' and type 0591 123 456.");
}

TEST_CASE("bad input: extra or renamed columns, with the nearest header", "[sheet]") {
    Spec s = base_sheet();
    s.rows[0][kPhone].value = "Telefoonnummer";
    s.rows[0][kWebsite].value = "Webiste";
    s.rows[0].push_back({Cell::Text, "Opmerkingen"});
    expect_problem("renamed", s, kAll,
                   "Rij 1, kolom 'Telefoonnummer': deze kolom kennen we niet. Bedoelt u 'Telefoon'?",
                   "Row 1, column 'Telefoonnummer': this column is unknown. Did you mean 'Telefoon'?");
    expect_problem("typo", s, kAll, "Rij 1, kolom 'Webiste': deze kolom kennen we niet. Bedoelt u 'Website'?",
                   "Row 1, column 'Webiste': this column is unknown. Did you mean 'Website'?");
    expect_problem(
        "extra", s, kAll,
        "Rij 1, kolom 'Opmerkingen': deze kolom kennen we niet. Haal de kolom weg of zet hem op een ander blad.",
        "Row 1, column 'Opmerkingen': this column is unknown. Remove it or move it to another sheet.");
    expect_problem("missing", s, kAll,
                   "Rij 1, kolom 'Telefoon': deze kolom ontbreekt. Zet hem terug, met deze naam bovenaan.",
                   "Row 1, column 'Telefoon': this column is missing. Put it back, with this name at the top.");
}

TEST_CASE("bad input: empty rows in the middle", "[sheet]") {
    Spec s = base_sheet();
    s.rows.emplace_back(kColumnCount);
    s.rows.push_back(s.rows[1]);
    expect_problem("empty-row", s, kAll, "Rij 3: deze rij is leeg. Haal lege rijen tussen de diensten weg.",
                   "Row 3: this row is empty. Remove empty rows between the services.");
    for (const auto& [file, read] : read_in("empty-row", s, kAll)) CHECK(read.rows.size() == 2);
}

TEST_CASE("bad input: hidden sheets", "[sheet]") {
    Spec s = base_sheet();
    s.hidden_sheet = true;
    expect_problem("hidden", s, kXlsx | kOds, "Het blad 'Oud' is verborgen. Maak het zichtbaar of haal het weg.",
                   "The sheet 'Oud' is hidden. Show it or remove it.");
}

TEST_CASE("bad input: a sheet of 1,000,000 rows", "[sheet]") {
    const std::string nl =
        "Het blad 'Diensten' heeft meer dan 100000 rijen. Haal de rijen onder de laatste dienst weg, of verdeel de "
        "diensten over meer bestanden.";
    // .xlsx: a million rows with a shared string each (32 MB of XML, stored uncompressed to make it
    // fast). The part is parsed as it unpacks, so the row limit speaks before the size limit.
    const std::string row = R"(<row><c t="s"><v>0</v></c></row>)";
    std::string sheet = "<worksheet><sheetData>";
    sheet.reserve(row.size() * 1000000 + 64);
    for (int r = 1; r <= 1000000; ++r) sheet += row;
    sheet += "</sheetData></worksheet>";
    fs::path xlsx = scratch("million.xlsx");
    write_zip_parts(xlsx,
                    {{"xl/_rels/workbook.xml.rels", kRelsXml},
                     {"xl/workbook.xml", kWorkbookXml},
                     {"xl/worksheets/sheet1.xml", sheet},
                     {"xl/sharedStrings.xml", "<sst><si><t>x</t></si></sst>"}},
                    /*store=*/true);
    expect_refusal(xlsx, ": sheet 'Diensten': xl/worksheets/sheet1.xml has more than 100000 rows", nl);
    fs::remove(xlsx);

    // .ods: LibreOffice writes equal rows as one repeated row.
    fs::path ods = scratch("million.ods");
    write_ods(
        ods,
        ods_content(
            R"(<table:table table:name="Diensten"><table:table-row table:number-rows-repeated="1000000">)"
            R"(<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>)"));
    expect_refusal(ods, ": sheet 'Diensten': content.xml has more than 100000 rows", nl);

    std::string csv = "Naam;Plaats\r\n";
    for (int r = 1; r < 1000000; ++r) csv += "x;Emmen\r\n";
    fs::path csv_file = scratch("Diensten.csv");
    std::ofstream(csv_file, std::ios::binary) << csv;
    expect_refusal(csv_file, ": has more than 100000 rows", nl);
}

TEST_CASE("bad input: a zip bomb", "[sheet]") {
    // Spaces inside a valid part compress about 1000 times. The limit is 64 MB; a bomb just over
    // it would take seconds to make, so this one is checked against a 4 MB limit (the same code).
    WorkbookLimits limits;
    limits.max_part_bytes = 4u << 20;
    const std::string padding(5u << 20, ' ');
    fs::path xlsx = scratch("bomb.xlsx");
    write_zip_parts(xlsx, {{"xl/_rels/workbook.xml.rels", kRelsXml},
                           {"xl/workbook.xml", kWorkbookXml},
                           {"xl/worksheets/sheet1.xml", "<worksheet>" + padding + "<sheetData/></worksheet>"}});
    CHECK(fs::file_size(xlsx) < (64u << 10));
    const std::string nl =
        "Het bestand pakt uit tot meer dan 4 MB. Dat is geen gewone werkmap. Gebruik het blad dat kioskctl maakte.";
    expect_refusal(
        xlsx, ": sheet 'Diensten': xl/worksheets/sheet1.xml unpacks to more than 4 MB; this is not a normal workbook",
        nl, limits);

    fs::path ods = scratch("bomb.ods");
    write_ods(ods, ods_content("<table:table table:name=\"Diensten\"/>" + padding));
    expect_refusal(ods, ": content.xml unpacks to more than 4 MB; this is not a normal workbook", nl, limits);
}

TEST_CASE("bad input: XML entity expansion (billion laughs)", "[sheet]") {
    const std::string dtd =
        R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">)"
        R"(<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">)"
        R"(<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>)";
    const std::string nl =
        "Het bestand bevat XML-entiteiten; een werkmap doet dat nooit. Sla het blad opnieuw op in Excel of LibreOffice, of "
        "gebruik het blad dat kioskctl maakte.";
    fs::path xlsx = scratch("laughs.xlsx");
    write_zip_parts(
        xlsx,
        {{"xl/_rels/workbook.xml.rels", kRelsXml},
         {"xl/workbook.xml", kWorkbookXml},
         {"xl/worksheets/sheet1.xml",
          dtd +
              R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>)"}});
    expect_refusal(
        xlsx, ": sheet 'Diensten': xl/worksheets/sheet1.xml declares XML entities, which a workbook never does", nl);

    fs::path ods = scratch("laughs.ods");
    write_ods(
        ods,
        dtd +
            R"(<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>)"
            R"(<table:table table:name="Diensten"><table:table-row><table:table-cell office:value-type="string"><text:p>&lol3;</text:p>)"
            R"(</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>)");
    expect_refusal(ods, ": content.xml declares XML entities, which a workbook never does", nl);
}

TEST_CASE("bad input: a workbook that is really an HTML file", "[sheet]") {
    // What "save as web page" or a download from a web application gives, under any name.
    const std::string page =
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
        "<head><meta charset=\"utf-8\"></head><body><table><tr><td>Naam</td><td>Telefoon</td></tr></table></body></html>";
    for (const char* name : {"page.xlsx", "page.ods", "page.csv"}) {
        fs::path file = scratch(name);
        std::ofstream(file, std::ios::binary) << page;
        expect_refusal(
            file, " is a web page (HTML), not a workbook; open it in Excel and save it as .xlsx",
            "Het bestand is een webpagina (HTML), geen werkmap. Open het in Excel of LibreOffice en sla het op als "
            ".xlsx.");
    }
}

TEST_CASE("bad input: a password-protected workbook", "[sheet]") {
    // Excel keeps a workbook with a password in an OLE compound file ("EncryptedPackage").
    fs::path xlsx = scratch("password.xlsx");
    std::ofstream(xlsx, std::ios::binary)
        << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << std::string(4096, '\0');
    expect_refusal(
        xlsx, " is protected with a password (or an old .xls file); save it in Excel without a password as .xlsx",
        "Het bestand is beveiligd met een wachtwoord (of het is een oud .xls-bestand). Haal het wachtwoord weg en "
        "sla het op als .xlsx.");

    // LibreOffice encrypts the parts and says so in the manifest.
    fs::path ods = scratch("password.ods");
    write_ods(
        ods, "\x93\x1f\xa0 encrypted bytes",
        R"(<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" )"
        R"(manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" )"
        R"(manifest:initialisation-vector="x"/></manifest:encryption-data>)");
    expect_refusal(ods, " is protected with a password; save it in LibreOffice without a password",
                   "Het bestand is beveiligd met een wachtwoord. Sla het in LibreOffice op zonder wachtwoord.");
}
