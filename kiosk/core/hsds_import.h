#pragma once
// HSDS from other tools: their taxonomy terms mapped to Wegwijzer's codes (`--taxonomy-map`), a
// municipality for every address that names none (from its postcode, its location's coordinates
// or its city), and what lies outside Drenthe left out on request (`--skip-outside`). The loader
// (hsds.cpp) runs these steps on the tables it has read, before its own checks.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace ww {

struct HsdsPackage;

// How `kioskctl build` and `pack` take in an HSDS folder from another tool.
struct ImportRules {
    std::filesystem::path taxonomy_map;  // a CSV file `scheme,term,code`; empty: terms use Wegwijzer's codes
    bool skip_outside = false;           // leave out (and report) what lies outside Drenthe
};

// One line of a taxonomy map: the term `term` (its id or its code) of the taxonomy `scheme` (the
// term's `taxonomy` or `taxonomy_id`, or the name of that taxonomy in taxonomies.csv; empty or
// "*" for any) means the Wegwijzer category, audience or cost code `code`.
struct TaxonomyMapping {
    std::string scheme;
    std::string term;
    std::string code;
    int line = 0;
};

struct TaxonomyMap {
    std::string file;  // its file name, for messages
    std::vector<TaxonomyMapping> rows;
    std::vector<std::string> errors;  // "map.csv line 3: code 'advise' is not ... (did you mean advice?)"
};

TaxonomyMap read_taxonomy_map(const std::filesystem::path& path);

// One thing an import mapped or found, for the person who builds. It is worded when it is shown,
// through the one wording system (core/wording_*.h, the "import_note.*" codes): in Dutch for staff
// who build from workbooks, in English where the rest is English (an HSDS folder, --lang en, logs).
struct ImportNote {
    struct Part {
        std::string_view code;           // a wording code, checked when the note is made
        std::vector<std::string> facts;  // what goes in its "{}", in order
    };
    std::vector<Part> parts;  // worded one after the other: where, then what
};
std::string note_text(const ImportNote& note, Language language);
std::vector<std::string> note_texts(const std::vector<ImportNote>& notes, Language language);

// What the import steps report; they add to the loader's lists.
struct ImportMessages {
    std::vector<std::string>& errors;
    std::vector<std::string>& warnings;
    std::vector<ImportNote>& notes;  // what was mapped or found, for the person who builds
};

// Whether a service area's name means the whole province rather than one municipality:
// "Drenthe", "provincie Drenthe", "heel Drenthe", "de hele provincie", "alle gemeenten" (any
// letter case). Not a municipality ("Midden-Drenthe") nor a part ("Zuidoost-Drenthe").
bool names_whole_province(std::string_view name);

// Replaces every service area that names the whole province by one area per municipality of
// Drenthe (those the service does not name already), with a note per area. The new areas keep
// the row's description; their ids are the row's id and the municipality ("area-7-aa-en-hunze"),
// or a UUIDv5 of both when the row's id is a UUID.
void expand_whole_province(HsdsPackage& package, bool from_catalogue, ImportMessages messages);

// Replaces the code of every term the map names (a term mapped to two codes becomes two terms, and
// its attribute rows two rows); a term with no mapping is a warning and is left out with its
// attribute rows. `unmapped_terms_of_service` gets, per service, the terms it lost: the loader
// names them when the service is left without a category (an error: it cannot be shown).
// `folder` is read again for the columns Wegwijzer does not keep (taxonomy, taxonomy_id,
// parent_id; taxonomies.csv).
void map_taxonomy_terms(HsdsPackage& package, const TaxonomyMap& map, const std::filesystem::path& folder,
                        ImportMessages messages,
                        std::map<std::string, std::vector<std::string>>& unmapped_terms_of_service);

// Gives every address whose region names no municipality of Drenthe one, from its postal_code,
// else its location's coordinates, else its city. An address that lies outside Drenthe (another
// country, a postcode that is not Drenthe's) is an error, or with `skip_outside` is left out with
// its location, and so are service areas outside Drenthe and the services that then have no
// place in Drenthe left (warnings that name them). `from_catalogue`: messages say "addresses row
// 3", not "addresses.csv line 3".
void place_addresses(HsdsPackage& package, bool skip_outside, bool from_catalogue, ImportMessages messages);

// One warning for the whole source when services have no English texts ("12 of 40 services have
// no English name ..."), or empty when every service has its English name and description.
std::string missing_english_summary(const HsdsPackage& package);

}  // namespace ww
