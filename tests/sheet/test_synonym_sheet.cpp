// The sheet "Zoekwoorden": a catalogue's own search synonyms survive export + build exactly, an
// edited list reaches the catalogue, several workbooks are united, a workbook without the sheet
// keeps the built-in list, and a bad row is named by sheet, row and column in Dutch and English.
// Real .xlsx files (the export's writer, the real reader) and real catalogue files.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "core/builder.h"
#include "core/catalogue.h"
#include "core/sheet/sheet_build.h"
#include "core/sheet/sheet_export.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/synonym_sheet.h"
#include "core/sheet/xlsx_writer.h"
#include "core/sqlite.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "ww-synonym-sheet-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

BuildReport build(const std::vector<fs::path>& sources, const fs::path& out, Language language = Language::Dutch) {
    enable_workbook_sources();
    BuildOptions options;
    options.source = sources.front();
    options.workbooks.assign(sources.begin() + 1, sources.end());
    options.out = out;
    options.version = 1;
    options.created = "2026-11-28";
    options.expires = "2027-12-31";
    options.demo = true;
    options.language = language;
    return build_catalogue(options);
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Every CSV file of `kioskctl export`, by name.
std::map<std::string, std::string> exported(const fs::path& db, const fs::path& dir) {
    REQUIRE(export_catalogue(db, dir));
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".csv") files[entry.path().filename().string()] = read_text(entry.path());
    return files;
}

SynonymPairs synonyms_of(const fs::path& db) {
    auto database = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(database);
    SynonymPairs pairs;
    Statement q = database->prepare("SELECT term, replacement FROM synonyms ORDER BY term, replacement");
    while (q.step()) pairs.emplace_back(q.text(0), q.text(1));
    return pairs;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

bool has_line(const std::vector<std::string>& lines, const std::string& text) {
    for (const auto& l : lines)
        if (l.find(text) != std::string::npos) return true;
    return false;
}

const std::vector<SheetRow>& demo_rows() {
    static const std::vector<SheetRow> rows = [] {
        auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
        REQUIRE(catalogue);
        auto services = read_sheet_services(**catalogue);
        REQUIRE(services);
        return sheet_rows(*services);
    }();
    return rows;
}

}  // namespace

TEST_CASE("synonym sheet: a catalogue's own synonyms survive export and build exactly", "[sheet][synonyms]") {
    Scratch tmp;
    // An HSDS folder with synonyms of its own, unlike the built-in list.
    fs::path folder = tmp.dir / "hsds";
    REQUIRE(export_catalogue(WW_DEMO_CATALOGUE, folder));
    const std::string builtin = read_text(folder / "synonyms.csv");
    {
        std::ofstream out(folder / "synonyms.csv", std::ios::binary | std::ios::trunc);
        out << "term,replacement\nrollator,loophulp\nscootmobiel,vervoer\neenzaam,ontmoeting\nmantelzorger,mantelzorg\n";
    }
    fs::path own = tmp.dir / "own.sqlite";
    BuildReport first = build({folder}, own);
    INFO(joined(first.errors));
    REQUIRE(first.ok());

    fs::path book = tmp.dir / "wegwijzer.xlsx";
    REQUIRE(export_sheet(own, book));
    BuildReport back = build({book}, tmp.dir / "back.sqlite");
    INFO(joined(back.errors));
    REQUIRE(back.ok());

    auto before = exported(own, tmp.dir / "before");
    auto after = exported(tmp.dir / "back.sqlite", tmp.dir / "after");
    REQUIRE(before.count("synonyms.csv"));
    CHECK(before["synonyms.csv"] != builtin);  // the test means something: the list is not the built-in one
    CHECK(before["synonyms.csv"].find("rollator,loophulp") != std::string::npos);
    REQUIRE(before.size() >= 11);
    // A catalogue built from an export holds its UUIDs (core/hsds_id.h), and the workbook import
    // sorts each table by id, so the rows come back in another order: the same lines, reordered.
    auto lines = [](const std::string& text) {
        std::multiset<std::string> out;
        std::stringstream in(text);
        for (std::string line; std::getline(in, line);) out.insert(line);
        return out;
    };
    for (const auto& [file, text] : before) {
        INFO(file);
        CHECK(lines(after[file]) == lines(text));
    }

    // The per-municipality workbooks each carry the whole list; merged it is taken once.
    fs::path emmen = tmp.dir / "emmen.xlsx", assen = tmp.dir / "assen.xlsx";
    REQUIRE(export_sheet(own, emmen, "Emmen"));
    REQUIRE(export_sheet(own, assen, "Assen"));
    BuildReport merged = build({emmen, assen}, tmp.dir / "merged.sqlite");
    INFO(joined(merged.errors));
    REQUIRE(merged.ok());
    CHECK(synonyms_of(tmp.dir / "merged.sqlite") == synonyms_of(own));
}

