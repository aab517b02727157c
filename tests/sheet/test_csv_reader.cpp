// The Excel-style CSV reader: separators, quotes, the encodings Excel writes, and the limits.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/sheet/csv_reader.h"
#include "core/sheet/workbook_reader.h"
#include "sheet_test_files.h"

using namespace ww;
using namespace ww::sheet;
using namespace ww::sheet::test;

namespace {

std::filesystem::path write_file(const std::string& name, const std::string& bytes) {
    auto path = scratch_file("csv", name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

WorkbookSheet read_one(const std::filesystem::path& path) {
    auto sheets = read_workbook(path);
    INFO(path.string() << (sheets ? "" : sheets.error()));
    REQUIRE(sheets);
    REQUIRE(sheets->size() == 1);
    return (*sheets)[0];
}

std::vector<std::vector<std::string>> texts(const WorkbookSheet& s) {
    std::vector<std::vector<std::string>> out;
    for (const auto& row : s.rows) {
        out.emplace_back();
        for (const auto& c : row) out.back().push_back(c.text);
    }
    return out;
}

}  // namespace

TEST_CASE("csv reader: Excel's semicolon with sep= line, quotes, line breaks and a Windows-1252 é", "[sheet]") {
    // What Dutch Excel writes with "CSV (puntkomma-gescheiden)": Windows-1252, CRLF.
    const std::string bytes =
        "sep=;\r\nNaam;Wat is het;Telefoon;Postcode\r\n"
        "Alzheimer Caf\xE9;\"Samen praten; koffie\r\nen \"\"uitleg\"\"\";0591 123 456;7814 AL\r\n"
        ";;;\r\n"
        "Buurthuis;;591123456;7814\r\n;;;\r\n;;;\r\n";
    auto file = write_file("excel-1252.csv", bytes);
    WorkbookSheet s = read_one(file);
    CHECK(s.name == "excel-1252");
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(texts(s) == Rows{{"Naam", "Wat is het", "Telefoon", "Postcode"},
                           {"Alzheimer Café", "Samen praten; koffie\r\nen \"uitleg\"", "0591 123 456", "7814 AL"},
                           {},
                           {"Buurthuis", "", "591123456", "7814"}});
    CHECK(s.rows[1][2].kind == WorkbookCell::Kind::Text);
    CHECK(s.rows[3][2].kind == WorkbookCell::Kind::Number);  // the 0 is gone, as in Excel
    CHECK(s.rows[3][1].kind == WorkbookCell::Kind::Empty);
}

TEST_CASE("csv reader: UTF-8 with a byte order mark, commas, tabs and UTF-16", "[sheet]") {
    auto bom = write_file("bom.csv", "\xEF\xBB\xBFNaam;Plaats\nCaf\xC3\xA9 \xE2\x82\xAC;Assen\n");
    CHECK(texts(read_one(bom)) == std::vector<std::vector<std::string>>{{"Naam", "Plaats"}, {"Café €", "Assen"}});

    auto commas = write_file("commas.csv", "Naam,Telefoon,Kosten\n\"Hulp, thuis\",0592 000 000,\"12,50\"\n");
    CHECK(texts(read_one(commas)) == std::vector<std::vector<std::string>>{{"Naam", "Telefoon", "Kosten"},
                                                                           {"Hulp, thuis", "0592 000 000", "12,50"}});

    auto tabs = write_file("tabs.txt", "Naam\tPlaats\nBieb\tEmmen\n");
    CHECK(texts(read_one(tabs)) == std::vector<std::vector<std::string>>{{"Naam", "Plaats"}, {"Bieb", "Emmen"}});

    // Excel's "Unicode text": UTF-16 little endian with a byte order mark, tabs between fields.
    std::string utf16 = "\xFF\xFE";
    for (char16_t c : std::u16string(u"Naam\tPlaats\r\nCafé\tAssen\r\n"))
        utf16 += static_cast<char>(c & 0xFF), utf16 += static_cast<char>(c >> 8);
    auto unicode = write_file("unicode.txt", utf16);
    CHECK(texts(read_one(unicode)) == std::vector<std::vector<std::string>>{{"Naam", "Plaats"}, {"Café", "Assen"}});
}

TEST_CASE("csv reader: numbers as Excel reads them", "[sheet]") {
    auto file = write_file("numbers.csv", "a;b;c;d;e;f;g\n46000;0591;12,5;-3;1.2.3;\"591\";7814 AL\n");
    WorkbookSheet s = read_one(file);
    using K = WorkbookCell::Kind;
    std::vector<K> kinds;
    for (const auto& c : s.rows[1]) kinds.push_back(c.kind);
    CHECK(kinds == std::vector<K>{K::Number, K::Text, K::Number, K::Number, K::Text, K::Text, K::Text});
}

TEST_CASE("csv reader: an unclosed quote, a million rows and a huge file are refused", "[sheet]") {
    WorkbookRefusal why;
    auto open_quote = write_file("quote.csv", "Naam;Plaats\nBieb;Emmen\n\"Hulp;Assen\nx;y\n");
    auto r = read_workbook(open_quote, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == open_quote.string() + ": has a quote (\") that is never closed, starting on line 3");
    CHECK(why.nl ==
          "quote.csv: In regel 3 staat een aanhalingsteken (\") dat niet wordt gesloten. Zet het tweede teken "
          "erbij of haal het eerste weg.");

    std::string million = "Naam;Plaats\n";
    for (int i = 0; i < 1000000; ++i) million += "x;y\n";
    auto big = write_file("million.csv", million);
    r = read_workbook(big, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == big.string() + ": has more than 100000 rows");
    CHECK(why.nl ==
          "million.csv: Het blad 'million' heeft meer dan 100000 rijen. Haal de rijen onder de laatste dienst "
          "weg, of verdeel de diensten over meer bestanden.");

    // A million empty lines after the services are not rows (Excel writes ';;;' for them).
    std::string tail = "Naam;Plaats\nBieb;Emmen\n";
    for (int i = 0; i < 1000000; ++i) tail += ";\n";
    CHECK(read_one(write_file("tail.csv", tail)).rows.size() == 2);

    WorkbookLimits small;
    small.max_part_bytes = 1u << 20;
    r = read_workbook(big, small, why);
    REQUIRE(!r);
    CHECK(r.error() == big.string() + " is larger than 1 MB; this is not a normal sheet");
}

TEST_CASE("csv reader: a byte order mark that says UTF-8 before bytes that are not", "[sheet]") {
    // Found by fuzz_sheet_csv: the mark decides the encoding, so the other bytes are refused.
    WorkbookRefusal why;
    auto mixed = write_file("mixed.csv", "\xEF\xBB\xBFNaam;Plaats\nCaf\xE9;Assen\n");
    auto r = read_workbook(mixed, {}, why);
    REQUIRE(!r);
    CHECK(r.error() == mixed.string() + ": starts with a UTF-8 byte order mark but is not UTF-8 (byte 19)");
    CHECK(why.nl ==
          "mixed.csv: Het bestand is half UTF-8 en half iets anders. Sla het blad opnieuw op als 'CSV UTF-8'.");
}

TEST_CASE("csv reader: 'sep=' with a byte that is not a separator is ignored", "[sheet]") {
    // Found by fuzz_sheet_csv: "sep=" before the first byte of "é" cut letters in half.
    auto file = write_file("sep-letter.csv", "sep=\xC3\xA9\nNaam;Plaats\nCaf\xC3\xA9;Assen\n");
    WorkbookSheet s = read_one(file);
    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows[0][0].text == "sep=\xC3\xA9");
    CHECK(s.rows[2][0].text == "Caf\xC3\xA9");
}
