// Workbooks back to a catalogue (issue 13, points 2 and 3): the exact round trip of the demo
// catalogue (one workbook, and the twelve per-municipality workbooks merged), edits made in the
// sheet, conflicts between rows and between workbooks, and English messages. Real .xlsx files
// (written by the export's own writer, read by the real reader) and real catalogue files.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/builder.h"
#include "core/catalogue.h"
#include "core/drenthe_places.h"
#include "core/hsds_id.h"
#include "core/sheet/not_carried.h"
#include "core/sheet/sheet_build.h"
#include "core/sheet/sheet_export.h"
#include "core/sheet/sheet_import.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/workbook_reader.h"
#include "core/sheet/xlsx_writer.h"
#include "core/sqlite.h"
#include "core/taxonomy.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "ww-sheet-import-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        dir = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// The demo catalogue's services, read once (reading them is most of these tests' time).
const std::vector<SheetService>& demo_services() {
    static const std::vector<SheetService> services = [] {
        auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
        REQUIRE(catalogue);
        auto read = read_sheet_services(**catalogue);
        REQUIRE(read);
        return std::move(*read);
    }();
    return services;
}

std::vector<SheetRow> demo_rows(const std::string& municipality = {}) {
    return sheet_rows(demo_services(), municipality);
}

fs::path write(const fs::path& file, const std::vector<SheetRow>& rows) {
    REQUIRE(write_workbook(file, rows));
    return file;
}

BuildReport build(const std::vector<fs::path>& books, const fs::path& out, Language language = Language::Dutch) {
    enable_workbook_sources();
    BuildOptions options;
    options.source = books.front();
    options.workbooks.assign(books.begin() + 1, books.end());
    options.out = out;
    options.version = 1;
    options.created = "2026-11-28";
    options.expires = "2027-12-31";
    options.demo = true;
    options.language = language;
    return build_catalogue(options);
}

// Every CSV file of `kioskctl export`, by name.
std::map<std::string, std::string> exported(const fs::path& db, const fs::path& dir) {
    REQUIRE(export_catalogue(db, dir));
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".csv") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        files[entry.path().filename().string()] = text.str();
    }
    return files;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

std::string query(const fs::path& db, const std::string& sql) {
    auto database = Database::open(db, Database::Mode::ReadOnly);
    REQUIRE(database);
    return database->scalar_text(sql).value_or("");
}

// The index of the first row of a service that has exactly one row and a phone of its own.
std::size_t single_row_service_with_phone(const std::vector<SheetRow>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& id = rows[i][kServiceId];
        auto count = std::count_if(rows.begin(), rows.end(), [&](const SheetRow& r) { return r[kServiceId] == id; });
        if (count == 1 && !rows[i][kServicePhones].empty()) return i;
    }
    FAIL("the demo catalogue has no such service");
    return 0;
}

}  // namespace

