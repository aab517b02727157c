// HSDS from other tools (core/hsds_import.h): taxonomy maps, municipalities from postcodes and
// coordinates, --skip-outside, sources without English, and the official HSDS example dataset.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "core/csv.h"
#include "core/drenthe_places.h"
#include "core/drenthe_postcodes.h"
#include "core/embedded_data.h"
#include "core/hsds.h"
#include "core/hsds_id.h"
#include "core/sqlite.h"
#include "hsds_fixture.h"

using namespace fixture;

namespace {

std::vector<std::string> column(const fs::path& db_path, const std::string& sql) {
    auto db = ww::Database::open(db_path, ww::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    std::vector<std::string> out;
    auto st = db->prepare(sql);
    REQUIRE(st.valid());
    while (st.step()) out.push_back(st.text(0));
    return out;
}

bool has_prefix(const std::vector<std::string>& list, const std::string& prefix) {
    return std::any_of(list.begin(), list.end(), [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

std::vector<std::string> english(const std::vector<ww::ImportNote>& notes) {
    return ww::note_texts(notes, ww::Language::English);
}
std::vector<std::string> dutch(const std::vector<ww::ImportNote>& notes) {
    return ww::note_texts(notes, ww::Language::Dutch);
}

ww::BuildReport build_with(const fs::path& source, const fs::path& out, const fs::path& map, bool skip_outside) {
    ww::BuildOptions options;
    options.source = source;
    options.out = out;
    options.taxonomy_map = map;
    options.skip_outside = skip_outside;
    return ww::build_catalogue(options);
}

// The tiny fixture with the terms of another taxonomy ("Open Eligibility", hierarchical) instead of
// Wegwijzer's codes.
fs::path tiny_with_foreign_terms(const std::string& name) {
    auto src = copy_tiny(name);
    spit(src / "taxonomy_terms.csv",
         "id,code,name,taxonomy,parent_id\n"
         "oe-1,OE-MEET,Ontmoeting,Open Eligibility,\n"
         "oe-2,OE-ADVICE,Advies,Open Eligibility,\n"
         "oe-3,OE-HOME,Thuiszorg,Open Eligibility,\n"
         "oe-4,OE-RIDE,Vervoer,Open Eligibility,\n"
         "oe-5,OE-RIDE-TAXI,Taxi,Open Eligibility,oe-4\n"
         "oe-6,OE-FOOD,Voedselbank,Open Eligibility,\n");
    spit(src / "attributes.csv",
         "id,link_id,link_type,link_entity,taxonomy_term_id,value\n"
         "a-1,svc-1,service,service,oe-1,\n"
         "a-2,svc-2,service,service,oe-2,\n"
         "a-3,svc-2,service,service,oe-6,\n"
         "a-4,svc-3,service,service,oe-3,\n"
         "a-5,svc-4,service,service,oe-5,\n");
    return src;
}

constexpr const char* kForeignMap =
    "scheme,term,code\n"
    "Open Eligibility,OE-MEET,meeting\n"
    "Open Eligibility,OE-MEET,audience-person\n"
    "open eligibility,oe-2,advice\n"
    ",OE-HOME,care-at-home\n"
    "Open Eligibility,OE-RIDE,transport\n";

// A copy of the official example (tests/unit/fixtures/hsds-official-example), edited as its
// README says when `edit` is set.
fs::path official_example(const std::string& name, bool edit) {
    const fs::path original = fs::path(WEGWIJZER_SOURCE_DIR) / "tests/unit/fixtures/hsds-official-example";
    fs::path dir = fresh_dir(name);
    for (const auto& entry : fs::directory_iterator(original))
        if (entry.path().extension() == ".csv") fs::copy_file(entry.path(), dir / entry.path().filename());
    if (!edit) return dir;
    const std::string organization = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    const std::string service = "ac148810-d857-441c-9679-408f346de14b";
    replace_in(dir / "addresses.csv", "ABC 1234,US", "9401 AB,NL");
    replace_in(dir / "locations.csv", "985e4a42-bd9f-4edc-911d-0243a4640aca", organization);
    replace_in(dir / "locations.csv", ",100,101,", ",,,");
    replace_in(dir / "attributes.csv", "f28dd44b-0c4d-479f-8e90-4c52219a8b3c", service);
    replace_in(dir / "attributes.csv", "b02b2,link_type,link_entity", "b02b2,link_type,service");
    replace_in(dir / "phones.csv", "\"\"\"+44 1234 234567\"\"\"", "0592 123456");
    replace_in(dir / "service_areas.csv",
               "The service is available to all residents of the MyCity area. We provide the service in our offices "
               "or via video conferencing to any who can provide evidence of their residency.",
               "MyCity");
    return dir;
}

struct Run {
    int code = -1;
    std::string err;
};

// kioskctl with its words (none may hold a quote), stderr kept.
Run kioskctl(const std::vector<std::string>& words) {
    static int counter = 0;
    auto dir = fresh_dir("import-cli-" + std::to_string(++counter));
    std::string command = std::string("'") + WEGWIJZER_KIOSKCTL + "'";
    for (const auto& w : words) command += " '" + w + "'";
    command += " >/dev/null 2>'" + (dir / "err").string() + "'";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "err")};
}

}  // namespace

TEST_CASE("postcodes: the built-in table of Drenthe's postcodes", "[import][places]") {
    auto table = ww::parse_csv(ww::embedded::postcodes_csv(), "postcodes_drenthe.csv");
    REQUIRE(table);
    CHECK(table->header == std::vector<std::string>{"postcode", "municipality", "place"});
    CHECK(ww::drenthe_postcodes().size() == table->records.size());
    CHECK(ww::drenthe_postcodes().size() >= 250);
    std::set<std::string> municipalities;
    for (const auto& area : ww::drenthe_postcodes()) {
        INFO(area.pc4);
        CHECK(ww::find_municipality(area.municipality) == area.municipality);
        municipalities.insert(std::string(area.municipality));
        CHECK(ww::find_drenthe_postcode(area.pc4) == &area);
    }
    CHECK(municipalities.size() == 12);
    CHECK(ww::find_drenthe_postcode(9401)->municipality == "Assen");
    CHECK(ww::find_drenthe_postcode(7811)->municipality == "Emmen");
    CHECK(ww::find_drenthe_postcode(9471)->municipality == "Tynaarlo");  // Zuidlaren
    CHECK(ww::find_drenthe_postcode(8011) == nullptr);                   // Zwolle
    CHECK(ww::find_drenthe_postcode(9711) == nullptr);                   // Groningen

    CHECK(ww::dutch_pc4("9401 AB") == 9401);
    CHECK(ww::dutch_pc4(" 9401ab ") == 9401);
    CHECK(ww::dutch_pc4("9401") == 9401);
    CHECK_FALSE(ww::dutch_pc4("ABC 1234"));
    CHECK_FALSE(ww::dutch_pc4("0940 AB"));
    CHECK_FALSE(ww::dutch_pc4("94011"));
    CHECK_FALSE(ww::dutch_pc4("9401 A"));

    REQUIRE(ww::nearest_drenthe_town(52.9927, 6.5649));
    CHECK(ww::nearest_drenthe_town(52.9927, 6.5649)->municipality == "Assen");
    CHECK(ww::nearest_drenthe_town(52.3676, 4.9041) == nullptr);  // Amsterdam
    CHECK(ww::nearest_drenthe_town(53.2194, 6.5665) == nullptr);  // Groningen
}

TEST_CASE("taxonomy map: another taxonomy's terms become Wegwijzer's categories and audiences", "[import]") {
    auto src = tiny_with_foreign_terms("map-foreign");
    spit(src / "map.csv", kForeignMap);
    auto out = fresh_dir("map-foreign-out") / "c.sqlite";
    auto report = build_with(src, out, src / "map.csv", false);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(column(out, "SELECT service_id || ' ' || code FROM service_tag ORDER BY 1") ==
          std::vector<std::string>{"svc-1 audience-person", "svc-1 meeting", "svc-2 advice", "svc-3 care-at-home",
                                   "svc-4 transport"});
    // What was mapped, and how; what had no mapping.
    CHECK(has(english(report.notes),
              "taxonomy_terms.csv line 2: code 'OE-MEET' (taxonomy 'Open Eligibility') mapped to meeting, "
              "audience-person (map.csv lines 2, 3)"));
    CHECK(has(english(report.notes),
              "taxonomy_terms.csv line 6: code 'OE-RIDE-TAXI' (taxonomy 'Open Eligibility') mapped to transport "
              "through its parent 'OE-RIDE' (map.csv line 6)"));
    CHECK(has(english(report.notes), "map.csv: 5 taxonomy terms mapped, 1 without a mapping left out"));
    // The same notes in Dutch, for staff (core/wording_nl.h).
    CHECK(has(dutch(report.notes),
              "taxonomy_terms.csv regel 2: code 'OE-MEET' (taxonomie 'Open Eligibility') wordt meeting, "
              "audience-person (map.csv regels 2, 3)"));
    CHECK(has(dutch(report.notes),
              "taxonomy_terms.csv regel 6: code 'OE-RIDE-TAXI' (taxonomie 'Open Eligibility') wordt transport via de "
              "term erboven, 'OE-RIDE' (map.csv regel 6)"));
    CHECK(has(dutch(report.notes), "map.csv: 5 termen omgezet, 1 zonder omzetting weggelaten"));
    CHECK(has(report.warnings,
              "taxonomy_terms.csv line 7: code 'OE-FOOD' (taxonomy 'Open Eligibility') has no mapping in map.csv; "
              "it is left out (add a line scheme,term,code for it)"));
}

TEST_CASE("taxonomy map: a service left without a category is an error that names the unmapped term", "[import]") {
    auto src = tiny_with_foreign_terms("map-missing");
    spit(src / "map.csv",
         "scheme,term,code\nOpen Eligibility,oe-2,advice\n,OE-HOME,care-at-home\nOpen Eligibility,OE-RIDE,transport\n");
    auto out = fresh_dir("map-missing-out") / "c.sqlite";
    auto report = build_with(src, out, src / "map.csv", false);
    CHECK_FALSE(report.ok());
    CHECK(has(report.warnings,
              "taxonomy_terms.csv line 2: code 'OE-MEET' (taxonomy 'Open Eligibility') has no mapping in map.csv; "
              "it is left out (add a line scheme,term,code for it)"));
    CHECK(has(report.errors,
              "services.csv line 2: service 'svc-1' has no category: its taxonomy terms ('OE-MEET') have no "
              "mapping in map.csv (map one of them to a category code, such as meeting or day-care)"));
    CHECK_FALSE(fs::exists(out));

    // Without a map, another taxonomy's codes are refused as before.
    CHECK(has_prefix(ww::load_hsds(src).errors, "taxonomy_terms.csv line 2: code 'OE-MEET' is not one of Wegwijzer's"));
}

TEST_CASE("taxonomy map: mistakes in the map file name its line and field", "[import]") {
    auto src = tiny_with_foreign_terms("map-bad");
    spit(src / "map.csv", "scheme,term,code\nOpen Eligibility,OE-MEET,meetin\n,,advice\nx,OE-RIDE,\n");
    auto load = ww::load_hsds(src, {src / "map.csv", false});
    CHECK(has(load.errors, "map.csv line 2: code 'meetin' is not one of Wegwijzer's codes (did you mean meeting?)"));
    CHECK(has(load.errors, "map.csv line 3: term is empty (give the term's id or code)"));
    CHECK(has_prefix(load.errors, "map.csv line 4: code is empty (give a Wegwijzer code: dementia-support, "));

    spit(src / "map.csv", "taxonomy,term,wegwijzer\n");
    CHECK(has(ww::load_hsds(src, {src / "map.csv", false}).errors,
              "map.csv: column scheme is missing from the header (line 1; the columns are scheme,term,code)"));
    CHECK(has(ww::load_hsds(src, {src / "absent.csv", false}).errors,
              "the taxonomy map " + (src / "absent.csv").string() + " does not exist"));
}

TEST_CASE("places: a municipality from the postcode, the coordinates or the city when the region names none",
          "[import][places]") {
    auto src = copy_tiny("places");
    replace_in(src / "addresses.csv", "Assen,Assen,9401 AA", "Assen,,9401 AA");                 // postcode
    replace_in(src / "addresses.csv", "Emmen,Emmen,7811 AB,NL", ",Drenthe,,NL");                // coordinates
    replace_in(src / "locations.csv", "52.7858,6.8976", "52.6610,6.7405");                      // in Coevorden
    replace_in(src / "addresses.csv", "Klazienaveen,Emmen,7891 AC", "Klazienaveen,gemeente,");  // city
    replace_in(src / "locations.csv", "52.727,6.991", ",");
    auto out = fresh_dir("places-out") / "c.sqlite";
    auto report = fixture::build(src, out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(column(out, "SELECT location_id || ' ' || region FROM addresses ORDER BY 1") ==
          std::vector<std::string>{"loc-1 Assen", "loc-2 Coevorden", "loc-3 Emmen"});
    CHECK(column(out, "SELECT municipality FROM service_municipality WHERE service_id = 'svc-3' ORDER BY 1") ==
          std::vector<std::string>{"Coevorden", "Emmen"});
    CHECK(has(english(report.notes), "addresses.csv line 2: the municipality was found from the postcode"));
    CHECK(
        has(english(report.notes), "addresses.csv line 3: the municipality was found from the location's coordinates"));
    CHECK(has(english(report.notes), "addresses.csv line 4: the municipality was found from the city"));
    CHECK(has(dutch(report.notes), "addresses.csv regel 2: de gemeente is gevonden met de postcode"));
    CHECK(has(dutch(report.notes), "addresses.csv regel 3: de gemeente is gevonden met de coördinaten van de plek"));
    CHECK(has(dutch(report.notes), "addresses.csv regel 4: de gemeente is gevonden met de plaatsnaam"));
    CHECK(report.notes.size() == 3);

    // Nothing to go by: a clear error, not a service that no municipality lists.
    replace_in(src / "addresses.csv", "Brink 1,Assen,,9401 AA", "Brink 1,,,");
    replace_in(src / "locations.csv", "52.9927,6.5649", ",");
    CHECK(has(ww::load_hsds(src).errors,
              "addresses.csv line 2: region is empty, and neither postal_code, the location's coordinates nor city "
              "place the address in a municipality of Drenthe"));
}

TEST_CASE("places: a postcode outside Drenthe is an error, or with --skip-outside its services are left out",
          "[import][places]") {
    auto src = copy_tiny("outside");
    replace_in(src / "addresses.csv", "Assen,Assen,9401 AA", "Zwolle,,8011 AB");
    auto out = fresh_dir("outside-out") / "c.sqlite";
    auto refused = fixture::build(src, out);
    CHECK(refused.errors == std::vector<std::string>{
                                "addresses.csv line 2: postal_code '8011 AB' is not a postcode of Drenthe: the address "
                                "lies outside Drenthe (correct it, or build with --skip-outside to leave out what lies "
                                "outside Drenthe)"});
    CHECK_FALSE(fs::exists(out));

    // svc-1 is only at loc-1 (left out); svc-2 is at loc-1 too but also serves the area Assen (stays).
    auto report = build_with(src, out, {}, true);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services == 3);
    CHECK(column(out, "SELECT id FROM services ORDER BY 1") == std::vector<std::string>{"svc-2", "svc-3", "svc-4"});
    CHECK(column(out, "SELECT id FROM locations ORDER BY 1") == std::vector<std::string>{"loc-2", "loc-3"});
    CHECK(column(out, "SELECT id FROM phones ORDER BY 1") == std::vector<std::string>{"ph-2", "ph-3"});
    CHECK(has(report.warnings,
              "services.csv line 2: service 'svc-1' (Alzheimer Café Assen) is left out: it lies outside Drenthe "
              "(addresses.csv line 2: postal_code '8011 AB' is not a postcode of Drenthe)"));
    CHECK(has(report.warnings,
              "addresses.csv line 2: postal_code '8011 AB' is not a postcode of Drenthe: location 'loc-1' is left "
              "out: it lies outside Drenthe"));
}

TEST_CASE("a source without English texts builds, and the missing English is reported once", "[import]") {
    auto src = copy_tiny("no-english");
    auto services = ww::read_csv_file(src / "services.csv");
    REQUIRE(services);
    std::vector<size_t> keep;
    for (size_t i = 0; i < services->header.size(); ++i)
        if (!services->header[i].ends_with("_en")) keep.push_back(i);
    auto pick = [&](const std::vector<std::string>& fields) {
        std::vector<std::string> out;
        for (size_t i : keep) out.push_back(fields[i]);
        return out;
    };
    std::string text = ww::csv_row(pick(services->header));
    for (const auto& record : services->records) text += ww::csv_row(pick(record.fields));
    spit(src / "services.csv", text);

    auto out = fresh_dir("no-english-out") / "c.sqlite";
    auto report = fixture::build(src, out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services == 4);
    CHECK(report.warnings ==
          std::vector<std::string>{"no English text: 4 of 4 services have no name_en and 4 no description_en; the "
                                   "kiosk shows their Dutch text to English readers (kioskctl review lists them)"});
    // The fixture itself has all its English: no such warning.
    CHECK(fixture::build(tiny_source(), fresh_dir("english-out") / "c.sqlite").warnings.empty());
}

TEST_CASE("the official HSDS example dataset builds with a taxonomy map, --skip-outside and a small edit",
          "[import][official]") {
    auto map = fresh_dir("official-map") / "map.csv";
    spit(map, "scheme,term,code\ntaxonomy,code,advice\ntaxonomy,code,audience-carer\n");

    // As published: its one service is in the United States, so nothing is left to show.
    auto as_published =
        build_with(official_example("official-raw", false), fresh_dir("official-raw-out") / "c.sqlite", map, true);
    INFO(joined(as_published.errors) + joined(as_published.warnings));
    CHECK(has(as_published.warnings,
              "services.csv line 2: service 'ac148810-d857-441c-9679-408f346de14b' (Community Counselling) is left "
              "out: it lies outside Drenthe (addresses.csv line 2: country 'US' is not the Netherlands)"));
    CHECK(has(as_published.errors, "services.csv has no active service; the kiosk would have nothing to show"));

    // Moved to Assen, with the example's placeholder references pointed at its own rows.
    auto out = fresh_dir("official-out") / "c.sqlite";
    auto report = build_with(official_example("official", true), out, map, true);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services == 1);
    // Mapped: its one taxonomy term, to two codes.
    CHECK(has(english(report.notes),
              "taxonomy_terms.csv line 2: code 'code' (taxonomy 'taxonomy') mapped to advice, audience-carer "
              "(map.csv lines 2, 3)"));
    CHECK(column(out, "SELECT code FROM service_tag ORDER BY 1") ==
          std::vector<std::string>{"advice", "audience-carer"});
    // Found: the municipality, from the postcode (the region says "MyRegion").
    CHECK(has(english(report.notes), "addresses.csv line 2: the municipality was found from the postcode"));
    CHECK(column(out, "SELECT municipality FROM service_municipality") == std::vector<std::string>{"Assen"});
    // Left out: the service area "MyCity", and (once, summarised) the English the example lacks.
    CHECK(has(report.warnings, "service_areas.csv line 2: service area 'MyCity' is left out: it is not in Drenthe"));
    CHECK(column(out, "SELECT count(*) FROM service_areas") == std::vector<std::string>{"0"});
    CHECK(has_prefix(report.warnings, "no English text: 1 of 1 services have no name_en"));
    CHECK(column(out, "SELECT name FROM services") == std::vector<std::string>{"Community Counselling"});
    CHECK(column(out, "SELECT byday || ' ' || opens_at || '-' || closes_at FROM schedules") ==
          std::vector<std::string>{"TH,FR 10:00:00-18:00:00"});
}

TEST_CASE("kioskctl build --taxonomy-map --skip-outside, and pack takes them too", "[import][cli]") {
    auto src = official_example("official-cli", true);
    spit(src / "map.csv", "scheme,term,code\ntaxonomy,code,advice\n");
    auto out = fresh_dir("official-cli-out") / "c.sqlite";
    auto built = kioskctl({"build", "--source", src.string(), "--out", out.string(), "--taxonomy-map",
                           (src / "map.csv").string(), "--skip-outside"});
    INFO(built.err);
    CHECK(built.code == 0);
    CHECK(built.err.find("note: taxonomy_terms.csv line 2: code 'code' (taxonomy 'taxonomy') mapped to advice") !=
          std::string::npos);
    CHECK(built.err.find("warning: service_areas.csv line 2: service area 'MyCity' is left out") != std::string::npos);
    // Without --skip-outside the service area is an error, and nothing is written.
    auto refused = kioskctl({"build", "--source", src.string(), "--out", (out.string() + "2"), "--taxonomy-map",
                             (src / "map.csv").string()});
    CHECK(refused.code == 1);
    CHECK(refused.err.find("service_areas.csv line 2: name 'MyCity' is not a municipality of Drenthe") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(out.string() + "2"));
    // pack knows both options (its help lists them; an unknown option would be a usage error, 2).
    auto pack =
        kioskctl({"pack", "--source", src.string(), "--taxonomy-map", (src / "map.csv").string(), "--skip-outside"});
    CHECK(pack.code == 2);
    CHECK(pack.err.find("--version is required") != std::string::npos);
    CHECK(pack.err.find("--taxonomy-map FILE") != std::string::npos);
}

TEST_CASE("service areas: the whole province is each of its municipalities", "[import][places]") {
    for (const char* whole :
         {"Drenthe", "drenthe", "Provincie Drenthe", "provincie drenthe", "Heel Drenthe", "hele provincie Drenthe",
          "de hele provincie", "Drenthe (provincie)", "Prov. Drenthe", "alle gemeenten", "Alle 12 gemeenten in Drenthe",
          "Province of Drenthe", "DRENTHE ", "Drente"}) {
        INFO(whole);
        CHECK(ww::names_whole_province(whole));
    }
    for (const char* part : {"Midden-Drenthe", "Zuidoost-Drenthe", "Noord Drenthe", "Drenthe en Groningen", "Assen",
                             "heel", "provincie", "gemeente", "", "Groningen", "provincie Groningen"}) {
        INFO(part);
        CHECK_FALSE(ww::names_whole_province(part));
    }

    // svc-2 names Assen and "provincie Drenthe", svc-4 "Drenthe" besides Emmen and Coevorden.
    auto src = copy_tiny("whole-province");
    spit(src / "service_areas.csv",
         "id,service_id,name,description\n"
         "area-1,svc-4,Emmen,\n"
         "area-2,svc-4,Drenthe,Overal in de provincie\n"
         "area-3,svc-4,Coevorden,\n"
         "area-4,svc-2,Assen,Alle inwoners van Assen\n"
         "area-5,svc-2,provincie Drenthe,\n");
    auto out = fresh_dir("whole-province-out") / "c.sqlite";
    auto report = fixture::build(src, out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    std::vector<std::string> all;
    for (auto m : ww::drenthe_municipalities()) all.emplace_back(m);
    std::sort(all.begin(), all.end());
    for (const char* service : {"svc-2", "svc-4"}) {
        INFO(service);
        CHECK(column(out, std::string("SELECT name FROM service_areas WHERE service_id = '") + service +
                              "' ORDER BY name") == all);
    }
    // The municipalities the service named keep their rows; the others are new, with the row's
    // description and an id made from the row's.
    CHECK(column(out,
                 "SELECT id || ' ' || COALESCE(description, '') FROM service_areas WHERE service_id = 'svc-4' "
                 "AND name IN ('Emmen', 'Aa en Hunze', 'De Wolden') ORDER BY id") ==
          std::vector<std::string>{"area-1 ", "area-2-aa-en-hunze Overal in de provincie",
                                   "area-2-de-wolden Overal in de provincie"});
    CHECK(column(out, "SELECT description FROM service_areas WHERE id = 'area-5-assen'").empty());
    CHECK(column(out, "SELECT description FROM service_areas WHERE id = 'area-4'") ==
          std::vector<std::string>{"Alle inwoners van Assen"});
    // A note for each, in English and in Dutch.
    CHECK(has(english(report.notes),
              "service_areas.csv line 3: service 'Regiotaxi Zuidoost': service area 'Drenthe' is the whole province, "
              "so it became the 12 municipalities of Drenthe"));
    CHECK(has(dutch(report.notes),
              "service_areas.csv regel 6: hulp 'Wmo-loket Assen': werkgebied 'provincie Drenthe' is de hele provincie, "
              "dus alle 12 gemeenten van Drenthe"));
    CHECK(report.warnings.empty());

    // An area id that is a UUID gives UUIDs (the export keeps UUIDs as they are).
    const std::string uuid = "6f1e0c0e-2f0a-4c7e-9d8e-1a2b3c4d5e6f";
    replace_in(src / "service_areas.csv", "area-2,", uuid + ",");
    auto uuid_out = fresh_dir("whole-province-uuid") / "c.sqlite";
    auto uuid_report = fixture::build(src, uuid_out);
    INFO(joined(uuid_report.errors));
    REQUIRE(uuid_report.ok());
    CHECK(column(out, "SELECT count(*) FROM service_areas WHERE service_id = 'svc-4'") ==
          column(uuid_out, "SELECT count(*) FROM service_areas WHERE service_id = 'svc-4'"));
    CHECK(column(uuid_out, "SELECT id FROM service_areas WHERE service_id = 'svc-4' AND name = 'Assen'") ==
          std::vector<std::string>{ww::hsds_uuid("service_areas", uuid + ":Assen")});
}
