#pragma once
// Towns of Drenthe with their municipality, an approximate centre and a postcode area:
// for helpful validation messages ("Borger lies in Borger-Odoorn") and for generated catalogues.
#include <span>
#include <string_view>

namespace ww {

struct DrentheTown {
    std::string_view name;
    std::string_view municipality;
    double lat;
    double lon;
    int postcode;  // the four digits of a typical postcode in the town
};

std::span<const DrentheTown> drenthe_towns();
const DrentheTown* find_drenthe_town(std::string_view name);  // case-insensitive

}  // namespace ww
