#pragma once
// Where an address lies when its data names no municipality: Drenthe's four-digit postcodes with
// their municipality (db/postcodes_drenthe.csv, compiled in; its source is in db/README.md), and
// the place of residence nearest to a point (db/woonplaatsen_drenthe.csv).
#include <optional>
#include <span>
#include <string_view>

#include "core/drenthe_places.h"

namespace ww {

struct DrenthePostcode {
    int pc4;                        // 9401
    std::string_view municipality;  // one of the 12 municipalities
    std::string_view place;         // the main place of residence in the area
};

// "9401 AB", "9401ab", "9401" -> 9401; nullopt when the text is not a Dutch postcode.
std::optional<int> dutch_pc4(std::string_view postal_code);

std::span<const DrenthePostcode> drenthe_postcodes();  // ascending by pc4
// The area of a four-digit postcode, or nullptr when it is not one of Drenthe's (the table holds
// the areas where people live; a PO-box-only postcode such as 9400 is not in it).
const DrenthePostcode* find_drenthe_postcode(int pc4);

// The place of residence whose centre is nearest to the point, when it lies within `within_km`;
// nullptr otherwise (the point lies outside Drenthe, or far from every place). The middle of every
// postcode area of Drenthe lies within 3.7 km of a place's centre (GeoNames, db/README.md), hence
// 4.5 km. Approximate: near the provincial border a point just outside may find a place just
// inside (Leek is 1.5 km from Nietap), so the postcode, when there is one, is asked first.
const DrentheTown* nearest_drenthe_town(double lat, double lon, double within_km = 4.5);

}  // namespace ww
