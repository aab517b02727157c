// Building catalogues: derived tables, metadata, and the export -> build round trip.
#include <catch2/catch.hpp>

#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "core/csv.h"
#include "core/embedded_data.h"
#include "core/sqlite.h"
#include "hsds_fixture.h"

using namespace fixture;

namespace {

ww::Database open_db(const fs::path& path) {
    auto db = ww::Database::open(path, ww::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return std::move(*db);
}

std::vector<std::string> rows(const ww::Database& db, const std::string& sql) {
    std::vector<std::string> out;
    auto st = db.prepare(sql);
    REQUIRE(st.valid());
    const int columns = sqlite3_column_count(st.handle());
    while (st.step()) {
        std::string row;
        for (int i = 0; i < columns; ++i) {
            int type = sqlite3_column_type(st.handle(), i);
            char number[40];
            if (type == SQLITE_FLOAT) std::snprintf(number, sizeof number, "%.17g", st.real(i));
            row += (i ? " | " : "") + std::string(type == SQLITE_NULL    ? "NULL"
                                                  : type == SQLITE_FLOAT ? number
                                                                         : st.text(i));
        }
        out.push_back(row);
    }
    return out;
}

// Every table of the file (HSDS, derived, metadata, synonyms and the FTS shadow tables), row by row.
std::map<std::string, std::vector<std::string>> dump(const fs::path& path) {
    auto db = open_db(path);
    std::map<std::string, std::vector<std::string>> tables;
    for (const auto& name : rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        auto with_rowid = db.prepare("SELECT rowid, * FROM \"" + name + "\" ORDER BY rowid");
        auto list = with_rowid.valid() ? rows(db, "SELECT rowid, * FROM \"" + name + "\" ORDER BY rowid")
                                       : rows(db, "SELECT * FROM \"" + name + "\"");
        if (!with_rowid.valid()) std::sort(list.begin(), list.end());
        tables[name] = list;
    }
    tables["user_version"] = rows(db, "PRAGMA user_version");
    return tables;
}

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

std::map<std::string, std::string> metadata(const fs::path& path) {
    auto db = open_db(path);
    std::map<std::string, std::string> m;
    auto st = db.prepare("SELECT key, value FROM metadata");
    while (st.step()) m[st.text(0)] = st.text(1);
    return m;
}

void check_round_trip(const fs::path& first, const std::string& name) {
    auto exported = fresh_dir(name + "-export");
    REQUIRE(ww::export_catalogue(first, exported).ok());
    auto second = fresh_dir(name + "-second") / "catalogue.sqlite";
    auto report = build(exported, second);
    INFO(joined(report.errors));
    REQUIRE(report.ok());

    // The export gives other tools UUIDs for the ids (core/hsds_id.h) and hh:mm:ss for times, so
    // the tables that hold ids or times have the same rows but not the same values; the rest (the
    // FTS5 index, the posting lists, synonyms, metadata) is the same from the first round on.
    const std::set<std::string> with_ids{"organizations",       "services",   "locations",   "addresses",
                                         "service_at_location", "phones",     "schedules",   "service_areas",
                                         "taxonomy_terms",      "attributes", "service_tag", "service_municipality",
                                         "opening_slot"};
    auto a = dump(first), b = dump(second);
    CHECK(a.size() == b.size());
    for (const auto& [table, list] : a) {
        INFO("table " << table);
        CHECK(list.size() == b[table].size());
        if (!with_ids.count(table)) CHECK(list == b[table]);
    }
    for (const char* table : {"services", "service_fts", "service_municipality", "service_tag", "opening_slot",
                              "search_term", "synonyms", "metadata"})
        CHECK_FALSE(a[table].empty());

    // Exporting the rebuilt catalogue gives the same files, byte for byte: every HSDS value came
    // through, and the UUIDs are stable.
    auto again = fresh_dir(name + "-export-again");
    REQUIRE(ww::export_catalogue(second, again).ok());
    CHECK(listing(exported) == listing(again));
    for (const auto& file : listing(exported)) {
        INFO("file " << file);
        CHECK(slurp(exported / file) == slurp(again / file));
    }

    // And from the first export on, build -> export -> build gives exactly the same catalogue.
    auto third = fresh_dir(name + "-third") / "catalogue.sqlite";
    auto rebuilt = build(again, third);
    INFO(joined(rebuilt.errors));
    REQUIRE(rebuilt.ok());
    auto c = dump(third);
    for (const auto& [table, list] : b) {
        INFO("table " << table);
        CHECK(list == c[table]);
    }
}

}  // namespace

TEST_CASE("build: the derived tables follow the search contract", "[build]") {
    auto out = fresh_dir("derived") / "c.sqlite";
    REQUIRE(build(tiny_source(), out).ok());
    auto db = open_db(out);

    // Service areas win over location addresses; without areas the locations' regions count.
    CHECK(rows(db, "SELECT service_id, municipality FROM service_municipality ORDER BY 1, 2") ==
          std::vector<std::string>{"svc-1 | Assen", "svc-2 | Assen", "svc-3 | Emmen", "svc-4 | Coevorden",
                                   "svc-4 | Emmen"});
    CHECK(rows(db, "SELECT service_id, code FROM service_tag ORDER BY 1, 2") ==
          std::vector<std::string>{"svc-1 | audience-carer", "svc-1 | audience-person", "svc-1 | cost-free",
                                   "svc-1 | meeting", "svc-2 | advice", "svc-2 | cost-free", "svc-3 | care-at-home",
                                   "svc-3 | cost-indication", "svc-4 | audience-person", "svc-4 | cost-contribution",
                                   "svc-4 | transport"});
    // sch-3 reaches svc-3 through service_at_location; 23:59 means until midnight; sch-5 is only a note.
    CHECK(rows(db,
               "SELECT service_id, group_concat(weekday, ','), min(opens_min), max(closes_min), count(*) "
               "FROM (SELECT * FROM opening_slot ORDER BY service_id, weekday) GROUP BY service_id") ==
          std::vector<std::string>{"svc-1 | 3 | 1170 | 1290 | 1", "svc-2 | 0,1,2,3,4 | 540 | 750 | 5",
                                   "svc-3 | 0,1,2,3,4,5,6 | 0 | 1440 | 7", "svc-4 | 0,1,2,3,4 | 420 | 1080 | 5"});
    // service_fts.rowid = services.rowid, with names, descriptions, keywords and places in both languages.
    // (Checked through queries, so that it holds whether or not the index stores its text.)
    auto match = [&](const std::string& query) {
        return rows(db,
                    "SELECT s.id FROM service_fts f JOIN services s ON s.rowid = f.rowid WHERE service_fts MATCH '" +
                        query + "' ORDER BY s.id");
    };
    using Ids = std::vector<std::string>;
    CHECK(db.scalar_int("SELECT count(*) FROM service_fts") == 4);
    CHECK(match("name: (alzheimer AND cafe)") == Ids{"svc-1"});  // diacritics folded
    CHECK(match("name: desk") == Ids{"svc-2"});                  // name_en
    CHECK(match("name: regio*") == Ids{"svc-4"});                // prefix
    CHECK(match("description: (nurse AND wijkverpleegkundige)") == Ids{"svc-3"});
    CHECK(match("description: thuis") == Ids{"svc-3"});
    CHECK(match("keywords: (assessment AND indicatie)") == Ids{"svc-3"});  // term names, Dutch and English
    CHECK(match("keywords: ontmoeten") == Ids{"svc-1"});
    CHECK(match("keywords: anker") == Ids{"svc-3", "svc-4"});  // the organisation's name
    CHECK(match("keywords: brink") == Ids{"svc-1", "svc-2"});
    CHECK(match("places: klazienaveen") == Ids{"svc-3"});  // a location's city
    CHECK(match("places: zorgcentrum") == Ids{"svc-3"});   // a location's name
    CHECK(match("places: coevorden") == Ids{"svc-4"});     // a service area
    CHECK(match("places: assen") == Ids{"svc-1", "svc-2"});
    CHECK(match("places: emmen") == Ids{"svc-3", "svc-4"});
    CHECK(match("conditions: zorgverzekering") == Ids{"svc-3"});  // costs, Dutch
    CHECK(match("conditions: insurance") == Ids{"svc-3"});        // costs, English
    CHECK(match("conditions: iedereen") == Ids{"svc-1"});         // who may come
    CHECK(match("name: thuis").empty());                          // columns stay apart
    // The posting lists say in which column each service holds a term (bit 0 name ... 4 conditions).
    CHECK(rows(db, "SELECT hex(fields) FROM search_term WHERE term = 'zorgverzekering'") ==
          std::vector<std::string>{"10"});
    CHECK(rows(db, "SELECT hex(fields) FROM search_term WHERE term = 'regiotaxi'") == std::vector<std::string>{"03"});
    // Empty fields are NULL, an empty status is 'active'.
    CHECK(rows(db, "SELECT status, url IS NULL, fees_description IS NULL FROM services WHERE id = 'svc-2'") ==
          std::vector<std::string>{"active | 1 | 1"});
    CHECK(rows(db, "SELECT latitude, longitude FROM locations WHERE id = 'loc-3'") ==
          std::vector<std::string>{"52.726999999999997 | 6.9909999999999997"});
}

TEST_CASE("build: metadata from options, else datapackage.json, else defaults", "[build]") {
    SECTION("defaults") {
        auto out = fresh_dir("meta-defaults") / "c.sqlite";
        REQUIRE(build(tiny_source(), out).ok());
        CHECK(metadata(out) == std::map<std::string, std::string>{{"catalogue_version", "1"},
                                                                  {"created", today()},
                                                                  {"demo", "0"},
                                                                  {"expires", ""},
                                                                  {"format", "wegwijzer-hsds-1"},
                                                                  {"source", "tiny"}});
    }
    auto src = copy_tiny("meta-package");
    spit(src / "datapackage.json", R"({"title": "Zorgkaart Drenthe", "version": "12", "created": "2026-11-01T08:00:00Z",
                                      "wegwijzer": {"demo": true, "expires": "2027-02-01"}})");
    SECTION("datapackage.json") {
        auto out = fresh_dir("meta-package-out") / "c.sqlite";
        REQUIRE(build(src, out).ok());
        CHECK(metadata(out) == std::map<std::string, std::string>{{"catalogue_version", "12"},
                                                                  {"created", "2026-11-01"},
                                                                  {"demo", "1"},
                                                                  {"expires", "2027-02-01"},
                                                                  {"format", "wegwijzer-hsds-1"},
                                                                  {"source", "Zorgkaart Drenthe"}});
    }
    SECTION("options win") {
        ww::BuildOptions options;
        options.source = src;
        options.out = fresh_dir("meta-options-out") / "c.sqlite";
        options.version = 13;
        options.expires = "2027-03-01";
        options.demo = false;
        options.created = "2026-11-02";
        options.source_label = "Handmatig";
        REQUIRE(ww::build_catalogue(options).ok());
        CHECK(metadata(options.out) == std::map<std::string, std::string>{{"catalogue_version", "13"},
                                                                          {"created", "2026-11-02"},
                                                                          {"demo", "0"},
                                                                          {"expires", "2027-03-01"},
                                                                          {"format", "wegwijzer-hsds-1"},
                                                                          {"source", "Handmatig"}});
    }
}