TEST_CASE("sheet import: export then build gives exactly the same catalogue", "[sheet][import]") {
    Scratch tmp;
    fs::path book = write(tmp.dir / "wegwijzer.xlsx", demo_rows());
    BuildReport report = build({book}, tmp.dir / "back.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.warnings.empty());
    auto before = exported(WW_DEMO_CATALOGUE, tmp.dir / "before");
    auto after = exported(tmp.dir / "back.sqlite", tmp.dir / "after");
    REQUIRE(before.size() >= 11);
    for (const auto& [file, text] : before) {
        INFO(file);
        CHECK(after[file] == text);
    }
}

TEST_CASE("sheet import: the twelve municipality workbooks merged give the same catalogue", "[sheet][import]") {
    Scratch tmp;
    std::vector<fs::path> books;
    for (std::string_view m : drenthe_municipalities())
        books.push_back(write(tmp.dir / (std::string(m) + ".xlsx"), demo_rows(std::string(m))));
    BuildReport report = build(books, tmp.dir / "merged.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    auto before = exported(WW_DEMO_CATALOGUE, tmp.dir / "before");
    auto after = exported(tmp.dir / "merged.sqlite", tmp.dir / "after");
    for (const auto& [file, text] : before) {
        INFO(file);
        CHECK(after[file] == text);
    }
}

TEST_CASE("sheet import: a changed phone, a deleted service and a new row reach the catalogue", "[sheet][import]") {
    Scratch tmp;
    std::vector<SheetRow> rows = demo_rows();
    const std::size_t services_before = std::stoul(query(WW_DEMO_CATALOGUE, "SELECT count(*) FROM services"));

    // A phone changed.
    const std::size_t edited = single_row_service_with_phone(rows);
    const std::string edited_id = rows[edited][kServiceId];
    const std::string phones_before =
        query(WW_DEMO_CATALOGUE, "SELECT count(*) FROM phones WHERE service_id = '" + edited_id + "'");
    REQUIRE(rows[edited][kPhone] != "0591 - 99 88 77");
    rows[edited].cells[kPhone] = "0591 - 99 88 77";

    // A service deleted: every row of the last service.
    const std::string deleted_id = rows.back()[kServiceId];
    REQUIRE(deleted_id != edited_id);
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const SheetRow& r) { return r[kServiceId] == deleted_id; }),
               rows.end());

    // A row typed by staff: no ids, no coordinates.
    SheetRow added;
    added.cells.resize(kColumnCount);
    added.cells[kName] = "Koffieochtend De Nieuwe Brink";
    added.cells[kOrganization] = rows.front()[kOrganization];
    added.cells[kWhatItIs] = "Elke dinsdag koffie en een praatje.";
    added.cells[kForWhom] = std::string(kForBoth);
    added.cells[kTopic] = "Ontmoeten";
    added.cells[kMunicipality] = "Emmen";
    added.cells[kPlace] = "De Nieuwe Brink";
    added.cells[kAddress] = "Brinkstraat 1";
    added.cells[kPostalCode] = "7811 AA";
    added.cells[kCity] = "Emmen";
    added.cells[kPhone] = "0591 - 11 11 11";
    added.cells[kOpenOn] = "di 10.00-12.00";
    added.cells[kCost] = "Gratis";
    added.cells[kIndicationNeeded] = "Nee";
    rows.push_back(added);

    fs::path book = write(tmp.dir / "edited.xlsx", rows);
    BuildReport report = build({book}, tmp.dir / "edited.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    const fs::path db = tmp.dir / "edited.sqlite";

    CHECK(query(db, "SELECT number FROM phones WHERE service_id = '" + edited_id + "' ORDER BY rowid LIMIT 1") ==
          "0591 - 99 88 77");
    CHECK(query(db, "SELECT count(*) FROM phones WHERE service_id = '" + edited_id + "'") == phones_before);
    CHECK(query(db, "SELECT count(*) FROM services WHERE id = '" + deleted_id + "'") == "0");
    CHECK(std::stoul(query(db, "SELECT count(*) FROM services")) == services_before);  // one gone, one new

    const std::string id = query(db, "SELECT id FROM services WHERE name = 'Koffieochtend De Nieuwe Brink'");
    REQUIRE(!id.empty());
    CHECK(query(WW_DEMO_CATALOGUE, "SELECT count(*) FROM services WHERE id = '" + id + "'") == "0");  // a fresh id
    CHECK(query(db, "SELECT organization_id FROM services WHERE id = '" + id + "'") == rows.front()[kOrganizationId]);
    CHECK(query(db,
                "SELECT group_concat(t.code) FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id"
                " WHERE a.link_id = '" +
                    id + "' ORDER BY t.code")
              .find("meeting") != std::string::npos);
    CHECK(query(db, "SELECT byday || ' ' || opens_at || '-' || closes_at FROM schedules WHERE service_id = '" + id +
                        "'") == "TU 10:00-12:00");
    // The new place lies at the centre of its town, and a warning says so.
    const DrentheTown* emmen = find_drenthe_town("Emmen");
    REQUIRE(emmen);
    const std::string lat =
        query(db,
              "SELECT l.latitude FROM locations l JOIN service_at_location s ON s.location_id = l.id"
              " WHERE s.service_id = '" +
                  id + "'");
    REQUIRE(!lat.empty());
    CHECK(std::abs(std::stod(lat) - emmen->lat) < 0.001);
    CHECK(std::any_of(report.warnings.begin(), report.warnings.end(),
                      [](const std::string& w) { return w.find("midden van Emmen") != std::string::npos; }));
}

