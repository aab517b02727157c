// The places of residence of Drenthe (db/woonplaatsen_drenthe.csv, compiled in).
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "core/csv.h"
#include "core/drenthe_places.h"
#include "core/drenthe_postcodes.h"
#include "core/embedded_data.h"

using namespace ww;

namespace {
const std::set<std::string> kMunicipalities{"Aa en Hunze",    "Assen",       "Borger-Odoorn", "Coevorden",
                                            "De Wolden",      "Emmen",       "Hoogeveen",     "Meppel",
                                            "Midden-Drenthe", "Noordenveld", "Tynaarlo",      "Westerveld"};
}

TEST_CASE("the built-in list of places parses completely", "[places]") {
    auto table = parse_csv(embedded::woonplaatsen_csv(), "woonplaatsen_drenthe.csv");
    REQUIRE(table);
    CHECK(table->header == std::vector<std::string>{"name", "municipality", "lat", "lon", "postcode", "source"});
    // Every row of the file becomes a place: nothing is dropped silently.
    CHECK(drenthe_towns().size() == table->records.size());
    CHECK(drenthe_towns().size() >= 200);
}

TEST_CASE("every place lies in one of the 12 municipalities, inside Drenthe, once", "[places]") {
    std::set<std::pair<std::string, std::string>> seen;
    std::set<std::string> municipalities_with_places;
    for (const auto& town : drenthe_towns()) {
        INFO(town.name);
        CHECK(kMunicipalities.count(std::string(town.municipality)) == 1);
        municipalities_with_places.insert(std::string(town.municipality));
        // Drenthe's bounding box, with a little margin.
        CHECK(town.lat > 52.60);
        CHECK(town.lat < 53.22);
        CHECK(town.lon > 6.10);
        CHECK(town.lon < 7.10);
        CHECK(seen.insert({std::string(town.name), std::string(town.municipality)}).second);
        // A Drenthe postcode: 77xx-79xx, 83xx or 93xx-97xx.
        CHECK(town.postcode >= 7700);
        CHECK(town.postcode <= 9799);
    }
    CHECK(municipalities_with_places == kMunicipalities);
}

TEST_CASE("known places map to their municipality", "[places]") {
    const std::pair<const char*, const char*> samples[] = {
        {"Zuidlaren", "Tynaarlo"},     {"Dwingeloo", "Westerveld"},
        {"Schoonoord", "Coevorden"},   {"Schoonebeek", "Emmen"},
        {"Pesse", "Hoogeveen"},        {"Ruinen", "De Wolden"},
        {"Orvelte", "Midden-Drenthe"}, {"Gasselternijveen", "Aa en Hunze"},
        {"Peize", "Noordenveld"},      {"Exloo", "Borger-Odoorn"},
        {"Nijeveen", "Meppel"},        {"Loon", "Assen"},
    };
    for (auto [name, municipality] : samples) {
        INFO(name);
        const DrentheTown* town = find_drenthe_town(name);
        REQUIRE(town != nullptr);
        CHECK(town->municipality == municipality);
    }
}

TEST_CASE("finding a place ignores case and accents, and knows the spelled-out numbers", "[places]") {
    REQUIRE(find_drenthe_town("zuidlaren"));
    CHECK(find_drenthe_town("DWINGELOO")->name == "Dwingeloo");
    REQUIRE(find_drenthe_town("balloerveld"));
    CHECK(find_drenthe_town("balloerveld")->name == "Balloërveld");
    REQUIRE(find_drenthe_town("Tweede Exloërmond"));
    CHECK(find_drenthe_town("Tweede Exloërmond")->name == "2e Exloërmond");
    CHECK(find_drenthe_town("De Wijk")->municipality == "De Wolden");
    CHECK(find_drenthe_town("Amsterdam") == nullptr);
    CHECK(find_drenthe_town("") == nullptr);
}

TEST_CASE("a place's own postcode is an area of the postcode table whose main place it is", "[places]") {
    // Two files, two sources (db/README.md): a hand-given postcode that belongs to a neighbour
    // (Rhee had Zeegse's 9483, in another municipality) shows here.
    int own = 0;
    for (const auto& town : drenthe_towns()) {
        if (!town.own_postcode) continue;
        INFO(town.name << " " << town.postcode);
        const DrenthePostcode* area = find_drenthe_postcode(town.postcode);
        REQUIRE(area);
        CHECK(area->place == town.name);
        CHECK(area->municipality == town.municipality);
        ++own;
    }
    CHECK(own >= 60);
}

TEST_CASE("a village without its own postcode borrows the nearest one in its municipality", "[places]") {
    const DrentheTown* zweeloo = find_drenthe_town("Zweeloo");
    REQUIRE(zweeloo);
    CHECK_FALSE(zweeloo->own_postcode);
    const DrentheTown* aalden = find_drenthe_town("Aalden");  // 1 km away, same municipality
    REQUIRE(aalden);
    CHECK(aalden->own_postcode);
    CHECK(zweeloo->postcode == aalden->postcode);
}

TEST_CASE("the municipalities are those of the places' file, alphabetical", "[places]") {
    const auto list = drenthe_municipalities();
    CHECK(std::set<std::string>(list.begin(), list.end()) == kMunicipalities);
    CHECK(list.size() == kMunicipalities.size());  // each once
    CHECK(std::is_sorted(list.begin(), list.end()));
}

TEST_CASE("a municipality is found in any letter case, in its official spelling", "[places]") {
    CHECK(find_municipality("Emmen") == "Emmen");
    CHECK(find_municipality("aa en hunze") == "Aa en Hunze");
    CHECK(find_municipality("MIDDEN-DRENTHE") == "Midden-Drenthe");
    CHECK(find_municipality("Midden Drenthe").empty());  // a suggestion, not a match
    CHECK(find_municipality("Borger").empty());          // a place, not a municipality
    CHECK(find_municipality("").empty());
}

TEST_CASE("a misspelt municipality gets a suggestion, swapped letters count as one edit", "[places]") {
    CHECK(suggest_municipality("Emen") == "Emmen");
    CHECK(suggest_municipality("Gemeente Emmen") == "Emmen");
    CHECK(suggest_municipality(" coevorden ") == "Coevorden");
    // Two swaps of neighbouring letters: two edits (once four, too far for a suggestion).
    CHECK(suggest_municipality("Tnyaarol") == "Tynaarlo");
    CHECK(suggest_municipality("Hogoeveen") == "Hoogeveen");
    CHECK(suggest_municipality("Groningen").empty());
}
