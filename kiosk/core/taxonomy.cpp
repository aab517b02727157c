#include "core/taxonomy.h"

#include <algorithm>
#include <array>

namespace ww {

namespace {
constexpr std::array<TagInfo, 12> kTags{{
    {tag::kDementiaSupport, TagKind::Category, "Hulp bij dementie", "Dementia support",
     "Casemanager dementie, dementieconsulent, geheugenpoli en informatie over dementie."},
    {tag::kMeeting, TagKind::Category, "Ontmoeten", "Meeting places",
     "Alzheimer Café, ontmoetingscentrum, Odensehuis en andere plekken om anderen te ontmoeten."},
    {tag::kDayCare, TagKind::Category, "Dagbesteding", "Day care",
     "Dagbesteding overdag, bijvoorbeeld op een zorgboerderij of in het dorp."},
    {tag::kTransport, TagKind::Category, "Vervoer", "Transport",
     "Regiotaxi, Wmo-vervoer, vrijwillige chauffeurs en buurtbus."},
    {tag::kCarerSupport, TagKind::Category, "Hulp voor mantelzorgers", "Help for carers",
     "Steun, advies en even rust voor mantelzorgers, zoals respijtzorg en logeeropvang."},
    {tag::kCareAtHome, TagKind::Category, "Zorg thuis", "Care at home",
     "Wijkverpleging, thuiszorg, maaltijden aan huis en personenalarmering."},
    {tag::kAdvice, TagKind::Category, "Advies en loket", "Advice",
     "Wmo-loket, sociaal team, cliëntondersteuning en hulp bij geld en regels."},
    {tag::kAudiencePerson, TagKind::Audience, "Voor mensen met dementie", "For people with dementia",
     "Bedoeld voor de persoon met (beginnende) dementie."},
    {tag::kAudienceCarer, TagKind::Audience, "Voor mantelzorgers", "For carers",
     "Bedoeld voor partners, familie en anderen die zorgen voor iemand met dementie."},
    {tag::kCostFree, TagKind::Cost, "Gratis", "Free", "U betaalt niets."},
    {tag::kCostContribution, TagKind::Cost, "Eigen bijdrage", "Personal contribution",
     "U betaalt zelf een deel of een vast bedrag."},
    {tag::kCostIndication, TagKind::Cost, "Indicatie nodig", "Needs a care assessment",
     "U heeft een indicatie nodig van de gemeente (Wmo) of het CIZ (Wlz)."},
}};

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

bool ServiceSummary::has_tag(std::string_view code) const {
    return std::find(tags.begin(), tags.end(), code) != tags.end();
}

}  // namespace ww
