// The catalogue as spreadsheet rows: the pure mapping, on hand-made services and on the demo
// catalogue (expected figures come from the catalogue's own tables, never typed in).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/catalogue.h"
#include "core/sheet/columns.h"
#include "core/sheet/opening_words.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"

using namespace ww;
using namespace ww::sheet;

namespace {

SheetService make_service(std::string id, std::vector<std::string> tags) {
    SheetService s;
    s.detail.summary.id = std::move(id);
    s.detail.summary.name = {"Alzheimer Café", "Alzheimer Café (EN)"};
    s.detail.summary.tags = std::move(tags);
    s.detail.summary.municipalities = {"Assen", "Emmen"};
    s.detail.summary.opening = {{0, 540, 1020}, {1, 540, 1020}, {2, 540, 1020}, {3, 540, 1020}, {4, 540, 1020}};
    s.detail.description = {"Een avond om te praten.", "An evening to talk."};
    s.detail.phones = {{"0591 - 12 34 56", ""}, {"0592 - 11 22 33", ""}};
    s.organization_id = "org-9";
    return s;
}

SheetLocation place(std::string sal, std::string loc, std::string municipality, std::string postal) {
    SheetLocation p;
    p.service_at_location_id = std::move(sal);
    p.location_id = std::move(loc);
    p.location.name = "Buurthuis " + p.location_id;
    p.location.address = "Markt 1";
    p.location.postal_code = std::move(postal);
    p.location.city = municipality;
    p.location.municipality = std::move(municipality);
    return p;
}

std::vector<SheetService> demo_services() {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    auto services = read_sheet_services(**catalogue);
    REQUIRE(services);
    return std::move(*services);
}

}  // namespace

TEST_CASE("sheet rows: one row per location, service cells repeated, ids filled", "[sheet]") {
    SheetService s = make_service("svc-1", {"meeting", "audience-person", "audience-carer", "cost-free"});
    s.locations = {place("sal-1", "loc-1", "Emmen", "7811 AB"), place("sal-2", "loc-2", "Assen", "9401 CD")};
    auto rows = sheet_rows({s});
    REQUIRE(rows.size() == 2);
    for (const SheetRow& r : rows) {
        REQUIRE(r.cells.size() == static_cast<std::size_t>(kColumnCount));
        CHECK(r[kName] == "Alzheimer Café");
        CHECK(r[kNameEn] == "Alzheimer Café (EN)");
        CHECK(r[kTopic] == "Ontmoeten");
        CHECK(r[kForWhom] == kForBoth);
        CHECK(r[kCost] == "Gratis");
        CHECK(r[kIndicationNeeded] == kNo);
        CHECK(r[kPhone] == "0591 - 12 34 56");
        CHECK(r[kOpenOn] == "ma-vr 9.00-17.00");
        CHECK(r[kServiceArea] == "Assen; Emmen");
        CHECK(r[kServiceId] == "svc-1");
        CHECK(r[kOrganizationId] == "org-9");
        CHECK(r[kTagCodes] == "meeting;audience-person;audience-carer;cost-free");
    }
    CHECK(rows[0][kMunicipality] == "Emmen");
    CHECK(rows[0][kPostalCode] == "7811 AB");
    CHECK(rows[0][kLocationId] == "loc-1");
    CHECK(rows[0][kPlace] == "Buurthuis loc-1");
    CHECK(rows[1][kServiceAtLocationId] == "sal-2");
}

TEST_CASE("sheet rows: the municipality filter, and a service without a location", "[sheet]") {
    SheetService with_places = make_service("svc-1", {"advice", "cost-indication"});
    with_places.locations = {place("sal-1", "loc-1", "Emmen", "7811 AB"), place("sal-2", "loc-2", "Assen", "9401 CD")};
    SheetService without = make_service("svc-2", {"transport", "audience-carer", "cost-contribution"});

    auto all = sheet_rows({with_places, without});
    REQUIRE(all.size() == 3);
    CHECK(all[2][kAddress].empty());
    CHECK(all[2][kLocationId].empty());
    CHECK(all[2][kMunicipality] == "Assen");  // its first service area
    CHECK(all[2][kForWhom] == kForCarers);
    CHECK(all[2][kCost] == "Eigen bijdrage");
    CHECK(all[0][kIndicationNeeded] == kYes);

    auto emmen = sheet_rows({with_places, without}, "Emmen");
    REQUIRE(emmen.size() == 2);
    CHECK(emmen[0][kLocationId] == "loc-1");
    CHECK(emmen[1][kServiceId] == "svc-2");
    CHECK(emmen[1][kMunicipality] == "Emmen");
    CHECK(sheet_rows({with_places, without}, "Meppel").empty());
}

