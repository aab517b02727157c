#include "core/taxonomy.h"

#include <algorithm>
#include <array>

namespace ww {

namespace {
constexpr std::array<TagInfo, 12> kTags{{
    {"dementia-support", TagKind::Category, "Hulp bij dementie", "Dementia support",
     "Casemanager dementie, dementieconsulent, geheugenpoli en informatie over dementie."},
    {"meeting", TagKind::Category, "Ontmoeten", "Meeting places",
     "Alzheimer Café, ontmoetingscentrum, Odensehuis en andere plekken om anderen te ontmoeten."},
    {"day-care", TagKind::Category, "Dagbesteding", "Day care",
     "Dagbesteding overdag, bijvoorbeeld op een zorgboerderij of in het dorp."},
    {"transport", TagKind::Category, "Vervoer", "Transport",
     "Regiotaxi, Wmo-vervoer, vrijwillige chauffeurs en buurtbus."},
    {"carer-support", TagKind::Category, "Hulp voor mantelzorgers", "Help for carers",
     "Steun, advies en even rust voor mantelzorgers, zoals respijtzorg en logeeropvang."},
    {"care-at-home", TagKind::Category, "Zorg thuis", "Care at home",
     "Wijkverpleging, thuiszorg, maaltijden aan huis en personenalarmering."},
    {"advice", TagKind::Category, "Advies en loket", "Advice",
     "Wmo-loket, sociaal team, cliëntondersteuning en hulp bij geld en regels."},
    {"audience-person", TagKind::Audience, "Voor mensen met dementie", "For people with dementia",
     "Bedoeld voor de persoon met (beginnende) dementie."},
    {"audience-carer", TagKind::Audience, "Voor mantelzorgers", "For carers",
     "Bedoeld voor partners, familie en anderen die zorgen voor iemand met dementie."},
    {"cost-free", TagKind::Cost, "Gratis", "Free", "U betaalt niets."},
    {"cost-contribution", TagKind::Cost, "Eigen bijdrage", "Personal contribution",
     "U betaalt zelf een deel of een vast bedrag."},
    {"cost-indication", TagKind::Cost, "Indicatie nodig", "Needs a care assessment",
     "U heeft een indicatie nodig van de gemeente (Wmo) of het CIZ (Wlz)."},
}};

constexpr std::array<std::string_view, 12> kMunicipalities{
    "Aa en Hunze", "Assen",  "Borger-Odoorn",  "Coevorden",   "De Wolden", "Emmen",
    "Hoogeveen",   "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo",  "Westerveld",
};
}  // namespace

std::span<const TagInfo> categories() { return std::span(kTags).first(7); }
std::span<const TagInfo> all_tags() { return kTags; }

const TagInfo* find_tag(std::string_view code) {
    auto it = std::find_if(kTags.begin(), kTags.end(), [&](const TagInfo& t) { return t.code == code; });
    return it == kTags.end() ? nullptr : &*it;
}

bool is_category(std::string_view code) {
    const TagInfo* t = find_tag(code);
    return t && t->kind == TagKind::Category;
}

std::span<const std::string_view> drenthe_municipalities() { return kMunicipalities; }

bool ServiceSummary::has_tag(const std::string& code) const {
    return std::find(tags.begin(), tags.end(), code) != tags.end();
}

}  // namespace ww