TEST_CASE("synonym sheet: edited rows reach the catalogue, workbooks are united, no sheet keeps the built-in list",
          "[sheet][synonyms]") {
    Scratch tmp;
    SynonymPairs demo = synonyms_of(WW_DEMO_CATALOGUE);
    REQUIRE(demo.size() >= 2);

    // Staff change a row, add one (in capitals, with spaces) and delete the last.
    SynonymPairs edited = demo;
    edited[0].second = "geheugenhulp";
    edited.pop_back();
    edited.emplace_back("  Rollator ", "LOOPHULP");
    fs::path book = tmp.dir / "edited.xlsx";
    REQUIRE(write_workbook(book, demo_rows(), &edited));
    BuildReport report = build({book}, tmp.dir / "edited.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    SynonymPairs expected = edited;
    expected.back() = {"rollator", "loophulp"};
    std::sort(expected.begin(), expected.end());
    CHECK(synonyms_of(tmp.dir / "edited.sqlite") == expected);

    // Two workbooks: their lists united, the pair both have once.
    SynonymPairs one{{"rollator", "loophulp"}, {"eenzaam", "ontmoeting"}};
    SynonymPairs two{{"rollator", "loophulp"}, {"scootmobiel", "vervoer"}};
    fs::path a = tmp.dir / "a.xlsx", b = tmp.dir / "b.xlsx";
    REQUIRE(write_workbook(a, demo_rows(), &one));
    REQUIRE(write_workbook(b, demo_rows(), &two));
    BuildReport united = build({a, b}, tmp.dir / "united.sqlite");
    INFO(joined(united.errors));
    REQUIRE(united.ok());
    CHECK(synonyms_of(tmp.dir / "united.sqlite") ==
          SynonymPairs{{"eenzaam", "ontmoeting"}, {"rollator", "loophulp"}, {"scootmobiel", "vervoer"}});

    // An older export without the sheet: the built-in list, as before.
    fs::path old = tmp.dir / "old.xlsx";
    REQUIRE(write_workbook(old, demo_rows()));
    BuildReport without = build({old}, tmp.dir / "old.sqlite");
    INFO(joined(without.errors));
    REQUIRE(without.ok());
    CHECK(synonyms_of(tmp.dir / "old.sqlite") == demo);
}

TEST_CASE("synonym sheet: a bad row is named by sheet, row and column, and nothing is built", "[sheet][synonyms]") {
    Scratch tmp;
    SynonymPairs bad{{"rollator", "loophulp"}, {"ouderen", ""}, {std::string(200, 'w'), "wijkteam"}};
    fs::path book = tmp.dir / "bad.xlsx";
    REQUIRE(write_workbook(book, demo_rows(), &bad));
    fs::path out = tmp.dir / "bad.sqlite";

    BuildReport nl = build({book}, out);
    CHECK_FALSE(nl.ok());
    INFO(joined(nl.errors));
    CHECK(has_line(nl.errors, "blad 'Zoekwoorden': Rij 3, kolom 'Betekent ook': hier staat geen woord."));
    CHECK(has_line(nl.errors, "blad 'Zoekwoorden': Rij 4, kolom 'Woord': dit woord kunnen we niet gebruiken"));
    CHECK_FALSE(has_line(nl.errors, "Rij 2"));
    CHECK_FALSE(fs::exists(out));

    BuildReport en = build({book}, out, Language::English);
    INFO(joined(en.errors));
    CHECK(has_line(en.errors, "sheet 'Zoekwoorden': Row 3, column 'Betekent ook': this cell is empty."));
    CHECK(has_line(en.errors, "sheet 'Zoekwoorden': Row 4, column 'Woord': this word cannot be used"));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("synonym sheet: the headers are checked and a CSV never holds it", "[sheet][synonyms]") {
    auto text = [](std::string s) {
        WorkbookCell c;
        c.text = std::move(s);
        return c;
    };
    WorkbookSheet services{"Diensten", false, {{text("Naam")}}, {}};
    WorkbookSheet words{"Zoekwoorden", false, {{text("Woord"), text("Betekent")}, {text("a"), text("b")}}, {}};
    SynonymRead read = read_synonym_rows({services, words});
    CHECK(read.present);
    CHECK(read.pairs.empty());
    REQUIRE(read.problems.size() == 2);
    CHECK(read.problems[0].nl ==
          "Rij 1, kolom 'Betekent': deze kolom kennen we niet. Dit blad heeft alleen de kolommen "
          "'Woord' en 'Betekent ook'.");
    CHECK(read.problems[1].column == "Betekent ook");

    // One sheet (a CSV, even one named so) is the services, never the search words.
    CHECK_FALSE(read_synonym_rows({words}).present);
    CHECK_FALSE(read_synonym_rows({services, WorkbookSheet{"Uitleg", false, {}, {}}}).present);
}