TEST_CASE("sheet import: rows of one service that disagree are a problem naming both rows", "[sheet][import]") {
    Scratch tmp;
    std::vector<SheetRow> rows = demo_rows();
    // A service on two rows: its name changed on the second only.
    std::size_t first = rows.size(), second = rows.size();
    for (std::size_t i = 0; i + 1 < rows.size() && first == rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size(); ++j)
            if (rows[j][kServiceId] == rows[i][kServiceId]) {
                first = i, second = j;
                break;
            }
    REQUIRE(second < rows.size());
    rows[second].cells[kName] += " (nieuw)";
    fs::path book = write(tmp.dir / "conflict.xlsx", rows);
    fs::path out = tmp.dir / "out.sqlite";
    { std::ofstream(out) << "the catalogue that was there"; }
    BuildReport report = build({book}, out);
    REQUIRE_FALSE(report.ok());
    const std::string text = joined(report.errors);
    INFO(text);
    CHECK(text.find("Rij " + std::to_string(second + 2)) != std::string::npos);
    CHECK(text.find("rij " + std::to_string(first + 2)) != std::string::npos);
    CHECK(text.find("'Naam'") != std::string::npos);
    std::ifstream in(out);
    std::string kept((std::istreambuf_iterator<char>(in)), {});
    CHECK(kept == "the catalogue that was there");
}

TEST_CASE("sheet import: one service in two workbooks, the same or not", "[sheet][import]") {
    Scratch tmp;
    std::vector<SheetRow> assen = demo_rows("Assen"), emmen = demo_rows("Emmen");
    // A service in both workbooks (a service for both municipalities is in both exports).
    std::string shared;
    for (const SheetRow& a : assen)
        for (const SheetRow& e : emmen)
            if (shared.empty() && a[kServiceId] == e[kServiceId]) shared = a[kServiceId];
    REQUIRE(!shared.empty());

    SECTION("the same content is taken once") {
        BuildReport report = build({write(tmp.dir / "assen.xlsx", assen), write(tmp.dir / "emmen.xlsx", emmen)},
                                   tmp.dir / "both.sqlite");
        INFO(joined(report.errors));
        REQUIRE(report.ok());
        CHECK(query(tmp.dir / "both.sqlite", "SELECT count(*) FROM services WHERE id = '" + shared + "'") == "1");
    }
    SECTION("different content names both files, in Dutch or in English") {
        for (SheetRow& r : emmen)
            if (r[kServiceId] == shared) r.cells[kWhatItIs] = "Een andere uitleg.";
        std::vector<fs::path> books{write(tmp.dir / "assen.xlsx", assen), write(tmp.dir / "emmen.xlsx", emmen)};
        BuildReport nl = build(books, tmp.dir / "both.sqlite");
        REQUIRE_FALSE(nl.ok());
        std::string text = joined(nl.errors);
        INFO(text);
        CHECK(text.find("emmen.xlsx, blad 'Diensten': Rij ") != std::string::npos);
        CHECK(text.find("assen.xlsx") != std::string::npos);
        CHECK(text.find("dezelfde hulp") != std::string::npos);
        CHECK(text.find("'Wat is het'") != std::string::npos);
        CHECK_FALSE(fs::exists(tmp.dir / "both.sqlite"));

        BuildReport en = build(books, tmp.dir / "both.sqlite", Language::English);
        REQUIRE_FALSE(en.ok());
        text = joined(en.errors);
        CHECK(text.find("emmen.xlsx, sheet 'Diensten': Row ") != std::string::npos);
        CHECK(text.find("the same service") != std::string::npos);
        CHECK(text.find("dezelfde") == std::string::npos);
    }
}

TEST_CASE("sheet import: a new row with an unknown municipality in Werkgebied and no topic", "[sheet][import]") {
    std::vector<SheetRow> rows(1);
    rows[0].cells.resize(kColumnCount);
    rows[0].cells[kName] = "Praatgroep";
    rows[0].cells[kOrganization] = "Stichting Nieuw";
    rows[0].cells[kMunicipality] = "Emmen";
    rows[0].cells[kServiceArea] = "Emmen; Emen";
    SheetImport imported = rows_to_hsds({{"nieuw.xlsx", {rows, {2}, {}}}});
    std::string text;
    for (const auto& p : imported.problems) text += p.problem.nl + "\n";
    INFO(text);
    CHECK(text.find("Rij 2, kolom 'Werkgebied': 'Emen' is geen gemeente in Drenthe. Bedoelt u Emmen?") !=
          std::string::npos);
    CHECK(text.find("Rij 2, kolom 'Onderwerp': het onderwerp ontbreekt") != std::string::npos);
}

