#include "core/taxonomy.h"

#include <algorithm>
#include <array>

namespace ww {

namespace {
constexpr std::array<TagInfo, 12> kTags{{
    {"dementia-support", TagKind::Category, "Hulp bij dementie", "Dementia support"},
    {"meeting", TagKind::Category, "Ontmoeten", "Meeting places"},
    {"day-care", TagKind::Category, "Dagbesteding", "Day care"},
    {"transport", TagKind::Category, "Vervoer", "Transport"},
    {"carer-support", TagKind::Category, "Hulp voor mantelzorgers", "Help for carers"},
    {"care-at-home", TagKind::Category, "Zorg thuis", "Care at home"},
    {"advice", TagKind::Category, "Advies en loket", "Advice"},
    {"audience-person", TagKind::Audience, "Voor mensen met dementie", "For people with dementia"},
    {"audience-carer", TagKind::Audience, "Voor mantelzorgers", "For carers"},
    {"cost-free", TagKind::Cost, "Gratis", "Free"},
    {"cost-contribution", TagKind::Cost, "Eigen bijdrage", "Personal contribution"},
    {"cost-indication", TagKind::Cost, "Indicatie nodig", "Needs a care assessment"},
}};

constexpr std::array<std::string_view, 12> kMunicipalities{
    "Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen",
    "Hoogeveen", "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld",
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
