#pragma once
// What changes on the kiosks when a new catalogue replaces the old one (`kioskctl diff`, and the
// summary `kioskctl pack` shows before it signs). Pure: two lists of services in, the services
// that are new, removed and changed out, each changed field named in words with old -> new.
#include <string>
#include <vector>

#include "core/model.h"

namespace ww::sheet {

struct FieldChange {
    std::string field;   // "Telefoon" / "Phone"
    std::string before;  // in words; "(leeg)" / "(empty)" when there was nothing
    std::string after;
};

struct ServiceChange {
    std::string id;
    std::string name;                 // the new name (the old one for a removed service)
    std::string municipality;         // where it is; "" when it has no place
    std::vector<FieldChange> fields;  // changed services only, in the workbook's column order
};

struct CatalogueDiff {
    // Each ordered by municipality, then name, then id.
    std::vector<ServiceChange> added;
    std::vector<ServiceChange> removed;
    std::vector<ServiceChange> changed;
    int unchanged = 0;
    int old_total = 0;
    int new_total = 0;
    bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// Services are matched by id, an id and the UUID an export made of it being the same (a catalogue
// built from `kioskctl export` holds the UUIDs; core/hsds_id.h). Field names and values are in `language` (categories by their
// names, opening hours as a week in words).
CatalogueDiff diff_services(const std::vector<ServiceDetail>& before, const std::vector<ServiceDetail>& after,
                            Language language);

// One catalogue as the report names it: "versie 12 van 2026-11-30".
struct DiffSide {
    std::string label;  // the file or folder given
    CatalogueInfo info;
};

// "2 nieuw, 1 weg, 3 gewijzigd, 40 gelijk" / "2 new, 1 removed, 3 changed, 40 unchanged".
std::string diff_counts_line(const CatalogueDiff& diff, Language language);

// The whole report as text for a terminal: a header with both versions and the counts, then the
// three lists, one line per service and one indented line per changed field.
std::string format_diff_text(const CatalogueDiff& diff, const DiffSide& old_side, const DiffSide& new_side,
                             Language language);

// The words format_diff_text uses, for other renderings (the PDF).
std::string diff_title(Language language);
std::string diff_side_line(const DiffSide& side, bool is_old, Language language);
std::string diff_section_title(int section, Language language);  // 0 new, 1 removed, 2 changed
std::string diff_service_line(const ServiceChange& change);      // "Emmen · Alzheimer Café (svc-1)"
std::string diff_field_line(const FieldChange& field);           // "Telefoon: 0591 - 12 -> 0591 - 34"
std::string diff_nothing_line(Language language);

}  // namespace ww::sheet