// Werkgebied "Drenthe" (or "heel Drenthe") is the whole province: the build makes it the twelve
// municipalities and says so in a note, in Dutch for staff (English with --lang en).
TEST_CASE("sheet import: Werkgebied 'Drenthe' becomes the twelve municipalities, with a note in Dutch",
          "[sheet][import]") {
    Scratch tmp;
    std::vector<SheetRow> rows = demo_rows();
    const std::size_t i = single_row_service_with_phone(rows);
    rows[i].cells[kServiceArea] = "heel Drenthe";
    const std::string id = rows[i][kServiceId], name = rows[i][kName];
    fs::path book = write(tmp.dir / "drenthe.xlsx", rows);
    BuildReport report = build({book}, tmp.dir / "back.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(query(tmp.dir / "back.sqlite",
                "SELECT COUNT(DISTINCT name) FROM service_areas WHERE service_id = '" + id + "'") == "12");
    const std::vector<std::string> dutch = note_texts(report.notes, Language::Dutch);
    CHECK(dutch == std::vector<std::string>{"hulp '" + name +
                                            "': werkgebied 'heel Drenthe' is de hele provincie, dus alle 12 gemeenten "
                                            "van Drenthe"});
    CHECK(note_texts(report.notes, Language::English) ==
          std::vector<std::string>{"service '" + name +
                                   "': service area 'heel Drenthe' is the whole province, so it became the 12 "
                                   "municipalities of Drenthe"});
}

TEST_CASE("sheet import: ids sort with their numbers", "[sheet][import]") {
    CHECK(id_less("svc-2", "svc-10"));
    CHECK_FALSE(id_less("svc-10", "svc-2"));
    CHECK(id_less("svc-0336", "svc-0337"));
    CHECK(id_less("area-1", "att-1") == (std::string("area-1") < std::string("att-1")));
}

namespace {

// The demo catalogue's HSDS folder with what the workbook must carry or warn about: a second
// address of a place, a topic on an organisation and on a place, a term text of its own, and an
// organisation without any service whose phone belongs to nothing the sheet shows. The new ids
// sort last, as the catalogue's own do (the workbook's tables come out sorted by id).
fs::path copy_of_demo_source(const fs::path& dir) {
    const fs::path demo_source = fs::path(WW_SHEET_FIXTURES).parent_path().parent_path().parent_path() / "db" / "demo";
    const fs::path folder = dir / "hsds";
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(demo_source))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    return folder;
}

fs::path build_source(const fs::path& folder, const fs::path& db) {
    BuildOptions options;
    options.source = folder;
    options.out = db;
    options.version = 1;
    options.created = "2026-11-28";
    options.expires = "2027-12-31";
    options.demo = true;
    BuildReport report = build_catalogue(options);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    return db;
}

void append_line(const fs::path& folder, const char* file, const std::string& line) {
    std::ofstream(folder / file, std::ios::app) << line << "\n";
}

fs::path catalogue_with_more(const fs::path& dir) {
    const fs::path folder = copy_of_demo_source(dir);
    auto append = [&](const char* file, const std::string& line) { append_line(folder, file, line); };
    append("addresses.csv", "adr-9001,loc-0001,Postbus 300,Emmen,Emmen,7800 AH,NL");
    append("attributes.csv", "att-9001,org-0001,organization,organization,term-transport,");
    append("attributes.csv", "att-9002,loc-0002,location,location,term-meeting,rolstoel");
    append("organizations.csv", "org-zonder,Stichting Zonder Hulp,Heeft nog geen hulp in de lijst.,,");
    append("phones.csv", "tel-wees,,org-zonder,,0591 - 77 66 55,Secretariaat");
    std::ifstream in(folder / "taxonomy_terms.csv");
    std::stringstream text;
    text << in.rdbuf();
    std::string terms = text.str();
    const std::string from = "term-day-care,day-care,Dagbesteding,",
                      to = "term-day-care,day-care,Dagbesteding en meer,";
    REQUIRE(terms.find(from) != std::string::npos);
    terms.replace(terms.find(from), from.size(), to);
    std::ofstream(folder / "taxonomy_terms.csv", std::ios::trunc) << terms;
    return build_source(folder, dir / "more.sqlite");
}

// The lines of an exported CSV text, without the header, as a set.
std::multiset<std::string> lines_of(const std::string& text) {
    std::multiset<std::string> out;
    std::stringstream in(text);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.insert(line);
    }
    return out;
}

// The texts of column B of the sheet "Uitleg", read back with the real reader.
std::vector<std::string> explanation_column_b(const fs::path& book) {
    auto sheets = read_workbook(book);
    REQUIRE(sheets);
    std::vector<std::string> texts;
    for (const WorkbookSheet& sheet : *sheets)
        if (sheet.name == kExplanationSheet)
            for (const auto& row : sheet.rows)
                if (row.size() > 1) texts.push_back(row[1].text);
    REQUIRE_FALSE(texts.empty());
    return texts;
}

