#pragma once
// The places of residence (woonplaatsen) of Drenthe with their municipality, an approximate centre
// and a typical postcode, from db/woonplaatsen_drenthe.csv (compiled in; its source is in
// db/README.md): for places in search queries, helpful validation messages ("Borger lies in
// Borger-Odoorn") and generated catalogues.
#include <span>
#include <string_view>

namespace ww {

struct DrentheTown {
    std::string_view name;          // as the BAG spells it, e.g. "2e Exloërmond", "de Wijk"
    std::string_view municipality;  // one of the 12 municipalities
    double lat;
    double lon;
    int postcode;       // the four digits of a typical postcode in the town (or its nearest larger place)
    bool own_postcode;  // false when `postcode` is borrowed from the nearest larger place
};

std::span<const DrentheTown> drenthe_towns();  // in file order: by municipality, then name
// Case- and accent-insensitive; "Tweede Exloërmond" finds "2e Exloërmond". A name that two
// municipalities share (Alteveer: Hoogeveen and Noordenveld) finds the first in the file.
const DrentheTown* find_drenthe_town(std::string_view name);

}  // namespace ww
