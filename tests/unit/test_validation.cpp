// Validation of HSDS sources: exact messages, every error at once, nothing written on failure.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>

#include <csignal>

#include "core/calendar.h"
#include "core/drenthe_places.h"
#include "core/hsds.h"
#include "core/hsds_id.h"
#include "hsds_fixture.h"

using namespace fixture;

TEST_CASE("validation: the tiny fixture is valid and builds", "[validation]") {
    auto load = ww::load_hsds(tiny_source());
    INFO(joined(load.errors));
    CHECK(load.ok());
    CHECK(load.warnings.empty());
    CHECK(load.package.table("services").rows.size() == 4);
    CHECK(load.package.table("services").rows[1].line == 5);  // svc-1 spans lines 2 to 4

    auto out = fresh_dir("valid") / "catalogue.sqlite";
    auto report = build(tiny_source(), out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.services == 4);
    CHECK(fs::exists(out));
    CHECK(listing(out.parent_path()) == std::vector<std::string>{"catalogue.sqlite"});  // no temp files left
}

TEST_CASE("validation: every kind of error is reported with file, line and field, all at once", "[validation]") {
    auto src = copy_tiny("many-errors");
    append(src / "organizations.csv", "org-1,Dubbel,,,\norg-3,,,,\n");                         // lines 4, 5
    append(src / "services.csv", "svc-9,org-x,Koffie,,,,,,open,,,,,2026-02-30\n");             // line 8
    append(src / "locations.csv", "loc-9,org-1,Nergens,abc,200,,,\nloc-10,,Half,52.9,,,,\n");  // lines 5, 6
    append(src / "addresses.csv",
           "adr-9,loc-1,Brink 2,Emmen,Emen,,NL\n"       // line 5
           "adr-10,loc-1,Brink 3,Borger,Borger,,NL\n"   // line 6
           "adr-11,loc-77,Brink 4,Assen,Assen,,NL\n");  // line 7
    append(src / "schedules.csv",
           "sch-9,svc-1,,\"MO,XX\",25:00,09:00,,\n"                         // line 7
           "sch-10,svc-1,,MO,17:00,09:00,,\n"                               // line 8
           "sch-11,,,MO,09:00,,,\n");                                       // line 9
    append(src / "phones.csv", "ph-9,,,,0592 000 000,\n");                  // line 5
    append(src / "service_areas.csv", "area-9,svc-1,Zuidoost-Drenthe,\n");  // line 5 (a part of the province)
    append(src / "taxonomy_terms.csv", "term-x,dementia,Dementie,,\nterm-y,koffie,Koffie,,\n");  // lines 14, 15
    append(src / "attributes.csv", "attr-99,svc-1,service,service,term-nope,\n");                // line 13

    auto out = fresh_dir("many-errors-out") / "catalogue.sqlite";
    auto report = build(src, out);
    const auto& e = report.errors;
    INFO(joined(e));
    CHECK_FALSE(report.ok());
    CHECK(has(e, "organizations.csv line 4: id 'org-1' is already used on line 2"));
    CHECK(has(e, "organizations.csv line 5: name is empty"));
    CHECK(has(e, "services.csv line 8: organization_id 'org-x' does not exist"));
    CHECK(has(e, "services.csv line 8: status 'open' is not one of active, inactive, defunct, temporarily closed"));
    CHECK(has(e, "services.csv line 8: assured_date '2026-02-30' is not a date (use YYYY-MM-DD)"));
    CHECK(has(e,
              "services.csv line 8: service 'svc-9' has no category (link it in attributes.csv to a taxonomy "
              "term with a category code, such as meeting or day-care)"));
    CHECK(has(e, "locations.csv line 5: latitude 'abc' is not a number"));
    CHECK(has(e, "locations.csv line 5: longitude 200 is out of range (-180 to 180)"));
    CHECK(has(e, "locations.csv line 6: longitude is empty but latitude is given"));
    CHECK(has(e, "addresses.csv line 5: region 'Emen' is not a municipality of Drenthe (did you mean Emmen?)"));
    CHECK(has(e,
              "addresses.csv line 6: region 'Borger' is not a municipality of Drenthe (Borger lies in Borger-Odoorn)"));
    CHECK(has(e, "addresses.csv line 7: location_id 'loc-77' does not exist"));
    CHECK(has(e,
              "schedules.csv line 7: byday 'MO,XX' has a code that is not a day (use MO,TU,WE,TH,FR,SA,SU, "
              "separated by commas)"));
    CHECK(has(e, "schedules.csv line 7: opens_at '25:00' is not a time (use HH:MM)"));
    CHECK(has(e, "schedules.csv line 8: closes_at 09:00 is not after opens_at 17:00"));
    CHECK(has(e,
              "schedules.csv line 9: service_id and service_at_location_id are both empty (a schedule belongs to "
              "a service)"));
    CHECK(has(e, "schedules.csv line 9: closes_at is empty; opening times need opens_at and closes_at"));
    CHECK(has(e,
              "phones.csv line 5: service_id, organization_id and location_id are all empty (a phone number "
              "belongs to a service, an organization or a location)"));
    CHECK(has(e, "service_areas.csv line 5: name 'Zuidoost-Drenthe' is not a municipality of Drenthe"));
    CHECK(has(e,
              "taxonomy_terms.csv line 14: code 'dementia' is not one of Wegwijzer's taxonomy codes (did you mean "
              "dementia-support?)"));
    CHECK(has(e,
              "taxonomy_terms.csv line 15: code 'koffie' is not one of Wegwijzer's taxonomy codes "
              "(dementia-support, meeting, day-care, transport, carer-support, care-at-home, advice, "
              "audience-person, audience-carer, cost-free, cost-contribution, cost-indication)"));
    CHECK(has(e, "attributes.csv line 13: taxonomy_term_id 'term-nope' does not exist"));
    CHECK(e.size() == 22);  // nothing else, nothing twice
    CHECK_FALSE(fs::exists(out));
    CHECK(listing(out.parent_path()).empty());
}

