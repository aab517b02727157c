#include "core/drenthe_places.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/embedded_data.h"
#include "core/text.h"

namespace ww {

namespace {

// The places of residence of Drenthe, parsed once from db/woonplaatsen_drenthe.csv (built in).
struct Places {
    BuiltinCsvRows rows;  // owns the strings the DrentheTown views point into
    std::vector<DrentheTown> towns;
    std::vector<std::string> folded;               // lookup keys, same order as towns
    std::vector<std::string_view> municipalities;  // alphabetical, each once
};

// "Tweede Exloërmond" and "2e Exloërmond" are the same village: keys use the short form.
std::string lookup_key(std::string_view name) {
    std::string key = fold(name);
    for (auto [word, number] : {std::pair{"eerste ", "1e "}, std::pair{"tweede ", "2e "}})
        if (key.rfind(word, 0) == 0) key = number + key.substr(std::string_view(word).size());
    return key;
}

const Places& places() {
    static const Places loaded = [] {
        Places p;
        p.rows = builtin_csv_rows(embedded::woonplaatsen_csv(), "woonplaatsen_drenthe.csv (built in)", 4);
        for (const auto& f : p.rows) {
            const std::string& name = f[0];
            const std::string& municipality = f[1];
            int postcode = f.size() > 4 && !f[4].empty() ? std::atoi(f[4].c_str()) : 0;
            p.towns.push_back(
                {name, municipality, std::atof(f[2].c_str()), std::atof(f[3].c_str()), postcode, postcode != 0});
            p.folded.push_back(lookup_key(name));
            if (std::find(p.municipalities.begin(), p.municipalities.end(), municipality) == p.municipalities.end())
                p.municipalities.push_back(municipality);
        }
        std::sort(p.municipalities.begin(), p.municipalities.end());
        // A village without a postcode of its own in the file gets the one of the nearest place
        // in its municipality that has one: a typical postcode of its area.
        for (auto& town : p.towns) {
            if (town.own_postcode) continue;
            double best = std::numeric_limits<double>::max();
            for (const auto& other : p.towns) {
                if (!other.own_postcode || other.municipality != town.municipality) continue;
                double dlat = other.lat - town.lat,
                       dlon = (other.lon - town.lon) * std::cos(town.lat * std::numbers::pi / 180.0);
                if (double d = dlat * dlat + dlon * dlon; d < best) {
                    best = d;
                    town.postcode = other.postcode;
                }
            }
        }
        return p;
    }();
    return loaded;
}

}  // namespace

std::span<const std::string_view> drenthe_municipalities() { return places().municipalities; }

std::string_view find_municipality(std::string_view name) {
    for (std::string_view m : drenthe_municipalities())
        if (equal_ignoring_case(m, name)) return m;
    return {};
}

std::string suggest_municipality(std::string_view name) {
    const std::string typed = ascii_lower(trim(name));
    for (std::string_view m : drenthe_municipalities())  // "Gemeente Emmen", "emmen"
        if (const std::string official = ascii_lower(m);
            typed == official || (typed.size() > official.size() && typed.ends_with(" " + official)))
            return std::string(m);
    return closest_match(name, drenthe_municipalities());
}

std::span<const DrentheTown> drenthe_towns() { return places().towns; }

const DrentheTown* find_drenthe_town(std::string_view name) {
    const Places& p = places();
    const std::string key = lookup_key(name);
    for (size_t i = 0; i < p.towns.size(); ++i)
        if (p.folded[i] == key) return &p.towns[i];
    return nullptr;
}

}  // namespace ww
