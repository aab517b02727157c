#include "core/hsds_import.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/csv.h"
#include "core/drenthe_places.h"
#include "core/drenthe_postcodes.h"
#include "core/hsds.h"
#include "core/hsds_id.h"
#include "core/taxonomy.h"
#include "core/text.h"
#include "core/value_rules.h"
#include "core/wording.h"

namespace ww {

namespace fs = std::filesystem;

namespace {

std::string lower_trim(std::string_view s) { return ascii_lower(trim(s)); }

std::string where(const HsdsTable& t, const HsdsRow& row, bool from_catalogue) {
    if (from_catalogue) return std::string(t.spec->table) + " row " + std::to_string(row.line) + ": ";
    return std::string(t.spec->file) + " line " + std::to_string(row.line) + ": ";
}

// A part of a note: a wording code (checked while compiling) and its facts.
ImportNote::Part part(wording::Code code, std::vector<std::string> facts = {}) {
    return {code.str(), std::move(facts)};
}

// "2, 5, 9" (at most ten, then "...").
std::string numbers(const std::vector<int>& lines) {
    std::string text;
    for (size_t i = 0; i < lines.size() && i < 10; ++i) text += (i ? ", " : "") + std::to_string(lines[i]);
    if (lines.size() > 10) text += ", ...";
    return text;
}

// Where a note is: "addresses.csv line 2: ", "addresses.csv lines 2, 5: ", "addresses row 3: ".
ImportNote::Part note_at(const HsdsTable& t, const std::vector<int>& lines, bool from_catalogue) {
    using wording::Code;
    const bool one = lines.size() == 1;
    if (from_catalogue)
        return part(one ? Code("import_note.at_row") : Code("import_note.at_rows"),
                    {std::string(t.spec->table), numbers(lines)});
    return part(one ? Code("import_note.at_line") : Code("import_note.at_lines"),
                {std::string(t.spec->file), numbers(lines)});
}

template <class Keep>
void keep_rows(HsdsTable& t, Keep keep) {
    std::erase_if(t.rows, [&](const HsdsRow& row) { return !keep(row); });
}

std::string all_codes() {
    std::string list;
    for (const auto& tag : all_tags()) list += (list.empty() ? "" : ", ") + std::string(tag.code);
    return list;
}

// The Wegwijzer code a mistyped one most likely means ("advise" -> "advice"), or empty.
std::string suggest_code(std::string_view code) {
    const std::string c = lower_trim(code);
    std::string best;
    int best_distance = 3;
    for (const auto& tag : all_tags()) {
        if (tag.code.starts_with(c + "-")) return std::string(tag.code);  // "dementia" -> dementia-support
        int d = edit_distance(c, tag.code, best_distance);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(tag.code);
        }
    }
    return best;
}

// A CSV file's columns by lower-case name.
std::unordered_map<std::string, size_t> columns_of(const CsvTable& csv) {
    std::unordered_map<std::string, size_t> index;
    for (size_t i = 0; i < csv.header.size(); ++i) index.emplace(lower_trim(csv.header[i]), i);
    return index;
}

std::string field(const CsvRecord& record, const std::unordered_map<std::string, size_t>& columns,
                  std::string_view name) {
    auto it = columns.find(std::string(name));
    if (it == columns.end() || it->second >= record.fields.size()) return {};
    return trim(record.fields[it->second]);
}

// The columns of taxonomy_terms.csv that Wegwijzer does not keep, by term id.
struct TermOrigin {
    std::string taxonomy;     // free text, e.g. "Open Eligibility"
    std::string taxonomy_id;  // a row of taxonomies.csv
    std::string parent_id;
};

std::unordered_map<std::string, TermOrigin> read_term_origins(const fs::path& folder) {
    std::unordered_map<std::string, TermOrigin> origins;
    auto csv = read_csv_file(folder / "taxonomy_terms.csv");
    if (!csv) return origins;  // the loader has reported it
    auto columns = columns_of(*csv);
    for (const auto& record : csv->records)
        origins[field(record, columns, "id")] = {field(record, columns, "taxonomy"),
                                                 field(record, columns, "taxonomy_id"),
                                                 field(record, columns, "parent_id")};
    return origins;
}

std::unordered_map<std::string, std::string> read_taxonomy_names(const fs::path& folder) {
    std::unordered_map<std::string, std::string> names;
    std::error_code ec;
    if (!fs::exists(folder / "taxonomies.csv", ec)) return names;
    auto csv = read_csv_file(folder / "taxonomies.csv");
    if (!csv) return names;
    auto columns = columns_of(*csv);
    for (const auto& record : csv->records) names[field(record, columns, "id")] = field(record, columns, "name");
    return names;
}

}  // namespace