TEST_CASE("validation: an id meant as a UUID must be one, and two tables must agree about an id",
          "[validation][uuid]") {
    auto src = copy_tiny("uuid-errors");
    const std::string shared = "5d7c1a3e-2b4f-4c6d-8e9f-0a1b2c3d4e5f";
    append(src / "organizations.csv",
           "0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b6,Kort,,,\n"            // line 4: a digit short
               + shared + ",Gedeeld,,,\n");                           // line 5
    append(src / "locations.csv", shared + ",org-1,Gedeeld,,,,,\n");  // line 5
    append(src / "phones.csv", "ph-9,svc-1,{0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b60},,0592 000 000,\n");  // line 5
    append(src / "attributes.csv", "attr-99,loc-1,service,service,term-meeting,\n");                   // line 13
    append(src / "schedules.csv", "sch-9,svc-2,sal-3,MO,09:00,12:00,,\n");                             // line 7
    append(src / "services.csv", "svc-9,org-1,Koffie,,,,,,,,,,,\n");                                   // line 8
    append(src / "service_at_location.csv", "sal-9,svc-9,0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b60-1\n");   // line 6

    auto report = build(src, fresh_dir("uuid-errors-out") / "catalogue.sqlite");
    const auto& e = report.errors;
    INFO(joined(e));
    const std::string rule = " (a UUID is 32 hexadecimal digits, 0-9 and a-f, in groups of 8-4-4-4-12)";
    CHECK(has(e,
              "organizations.csv line 4: id '0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b6' is not a UUID: it has 31 "
              "hexadecimal digits, not 32" +
                  rule));
    CHECK(has(e,
              "phones.csv line 5: organization_id '{0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b60}' is not a UUID: '{' is "
              "not a hexadecimal digit" +
                  rule));
    CHECK(has(e,
              "service_at_location.csv line 6: location_id '0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b60-1' is not a "
              "UUID: it has 33 hexadecimal digits, not 32" +
                  rule));
    CHECK(has(e, "locations.csv line 5: id '" + shared +
                     "' is also the id of organizations.csv line 5; the two tables disagree about what it names (a "
                     "UUID names one thing)"));
    CHECK(has(e,
              "attributes.csv line 13: link_id 'loc-1' is not an id of services.csv but of locations.csv line 2: "
              "the two tables disagree about what it names"));
    CHECK(has(e,
              "schedules.csv line 7: service_id 'svc-2' disagrees with service_at_location.csv line 4, where "
              "service_at_location_id 'sal-3' is service 'svc-3' (give one of the two, or make them the same "
              "service)"));
    // A broken UUID is named once: not again as a reference that does not exist.
    CHECK(std::count_if(e.begin(), e.end(), [](const std::string& m) {
              return m.find("0b6f3a52-8c1e-4d2a-9f3b-5e7d1c2a4b60") != std::string::npos;
          }) == 2);
    CHECK(e.size() == 7);  // svc-9's missing category is the seventh
}

