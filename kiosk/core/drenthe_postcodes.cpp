#include "core/drenthe_postcodes.h"

#include <algorithm>
#include <cctype>
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

struct Postcodes {
    BuiltinCsvRows rows;  // owns the strings the views point into
    std::vector<DrenthePostcode> areas;
};

const Postcodes& postcodes() {
    static const Postcodes loaded = [] {
        Postcodes p;
        p.rows = builtin_csv_rows(embedded::postcodes_csv(), "postcodes_drenthe.csv (built in)", 3);
        for (const auto& f : p.rows) p.areas.push_back({std::atoi(f[0].c_str()), f[1], f[2]});
        std::sort(p.areas.begin(), p.areas.end(),
                  [](const DrenthePostcode& a, const DrenthePostcode& b) { return a.pc4 < b.pc4; });
        return p;
    }();
    return loaded;
}

}  // namespace

std::optional<int> dutch_pc4(std::string_view postal_code) {
    std::string text = trim(postal_code);
    if (text.size() < 4) return std::nullopt;
    for (size_t i = 0; i < 4; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    if (text[0] == '0') return std::nullopt;  // Dutch postcodes run from 1000 to 9999
    std::string_view rest = std::string_view(text).substr(4);
    if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty()) {
        if (rest.size() != 2 || !std::isalpha(static_cast<unsigned char>(rest[0])) ||
            !std::isalpha(static_cast<unsigned char>(rest[1])))
            return std::nullopt;
    }
    return std::atoi(text.substr(0, 4).c_str());
}

std::span<const DrenthePostcode> drenthe_postcodes() { return postcodes().areas; }

const DrenthePostcode* find_drenthe_postcode(int pc4) {
    const auto& areas = postcodes().areas;
    auto it = std::lower_bound(areas.begin(), areas.end(), pc4,
                               [](const DrenthePostcode& area, int value) { return area.pc4 < value; });
    return it != areas.end() && it->pc4 == pc4 ? &*it : nullptr;
}

const DrentheTown* nearest_drenthe_town(double lat, double lon, double within_km) {
    constexpr double kKmPerDegree = 111.2;
    const double lon_scale = std::cos(lat * std::numbers::pi / 180.0);
    const DrentheTown* best = nullptr;
    double best_km = std::numeric_limits<double>::max();
    for (const auto& town : drenthe_towns()) {
        double dlat = (town.lat - lat) * kKmPerDegree, dlon = (town.lon - lon) * kKmPerDegree * lon_scale;
        if (double km = std::sqrt(dlat * dlat + dlon * dlon); km < best_km) {
            best_km = km;
            best = &town;
        }
    }
    return best_km <= within_km ? best : nullptr;
}

}  // namespace ww