// ---- the taxonomy map ---------------------------------------------------------------------------

TaxonomyMap read_taxonomy_map(const fs::path& path) {
    TaxonomyMap map;
    map.file = path.filename().string();
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        map.errors.push_back("the taxonomy map " + path.string() + " does not exist");
        return map;
    }
    auto csv = read_csv_file(path);
    if (!csv) {
        map.errors.push_back(csv.error());
        return map;
    }
    auto columns = columns_of(*csv);
    for (const char* name : {"scheme", "term", "code"})
        if (!columns.count(name))
            map.errors.push_back(map.file + ": column " + name +
                                 " is missing from the header (line 1; the columns are scheme,term,code)");
    if (!map.errors.empty()) return map;
    for (const auto& record : csv->records) {
        TaxonomyMapping row{field(record, columns, "scheme"), field(record, columns, "term"),
                            field(record, columns, "code"), record.line};
        const std::string at = map.file + " line " + std::to_string(record.line) + ": ";
        if (row.term.empty()) map.errors.push_back(at + "term is empty (give the term's id or code)");
        if (row.code.empty()) {
            map.errors.push_back(at + "code is empty (give a Wegwijzer code: " + all_codes() + ")");
        } else if (!find_tag(row.code)) {
            std::string guess = suggest_code(row.code);
            map.errors.push_back(at + "code '" + row.code + "' is not one of Wegwijzer's codes (" +
                                 (guess.empty() ? all_codes() : "did you mean " + guess + "?") + ")");
        }
        if (!row.term.empty() && find_tag(row.code)) map.rows.push_back(std::move(row));
    }
    if (map.errors.empty() && map.rows.empty()) map.errors.push_back(map.file + " has no mappings (line 2 onwards)");
    return map;
}

