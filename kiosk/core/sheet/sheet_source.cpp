#include "core/sheet/sheet_source.h"

#include <charconv>

#include <nlohmann/json.hpp>

namespace ww::sheet {

namespace {

// A number as `kioskctl export` writes it (the shortest text that reads back as the same double).
std::string number_text(const Statement& st, int column) {
    if (st.is_null(column)) return {};
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, st.real(column));
    return ec == std::errc() ? std::string(buffer, end) : st.text(column);
}

// The rows of a query bound to one id, as a JSON list of lists of strings ("" for NULL); empty
// text when there are none.
std::string json_rows(Statement& st, const std::string& id) {
    st.reset();
    st.bind(1, id);
    nlohmann::json rows = nlohmann::json::array();
    const int n = sqlite3_column_count(st.handle());
    while (st.step()) {
        nlohmann::json row = nlohmann::json::array();
        for (int i = 0; i < n; ++i) row.push_back(st.is_null(i) ? std::string() : st.text(i));
        rows.push_back(std::move(row));
    }
    st.reset();
    return rows.empty() ? std::string() : rows.dump();
}

// The taxonomy attributes of one kind of thing, by the term's code: the workbook builds the terms
// as Wegwijzer's own ("term-" + code), so an attribute of a term without a code is not carried
// (not_carried.h says so at export).
std::string attributes_of(const char* entity) {
    return std::string(
               "SELECT a.id, t.code, a.link_type, a.value FROM attributes a"
               " JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id"
               " WHERE a.link_entity = '") +
           entity + "' AND a.link_id = ?1 AND COALESCE(t.code, '') <> '' ORDER BY a.rowid";
}

struct HiddenQueries {
    Statement status, organization, service_phones, org_phones, location_phones, service_schedules, location_schedules,
        areas, attributes, organization_attributes, location_attributes, more_addresses, location;

    explicit HiddenQueries(const Database& db)
        : status(db.prepare("SELECT COALESCE(status,'') FROM services WHERE id = ?1")),
          organization(db.prepare("SELECT COALESCE(description,''), COALESCE(website,''), COALESCE(email,'')"
                                  " FROM organizations WHERE id = ?1")),
          // A phone may belong to a service, an organisation and a place at once (HSDS allows it): it
          // is carried once, with its other links: by its service; else by its organisation, when
          // the workbook has that (it has a service); else by its place (not_carried.cpp agrees).
          service_phones(db.prepare("SELECT id, number, description, COALESCE(organization_id,''),"
                                    " COALESCE(location_id,'') FROM phones WHERE service_id = ?1 ORDER BY rowid")),
          org_phones(db.prepare("SELECT id, number, description, '', COALESCE(location_id,'') FROM phones"
                                " WHERE organization_id = ?1 AND COALESCE(service_id,'') = '' ORDER BY rowid")),
          location_phones(db.prepare(
              "SELECT id, number, description FROM phones p WHERE location_id = ?1 AND COALESCE(service_id,'') = ''"
              " AND NOT EXISTS (SELECT 1 FROM services s WHERE s.organization_id = p.organization_id)"
              " ORDER BY rowid")),
          service_schedules(db.prepare("SELECT id, byday, opens_at, closes_at, description, description_en"
                                       " FROM schedules WHERE service_id = ?1 ORDER BY rowid")),
          location_schedules(db.prepare("SELECT id, byday, opens_at, closes_at, description, description_en"
                                        " FROM schedules WHERE service_at_location_id = ?1 ORDER BY rowid")),
          areas(db.prepare("SELECT id, name, description FROM service_areas WHERE service_id = ?1 ORDER BY rowid")),
          attributes(db.prepare(attributes_of("service"))),
          organization_attributes(db.prepare(attributes_of("organization"))),
          location_attributes(db.prepare(attributes_of("location"))),
          more_addresses(db.prepare("SELECT id, address_1, city, region, postal_code, country FROM addresses"
                                    " WHERE location_id = ?1 AND rowid > (SELECT MIN(rowid) FROM addresses"
                                    " WHERE location_id = ?1) ORDER BY rowid")),
          location(db.prepare(
              "SELECT l.latitude, l.longitude, COALESCE(l.location_type,''), COALESCE(l.transportation,''),"
              " COALESCE(l.transportation_en,''), COALESCE(l.organization_id,''), COALESCE(a.id,''),"
              " COALESCE(a.country,'') FROM locations l"
              " LEFT JOIN addresses a ON a.rowid = (SELECT MIN(rowid) FROM addresses WHERE location_id = l.id)"
              " WHERE l.id = ?1")) {}