TEST_CASE("build: synonyms come from the source folder, else from db/synonyms.csv", "[build]") {
    auto builtin = fresh_dir("syn-builtin") / "c.sqlite";
    REQUIRE(build(tiny_source(), builtin).ok());
    auto embedded = ww::parse_csv(ww::embedded::synonyms_csv(), "synonyms.csv");
    REQUIRE(embedded.ok());
    auto db = open_db(builtin);
    CHECK(db.scalar_int("SELECT count(*) FROM synonyms") == static_cast<std::int64_t>(embedded->records.size()));
    CHECK(db.scalar_int("SELECT count(*) FROM synonyms WHERE term = 'alzheimer' AND replacement = 'dementie'") == 1);

    auto src = copy_tiny("syn-source");
    spit(src / "synonyms.csv", "term,replacement\nKoffie,Ontmoeten\nbus,vervoer\n");
    auto own = fresh_dir("syn-source-out") / "c.sqlite";
    REQUIRE(build(src, own).ok());
    CHECK(rows(open_db(own), "SELECT term, replacement FROM synonyms ORDER BY 1") ==
          std::vector<std::string>{"bus | vervoer", "koffie | ontmoeten"});
}

TEST_CASE("build -> export -> build gives the same catalogue (tiny fixture)", "[build][export]") {
    auto first = fresh_dir("rt-tiny") / "catalogue.sqlite";
    REQUIRE(build(tiny_source(), first).ok());
    check_round_trip(first, "rt-tiny");
}