void map_taxonomy_terms(HsdsPackage& package, const TaxonomyMap& map, const fs::path& folder, ImportMessages messages,
                        std::map<std::string, std::vector<std::string>>& unmapped_terms_of_service) {
    HsdsTable& terms = package.tables.at("taxonomy_terms");
    HsdsTable& attributes = package.tables.at("attributes");
    const auto origins = read_term_origins(folder);
    const auto taxonomy_names = read_taxonomy_names(folder);
    const size_t id_col = terms.column("id"), code_col = terms.column("code");

    std::unordered_map<std::string, const HsdsRow*> term_by_id;
    for (const auto& row : terms.rows) term_by_id[row.values[id_col]] = &row;

    auto origin_of = [&](const std::string& id) {
        auto it = origins.find(id);
        return it == origins.end() ? TermOrigin{} : it->second;
    };
    // The names a term's taxonomy goes by (lower case): its taxonomy text, its taxonomy_id and
    // that taxonomy's name in taxonomies.csv.
    auto schemes_of = [&](const std::string& id) {
        TermOrigin origin = origin_of(id);
        std::vector<std::string> schemes;
        for (const std::string* s : {&origin.taxonomy, &origin.taxonomy_id}) schemes.push_back(lower_trim(*s));
        if (auto it = taxonomy_names.find(origin.taxonomy_id); it != taxonomy_names.end())
            schemes.push_back(lower_trim(it->second));
        std::erase(schemes, std::string());
        return schemes;
    };
    auto scheme_text = [&](const std::string& id) {
        TermOrigin origin = origin_of(id);
        std::string name = !origin.taxonomy.empty() ? origin.taxonomy : origin.taxonomy_id;
        if (auto it = taxonomy_names.find(origin.taxonomy_id); it != taxonomy_names.end() && !it->second.empty())
            name = it->second;
        return name;
    };
    // The map's codes for one term (its own id and code), in the map's order, once each.
    auto codes_for = [&](const std::string& id, const std::string& code, std::vector<int>& lines) {
        const auto schemes = schemes_of(id);
        std::vector<std::string> codes;
        for (const auto& m : map.rows) {
            bool scheme_ok = m.scheme.empty() || m.scheme == "*" ||
                             std::find(schemes.begin(), schemes.end(), lower_trim(m.scheme)) != schemes.end();
            bool term_ok = m.term == id || (!code.empty() && lower_trim(m.term) == lower_trim(code));
            if (!scheme_ok || !term_ok) continue;
            lines.push_back(m.line);
            if (std::find(codes.begin(), codes.end(), m.code) == codes.end()) codes.push_back(m.code);
        }
        return codes;
    };

    // Old term id -> (id, code) of the terms it became; none when it had no mapping.
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> new_ids;
    std::unordered_map<std::string, std::string> unmapped_text;  // term id -> "'x' (taxonomy 'y')"
    std::vector<HsdsRow> kept;
    int mapped_count = 0, unmapped_count = 0;
    for (auto& row : terms.rows) {
        const std::string id = row.values[id_col];
        const std::string code = row.values[code_col];
        const std::string scheme = scheme_text(id);
        const std::string described =
            "code '" + code + "'" + (scheme.empty() ? std::string() : " (taxonomy '" + scheme + "')");
        std::vector<int> lines;
        std::vector<std::string> codes = codes_for(id, code, lines);
        std::string via;  // the parent's code, when the codes are the parent's
        // A term of a hierarchical taxonomy that the map does not name takes its parent's codes.
        std::string parent = origin_of(id).parent_id;
        for (int depth = 0; codes.empty() && !parent.empty() && depth < 16; ++depth) {
            auto it = term_by_id.find(parent);
            if (it == term_by_id.end()) break;
            codes = codes_for(parent, it->second->values[code_col], lines);
            if (!codes.empty()) via = it->second->values[code_col];
            parent = origin_of(parent).parent_id;
        }
        const std::string at = where(terms, row, false);
        const int term_line = row.line;
        if (codes.empty()) {
            bool wegwijzer_term = find_tag(code) && (scheme.empty() || lower_trim(scheme) == "wegwijzer");
            if (wegwijzer_term) {
                kept.push_back(std::move(row));
                continue;
            }
            ++unmapped_count;
            messages.warnings.push_back(at + described + " has no mapping in " + map.file +
                                        "; it is left out (add a line scheme,term,code for it)");
            new_ids[id] = {};
            unmapped_text[id] = "'" + code + "'";
            continue;
        }
        ++mapped_count;
        std::string code_list;
        for (const auto& c : codes) code_list += (code_list.empty() ? "" : ", ") + c;
        ImportNote note{{note_at(terms, {term_line}, false), part("import_note.term", {code})}};
        if (!scheme.empty()) note.parts.push_back(part("import_note.of_taxonomy", {scheme}));
        note.parts.push_back(part("import_note.mapped_to", {code_list}));
        if (!via.empty()) note.parts.push_back(part("import_note.through_parent", {via}));
        std::string map_lines;
        for (int l : lines) map_lines += (map_lines.empty() ? "" : ", ") + std::to_string(l);
        note.parts.push_back(
            part(lines.size() == 1 ? wording::Code("import_note.map_line") : wording::Code("import_note.map_lines"),
                 {map.file, map_lines}));
        messages.notes.push_back(std::move(note));
        auto& ids = new_ids[id];
        for (size_t i = 0; i < codes.size(); ++i) {
            HsdsRow copy = row;
            copy.values[code_col] = codes[i];
            if (i > 0) copy.values[id_col] = id + "~" + codes[i];
            ids.emplace_back(copy.values[id_col], codes[i]);
            kept.push_back(std::move(copy));
        }
    }
    terms.rows = std::move(kept);

    const size_t term_col = attributes.column("taxonomy_term_id"), attr_id_col = attributes.column("id");
    const size_t entity_col = attributes.column("link_entity"), link_col = attributes.column("link_id");
    std::vector<HsdsRow> attribute_rows;
    for (auto& row : attributes.rows) {
        auto it = new_ids.find(row.values[term_col]);
        if (it == new_ids.end()) {
            attribute_rows.push_back(std::move(row));
            continue;
        }
        if (it->second.empty()) {
            if (row.values[entity_col] == "service")
                unmapped_terms_of_service[row.values[link_col]].push_back(unmapped_text[row.values[term_col]]);
            continue;
        }
        for (size_t i = 0; i < it->second.size(); ++i) {
            HsdsRow copy = row;
            copy.values[term_col] = it->second[i].first;
            if (i > 0) copy.values[attr_id_col] += "~" + it->second[i].second;
            attribute_rows.push_back(std::move(copy));
        }
    }
    attributes.rows = std::move(attribute_rows);
    messages.notes.push_back({{part("import_note.at_file", {map.file}),
                               part(mapped_count == 1 ? wording::Code("import_note.map_summary.one")
                                                      : wording::Code("import_note.map_summary.many"),
                                    {std::to_string(mapped_count), std::to_string(unmapped_count)})}});
}