    std::string valid_error() const {
        for (const Statement* st : {&status, &organization, &service_phones, &org_phones, &location_phones,
                                    &service_schedules, &location_schedules, &areas, &attributes,
                                    &organization_attributes, &location_attributes, &more_addresses, &location})
            if (!st->valid()) return st->error();
        return {};
    }

    HiddenCells of_service(const std::string& id, const std::string& organization_id) {
        HiddenCells cells;
        status.reset();
        status.bind(1, id);
        if (status.step()) cells.emplace_back(kStatus, status.text(0));
        status.reset();
        organization.reset();
        organization.bind(1, organization_id);
        if (organization.step()) {
            cells.emplace_back(kOrganizationDescription, organization.text(0));
            cells.emplace_back(kOrganizationWebsite, organization.text(1));
            cells.emplace_back(kOrganizationEmail, organization.text(2));
        }
        organization.reset();
        cells.emplace_back(kServicePhones, json_rows(service_phones, id));
        cells.emplace_back(kOrganizationPhones, json_rows(org_phones, organization_id));
        cells.emplace_back(kServiceSchedules, json_rows(service_schedules, id));
        cells.emplace_back(kServiceAreas, json_rows(areas, id));
        cells.emplace_back(kAttributes, json_rows(attributes, id));
        cells.emplace_back(kOrganizationAttributes, json_rows(organization_attributes, organization_id));
        return cells;
    }

    HiddenCells of_location(const std::string& location_id, const std::string& service_at_location_id) {
        HiddenCells cells;
        location.reset();
        location.bind(1, location_id);
        if (location.step()) {
            cells.emplace_back(kLatitude, number_text(location, 0));
            cells.emplace_back(kLongitude, number_text(location, 1));
            cells.emplace_back(kLocationType, location.text(2));
            cells.emplace_back(kTransport, location.text(3));
            cells.emplace_back(kTransportEn, location.text(4));
            cells.emplace_back(kLocationOrganizationId, location.text(5));
            cells.emplace_back(kAddressId, location.text(6));
            cells.emplace_back(kCountry, location.text(7));
        }
        location.reset();
        cells.emplace_back(kLocationPhones, json_rows(location_phones, location_id));
        cells.emplace_back(kLocationSchedules, json_rows(location_schedules, service_at_location_id));
        cells.emplace_back(kLocationAddresses, json_rows(more_addresses, location_id));
        cells.emplace_back(kLocationAttributes, json_rows(location_attributes, location_id));
        return cells;
    }
};

}  // namespace

Result<std::vector<SheetService>> read_sheet_services(const Catalogue& catalogue) {
    const Database& db = catalogue.database();
    Statement ids = db.prepare("SELECT id, organization_id FROM services ORDER BY rowid");
    // One row per service at a location, with the location's first address (as the kiosk shows).
    Statement places = db.prepare(
        "SELECT sal.id, l.id, COALESCE(l.name,''), COALESCE(a.address_1,''), COALESCE(a.postal_code,''),"
        " COALESCE(a.city,''), COALESCE(a.region,'')"
        " FROM service_at_location sal JOIN locations l ON l.id = sal.location_id"
        " LEFT JOIN addresses a ON a.rowid = (SELECT MIN(rowid) FROM addresses WHERE location_id = l.id)"
        " WHERE sal.service_id = ?1 ORDER BY sal.rowid");
    if (!ids.valid()) return Error{"cannot read the services: " + ids.error()};
    if (!places.valid()) return Error{"cannot read the locations: " + places.error()};
    HiddenQueries hidden(db);
    if (auto e = hidden.valid_error(); !e.empty()) return Error{"cannot read the catalogue: " + e};

    std::vector<SheetService> services;
    while (ids.step()) {
        SheetService service;
        std::string id = ids.text(0);
        auto detail = catalogue.service(id);
        if (!detail) return Error{"cannot read service " + id};
        service.detail = std::move(*detail);
        service.organization_id = ids.text(1);
        service.hidden = hidden.of_service(id, service.organization_id);
        places.bind(1, id);
        while (places.step()) {
            SheetLocation place;
            place.service_at_location_id = places.text(0);
            place.location_id = places.text(1);
            place.location.name = places.text(2);
            place.location.address = places.text(3);
            place.location.postal_code = places.text(4);
            place.location.city = places.text(5);
            place.location.municipality = places.text(6);
            place.hidden = hidden.of_location(place.location_id, place.service_at_location_id);
            service.locations.push_back(std::move(place));
        }
        if (!places.error().empty()) return Error{"cannot read the locations of " + id + ": " + places.error()};
        places.reset();
        services.push_back(std::move(service));
    }
    if (!ids.error().empty()) return Error{"cannot read the services: " + ids.error()};
    return services;
}

}  // namespace ww::sheet