TEST_CASE("build -> export -> build gives the same catalogue (generated, with metadata)", "[build][export]") {
    auto src = fresh_dir("rt-gen-src");
    REQUIRE(ww::generate_catalogue(300, src, 7).ok());
    ww::BuildOptions options;
    options.source = src;
    options.out = fresh_dir("rt-gen") / "catalogue.sqlite";
    options.version = 5;
    options.expires = "2027-01-31";
    options.demo = false;
    auto report = ww::build_catalogue(options);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.warnings.empty());
    CHECK(report.services == 300);
    check_round_trip(options.out, "rt-gen");
    CHECK(metadata(options.out)["catalogue_version"] == "5");
}

TEST_CASE("build -> export -> build gives the same catalogue (db/demo)", "[build][export]") {
    auto demo = fs::path(WEGWIJZER_SOURCE_DIR) / "db/demo";
    REQUIRE(fs::exists(demo / "services.csv"));
    auto first = fresh_dir("rt-demo") / "catalogue.sqlite";
    auto report = build(demo, first);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services >= 250);
    CHECK(metadata(first)["demo"] == "1");
    check_round_trip(first, "rt-demo");
}

TEST_CASE("export: a missing or foreign file is an error", "[export]") {
    auto dir = fresh_dir("export-errors");
    auto missing = ww::export_catalogue(dir / "nope.sqlite", dir / "out");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == "catalogue " + (dir / "nope.sqlite").string() + " does not exist");
    spit(dir / "text.sqlite", "just some text, not a database at all............................................");
    auto text = ww::export_catalogue(dir / "text.sqlite", dir / "out");
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().find("is not a readable Wegwijzer catalogue") != std::string::npos);
}