TEST_CASE("validation: HSDS ids, UUIDs kept and other ids mapped to UUIDv5", "[validation][uuid]") {
    // Python: uuid.uuid5(uuid.UUID("13264d53-1113-4b90-bff6-e5b51afbfab3"), "services:svc-0001")
    CHECK(ww::hsds_uuid("services", "svc-0001") == "777726c1-a0ac-5bc3-867c-3e79ac330dba");
    CHECK(ww::hsds_uuid("organizations", "org-1") == "16b74b36-b0fc-5dad-962b-ed145400379f");
    CHECK(ww::hsds_uuid("locations", "svc-0001") != ww::hsds_uuid("services", "svc-0001"));  // per table
    CHECK(ww::hsds_uuid("services", "777726c1-a0ac-5bc3-867c-3e79ac330dba") == "777726c1-a0ac-5bc3-867c-3e79ac330dba");
    CHECK(ww::hsds_uuid("services", "777726C1-A0AC-5BC3-867C-3E79AC330DBA") == "777726C1-A0AC-5BC3-867C-3E79AC330DBA");
    CHECK(ww::hsds_uuid("services", "").empty());
    CHECK(ww::is_uuid("777726C1-a0ac-5bc3-867c-3e79ac330dba"));
    CHECK_FALSE(ww::is_uuid("777726c1a0ac5bc3867c3e79ac330dba"));
    // Ids plainly not meant as UUIDs are fine; near misses are named.
    for (const char* id : {"svc-0001", "term-day-care", "term-for-people-with-dementia-and-carers", "12345", ""})
        CHECK_FALSE(ww::uuid_problem(id));
    CHECK(ww::uuid_problem("777726c1a0ac5bc3867c3e79ac330dba")->find("groups are 32, not 8-4-4-4-12") !=
          std::string::npos);
    CHECK(ww::uuid_problem("777726c1-a0ac-5bc3-867c-3e79ac330dbg")->find("'g' is not a hexadecimal digit") !=
          std::string::npos);
    CHECK(ww::uuid_problem("777726c1-a0ac-5bc3-867c3-e79ac330dba")->find("groups are 8-4-4-5-11") != std::string::npos);
}

TEST_CASE("validation: missing files and columns", "[validation]") {
    SECTION("a required file") {
        auto src = copy_tiny("missing-file");
        fs::remove(src / "attributes.csv");
        auto load = ww::load_hsds(src);
        INFO(joined(load.errors));
        CHECK(load.errors == std::vector<std::string>{"attributes.csv is missing from " + src.string()});
    }
    SECTION("an optional file may be left out") {
        auto src = copy_tiny("optional-file");
        fs::remove(src / "phones.csv");
        CHECK(ww::load_hsds(src).ok());
    }
    SECTION("a required column") {
        auto src = copy_tiny("missing-column");
        replace_in(src / "services.csv", "id,organization_id,name,", "id,organization_id,title,");
        auto load = ww::load_hsds(src);
        INFO(joined(load.errors));
        CHECK(load.errors == std::vector<std::string>{"services.csv: column name is missing from the header (line 1)"});
    }
    SECTION("the source folder") {
        auto load = ww::load_hsds("/nonexistent/hsds");
        CHECK(load.errors == std::vector<std::string>{"source folder /nonexistent/hsds does not exist"});
    }
    SECTION("a record with the wrong number of fields") {
        auto src = copy_tiny("field-count");
        append(src / "service_at_location.csv", "sal-9,svc-1\n");
        auto load = ww::load_hsds(src);
        CHECK(load.errors ==
              std::vector<std::string>{
                  "service_at_location.csv line 6: 2 fields, but the header has 3 (check the commas and quotes)"});
    }
    SECTION("header names are not case-sensitive") {
        auto src = copy_tiny("header-case");
        replace_in(src / "phones.csv", "id,service_id,organization_id,location_id,number,description",
                   "ID,Service_ID,organization_id,location_id,Number,description");
        auto load = ww::load_hsds(src);
        INFO(joined(load.errors));
        CHECK(load.ok());
        CHECK(load.package.table("phones").get(load.package.table("phones").rows[0], "number") == "0592 123 456");
    }
    SECTION("link_entity in the wrong case") {
        auto src = copy_tiny("entity-case");
        replace_in(src / "attributes.csv", "attr-5,svc-2,service,service,", "attr-5,svc-2,service,Service,");
        auto load = ww::load_hsds(src);
        INFO(joined(load.errors));
        CHECK(has(load.errors, "attributes.csv line 6: link_entity 'Service' must be written in lower case: service"));
        CHECK(has(load.errors,
                  "services.csv line 5: service 'svc-2' has no category (link it in attributes.csv to a "
                  "taxonomy term with a category code, such as meeting or day-care)"));
    }
    SECTION("unknown columns and files are ignored") {
        auto src = copy_tiny("unknown-columns");
        replace_in(src / "locations.csv", "transportation_en\n", "transportation_en,wheelchair\n");
        replace_in(src / "locations.csv", "Bus 1 stops at the door.\n", "Bus 1 stops at the door.,yes\n");
        replace_in(src / "locations.csv", "physical,,\n", "physical,,,no\n");
        replace_in(src / "locations.csv", "6.991,physical,,\n", "6.991,physical,,,\n");
        spit(src / "programs.csv", "id,name\np1,whatever\n");
        auto load = ww::load_hsds(src);
        INFO(joined(load.errors));
        CHECK(load.ok());
    }
}