// ---- places -------------------------------------------------------------------------------------

namespace {

bool is_netherlands(std::string_view country) {
    std::string c = lower_trim(country);
    return c.empty() || c == "nl" || c == "nld" || c == "nederland" || c == "netherlands" || c == "the netherlands";
}

std::optional<double> number(const std::string& text) {
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// How a municipality was found: the codes of the notes that say so.
constexpr wording::Code kFromPostcode = "import_note.found_from.postcode";
constexpr wording::Code kFromCoordinates = "import_note.found_from.coordinates";
constexpr wording::Code kFromCity = "import_note.found_from.city";

// Where an address lies, as far as its own fields and its location's coordinates tell.
struct Placement {
    enum Kind { Inside, Outside, Unknown } kind = Unknown;
    std::string municipality;     // Inside
    std::string_view found_from;  // Inside, when the region did not say it: a note's code (kFromPostcode, ...)
    std::string why;              // Outside: "postal_code '7701 AB' is not a postcode of Drenthe"
};

struct Point {
    double lat, lon;
};

Placement place_address(const std::string& region, const std::string& postal_code, const std::string& city,
                        const std::string& country, const std::optional<Point>& point) {
    using enum Placement::Kind;
    // (find_municipality answers "" for "" too: an empty region names nothing.)
    if (!region.empty() && find_municipality(region) == region) return {Inside, region, "", ""};
    // A misspelt municipality or a place named instead: the loader's message says which is meant.
    if (!region.empty() && (!suggest_municipality(region).empty() || find_drenthe_town(region))) return {};
    if (!is_netherlands(country)) return {Outside, "", "", "country '" + country + "' is not the Netherlands"};
    if (!postal_code.empty()) {
        std::optional<int> pc4 = dutch_pc4(postal_code);
        if (pc4)
            if (const DrenthePostcode* area = find_drenthe_postcode(*pc4))
                return {Inside, std::string(area->municipality), kFromPostcode.str(), ""};
        // A PO box postcode (9400 AA Assen) is not in the table; its city still says where it is.
        if (const DrentheTown* town = find_drenthe_town(city))
            return {Inside, std::string(town->municipality), kFromCity.str(), ""};
        return {Outside, "", "",
                "postal_code '" + postal_code + "' " +
                    (pc4 ? "is not a postcode of Drenthe" : "is not a Dutch postcode (like 9401 AB)")};
    }
    if (point && GeoBox{}.contains({point->lat, point->lon}))
        if (const DrentheTown* town = nearest_drenthe_town(point->lat, point->lon))
            return {Inside, std::string(town->municipality), kFromCoordinates.str(), ""};
    if (const DrentheTown* town = find_drenthe_town(city))
        return {Inside, std::string(town->municipality), kFromCity.str(), ""};
    if (point) return {Outside, "", "", "the location's latitude and longitude lie outside Drenthe"};
    if (!region.empty()) return {Outside, "", "", "region '" + region + "' is not a municipality of Drenthe"};
    return {};
}

// A service area that names no municipality, no misspelt one and no place of Drenthe.
bool area_outside(const std::string& name) {
    return !name.empty() && find_municipality(name) != name && suggest_municipality(name).empty() &&
           !find_drenthe_town(name);
}

// Removes the services and everything that belongs only to them.
void drop_services(HsdsPackage& package, const std::unordered_set<std::string>& gone) {
    auto& services = package.tables.at("services");
    keep_rows(services, [&](const HsdsRow& r) { return !gone.count(services.get(r, "id")); });
    auto& sal = package.tables.at("service_at_location");
    std::unordered_set<std::string> gone_sal;
    keep_rows(sal, [&](const HsdsRow& r) {
        if (!gone.count(sal.get(r, "service_id"))) return true;
        gone_sal.insert(sal.get(r, "id"));
        return false;
    });
    auto& areas = package.tables.at("service_areas");
    keep_rows(areas, [&](const HsdsRow& r) { return !gone.count(areas.get(r, "service_id")); });
    auto& phones = package.tables.at("phones");
    const size_t phone_service = phones.column("service_id");
    keep_rows(phones, [&](const HsdsRow& r) {
        if (!gone.count(r.values[phone_service])) return true;
        return !phones.get(r, "organization_id").empty() || !phones.get(r, "location_id").empty();
    });
    for (auto& r : phones.rows)
        if (gone.count(r.values[phone_service])) r.values[phone_service].clear();
    auto& schedules = package.tables.at("schedules");
    keep_rows(schedules, [&](const HsdsRow& r) {
        return !gone.count(schedules.get(r, "service_id")) &&
               !gone_sal.count(schedules.get(r, "service_at_location_id"));
    });
    auto& attributes = package.tables.at("attributes");
    keep_rows(attributes, [&](const HsdsRow& r) {
        return attributes.get(r, "link_entity") != "service" || !gone.count(attributes.get(r, "link_id"));
    });
}

// Removes the locations with their addresses and links; phones and schedules that also belong to
// something else stay.
void drop_locations(HsdsPackage& package, const std::unordered_set<std::string>& gone) {
    auto& locations = package.tables.at("locations");
    keep_rows(locations, [&](const HsdsRow& r) { return !gone.count(locations.get(r, "id")); });
    auto& addresses = package.tables.at("addresses");
    keep_rows(addresses, [&](const HsdsRow& r) { return !gone.count(addresses.get(r, "location_id")); });
    auto& sal = package.tables.at("service_at_location");
    std::unordered_set<std::string> gone_sal;
    keep_rows(sal, [&](const HsdsRow& r) {
        if (!gone.count(sal.get(r, "location_id"))) return true;
        gone_sal.insert(sal.get(r, "id"));
        return false;
    });
    auto& schedules = package.tables.at("schedules");
    const size_t schedule_sal = schedules.column("service_at_location_id");
    keep_rows(schedules, [&](const HsdsRow& r) {
        return !gone_sal.count(r.values[schedule_sal]) || !schedules.get(r, "service_id").empty();
    });
    for (auto& r : schedules.rows)
        if (gone_sal.count(r.values[schedule_sal])) r.values[schedule_sal].clear();
    auto& phones = package.tables.at("phones");
    const size_t phone_location = phones.column("location_id");
    keep_rows(phones, [&](const HsdsRow& r) {
        return !gone.count(r.values[phone_location]) || !phones.get(r, "service_id").empty() ||
               !phones.get(r, "organization_id").empty();
    });
    for (auto& r : phones.rows)
        if (gone.count(r.values[phone_location])) r.values[phone_location].clear();
    auto& attributes = package.tables.at("attributes");
    keep_rows(attributes, [&](const HsdsRow& r) {
        return attributes.get(r, "link_entity") != "location" || !gone.count(attributes.get(r, "link_id"));
    });
}

}  // namespace

void place_addresses(HsdsPackage& package, bool skip_outside, bool from_catalogue, ImportMessages messages) {
    auto& locations = package.tables.at("locations");
    auto& addresses = package.tables.at("addresses");
    auto& areas = package.tables.at("service_areas");
    auto& services = package.tables.at("services");
    auto& sal = package.tables.at("service_at_location");

    std::unordered_map<std::string, Point> point_of;
    std::unordered_map<std::string, const HsdsRow*> location_row;
    for (const auto& row : locations.rows) {
        location_row[locations.get(row, "id")] = &row;
        auto lat = number(locations.get(row, "latitude")), lon = number(locations.get(row, "longitude"));
        if (lat && lon) point_of[locations.get(row, "id")] = {*lat, *lon};
    }

    // Addresses: a municipality for each, or where it lies outside.
    std::map<std::string_view, std::vector<int>> found;        // kFromPostcode, ... -> lines
    std::unordered_map<std::string, std::string> outside_why;  // location id -> why it is outside
    std::unordered_set<std::string> located_inside;            // locations with an address inside
    const size_t region_col = addresses.column("region");
    for (auto& row : addresses.rows) {
        const std::string location = addresses.get(row, "location_id");
        auto point = point_of.find(location);
        Placement p = place_address(row.values[region_col], addresses.get(row, "postal_code"),
                                    addresses.get(row, "city"), addresses.get(row, "country"),
                                    point == point_of.end() ? std::nullopt : std::optional<Point>(point->second));
        const std::string at = where(addresses, row, from_catalogue);
        if (p.kind == Placement::Inside) {
            located_inside.insert(location);
            if (!p.found_from.empty()) {
                row.values[region_col] = p.municipality;
                found[p.found_from].push_back(row.line);
            }
        } else if (p.kind == Placement::Outside) {
            if (!skip_outside) {
                messages.errors.push_back(at + p.why +
                                          ": the address lies outside Drenthe (correct it, or build with "
                                          "--skip-outside to leave out what lies outside Drenthe)");
                row.values[region_col].clear();  // one message, not a second one about the region
            } else if (!outside_why.count(location)) {
                outside_why[location] = at + p.why;
            }
        } else if (row.values[region_col].empty()) {
            messages.errors.push_back(at +
                                      "region is empty, and neither postal_code, the location's coordinates nor "
                                      "city place the address in a municipality of Drenthe");
        }
    }
    for (const auto& [how, lines] : found)
        messages.notes.push_back({{note_at(addresses, lines, from_catalogue), {how, {}}}});
    if (!skip_outside) return;

    // Locations outside: all their addresses are, or (without one inside) their coordinates are.
    for (const auto& [id, point] : point_of)
        if (!located_inside.count(id) && !outside_why.count(id) && !GeoBox{}.contains({point.lat, point.lon}))
            outside_why[id] =
                where(locations, *location_row[id], from_catalogue) + "latitude, longitude lie outside Drenthe";
    for (const auto& id : located_inside) outside_why.erase(id);

    // Per service: its places in Drenthe and outside.
    std::unordered_map<std::string, int> inside_count;
    std::unordered_map<std::string, std::string> first_outside;
    for (const auto& row : sal.rows) {
        const std::string& service = sal.get(row, "service_id");
        auto why = outside_why.find(sal.get(row, "location_id"));
        if (why == outside_why.end()) ++inside_count[service];
        else first_outside.try_emplace(service, why->second);
    }
    for (const auto& row : areas.rows) {
        const std::string& service = areas.get(row, "service_id");
        if (areas.get(row, "name").empty()) continue;  // refused by a value rule: the loader says why
        if (area_outside(areas.get(row, "name")))
            first_outside.try_emplace(
                service, where(areas, row, from_catalogue) + "name '" + areas.get(row, "name") + "' is not in Drenthe");
        else ++inside_count[service];
    }
    std::unordered_set<std::string> gone_services;
    for (const auto& row : services.rows) {
        const std::string& id = services.get(row, "id");
        auto why = first_outside.find(id);
        if (why == first_outside.end() || inside_count[id] > 0) continue;
        gone_services.insert(id);
        messages.warnings.push_back(where(services, row, from_catalogue) + "service '" + id + "' (" +
                                    services.get(row, "name") + ") is left out: it lies outside Drenthe (" +
                                    why->second + ")");
    }
    keep_rows(areas, [&](const HsdsRow& r) {
        if (!area_outside(areas.get(r, "name"))) return true;
        if (!gone_services.count(areas.get(r, "service_id")))
            messages.warnings.push_back(where(areas, r, from_catalogue) + "service area '" + areas.get(r, "name") +
                                        "' is left out: it is not in Drenthe");
        return false;
    });
    std::unordered_set<std::string> gone_locations;
    for (const auto& [id, why] : outside_why) gone_locations.insert(id);
    std::unordered_set<std::string> reported;
    for (const auto& row : sal.rows)
        if (gone_locations.count(sal.get(row, "location_id")) && !gone_services.count(sal.get(row, "service_id")) &&
            reported.insert(sal.get(row, "location_id")).second)
            messages.warnings.push_back(outside_why[sal.get(row, "location_id")] + ": location '" +
                                        sal.get(row, "location_id") + "' is left out: it lies outside Drenthe");
    drop_services(package, gone_services);
    drop_locations(package, gone_locations);
}

// ---- the whole province ------------------------------------------------------------------------

bool names_whole_province(std::string_view name) {
    // Words that say "all of it" around the province's name, in Dutch and English.
    static const std::set<std::string, std::less<>> kAll{"heel", "hele", "geheel", "gehele",
                                                         "alle", "all",  "whole",  "entire"};
    static const std::set<std::string, std::less<>> kScope{"provincie", "prov",           "province", "gemeenten",
                                                           "gemeentes", "municipalities", "regio",    "region"};
    static const std::set<std::string, std::less<>> kFiller{"de", "het", "van", "in", "the", "of", "12", "twaalf"};
    if (!find_municipality(name).empty()) return false;  // Midden-Drenthe is a municipality
    bool drenthe = false, all = false, scope = false;
    std::string word;
    auto take = [&] {
        if (word.empty()) return true;
        const std::string w = ascii_lower(word);
        word.clear();
        if (w == "drenthe" || w == "drente") drenthe = true;  // Drente: the old spelling
        else if (kAll.count(w)) all = true;
        else if (kScope.count(w)) scope = true;
        else if (!kFiller.count(w)) return false;  // "Zuidoost-Drenthe", "Drenthe en Groningen"
        return true;
    };
    for (char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) word += c;
        else if (!take()) return false;
    }
    if (!take()) return false;
    return drenthe || (all && scope);
}

