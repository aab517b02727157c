#include "core/sheet/catalogue_diff.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/hsds_id.h"
#include "core/phone.h"
#include "core/print/opening_hours_text.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww::sheet {

namespace {

struct Words {
    const char* nl;
    const char* en;
    const char* in(Language l) const { return l == Language::English ? en : nl; }
};

// Field names: the workbook's column headers in Dutch, so staff recognise them.
constexpr Words kName{"Naam", "Name"};
constexpr Words kNameEn{"Naam (Engels)", "Name (English)"};
constexpr Words kSummary{"Wat is het", "What it is"};
constexpr Words kSummaryEn{"Wat is het (Engels)", "What it is (English)"};
constexpr Words kDescription{"Beschrijving", "Description"};
constexpr Words kDescriptionEn{"Beschrijving (Engels)", "Description (English)"};
constexpr Words kOrganization{"Organisatie", "Organisation"};
constexpr Words kTopic{"Onderwerp", "Topic"};
constexpr Words kForWhom{"Voor wie", "For whom"};
constexpr Words kCost{"Kosten", "Cost"};
constexpr Words kMunicipality{"Gemeente", "Municipality"};
constexpr Words kArea{"Werkgebied", "Service area"};
constexpr Words kAddress{"Adres", "Address"};
constexpr Words kPhone{"Telefoon", "Phone"};
constexpr Words kWebsite{"Website", "Website"};
constexpr Words kEmail{"E-mail", "E-mail"};
constexpr Words kOpen{"Open op", "Opening hours"};
constexpr Words kNotes{"Uitleg tijden", "About the times"};
constexpr Words kFees{"Uitleg kosten", "About the cost"};
constexpr Words kFeesEn{"Uitleg kosten (Engels)", "About the cost (English)"};
constexpr Words kEligibility{"Voorwaarden", "Conditions"};
constexpr Words kEligibilityEn{"Voorwaarden (Engels)", "Conditions (English)"};
constexpr Words kStatus{"Status", "Status"};
constexpr Words kChecked{"Laatst gecontroleerd", "Last checked"};
constexpr Words kEmpty{"(leeg)", "(empty)"};

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

// Line breaks and runs of spaces as one space: a changed field is one line of the report.
std::string one_line(const std::string& text) {
    std::string out;
    for (char c : text) {
        char d = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += d;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string tags_text(const std::vector<std::string>& codes, TagKind kind, Language language) {
    std::vector<std::string> names;
    for (const auto& code : codes) {
        const TagInfo* tag = find_tag(code);
        if (tag && tag->kind == kind) names.emplace_back(language == Language::English ? tag->en : tag->nl);
    }
    std::sort(names.begin(), names.end());
    return join(names, ", ");
}

std::string sorted_join(std::vector<std::string> parts, const char* separator) {
    std::sort(parts.begin(), parts.end());
    return join(parts, separator);
}

std::string address_text(const ServiceLocation& l) {
    std::string place = join({l.postal_code, l.city}, " ");
    return join({l.name, l.address, place}, ", ");
}

std::string phones_text(const std::vector<PhoneNumber>& phones) {
    std::vector<std::string> parts;
    for (const auto& p : phones) {
        std::string text = format_phone(p.number);
        if (!p.description.empty()) text += " (" + p.description + ")";
        parts.push_back(text);
    }
    return join(parts, "; ");
}

std::string where(const ServiceDetail& s) {
    if (!s.summary.municipality.empty()) return s.summary.municipality;
    for (const auto& l : s.locations)
        if (!l.municipality.empty()) return l.municipality;
    return s.summary.municipalities.empty() ? std::string() : s.summary.municipalities.front();
}

// Every field a person can see or edit, in the workbook's column order, as words.
std::vector<std::pair<const Words*, std::string>> fields(const ServiceDetail& s, Language language) {
    std::vector<std::string> addresses, notes;
    for (const auto& l : s.locations) addresses.push_back(address_text(l));
    for (const auto& n : s.schedule_notes) notes.push_back(n.in(language));
    return {
        {&kName, s.summary.name.nl},
        {&kOrganization, s.summary.organization},
        {&kSummary, s.summary.summary.nl},
        {&kDescription, s.description.nl},
        {&kForWhom, tags_text(s.summary.tags, TagKind::Audience, language)},
        {&kEligibility, s.eligibility.nl},
        {&kTopic, tags_text(s.summary.tags, TagKind::Category, language)},
        {&kMunicipality, where(s)},
        {&kArea, sorted_join(s.summary.municipalities, "; ")},
        {&kAddress, join(addresses, "; ")},
        {&kPhone, phones_text(s.phones)},
        {&kWebsite, s.url},
        {&kEmail, s.email},
        {&kOpen, join(print::opening_hours_lines(s.summary.opening, language), "; ")},
        {&kNotes, join(notes, "; ")},
        {&kCost, tags_text(s.summary.tags, TagKind::Cost, language)},
        {&kFees, s.fees.nl},
        {&kChecked, s.assured_date},
        {&kStatus, s.status},
        {&kNameEn, s.summary.name.en},
        {&kSummaryEn, s.summary.summary.en},
        {&kDescriptionEn, s.description.en},
        {&kEligibilityEn, s.eligibility.en},
        {&kFeesEn, s.fees.en},
    };
}

ServiceChange change_for(const ServiceDetail& s) {
    ServiceChange c;
    c.id = s.summary.id;
    c.name = one_line(s.summary.name.nl);
    c.municipality = where(s);
    return c;
}

void sort_changes(std::vector<ServiceChange>& list) {
    auto key = [](const ServiceChange& c) {
        // Without a place last; names compared without case and accents.
        return std::make_tuple(c.municipality.empty(), fold(c.municipality), fold(c.name), c.id);
    };
    std::sort(list.begin(), list.end(),
              [&](const ServiceChange& a, const ServiceChange& b) { return key(a) < key(b); });
}

std::string value_or_empty(const std::string& value, Language language) {
    return value.empty() ? std::string(kEmpty.in(language)) : value;
}

}  // namespace

CatalogueDiff diff_services(const std::vector<ServiceDetail>& before, const std::vector<ServiceDetail>& after,
                            Language language) {
    CatalogueDiff diff;
    diff.old_total = static_cast<int>(before.size());
    diff.new_total = static_cast<int>(after.size());
    std::map<std::string, const ServiceDetail*> old_by_id, new_by_id;
    // By HSDS id: svc-0001 and the UUID the export gave it (core/hsds_id.h) are one service, so a
    // catalogue built from an export compares with the one built from the source.
    for (const auto& s : before) old_by_id.emplace(hsds_uuid("services", s.summary.id), &s);
    for (const auto& s : after) new_by_id.emplace(hsds_uuid("services", s.summary.id), &s);

    for (const auto& [id, s] : old_by_id)
        if (!new_by_id.count(id)) diff.removed.push_back(change_for(*s));
    for (const auto& [id, s] : new_by_id) {
        auto old = old_by_id.find(id);
        if (old == old_by_id.end()) {
            diff.added.push_back(change_for(*s));
            continue;
        }
        auto was = fields(*old->second, language);
        auto now = fields(*s, language);
        ServiceChange change = change_for(*s);
        for (size_t i = 0; i < now.size(); ++i) {
            std::string a = one_line(was[i].second), b = one_line(now[i].second);
            if (a == b) continue;
            change.fields.push_back(
                {now[i].first->in(language), value_or_empty(a, language), value_or_empty(b, language)});
        }
        if (change.fields.empty()) {
            ++diff.unchanged;
        } else {
            diff.changed.push_back(std::move(change));
        }
    }
    sort_changes(diff.added);
    sort_changes(diff.removed);
    sort_changes(diff.changed);
    return diff;
}

std::string diff_counts_line(const CatalogueDiff& diff, Language language) {
    auto n = [](size_t v) { return std::to_string(v); };
    if (language == Language::English)
        return n(diff.added.size()) + " new, " + n(diff.removed.size()) + " removed, " + n(diff.changed.size()) +
               " changed, " + n(static_cast<size_t>(diff.unchanged)) + " unchanged";
    return n(diff.added.size()) + " nieuw, " + n(diff.removed.size()) + " weg, " + n(diff.changed.size()) +
           " gewijzigd, " + n(static_cast<size_t>(diff.unchanged)) + " gelijk";
}

std::string diff_title(Language language) {
    return language == Language::English ? "What changes on the kiosks" : "Wat verandert er op de zuilen";
}

std::string diff_side_line(const DiffSide& side, bool is_old, Language language) {
    const bool en = language == Language::English;
    std::string out = is_old ? (en ? "Old: " : "Oud: ") : (en ? "New: " : "Nieuw: ");
    if (side.info.version > 0) {
        out += (en ? "version " : "versie ") + std::to_string(side.info.version);
        if (!side.info.created.empty()) out += (en ? " of " : " van ") + side.info.created;
        out += ", ";
    }
    return out + side.label;
}

std::string diff_section_title(int section, Language language) {
    const bool en = language == Language::English;
    switch (section) {
        case 0: return en ? "New services" : "Nieuwe diensten";
        case 1: return en ? "Removed services" : "Verdwenen diensten";
        default: return en ? "Changed services" : "Gewijzigde diensten";
    }
}

std::string diff_service_line(const ServiceChange& change) {
    std::string out = change.municipality.empty() ? std::string() : change.municipality + " \u00b7 ";
    return out + change.name + " (" + change.id + ")";
}

std::string diff_field_line(const FieldChange& field) {
    return field.field + ": " + field.before + " -> " + field.after;
}

std::string diff_nothing_line(Language language) {
    return language == Language::English ? "Nothing changes." : "Er verandert niets.";
}

std::string format_diff_text(const CatalogueDiff& diff, const DiffSide& old_side, const DiffSide& new_side,
                             Language language) {
    std::string out = diff_title(language) + "\n";
    out += diff_side_line(old_side, true, language) + "\n";
    out += diff_side_line(new_side, false, language) + "\n";
    out += diff_counts_line(diff, language) + "\n";
    if (diff.empty()) return out + "\n" + diff_nothing_line(language) + "\n";
    const std::vector<ServiceChange>* lists[] = {&diff.added, &diff.removed, &diff.changed};
    for (int section = 0; section < 3; ++section) {
        const auto& list = *lists[section];
        if (list.empty()) continue;
        out += "\n" + diff_section_title(section, language) + " (" + std::to_string(list.size()) + ")\n";
        for (const auto& change : list) {
            out += "  " + diff_service_line(change) + "\n";
            for (const auto& field : change.fields) out += "      " + diff_field_line(field) + "\n";
        }
    }
    return out;
}

}  // namespace ww::sheet
