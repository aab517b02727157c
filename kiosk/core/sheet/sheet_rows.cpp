#include "core/sheet/sheet_rows.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>

#include "core/sheet/opening_words.h"
#include "core/taxonomy.h"

namespace ww::sheet {

namespace {

std::string for_whom(const ServiceSummary& s) {
    bool person = s.has_tag(tag::kAudiencePerson), carer = s.has_tag(tag::kAudienceCarer);
    if (person && carer) return std::string(kForBoth);
    if (person) return std::string(kForPeopleWithDementia);
    if (carer) return std::string(kForCarers);
    return {};
}

// The first category the service has, in the home screen's order.
std::string topic(const ServiceSummary& s) {
    for (const TagInfo& t : categories())
        if (s.has_tag(t.code)) return std::string(t.nl);
    return {};
}

std::string cost(const ServiceSummary& s) {
    for (const TagInfo& t : all_tags())
        if (t.kind == TagKind::Cost && t.code != tag::kCostIndication && s.has_tag(t.code)) return std::string(t.nl);
    return {};
}

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += separator;
        out += w;
    }
    return out;
}

// The cells every row of the service shares; the location's cells are filled in per row.
SheetRow service_cells(const SheetService& service) {
    const ServiceDetail& d = service.detail;
    const ServiceSummary& s = d.summary;
    SheetRow row;
    row.cells.resize(kColumnCount);
    auto set = [&](Column c, std::string value) { row.cells[static_cast<std::size_t>(c)] = std::move(value); };
    set(kName, s.name.nl);
    set(kOrganization, s.organization);
    set(kWhatItIs, d.description.nl);
    set(kForWhom, for_whom(s));
    set(kConditions, d.eligibility.nl);
    set(kTopic, topic(s));
    set(kPhone, d.phones.empty() ? s.phone : d.phones.front().number);
    set(kWebsite, d.url);
    set(kEmail, d.email);
    set(kServiceArea, joined(s.municipalities, "; "));
    set(kOpenOn, opening_words(s.opening));
    set(kOpeningNote, d.schedule_notes.empty() ? std::string() : d.schedule_notes.front().nl);
    set(kCost, cost(s));
    set(kCostText, d.fees.nl);
    set(kIndicationNeeded, std::string(s.has_tag(tag::kCostIndication) ? kYes : kNo));
    set(kLastChecked, d.assured_date);
    set(kNameEn, s.name.en);
    set(kWhatItIsEn, d.description.en);
    set(kConditionsEn, d.eligibility.en);
    set(kCostTextEn, d.fees.en);
    set(kTagCodes, joined(s.tags, ";"));
    set(kServiceId, s.id);
    set(kOrganizationId, service.organization_id);
    return row;
}

constexpr Column kFingerprinted[] = {kForWhom, kTopic,  kServiceArea, kAddress, kCity,
                                     kPhone,   kOpenOn, kOpeningNote, kCost,    kIndicationNeeded};

std::string cell_hash(const std::string& text) {
    std::uint32_t h = 2166136261u;  // FNV-1a: short, and enough to notice an edit
    for (unsigned char c : text) h = (h ^ c) * 16777619u;
    char out[9];
    std::snprintf(out, sizeof out, "%08x", h);
    return out;
}

void set_hidden(SheetRow& row, const HiddenCells& cells) {
    for (const auto& [column, value] : cells) row.cells[static_cast<std::size_t>(column)] = value;
}

}  // namespace

std::span<const Column> fingerprinted_columns() { return kFingerprinted; }

std::string fingerprint(const SheetRow& row) {
    std::string out;
    for (Column c : kFingerprinted) out += cell_hash(row[c]);
    return out;
}

bool unchanged_since_export(const SheetRow& row, Column column) {
    const std::string& print = row[kFingerprint];
    for (std::size_t i = 0; i < std::size(kFingerprinted); ++i)
        if (kFingerprinted[i] == column)
            return print.size() >= (i + 1) * 8 && print.compare(i * 8, 8, cell_hash(row[column])) == 0;
    return false;
}

std::vector<SheetRow> sheet_rows(const std::vector<SheetService>& services, std::string_view municipality) {
    std::vector<SheetRow> rows;
    for (const SheetService& service : services) {
        const ServiceSummary& s = service.detail.summary;
        if (service.locations.empty()) {
            const std::vector<std::string>& areas = s.municipalities;
            if (!municipality.empty() && std::find(areas.begin(), areas.end(), municipality) == areas.end()) continue;
            SheetRow row = service_cells(service);
            row.cells[kMunicipality] = !municipality.empty() ? std::string(municipality)
                                       : areas.empty()       ? std::string()
                                                             : areas.front();
            set_hidden(row, service.hidden);
            row.cells[kFingerprint] = fingerprint(row);
            rows.push_back(std::move(row));
            continue;
        }
        for (const SheetLocation& place : service.locations) {
            const ServiceLocation& l = place.location;
            if (!municipality.empty() && l.municipality != municipality) continue;
            SheetRow row = service_cells(service);
            row.cells[kMunicipality] = l.municipality;
            row.cells[kPlace] = l.name;
            row.cells[kAddress] = l.address;
            row.cells[kPostalCode] = l.postal_code;
            row.cells[kCity] = l.city;
            row.cells[kLocationId] = place.location_id;
            row.cells[kServiceAtLocationId] = place.service_at_location_id;
            set_hidden(row, service.hidden);
            set_hidden(row, place.hidden);
            row.cells[kFingerprint] = fingerprint(row);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace ww::sheet