TEST_CASE("sheet rows on the demo catalogue match its tables", "[sheet]") {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    const Database& db = (*catalogue)->database();
    std::vector<SheetService> services = demo_services();
    auto rows = sheet_rows(services);

    auto placed = db.scalar_int("SELECT COUNT(*) FROM service_at_location");
    auto unplaced =
        db.scalar_int("SELECT COUNT(*) FROM services WHERE id NOT IN (SELECT service_id FROM service_at_location)");
    REQUIRE(placed);
    REQUIRE(unplaced);
    CHECK(rows.size() == static_cast<std::size_t>(*placed + *unplaced));

    // Every row's place is the one its service_at_location id names.
    Statement where = db.prepare(
        "SELECT sal.service_id, sal.location_id, a.region, a.postal_code FROM service_at_location sal"
        " JOIN addresses a ON a.location_id = sal.location_id WHERE sal.id = ?1");
    int checked_places = 0;
    for (const SheetRow& r : rows) {
        if (r[kServiceAtLocationId].empty()) continue;
        where.bind(1, r[kServiceAtLocationId]);
        REQUIRE(where.step());
        CHECK(where.text(0) == r[kServiceId]);
        CHECK(where.text(1) == r[kLocationId]);
        CHECK(where.text(2) == r[kMunicipality]);
        CHECK(where.text(3) == r[kPostalCode]);
        where.reset();
        ++checked_places;
    }
    CHECK(checked_places == *placed);

    // Fixed-choice cells hold one of their choices; phone numbers keep their leading zero.
    for (Column c : {kTopic, kMunicipality, kForWhom, kCost, kIndicationNeeded}) {
        auto choices = column_choices(c);
        for (const SheetRow& r : rows)
            if (!r[c].empty()) CHECK(std::find(choices.begin(), choices.end(), r[c]) != choices.end());
    }
    int phones = 0, opening = 0;
    for (const SheetRow& r : rows) {
        if (!r[kPhone].empty()) {
            ++phones;
            CHECK(r[kPhone].front() == '0');
        }
        if (!r[kOpenOn].empty()) ++opening;
        CHECK(!r[kName].empty());
        CHECK(!r[kServiceId].empty());
    }
    CHECK(phones > 0);
    CHECK(opening > 0);

    // Every service is on the sheet, once per place.
    std::map<std::string, int> per_service;
    for (const SheetRow& r : rows) ++per_service[r[kServiceId]];
    CHECK(per_service.size() == static_cast<std::size_t>(*db.scalar_int("SELECT COUNT(*) FROM services")));
}

TEST_CASE("sheet rows on the demo catalogue: only Emmen", "[sheet]") {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    const Database& db = (*catalogue)->database();
    auto rows = sheet_rows(demo_services(), "Emmen");
    auto expected = db.scalar_int(
        "SELECT (SELECT COUNT(*) FROM service_at_location sal JOIN addresses a ON a.location_id = sal.location_id"
        "        WHERE a.region = 'Emmen')"
        " + (SELECT COUNT(*) FROM services s WHERE s.id NOT IN (SELECT service_id FROM service_at_location)"
        "        AND s.id IN (SELECT service_id FROM service_municipality WHERE municipality = 'Emmen'))");
    REQUIRE(expected);
    CHECK(*expected > 0);
    CHECK(rows.size() == static_cast<std::size_t>(*expected));
    for (const SheetRow& r : rows) CHECK(r[kMunicipality] == "Emmen");
}

TEST_CASE("sheet columns: every column has a unique header, an explanation and an example", "[sheet]") {
    std::set<std::string_view> headers;
    REQUIRE(columns().size() == static_cast<std::size_t>(kColumnCount));
    for (const ColumnInfo& c : columns()) {
        CHECK(!c.header.empty());
        CHECK(!c.explanation.empty());
        CHECK(!c.example.empty());
        CHECK(c.width > 0);
        CHECK(headers.insert(c.header).second);
    }
    CHECK(column(kPhone).text);
    CHECK(column(kPostalCode).text);
    CHECK(column(kServiceId).hidden);
    CHECK(!column(kName).hidden);
}

TEST_CASE("opening words of every demo service read back as the same week", "[sheet]") {
    int checked = 0;
    for (const SheetService& s : demo_services()) {
        auto slots = s.detail.summary.opening;
        if (slots.empty()) continue;
        std::sort(slots.begin(), slots.end(), [](const OpeningSlot& a, const OpeningSlot& b) {
            return a.weekday != b.weekday ? a.weekday < b.weekday : a.opens_min < b.opens_min;
        });
        slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
        std::string words = opening_words(slots);
        auto back = parse_opening_words(words);
        INFO(s.detail.summary.id << ": " << words);
        CHECK(back.problem_nl.empty());
        CHECK(back.slots == slots);
        ++checked;
    }
    CHECK(checked > 0);
}
