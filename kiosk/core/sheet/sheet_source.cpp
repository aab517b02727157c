#include "core/sheet/sheet_source.h"

namespace ww::sheet {

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

    std::vector<SheetService> services;
    while (ids.step()) {
        SheetService service;
        std::string id = ids.text(0);
        auto detail = catalogue.service(id);
        if (!detail) return Error{"cannot read service " + id};
        service.detail = std::move(*detail);
        service.organization_id = ids.text(1);
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