TEST_CASE("validation: a file that is not UTF-8 is reported and the other files are still checked", "[validation]") {
    auto src = copy_tiny("latin1");
    replace_in(src / "organizations.csv", "Zorggroep Het Anker", "Zorggroep \xC9\xE9n");
    append(src / "services.csv", "svc-9,org-1,Zonder categorie,,,,,,,,,,,\n");
    auto load = ww::load_hsds(src);
    INFO(joined(load.errors));
    CHECK(
        has(load.errors, "organizations.csv line 3: the text is not valid UTF-8 (byte 0xC9); save the file as UTF-8"));
    CHECK(has(load.errors,
              "services.csv line 8: service 'svc-9' has no category (link it in attributes.csv to a "
              "taxonomy term with a category code, such as meeting or day-care)"));
    // organizations.csv could not be read, so its ids are not held against services.csv.
    CHECK(load.errors.size() == 2);
}

TEST_CASE("validation: a long list of errors is capped", "[validation]") {
    auto src = copy_tiny("capped");
    std::string rows;
    for (int i = 0; i < 300; ++i) rows += "sal-x" + std::to_string(i) + ",svc-1,loc-missing\n";
    append(src / "service_at_location.csv", rows);
    auto report = build(src, fresh_dir("capped-out") / "c.sqlite");
    REQUIRE(report.errors.size() == 201);
    CHECK(report.errors[0] == "service_at_location.csv line 6: location_id 'loc-missing' does not exist");
    CHECK(report.errors[200] == "... and 101 more errors");  // and svc-1 has too many locations
}

TEST_CASE("validation: a failed build leaves an existing catalogue byte for byte as it was", "[validation]") {
    auto dir = fresh_dir("keep-existing");
    auto out = dir / "catalogue.sqlite";
    REQUIRE(build(tiny_source(), out).ok());
    const std::string before = slurp(out);
    const auto modified = fs::last_write_time(out);

    auto src = copy_tiny("keep-existing-src");
    replace_in(src / "schedules.csv", "09:00,12:30", "09:00,twelve");
    auto report = build(src, out);
    CHECK(report.errors ==
          std::vector<std::string>{"schedules.csv line 3: closes_at 'twelve' is not a time (use HH:MM)"});
    CHECK(slurp(out) == before);
    CHECK(fs::last_write_time(out) == modified);
    CHECK(listing(dir) == std::vector<std::string>{"catalogue.sqlite"});
}

TEST_CASE("validation: bad metadata options and datapackage.json", "[validation]") {
    auto src = copy_tiny("metadata");
    spit(src / "datapackage.json", R"({"version": "two", "created": "yesterday", "wegwijzer": {"demo": "yes"}})");
    auto load = ww::load_hsds(src);
    INFO(joined(load.errors));
    CHECK(has(load.errors, "datapackage.json: version \"two\" is not a whole number above 0"));
    CHECK(has(load.errors, "datapackage.json: created \"yesterday\" is not a date (use YYYY-MM-DD)"));
    CHECK(has(load.errors, "datapackage.json: wegwijzer.demo must be true or false"));

    spit(src / "datapackage.json", "{ not json");
    CHECK(ww::load_hsds(src).errors ==
          std::vector<std::string>{"datapackage.json: not valid JSON (check the commas, quotes and braces)"});

    fs::remove(src / "datapackage.json");
    ww::BuildOptions options;
    options.source = src;
    options.out = fresh_dir("metadata-out") / "c.sqlite";
    options.expires = "2026-13-01";
    auto report = ww::build_catalogue(options);
    CHECK(report.errors == std::vector<std::string>{"expires '2026-13-01' is not a date (use YYYY-MM-DD)"});
}

