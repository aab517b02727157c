#include "core/drenthe_places.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace ww {

namespace {
constexpr std::array<DrentheTown, 64> kTowns{{
    {"Gieten", "Aa en Hunze", 53.0050, 6.7640, 9461},
    {"Annen", "Aa en Hunze", 53.0580, 6.7200, 9468},
    {"Rolde", "Aa en Hunze", 52.9840, 6.6470, 9451},
    {"Gasselte", "Aa en Hunze", 52.9720, 6.7940, 9462},
    {"Eext", "Aa en Hunze", 53.0170, 6.7330, 9463},
    {"Grolloo", "Aa en Hunze", 52.9350, 6.6740, 9444},
    {"Assen", "Assen", 52.9927, 6.5649, 9401},
    {"Loon", "Assen", 53.0190, 6.5740, 9401},
    {"Rhee", "Assen", 53.0340, 6.5720, 9483},
    {"Borger", "Borger-Odoorn", 52.9240, 6.7930, 9531},
    {"Odoorn", "Borger-Odoorn", 52.8490, 6.8510, 7873},
    {"Exloo", "Borger-Odoorn", 52.8830, 6.8660, 7875},
    {"Nieuw-Buinen", "Borger-Odoorn", 52.9630, 6.9500, 9521},
    {"Valthermond", "Borger-Odoorn", 52.8790, 6.9630, 7876},
    {"2e Exloërmond", "Borger-Odoorn", 52.9030, 6.9320, 7881},
    {"Coevorden", "Coevorden", 52.6610, 6.7410, 7741},
    {"Dalen", "Coevorden", 52.7000, 6.7560, 7751},
    {"Schoonebeek", "Coevorden", 52.6620, 6.8850, 7761},
    {"Sleen", "Coevorden", 52.7710, 6.8030, 7841},
    {"Oosterhesselen", "Coevorden", 52.7540, 6.7210, 7861},
    {"Aalden", "Coevorden", 52.7930, 6.7140, 7854},
    {"Zuidwolde", "De Wolden", 52.6720, 6.4280, 7921},
    {"Ruinen", "De Wolden", 52.7620, 6.3550, 7963},
    {"de Wijk", "De Wolden", 52.6730, 6.2880, 7957},
    {"Ruinerwold", "De Wolden", 52.7230, 6.2490, 7961},
    {"Echten", "De Wolden", 52.7120, 6.3970, 7932},
    {"Emmen", "Emmen", 52.7858, 6.8976, 7811},
    {"Klazienaveen", "Emmen", 52.7270, 6.9910, 7891},
    {"Nieuw-Amsterdam", "Emmen", 52.7160, 6.8510, 7833},
    {"Emmer-Compascuum", "Emmen", 52.8120, 7.0470, 7881},
    {"Erica", "Emmen", 52.7190, 6.9200, 7887},
    {"Schoonoord", "Emmen", 52.8450, 6.7560, 7848},
    {"Hoogeveen", "Hoogeveen", 52.7225, 6.4764, 7901},
    {"Hollandscheveld", "Hoogeveen", 52.6960, 6.5270, 7913},
    {"Elim", "Hoogeveen", 52.6820, 6.5760, 7916},
    {"Pesse", "Hoogeveen", 52.7730, 6.4520, 7933},
    {"Nieuwlande", "Hoogeveen", 52.6950, 6.6120, 7918},
    {"Meppel", "Meppel", 52.6958, 6.1944, 7941},
    {"Nijeveen", "Meppel", 52.7320, 6.1660, 7948},
    {"Rogat", "Meppel", 52.6700, 6.2170, 7949},
    {"Beilen", "Midden-Drenthe", 52.8610, 6.5140, 9411},
    {"Westerbork", "Midden-Drenthe", 52.8510, 6.6080, 9431},
    {"Smilde", "Midden-Drenthe", 52.9540, 6.4500, 9422},
    {"Hooghalen", "Midden-Drenthe", 52.9200, 6.5370, 9414},
    {"Wijster", "Midden-Drenthe", 52.8150, 6.5170, 9418},
    {"Bovensmilde", "Midden-Drenthe", 52.9760, 6.4800, 9421},
    {"Roden", "Noordenveld", 53.1380, 6.4210, 9301},
    {"Peize", "Noordenveld", 53.1460, 6.4980, 9321},
    {"Norg", "Noordenveld", 53.0680, 6.4580, 9331},
    {"Nieuw-Roden", "Noordenveld", 53.1310, 6.3980, 9304},
    {"Veenhuizen", "Noordenveld", 53.0400, 6.3930, 9341},
    {"Een", "Noordenveld", 53.0900, 6.3900, 9342},
    {"Vries", "Tynaarlo", 53.0750, 6.5780, 9481},
    {"Eelde", "Tynaarlo", 53.1370, 6.5640, 9761},
    {"Paterswolde", "Tynaarlo", 53.1460, 6.5720, 9765},
    {"Zuidlaren", "Tynaarlo", 53.0940, 6.6820, 9471},
    {"Tynaarlo", "Tynaarlo", 53.0790, 6.6120, 9482},
    {"Eelderwolde", "Tynaarlo", 53.1650, 6.5650, 9761},
    {"Dwingeloo", "Westerveld", 52.8330, 6.3690, 7991},
    {"Diever", "Westerveld", 52.8540, 6.3200, 7981},
    {"Havelte", "Westerveld", 52.7710, 6.2400, 7971},
    {"Vledder", "Westerveld", 52.8570, 6.2090, 8381},
    {"Uffelte", "Westerveld", 52.7890, 6.2780, 7975},
    {"Wapse", "Westerveld", 52.8420, 6.2860, 7986},
}};

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}
}  // namespace

std::span<const DrentheTown> drenthe_towns() { return kTowns; }

const DrentheTown* find_drenthe_town(std::string_view name) {
    auto it = std::find_if(kTowns.begin(), kTowns.end(),
                           [&](const DrentheTown& t) { return same_ignoring_case(t.name, name); });
    return it == kTowns.end() ? nullptr : &*it;
}

}  // namespace ww