TEST_CASE("generate: deterministic per seed, valid, and spread over Drenthe", "[generate]") {
    auto a = fresh_dir("gen-a"), b = fresh_dir("gen-b"), c = fresh_dir("gen-c");
    REQUIRE(ww::generate_catalogue(500, a, 3).ok());
    REQUIRE(ww::generate_catalogue(500, b, 3).ok());
    REQUIRE(ww::generate_catalogue(500, c, 4).ok());
    for (const auto& file : listing(a)) CHECK(slurp(a / file) == slurp(b / file));
    CHECK(slurp(a / "services.csv") != slurp(c / "services.csv"));

    auto out = fresh_dir("gen-out") / "c.sqlite";
    auto report = build(a, out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services == 500);
    auto db = open_db(out);
    CHECK(db.scalar_int("SELECT count(DISTINCT municipality) FROM service_municipality") == 12);
    CHECK(db.scalar_int("SELECT count(DISTINCT code) FROM service_tag WHERE code IN ('dementia-support', 'meeting', "
                        "'day-care', 'transport', 'carer-support', 'care-at-home', 'advice')") == 7);
    CHECK(db.scalar_int("SELECT count(DISTINCT service_id) FROM opening_slot") == 500);
    CHECK(db.scalar_int("SELECT count(*) FROM services s WHERE NOT EXISTS "
                        "(SELECT 1 FROM service_municipality m WHERE m.service_id = s.id)") == 0);
    CHECK(metadata(out)["demo"] == "1");
    CHECK_FALSE(ww::generate_catalogue(0, fresh_dir("gen-zero"), 1).ok());
}