void expand_whole_province(HsdsPackage& package, bool from_catalogue, ImportMessages messages) {
    auto& areas = package.tables.at("service_areas");
    const auto& services = package.tables.at("services");
    const size_t id_col = areas.column("id"), name_col = areas.column("name");
    std::set<std::pair<std::string, std::string>> named;  // (service, municipality) already listed
    std::unordered_set<std::string> ids;
    bool any = false;
    for (const auto& row : areas.rows) {
        ids.insert(row.values[id_col]);
        const std::string& name = row.values[name_col];
        if (auto m = find_municipality(name); !m.empty()) named.emplace(areas.get(row, "service_id"), m);
        else any = any || names_whole_province(name);
    }
    if (!any) return;
    std::unordered_map<std::string, std::string> service_name;
    for (const auto& row : services.rows) service_name[services.get(row, "id")] = services.get(row, "name");

    std::vector<HsdsRow> rows;
    for (auto& row : areas.rows) {
        const std::string name = row.values[name_col];
        if (!find_municipality(name).empty() || !names_whole_province(name)) {
            rows.push_back(std::move(row));
            continue;
        }
        const std::string service = areas.get(row, "service_id"), id = row.values[id_col];
        for (std::string_view m : drenthe_municipalities()) {
            if (!named.emplace(service, std::string(m)).second) continue;
            std::string new_id = is_uuid(id) ? hsds_uuid("service_areas", id + ":" + std::string(m))
                                             : id + "-" + ascii_lower(std::string(m));
            std::replace(new_id.begin(), new_id.end(), ' ', '-');
            while (!ids.insert(new_id).second) new_id += "-2";
            HsdsRow copy = row;
            copy.values[id_col] = new_id;
            copy.values[name_col] = std::string(m);
            rows.push_back(std::move(copy));
        }
        // Rows of a catalogue (a workbook's) mean little to staff: the service's name says where.
        auto known = service_name.find(service);
        ImportNote note;
        if (!from_catalogue) note.parts.push_back(note_at(areas, {row.line}, false));
        note.parts.push_back(
            part("import_note.whole_province", {known == service_name.end() ? service : known->second, name,
                                                std::to_string(drenthe_municipalities().size())}));
        messages.notes.push_back(std::move(note));
    }
    areas.rows = std::move(rows);
}

// ---- notes --------------------------------------------------------------------------------------

std::string note_text(const ImportNote& note, Language language) {
    std::string text;
    for (const ImportNote::Part& p : note.parts) text += wording::fill(wording::text(p.code, language), p.facts);
    return text;
}

std::vector<std::string> note_texts(const std::vector<ImportNote>& notes, Language language) {
    std::vector<std::string> texts;
    for (const ImportNote& note : notes) texts.push_back(note_text(note, language));
    return texts;
}

std::string missing_english_summary(const HsdsPackage& package) {
    const auto& services = package.tables.at("services");
    int total = 0, no_name = 0, no_description = 0;
    for (const auto& row : services.rows) {
        ++total;
        if (services.get(row, "name_en").empty()) ++no_name;
        if (!services.get(row, "description").empty() && services.get(row, "description_en").empty()) ++no_description;
    }
    if (no_name == 0 && no_description == 0) return {};
    std::string of = " of " + std::to_string(total) + " services";
    return "no English text: " + std::to_string(no_name) + of + " have no name_en and " +
           std::to_string(no_description) +
           " no description_en; the kiosk shows their Dutch text to English readers "
           "(kioskctl review lists them)";
}

}  // namespace ww