TEST_CASE("validation: small parsers", "[validation]") {
    CHECK(ww::parse_clock("09:30") == 570);
    CHECK(ww::parse_clock("9:30") == 570);
    CHECK(ww::parse_clock("23:59:59") == 1439);
    CHECK_FALSE(ww::parse_clock("24:00"));
    CHECK_FALSE(ww::parse_clock("12:60"));
    CHECK_FALSE(ww::parse_clock("1230"));
    CHECK_FALSE(ww::parse_clock("12:3"));
    CHECK(ww::closing_minutes(23 * 60 + 59) == 1440);
    CHECK(ww::parse_byday("MO,WE, FR") == std::vector<int>{0, 2, 4});
    CHECK_FALSE(ww::parse_byday("mo"));
    CHECK_FALSE(ww::parse_byday(""));
    CHECK(ww::is_iso_date("2024-02-29"));
    CHECK_FALSE(ww::is_iso_date("2023-02-29"));
    CHECK(ww::suggest_municipality("Midden Drenthe") == "Midden-Drenthe");
    CHECK(ww::suggest_municipality("gemeente tynaarlo") == "Tynaarlo");
    CHECK(ww::suggest_municipality("Amsterdam").empty());
}

TEST_CASE("validation: a write that fails half-way leaves the old catalogue and no temporary file", "[validation]") {
    auto dir = fresh_dir("write-fails");
    auto out = dir / "catalogue.sqlite";
    REQUIRE(build(tiny_source(), out).ok());
    const std::string before = slurp(out);
    REQUIRE(before.size() > 64 * 1024);

    // In a child process, files may grow to only 16 KiB: the new catalogue cannot be written.
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{16 * 1024, 16 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        auto report = build(tiny_source(), out);
        bool said_why = report.errors.size() == 1 && report.errors[0].rfind("cannot write the catalogue: ", 0) == 0;
        _exit(report.ok() ? 1 : said_why ? 0 : 2);
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(slurp(out) == before);
    CHECK(listing(dir) == std::vector<std::string>{"catalogue.sqlite"});
}

TEST_CASE("validation: the value rules of the USB import apply at build too", "[validation][value_rules]") {
    auto src = copy_tiny("value-rules");
    append(src / "services.csv", "svc-9,org-1,Koffie\u202Eochtend,,,,javascript:alert(1),,,,,,,\n");  // line 8
    append(src / "phones.csv", "ph-9,svc-1,,,0592-BELMIJ,\n");                                        // line 5
    append(src / "locations.csv", "loc-9,org-1,Ver weg,23.4,12.1,,,\n");                              // line 5
    auto report = build(src, fresh_dir("value-rules-out") / "catalogue.sqlite");
    const auto& e = report.errors;
    INFO(joined(e));
    CHECK_FALSE(report.ok());
    CHECK(has(e, "services.csv line 8: name holds a character that changes the reading direction (U+202E) at byte 7"));
    CHECK(has(e, "services.csv line 8: url is not a web address (it must start with https:// or http://)"));
    CHECK(has(
        e,
        "phones.csv line 5: number holds 'B', which a phone number cannot hold (use digits, spaces and + - ( ) . /)"));
    CHECK(has(e,
              "locations.csv line 5: latitude 23.4, longitude 12.1 lies outside Drenthe (latitude 52.45 to 53.35, "
              "longitude 5.9 to 7.35; are latitude and longitude swapped?)"));
}

TEST_CASE("the 23:59 rule: one closing time means midnight, both ways", "[validation]") {
    CHECK(ww::closing_minutes(23 * 60 + 59) == ww::kMidnight);
    CHECK(ww::closing_minutes(17 * 60) == 17 * 60);
    CHECK(ww::hsds_clock(ww::kMidnight) == "23:59");
    CHECK(ww::hsds_clock(9 * 60 + 30) == "09:30");
    // What the builder stores and what the staff workbook writes back agree.
    for (int closes : {12 * 60, 23 * 60 + 59, ww::kMidnight})
        CHECK(ww::closing_minutes(*ww::parse_clock(ww::hsds_clock(closes))) == ww::closing_minutes(closes));
    // Open in the last minute of the day, whether the catalogue stored 23:59 or midnight.
    CHECK(ww::is_open_at(0, 23 * 60 + 59, 23 * 60 + 59));
    CHECK(ww::is_open_at(7 * 60, ww::kMidnight, 23 * 60 + 59));
    CHECK_FALSE(ww::is_open_at(9 * 60, 17 * 60, 17 * 60));  // closed at the closing minute
    CHECK_FALSE(ww::is_open_at(9 * 60, 17 * 60, 8 * 60 + 59));
}
