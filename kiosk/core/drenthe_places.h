#pragma once
// The municipalities of Drenthe and their places of residence (woonplaatsen) with the point of
// their centre (GeoNames) and a typical postcode, from db/woonplaatsen_drenthe.csv (compiled in;
// its sources are in db/README.md; db/demo/make_demo.py reads the same file): for the municipality
// of a kiosk, a catalogue or a spreadsheet row, places in search queries, helpful validation
// messages ("Borger lies in Borger-Odoorn") and generated catalogues.
#include <span>
#include <string>
#include <string_view>

namespace ww {

// The twelve municipalities of Drenthe (those of the places' file), alphabetical.
std::span<const std::string_view> drenthe_municipalities();
// The official spelling of the municipality `name` names in any letter case ("emmen" -> "Emmen");
// empty when it names none. `find_municipality(name) == name` when it is spelled officially.
std::string_view find_municipality(std::string_view name);
// The municipality a misspelt or longer name most likely means ("Emen", "Gemeente Emmen" ->
// "Emmen"); empty when none is close.
std::string suggest_municipality(std::string_view name);

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