const char* const kLostTermNl =
    "1 onderwerp heeft in de catalogus een eigen tekst, bijvoorbeeld: 'Dagbesteding' heet daar 'Dagbesteding en "
    "meer'. Deze lijst neemt die tekst niet mee. Na het inlezen staat de tekst van Wegwijzer er weer.";
const char* const kLostOrganizationNl =
    "1 organisatie heeft geen hulp, bijvoorbeeld 'Stichting Zonder Hulp'. Deze lijst heeft alleen rijen voor hulp, "
    "en neemt die organisatie niet mee.";
const char* const kLostPhoneNl =
    "1 telefoonnummer hoort bij geen enkele hulp in deze lijst, bijvoorbeeld 0591 - 77 66 55 (Secretariaat). Deze "
    "lijst neemt dat nummer niet mee.";
const char* const kLostPhoneEn =
    "1 phone number belongs to no service in the workbook, for example 0591 - 77 66 55 (Secretariaat). The "
    "workbook does not carry it.";

}  // namespace

TEST_CASE("sheet import: a second address and topics on organisations and places make the round trip",
          "[sheet][import][not-carried]") {
    Scratch tmp;
    const fs::path db = catalogue_with_more(tmp.dir);
    auto summary = export_sheet(db, tmp.dir / "more.xlsx");
    REQUIRE(summary);
    BuildReport report = build({tmp.dir / "more.xlsx"}, tmp.dir / "back.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    auto before = exported(db, tmp.dir / "before");
    auto after = exported(tmp.dir / "back.sqlite", tmp.dir / "after");
    // Carried exactly: the second address, the organisation's and the place's topics.
    // (The export gives ids as UUIDs: core/hsds_id.h.)
    CHECK(before["addresses.csv"].find(hsds_uuid("addresses", "adr-9001") + "," + hsds_uuid("locations", "loc-0001") +
                                       ",Postbus 300") != std::string::npos);
    CHECK(before["attributes.csv"].find(hsds_uuid("attributes", "att-9002") + "," + hsds_uuid("locations", "loc-0002") +
                                        ",location,location," + hsds_uuid("taxonomy_terms", "term-meeting") +
                                        ",rolstoel") != std::string::npos);
    for (const char* file : {"addresses.csv", "attributes.csv", "locations.csv", "services.csv", "schedules.csv",
                             "service_at_location.csv", "service_areas.csv"}) {
        INFO(file);
        CHECK(after[file] == before[file]);
    }
    // Not carried, and warned about: exactly the unused organisation and its phone are gone.
    auto gone = [&](const char* file) {
        std::multiset<std::string> b = lines_of(before[file]), a = lines_of(after[file]);
        for (const std::string& line : a) {
            auto it = b.find(line);
            if (it != b.end()) b.erase(it);
        }
        return b;
    };
    const std::string org = hsds_uuid("organizations", "org-zonder");
    CHECK(gone("organizations.csv") ==
          std::multiset<std::string>{org + ",Stichting Zonder Hulp,Heeft nog geen hulp in de lijst.,,"});
    CHECK(gone("phones.csv") ==
          std::multiset<std::string>{hsds_uuid("phones", "tel-wees") + ",," + org + ",,0591 - 77 66 55,Secretariaat"});
    CHECK(query(tmp.dir / "back.sqlite", "SELECT name FROM taxonomy_terms WHERE code = 'day-care'") ==
          std::string(find_tag("day-care")->nl));
}

TEST_CASE("sheet export: what the workbook does not carry is named, and the build says it again",
          "[sheet][import][not-carried]") {
    Scratch tmp;
    const fs::path db = catalogue_with_more(tmp.dir);
    auto summary = export_sheet(db, tmp.dir / "more.xlsx");
    REQUIRE(summary);
    std::vector<std::string> nl, en;
    for (const NotCarried& lost : summary->not_carried) nl.push_back(lost.nl), en.push_back(lost.en);
    CHECK(nl == std::vector<std::string>{kLostTermNl, kLostOrganizationNl, kLostPhoneNl});
    CHECK(en.at(2) == kLostPhoneEn);
    CHECK(en.at(0) ==
          "1 taxonomy term has their own text in the catalogue, for example: 'Dagbesteding' is called 'Dagbesteding "
          "en meer' there. The workbook does not carry it. After the build, Wegwijzer's own text is back.");

    const std::string file = (tmp.dir / "more.xlsx").string();
    BuildReport dutch = build({tmp.dir / "more.xlsx"}, tmp.dir / "nl.sqlite");
    REQUIRE(dutch.ok());
    CHECK(std::count(dutch.warnings.begin(), dutch.warnings.end(),
                     file +
                         ": deze lijst heeft niet alles uit de catalogus waar hij vandaan kwam (blad 'Niet "
                         "meegenomen'): " +
                         kLostPhoneNl) == 1);
    CHECK(std::count(dutch.warnings.begin(), dutch.warnings.end(),
                     file +
                         ": deze lijst heeft niet alles uit de catalogus waar hij vandaan kwam (blad 'Niet "
                         "meegenomen'): " +
                         kLostTermNl) == 1);
    BuildReport english = build({tmp.dir / "more.xlsx"}, tmp.dir / "en.sqlite", Language::English);
    REQUIRE(english.ok());
    CHECK(std::count(english.warnings.begin(), english.warnings.end(),
                     file +
                         ": the workbook does not carry everything of the catalogue it came from (sheet 'Niet "
                         "meegenomen'): " +
                         kLostPhoneEn) == 1);

    // "Uitleg" explains the sheet "Niet meegenomen", after the explanation of "Zoekwoorden".
    const std::vector<std::string> notes = explanation_column_b(tmp.dir / "more.xlsx");
    auto synonyms_at = std::find(notes.begin(), notes.end(), kSynonymNotes[0]);
    auto lost_at = std::find(notes.begin(), notes.end(), kNotCarriedNotes[0]);
    CHECK(synonyms_at != notes.end());
    REQUIRE(lost_at != notes.end());
    CHECK(lost_at > synonyms_at);
    CHECK(std::string(*lost_at).find("Blad 'Niet meegenomen'") == 0);
    for (const char* line : kNotCarriedNotes) CHECK(std::count(notes.begin(), notes.end(), line) == 1);

    // The demo catalogue loses nothing: no sheet, no warning, and "Uitleg" does not mention it.
    auto demo = export_sheet(WW_DEMO_CATALOGUE, tmp.dir / "demo.xlsx");
    REQUIRE(demo);
    CHECK(demo->not_carried.empty());
    const std::vector<std::string> demo_notes = explanation_column_b(tmp.dir / "demo.xlsx");
    CHECK(std::count(demo_notes.begin(), demo_notes.end(), kSynonymNotes[0]) == 1);
    for (const std::string& line : demo_notes) CHECK(line.find("Niet meegenomen") == std::string::npos);
}

// HSDS lets one phone belong to more than one thing: a service's number at one of its places, or
// a service's number that is also its organisation's. The workbook shows such a phone with the
// service and carries it once, with all its links; a phone of an organisation and a place (no
// service) goes with the organisation.
TEST_CASE("sheet import: a phone of a service and a place, or of a service and an organisation, is carried once",
          "[sheet][import]") {
    Scratch tmp;
    const fs::path folder = copy_of_demo_source(tmp.dir);
    append_line(folder, "phones.csv", "tel-9001,svc-0005,,loc-0001,0591 - 11 22 33,Balie poli");
    append_line(folder, "phones.csv", "tel-9002,svc-0005,org-0004,,0591 - 11 22 44,Afspraken");
    append_line(folder, "phones.csv", "tel-9003,svc-0005,org-0004,loc-0001,0591 - 11 22 55,Alles");
    append_line(folder, "phones.csv", "tel-9004,,org-0004,loc-0002,0592 - 11 22 66,Receptie Assen");
    const fs::path db = build_source(folder, tmp.dir / "phones.sqlite");
    REQUIRE(export_sheet(db, tmp.dir / "phones.xlsx"));
    BuildReport report = build({tmp.dir / "phones.xlsx"}, tmp.dir / "back.sqlite");
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.warnings.empty());
    auto before = exported(db, tmp.dir / "before");
    auto after = exported(tmp.dir / "back.sqlite", tmp.dir / "after");
    CHECK(after["phones.csv"] == before["phones.csv"]);
    CHECK(before["phones.csv"].find(hsds_uuid("phones", "tel-9003") + "," + hsds_uuid("services", "svc-0005") + "," +
                                    hsds_uuid("organizations", "org-0004") + "," + hsds_uuid("locations", "loc-0001") +
                                    ",0591 - 11 22 55,Alles") != std::string::npos);
    CHECK(query(tmp.dir / "back.sqlite", "SELECT COUNT(*) FROM phones WHERE id LIKE 'tel-900%'") == "4");
}
