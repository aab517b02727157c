// HSDS 3.0 catalogues as folders of CSV files (Open Referral): the tables and columns the kiosk
// reads, and the loader that reads and checks them for `kioskctl build` (hsds.h says what it promises).
//
// Index of this file:
// [SECTION] The HSDS tables and their columns
// [SECTION] Small parsers: clock times, weekdays, dates
// [SECTION] The loader: reading the CSV files, checking and keeping rows
// [SECTION] The loader: checks across tables
// [SECTION] The loader: synonyms and datapackage.json
// [SECTION] load_hsds and validate_hsds

#include "core/hsds.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/csv.h"
#include "core/drenthe_places.h"
#include "core/embedded_data.h"
#include "core/hsds_id.h"
#include "core/taxonomy.h"
#include "core/text.h"
#include "core/value_rules.h"

namespace ww {

//--------------------------------------------------------------------------------------------------
// [SECTION] The HSDS tables and their columns
//--------------------------------------------------------------------------------------------------

namespace {
constexpr ColumnKind kReal = ColumnKind::Real;
}  // namespace

const std::vector<HsdsTableSpec>& hsds_tables() {
    static const std::vector<HsdsTableSpec> specs{
        {"organizations",
         "organizations.csv",
         true,
         {{"id", true}, {"name", true}, {"description"}, {"website"}, {"email"}}},
        {"services",
         "services.csv",
         true,
         {{"id", true},
          {"organization_id", true},
          {"name", true},
          {"name_en"},
          {"description"},
          {"description_en"},
          {"url"},
          {"email"},
          {"status"},
          {"fees_description"},
          {"fees_description_en"},
          {"eligibility_description"},
          {"eligibility_description_en"},
          {"assured_date"}}},
        {"locations",
         "locations.csv",
         false,
         {{"id", true},
          {"organization_id"},
          {"name"},
          {"latitude", false, kReal},
          {"longitude", false, kReal},
          {"location_type"},
          {"transportation"},
          {"transportation_en"}}},
        {"addresses",
         "addresses.csv",
         false,
         {{"id", true},
          {"location_id", true},
          {"address_1"},
          {"city"},
          {"region"},  // a municipality; found from the postcode or coordinates when empty (hsds_import)
          {"postal_code"},
          {"country"}}},
        {"service_at_location",
         "service_at_location.csv",
         false,
         {{"id", true}, {"service_id", true}, {"location_id", true}}},
        {"phones",
         "phones.csv",
         false,
         {{"id", true}, {"service_id"}, {"organization_id"}, {"location_id"}, {"number", true}, {"description"}}},
        {"schedules",
         "schedules.csv",
         false,
         {{"id", true},
          {"service_id"},
          {"service_at_location_id"},
          {"byday"},
          {"opens_at"},
          {"closes_at"},
          {"description"},
          {"description_en"}}},
        {"service_areas",
         "service_areas.csv",
         false,
         {{"id", true}, {"service_id", true}, {"name", true}, {"description"}}},
        {"taxonomy_terms",
         "taxonomy_terms.csv",
         true,
         {{"id", true}, {"code", true}, {"name", true}, {"name_en"}, {"description"}}},
        {"attributes",
         "attributes.csv",
         true,
         {{"id", true},
          {"link_id", true},
          {"link_type"},
          {"link_entity", true},
          {"taxonomy_term_id", true},
          {"value"}}},
    };
    return specs;
}

const HsdsTableSpec* find_hsds_table(std::string_view table) {
    for (const auto& spec : hsds_tables())
        if (spec.table == table) return &spec;
    return nullptr;
}

size_t HsdsTable::column(std::string_view name) const {
    for (size_t i = 0; i < spec->columns.size(); ++i)
        if (spec->columns[i].name == name) return i;
    assert(false && "unknown HSDS column");
    return 0;
}

const HsdsTable& HsdsPackage::table(std::string_view name) const {
    auto it = tables.find(name);
    assert(it != tables.end());
    return it->second;
}

std::vector<std::string> cap_messages(std::vector<std::string> messages, size_t keep) {
    if (messages.size() <= keep) return messages;
    size_t more = messages.size() - keep;
    messages.resize(keep);
    messages.push_back("... and " + std::to_string(more) + " more error" + (more == 1 ? "" : "s"));
    return messages;
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Small parsers: clock times, weekdays, dates
//--------------------------------------------------------------------------------------------------

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::string day_codes_help() { return "use MO,TU,WE,TH,FR,SA,SU"; }

}  // namespace

std::optional<int> parse_clock(std::string_view text) {
    size_t colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view hours = text.substr(0, colon);
    std::string_view rest = text.substr(colon + 1);
    std::string_view minutes = rest.substr(0, rest.find(':'));
    if (rest.size() != 2 && rest.size() != 5) return std::nullopt;
    if (rest.size() == 5) {
        std::string_view seconds = rest.substr(3);
        if (rest[2] != ':' || !all_digits(seconds) || seconds.size() != 2 || to_int(seconds) > 59) return std::nullopt;
    }
    if (hours.empty() || hours.size() > 2 || !all_digits(hours) || minutes.size() != 2 || !all_digits(minutes))
        return std::nullopt;
    int h = to_int(hours), m = to_int(minutes);
    if (h > 23 || m > 59) return std::nullopt;
    return h * 60 + m;
}

std::optional<std::vector<int>> parse_byday(std::string_view text) {
    static constexpr std::string_view kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    std::vector<int> days;
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        std::string code =
            trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        auto it = std::find(std::begin(kDays), std::end(kDays), code);
        if (it == std::end(kDays)) return std::nullopt;
        int day = static_cast<int>(it - std::begin(kDays));
        if (std::find(days.begin(), days.end(), day) == days.end()) days.push_back(day);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return days;
}

bool is_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    if (!all_digits(text.substr(0, 4)) || !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2)))
        return false;
    int y = to_int(text.substr(0, 4)), m = to_int(text.substr(5, 2)), d = to_int(text.substr(8, 2));
    if (m < 1 || m > 12 || d < 1) return false;
    static constexpr int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDaysIn[m - 1] + (m == 2 && leap ? 1 : 0);
}

//--------------------------------------------------------------------------------------------------
// [SECTION] The loader: reading the CSV files, checking and keeping rows
//--------------------------------------------------------------------------------------------------

namespace {

class Loader {
public:
    explicit Loader(std::filesystem::path folder, ImportRules rules = {})
        : folder_(std::move(folder)), import_(std::move(rules)) {}

    // Tables already read from a catalogue file: only the checks run.
    HsdsLoad run(HsdsTables tables, std::vector<std::pair<std::string, std::string>> synonyms) {
        from_catalogue_ = true;
        for (const auto& spec : hsds_tables()) {
            HsdsTable& t = result_.package.tables[std::string(spec.table)];
            t.spec = &spec;
            auto given = tables.find(spec.table);
            if (given == tables.end()) {
                if (spec.required_file) {
                    error("table " + std::string(spec.table) + " is missing");
                    unusable_.insert(std::string(spec.table));
                }
                continue;
            }
            t.present = true;
            auto& ids = ids_[std::string(spec.table)];
            for (auto& row : given->second) accept_row(t, ids, std::move(row));
        }
        if (!unusable_.count("service_areas") && !unusable_.count("services"))
            expand_whole_province(result_.package, true, messages());
        if (!unusable_.count("addresses")) place_addresses(result_.package, false, true, messages());
        run_checks();
        check_synonyms(std::move(synonyms), "synonyms");
        return std::move(result_);
    }

    HsdsLoad run() {
        std::error_code ec;
        if (!std::filesystem::exists(folder_, ec)) {
            error("source folder " + folder_.string() + " does not exist");
            return std::move(result_);
        }
        if (!std::filesystem::is_directory(folder_, ec)) {
            error(folder_.string() + " is not a folder; give the folder that holds the HSDS CSV files");
            return std::move(result_);
        }
        for (const auto& spec : hsds_tables()) read_table(spec);
        run_import();
        run_checks();
        if (auto english = missing_english_summary(result_.package); !english.empty()) warning(english);
        read_synonyms();
        read_datapackage();
        return std::move(result_);
    }

private:
    ImportMessages messages() { return {result_.errors, result_.warnings, result_.notes}; }

    // HSDS from another tool: its terms mapped, its addresses placed, what lies outside Drenthe
    // left out (hsds_import.h); then the ids are counted again for the reference checks.
    void run_import() {
        if (!import_.taxonomy_map.empty()) {
            TaxonomyMap map = read_taxonomy_map(import_.taxonomy_map);
            for (auto& e : map.errors) error(std::move(e));
            if (map.errors.empty() && !unusable_.count("taxonomy_terms") && !unusable_.count("attributes"))
                map_taxonomy_terms(result_.package, map, folder_, messages(), unmapped_terms_of_service_);
        }
        for (const char* t : {"addresses", "locations", "service_areas", "service_at_location", "services"})
            if (unusable_.count(t)) return;
        expand_whole_province(result_.package, false, messages());
        place_addresses(result_.package, import_.skip_outside, false, messages());
        for (auto& [name, table] : result_.package.tables) {
            auto& ids = ids_[name];
            ids.clear();
            for (const auto& row : table.rows)
                if (!row.values.empty() && !row.values[0].empty()) ids.emplace(row.values[0], row.line);
        }
    }

    void run_checks() {
        check_shared_uuids();
        check_organizations_and_services();
        check_locations();
        check_addresses();
        check_service_at_location();
        check_phones();
        check_schedules();
        check_service_areas();
        check_taxonomy();
        check_attributes_and_categories();
        check_counts_per_service();
    }

    std::filesystem::path folder_;
    ImportRules import_;
    std::map<std::string, std::vector<std::string>> unmapped_terms_of_service_;  // for "has no category"
    bool from_catalogue_ = false;  // rows of a catalogue file: "services row 3", not "services.csv line 3"
    GeoBox region_;
    HsdsLoad result_;
    std::set<std::string, std::less<>> unusable_;  // tables with a broken file or header
    std::map<std::string, std::unordered_map<std::string, int>, std::less<>> ids_;  // table -> id -> line

    // The value rule of each column of a table, looked up once per table rather than per value.
    std::map<const HsdsTableSpec*, std::vector<std::optional<FieldRule>>> rules_;
    std::vector<bool> refused_;  // accept_row's scratch: the values of the row it dropped

    const std::vector<std::optional<FieldRule>>& rules_of(const HsdsTableSpec& spec) {
        auto [it, inserted] = rules_.try_emplace(&spec);
        if (inserted)
            for (const auto& column : spec.columns) it->second.push_back(field_rule(spec.table, column.name));
        return it->second;
    }

    void error(std::string message) { result_.errors.push_back(std::move(message)); }
    void warning(std::string message) { result_.warnings.push_back(std::move(message)); }

    HsdsTable& table(std::string_view name) { return result_.package.tables.find(name)->second; }

    std::string at(const HsdsTable& t, const HsdsRow& row) const {
        if (from_catalogue_) return std::string(t.spec->table) + " row " + std::to_string(row.line) + ": ";
        return std::string(t.spec->file) + " line " + std::to_string(row.line) + ": ";
    }

    // Checks a row's values against the shared value rules, then its required fields and its id,
    // and keeps it. A value that breaks a rule is dropped, so no later message repeats it.
    void accept_row(HsdsTable& t, std::unordered_map<std::string, int>& ids, HsdsRow row) {
        const HsdsTableSpec& spec = *t.spec;
        const auto& rules = rules_of(spec);
        refused_.assign(spec.columns.size(), false);
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            if (!rules[c]) continue;
            if (auto problem = check_field(*rules[c], row.values[c])) {
                error(at(t, row) + std::string(spec.columns[c].name) + " " + *problem);
                row.values[c].clear();
                refused_[c] = true;
            }
        }
        // An id meant as a UUID must be one: the export keeps UUIDs as they are, so a broken one
        // would reach other tools (any other id is mapped to a UUID; core/hsds_id.h).
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            const std::string_view name = spec.columns[c].name;
            if (refused_[c] || (name != "id" && !name.ends_with("_id"))) continue;
            if (auto problem = uuid_problem(row.values[c])) {
                error(at(t, row) + std::string(name) + " '" + row.values[c] + "' " + *problem);
                row.values[c].clear();
                refused_[c] = true;
            }
        }
        for (size_t c = 0; c < spec.columns.size(); ++c)
            if (spec.columns[c].required && row.values[c].empty() && !refused_[c])
                error(at(t, row) + std::string(spec.columns[c].name) + " is empty");
        const std::string& id = row.values[0];
        if (!id.empty()) {
            auto [it, inserted] = ids.emplace(id, row.line);
            if (!inserted) {
                error(at(t, row) + "id '" + id + "' is already used on " + (from_catalogue_ ? "row " : "line ") +
                      std::to_string(it->second));
                return;
            }
        }
        t.rows.push_back(std::move(row));
    }

    void read_table(const HsdsTableSpec& spec) {
        HsdsTable& t = result_.package.tables[std::string(spec.table)];
        t.spec = &spec;
        const auto path = folder_ / spec.file;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            if (spec.required_file) {
                error(std::string(spec.file) + " is missing from " + folder_.string());
                unusable_.insert(std::string(spec.table));
            }
            return;
        }
        t.present = true;
        auto csv = read_csv_file(path);
        if (!csv) {
            error(csv.error());
            unusable_.insert(std::string(spec.table));
            return;
        }
        // Map header names to spec columns.
        std::vector<int> source_index(spec.columns.size(), -1);
        std::set<std::string> seen;
        for (size_t i = 0; i < csv->header.size(); ++i) {
            std::string name = ascii_lower(trim(csv->header[i]));  // "ID" from a spreadsheet is still id
            if (!seen.insert(name).second) {
                error(std::string(spec.file) + ": column " + name + " appears twice in the header");
                continue;
            }
            for (size_t c = 0; c < spec.columns.size(); ++c)
                if (spec.columns[c].name == name) source_index[c] = static_cast<int>(i);
        }
        bool header_ok = true;
        for (size_t c = 0; c < spec.columns.size(); ++c) {
            if (spec.columns[c].required && source_index[c] < 0) {
                error(std::string(spec.file) + ": column " + std::string(spec.columns[c].name) +
                      " is missing from the header (line 1)");
                header_ok = false;
            }
        }
        if (!header_ok) {
            unusable_.insert(std::string(spec.table));
            return;
        }
        const size_t width = csv->header.size();
        auto& ids = ids_[std::string(spec.table)];
        for (auto& record : csv->records) {
            HsdsRow row;
            row.line = record.line;
            std::string where = std::string(spec.file) + " line " + std::to_string(record.line) + ": ";
            if (record.fields.size() != width) {
                bool extra_empty = record.fields.size() > width &&
                                   std::all_of(record.fields.begin() + static_cast<long>(width), record.fields.end(),
                                               [](const std::string& f) { return trim(f).empty(); });
                if (!extra_empty) {
                    error(where + std::to_string(record.fields.size()) + " fields, but the header has " +
                          std::to_string(width) + " (check the commas and quotes)");
                    continue;
                }
            }
            row.values.resize(spec.columns.size());
            for (size_t c = 0; c < spec.columns.size(); ++c) {
                if (source_index[c] < 0) continue;
                std::string& field = record.fields[static_cast<size_t>(source_index[c])];
                trim_in_place(field);
                row.values[c] = std::move(field);
            }
            accept_row(t, ids, std::move(row));
        }
    }

    //----------------------------------------------------------------------------------------------
    // [SECTION] The loader: checks across tables
    //----------------------------------------------------------------------------------------------

    bool exists(std::string_view table_name, const std::string& id) const {
        auto it = ids_.find(table_name);
        return it != ids_.end() && it->second.count(id);
    }

    // "organizations.csv line 4" (or "organizations row 4") of an id of `table`; "" when none.
    std::string where_is(std::string_view table_name, const std::string& id) const {
        auto it = ids_.find(table_name);
        if (it == ids_.end()) return {};
        auto line = it->second.find(id);
        if (line == it->second.end()) return {};
        const HsdsTableSpec* spec = find_hsds_table(table_name);
        return from_catalogue_ ? std::string(table_name) + " row " + std::to_string(line->second)
                               : std::string(spec->file) + " line " + std::to_string(line->second);
    }

    // Checks that a reference column points at an existing row; empty values are not checked. When
    // the id is one of another table, the two tables disagree about it: the message says where.
    void check_ref(const HsdsTable& t, const HsdsRow& row, std::string_view column, std::string_view target) {
        const std::string& value = t.get(row, column);
        if (value.empty() || unusable_.count(target)) return;
        if (exists(target, value)) return;
        std::string message = at(t, row) + std::string(column) + " '" + value + "' does not exist";
        for (const auto& spec : hsds_tables()) {
            std::string elsewhere = spec.table == target ? std::string() : where_is(spec.table, value);
            if (elsewhere.empty()) continue;
            const HsdsTableSpec* wanted = find_hsds_table(target);
            message = at(t, row) + std::string(column) + " '" + value + "' is not an id of " +
                      (from_catalogue_ ? std::string(target) : std::string(wanted->file)) + " but of " + elsewhere +
                      ": the two tables disagree about what it names";
            break;
        }
        error(message);
    }

    // A UUID names one thing: two tables must not both use it as the id of a row. (Other ids are
    // per table: the export maps "services:1" and "organizations:1" to different UUIDs.)
    void check_shared_uuids() {
        std::unordered_map<std::string, std::string> first;  // UUID -> table
        for (const auto& spec : hsds_tables()) {
            const auto& t = table(spec.table);
            for (const auto& row : t.rows) {
                const std::string& id = row.values[0];
                if (!is_uuid(id)) continue;
                auto [it, inserted] = first.emplace(ascii_lower(id), std::string(spec.table));
                if (!inserted)
                    error(at(t, row) + "id '" + id + "' is also the id of " + where_is(it->second, id) +
                          "; the two tables disagree about what it names (a UUID names one thing)");
            }
        }
    }

    void check_organizations_and_services() {
        const auto& services = table("services");
        static const std::set<std::string, std::less<>> kStatus{"active", "inactive", "defunct", "temporarily closed"};
        for (const auto& row : services.rows) {
            check_ref(services, row, "organization_id", "organizations");
            const auto& status = services.get(row, "status");
            if (!status.empty() && !kStatus.count(status))
                error(at(services, row) + "status '" + status +
                      "' is not one of active, inactive, defunct, temporarily closed");
            const auto& assured = services.get(row, "assured_date");
            if (!assured.empty() && !is_iso_date(assured))
                error(at(services, row) + "assured_date '" + assured + "' is not a date (use YYYY-MM-DD)");
        }
    }

    void check_coordinate(const HsdsTable& t, const HsdsRow& row, std::string_view column, double limit) {
        const std::string& text = t.get(row, column);
        if (text.empty()) return;
        double value = 0;
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
            error(at(t, row) + std::string(column) + " '" + text + "' is not a number" +
                  (text.find(',') != std::string::npos ? " (use a point: 52.99, not 52,99)" : ""));
            return;
        }
        if (value < -limit || value > limit) {
            std::ostringstream range;
            range << -limit << " to " << limit;
            error(at(t, row) + std::string(column) + " " + text + " is out of range (" + range.str() + ")");
        }
    }

    // A place far outside Drenthe is a mistake (swapped or mistyped coordinates) and would put the
    // service at the wrong distance from every kiosk.
    void check_in_region(const HsdsTable& t, const HsdsRow& row) {
        double lat = 0, lon = 0;
        const std::string& a = t.get(row, "latitude");
        const std::string& b = t.get(row, "longitude");
        auto ra = std::from_chars(a.data(), a.data() + a.size(), lat);
        auto rb = std::from_chars(b.data(), b.data() + b.size(), lon);
        if (a.empty() || b.empty() || ra.ec != std::errc() || rb.ec != std::errc()) return;
        if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180) return;
        if (!region_.contains({lat, lon})) {
            std::ostringstream box;
            box << "latitude " << region_.south << " to " << region_.north << ", longitude " << region_.west << " to "
                << region_.east;
            error(at(t, row) + "latitude " + a + ", longitude " + b + " lies outside Drenthe (" + box.str() +
                  "; are latitude and longitude swapped?)");
        }
    }

    // Per service: how many phone numbers, opening periods, tags, locations and areas it may have,
    // and a catalogue needs at least one service that the kiosk shows.
    void check_counts_per_service() {
        const auto& services = table("services");
        struct Counts {
            int phones = 0, slots = 0, tags = 0, locations = 0, areas = 0;
        };
        std::unordered_map<std::string, Counts> counts;
        const auto& phones = table("phones");
        for (const auto& row : phones.rows) ++counts[phones.get(row, "service_id")].phones;
        const auto& sal = table("service_at_location");
        std::unordered_map<std::string, std::string> service_of_sal;
        for (const auto& row : sal.rows) {
            ++counts[sal.get(row, "service_id")].locations;
            service_of_sal[sal.get(row, "id")] = sal.get(row, "service_id");
        }
        const auto& schedules = table("schedules");
        for (const auto& row : schedules.rows) {
            auto days = parse_byday(schedules.get(row, "byday"));
            if (!days) continue;
            std::string service = schedules.get(row, "service_id");
            if (service.empty()) {
                auto it = service_of_sal.find(schedules.get(row, "service_at_location_id"));
                if (it != service_of_sal.end()) service = it->second;
            }
            counts[service].slots += static_cast<int>(days->size());
        }
        const auto& attributes = table("attributes");
        for (const auto& row : attributes.rows)
            if (attributes.get(row, "link_entity") == "service") ++counts[attributes.get(row, "link_id")].tags;
        const auto& areas = table("service_areas");
        for (const auto& row : areas.rows) ++counts[areas.get(row, "service_id")].areas;

        int shown = 0;
        for (const auto& row : services.rows) {
            const std::string& status = services.get(row, "status");
            if (status.empty() || status == "active" || status == "temporarily closed") ++shown;
            auto it = counts.find(services.get(row, "id"));
            if (it == counts.end()) continue;
            const Counts& c = it->second;
            for (auto [what, count, most] : {std::tuple{"phone numbers", c.phones, limits::kPhonesPerService},
                                             std::tuple{"opening periods a week", c.slots, limits::kSlotsPerService},
                                             std::tuple{"categories and labels", c.tags, limits::kTagsPerService},
                                             std::tuple{"locations", c.locations, limits::kLocationsPerService},
                                             std::tuple{"service areas", c.areas, limits::kAreasPerService}})
                if (count > most)
                    error(at(services, row) + "service '" + services.get(row, "id") + "' has " + std::to_string(count) +
                          " " + what + "; the most is " + std::to_string(most));
        }
        if (!unusable_.count("services") && shown == 0)
            error(std::string(from_catalogue_ ? "table services" : "services.csv") +
                  " has no active service; the kiosk would have nothing to show");
    }

    void check_locations() {
        const auto& locations = table("locations");
        for (const auto& row : locations.rows) {
            check_ref(locations, row, "organization_id", "organizations");
            const std::string& type = locations.get(row, "location_type");
            if (!type.empty() && type != "physical" && type != "postal" && type != "virtual")
                error(at(locations, row) + "location_type '" + type + "' is not one of physical, postal, virtual");
            check_coordinate(locations, row, "latitude", 90);
            check_coordinate(locations, row, "longitude", 180);
            bool has_lat = !locations.get(row, "latitude").empty();
            bool has_lon = !locations.get(row, "longitude").empty();
            if (has_lat != has_lon)
                error(at(locations, row) + (has_lat ? "longitude is empty but latitude is given"
                                                    : "latitude is empty but longitude is given"));
            check_in_region(locations, row);
        }
    }

    void check_municipality(const HsdsTable& t, const HsdsRow& row, std::string_view column) {
        const std::string& name = t.get(row, column);
        if (name.empty() || find_municipality(name) == name) return;
        std::string message = at(t, row) + std::string(column) + " '" + name + "' is not a municipality of Drenthe";
        if (auto m = suggest_municipality(name); !m.empty()) message += " (did you mean " + m + "?)";
        else if (const DrentheTown* town = find_drenthe_town(name))
            message += " (" + std::string(town->name) + " lies in " + std::string(town->municipality) + ")";
        error(message);
    }

    void check_addresses() {
        const auto& addresses = table("addresses");
        for (const auto& row : addresses.rows) {
            check_ref(addresses, row, "location_id", "locations");
            check_municipality(addresses, row, "region");
        }
    }

    void check_service_at_location() {
        const auto& sal = table("service_at_location");
        for (const auto& row : sal.rows) {
            check_ref(sal, row, "service_id", "services");
            check_ref(sal, row, "location_id", "locations");
        }
    }

    void check_phones() {
        const auto& phones = table("phones");
        for (const auto& row : phones.rows) {
            check_ref(phones, row, "service_id", "services");
            check_ref(phones, row, "organization_id", "organizations");
            check_ref(phones, row, "location_id", "locations");
            if (phones.get(row, "service_id").empty() && phones.get(row, "organization_id").empty() &&
                phones.get(row, "location_id").empty())
                error(at(phones, row) +
                      "service_id, organization_id and location_id are all empty (a phone number "
                      "belongs to a service, an organization or a location)");
        }
    }

    void check_schedules() {
        const auto& schedules = table("schedules");
        for (const auto& row : schedules.rows) {
            const std::string& service = schedules.get(row, "service_id");
            const std::string& sal = schedules.get(row, "service_at_location_id");
            check_ref(schedules, row, "service_id", "services");
            check_ref(schedules, row, "service_at_location_id", "service_at_location");
            check_schedule_service(schedules, row);
            if (service.empty() && sal.empty())
                error(at(schedules, row) +
                      "service_id and service_at_location_id are both empty (a schedule "
                      "belongs to a service)");
            const std::string& byday = schedules.get(row, "byday");
            const std::string& opens = schedules.get(row, "opens_at");
            const std::string& closes = schedules.get(row, "closes_at");
            if (byday.empty() && opens.empty() && closes.empty()) continue;  // a note only ("by appointment")
            if (byday.empty()) {
                error(at(schedules, row) + "byday is empty; opening times need days (" + day_codes_help() + ")");
            } else if (!parse_byday(byday)) {
                error(at(schedules, row) + "byday '" + byday + "' has a code that is not a day (" + day_codes_help() +
                      ", separated by commas)");
            }
            std::optional<int> open_min, close_min;
            for (auto [column, text, target] :
                 {std::tuple{"opens_at", &opens, &open_min}, std::tuple{"closes_at", &closes, &close_min}}) {
                if (text->empty())
                    error(at(schedules, row) + column + " is empty; opening times need opens_at and closes_at");
                else if (!(*target = parse_clock(*text)))
                    error(at(schedules, row) + column + " '" + *text + "' is not a time (use HH:MM)");
            }
            if (open_min && close_min && closing_minutes(*close_min) <= *open_min)
                error(at(schedules, row) + "closes_at " + closes + " is not after opens_at " + opens);
        }
    }

    // A schedule that names both a service and a service at a location: the two must be the same
    // service, or schedules.csv and service_at_location.csv disagree about whose times these are.
    void check_schedule_service(const HsdsTable& schedules, const HsdsRow& row) {
        const std::string& service = schedules.get(row, "service_id");
        const std::string& sal_id = schedules.get(row, "service_at_location_id");
        if (service.empty() || sal_id.empty()) return;
        if (service_of_sal_.empty()) {
            const auto& sal = table("service_at_location");
            for (const auto& link : sal.rows) service_of_sal_.emplace(sal.get(link, "id"), sal.get(link, "service_id"));
        }
        auto it = service_of_sal_.find(sal_id);
        if (it == service_of_sal_.end() || it->second.empty() || it->second == service) return;
        error(at(schedules, row) + "service_id '" + service + "' disagrees with " +
              where_is("service_at_location", sal_id) + ", where service_at_location_id '" + sal_id + "' is service '" +
              it->second + "' (give one of the two, or make them the same service)");
    }
    std::unordered_map<std::string, std::string> service_of_sal_;  // check_schedule_service's index

    void check_service_areas() {
        const auto& areas = table("service_areas");
        for (const auto& row : areas.rows) {
            check_ref(areas, row, "service_id", "services");
            check_municipality(areas, row, "name");
        }
    }

    void check_taxonomy() {
        const auto& terms = table("taxonomy_terms");
        std::vector<std::string_view> codes;
        for (const auto& tag : all_tags()) codes.push_back(tag.code);
        for (const auto& row : terms.rows) {
            const std::string& code = terms.get(row, "code");
            if (code.empty() || find_tag(code)) continue;
            std::string message = at(terms, row) + "code '" + code + "' is not one of Wegwijzer's taxonomy codes";
            std::string guess = closest_match(code, codes);
            for (auto known : codes)  // "dementia" -> "dementia-support"
                if (guess.empty() && known.starts_with(ascii_lower(code) + "-")) guess = std::string(known);
            if (!guess.empty()) {
                message += " (did you mean " + guess + "?)";
            } else {
                message += " (";
                for (size_t i = 0; i < codes.size(); ++i) message += (i ? ", " : "") + std::string(codes[i]);
                message += ")";
            }
            error(message);
        }
    }

    void check_attributes_and_categories() {
        const auto& attributes = table("attributes");
        const auto& terms = table("taxonomy_terms");
        std::unordered_map<std::string, std::string> code_of_term;
        for (const auto& row : terms.rows) code_of_term[terms.get(row, "id")] = terms.get(row, "code");
        std::unordered_set<std::string> categorised;
        for (const auto& row : attributes.rows) {
            check_ref(attributes, row, "taxonomy_term_id", "taxonomy_terms");
            const std::string& entity = attributes.get(row, "link_entity");
            if (entity == "service") check_ref(attributes, row, "link_id", "services");
            else if (entity == "organization") check_ref(attributes, row, "link_id", "organizations");
            else if (entity == "location") check_ref(attributes, row, "link_id", "locations");
            else if (ascii_lower(entity) == "service" || ascii_lower(entity) == "organization" ||
                     ascii_lower(entity) == "location")
                error(at(attributes, row) + "link_entity '" + entity +
                      "' must be written in lower case: " + ascii_lower(entity));
            if (entity == "service") {
                auto term = code_of_term.find(attributes.get(row, "taxonomy_term_id"));
                if (term != code_of_term.end() && is_category(term->second))
                    categorised.insert(attributes.get(row, "link_id"));
            }
        }
        if (unusable_.count("attributes") || unusable_.count("taxonomy_terms")) return;
        const auto& services = table("services");
        for (const auto& row : services.rows) {
            const std::string& id = services.get(row, "id");
            if (id.empty() || categorised.count(id)) continue;
            if (auto lost = unmapped_terms_of_service_.find(id); lost != unmapped_terms_of_service_.end()) {
                std::string terms;
                for (const auto& term : lost->second) terms += (terms.empty() ? "" : ", ") + term;
                error(at(services, row) + "service '" + id + "' has no category: its taxonomy terms (" + terms +
                      ") have no mapping in " + import_.taxonomy_map.filename().string() +
                      " (map one of them to a category code, such as meeting or day-care)");
                continue;
            }
            error(at(services, row) + "service '" + id +
                  "' has no category (link it in attributes.csv to a taxonomy term with a category code, "
                  "such as meeting or day-care)");
        }
        // Services that no municipality will list: allowed (a helpline), but worth a look.
        const auto& areas = table("service_areas");
        const auto& sal = table("service_at_location");
        std::unordered_set<std::string> placed;
        for (const auto& row : areas.rows) placed.insert(areas.get(row, "service_id"));
        for (const auto& row : sal.rows) placed.insert(sal.get(row, "service_id"));
        for (const auto& row : services.rows)
            if (!placed.count(services.get(row, "id")))
                warning(at(services, row) + "service '" + services.get(row, "id") +
                        "' has no service area and no location, so no municipality lists it");
    }

    //----------------------------------------------------------------------------------------------
    // [SECTION] The loader: synonyms and datapackage.json
    //----------------------------------------------------------------------------------------------

    void read_synonyms() {
        auto& package = result_.package;
        const auto path = folder_ / "synonyms.csv";
        std::error_code ec;
        Result<CsvTable> csv = fail("");
        if (std::filesystem::exists(path, ec)) {
            package.synonyms_from_source = true;
            csv = read_csv_file(path);
        } else {
            csv = parse_csv(embedded::synonyms_csv(), "synonyms.csv (built in)");
        }
        if (!csv) {
            error(csv.error());
            return;
        }
        const std::string file = package.synonyms_from_source ? "synonyms.csv" : "synonyms.csv (built in)";
        int term = -1, replacement = -1;
        for (size_t i = 0; i < csv->header.size(); ++i) {
            std::string name = ascii_lower(trim(csv->header[i]));
            if (name == "term") term = static_cast<int>(i);
            if (name == "replacement") replacement = static_cast<int>(i);
        }
        if (term < 0 || replacement < 0) {
            error(file + ": the header must have the columns term and replacement");
            return;
        }
        std::vector<std::pair<std::string, std::string>> pairs;
        std::vector<int> lines;
        for (const auto& record : csv->records) {
            auto field = [&](int i) {
                return static_cast<size_t>(i) < record.fields.size() ? record.fields[static_cast<size_t>(i)]
                                                                     : std::string();
            };
            pairs.emplace_back(field(term), field(replacement));
            lines.push_back(record.line);
        }
        check_synonyms(std::move(pairs), file, lines);
    }

    // Lower-cases, checks and de-duplicates synonym pairs into the package.
    void check_synonyms(std::vector<std::pair<std::string, std::string>> pairs, const std::string& file,
                        const std::vector<int>& lines = {}) {
        auto& package = result_.package;
        std::set<std::pair<std::string, std::string>> seen;
        const FieldRule rule = *field_rule("synonyms", "term");
        for (size_t k = 0; k < pairs.size(); ++k) {
            const std::string where = file + (from_catalogue_ ? " row " : " line ") +
                                      std::to_string(k < lines.size() ? lines[k] : static_cast<int>(k + 1)) + ": ";
            std::string t = ascii_lower(trim(pairs[k].first)), r = ascii_lower(trim(pairs[k].second));
            if (t.empty() || r.empty()) {
                error(where + (t.empty() ? "term" : "replacement") + " is empty");
                continue;
            }
            auto tp = check_field(rule, t), rp = check_field(rule, r);
            if (tp || rp) {
                error(where + (tp ? "term " + *tp : "replacement " + *rp));
                continue;
            }
            if (seen.emplace(t, r).second) package.synonyms.emplace_back(t, r);
        }
    }

    void read_datapackage() {
        const auto path = folder_ / "datapackage.json";
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) return;
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        auto json = nlohmann::json::parse(buffer.str(), nullptr, false);
        if (json.is_discarded() || !json.is_object()) {
            error("datapackage.json: not valid JSON (check the commas, quotes and braces)");
            return;
        }
        auto& meta = result_.package.metadata;
        if (json.contains("version")) {
            const auto& v = json["version"];
            if (v.is_number_integer() && v.get<std::int64_t>() > 0) {
                meta.version = v.get<std::int64_t>();
            } else if (v.is_string() && all_digits(v.get<std::string>()) && v.get<std::string>().size() < 18 &&
                       std::stoll(v.get<std::string>()) > 0) {
                meta.version = std::stoll(v.get<std::string>());
            } else {
                error("datapackage.json: version " + v.dump() + " is not a whole number above 0");
            }
        }
        auto date = [&](const nlohmann::json& v, const std::string& name, std::optional<std::string>& target) {
            if (v.is_null()) return;
            if (v.is_string() && (v.get<std::string>().empty() && name == "expires")) {
                target = "";
            } else if (v.is_string() && is_iso_date(v.get<std::string>().substr(0, 10))) {
                target = v.get<std::string>().substr(0, 10);  // also accepts a full timestamp
            } else {
                error("datapackage.json: " + name + " " + v.dump() + " is not a date (use YYYY-MM-DD)");
            }
        };
        if (json.contains("created")) date(json["created"], "created", meta.created);
        if (json.contains("title") && json["title"].is_string()) meta.title = json["title"].get<std::string>();
        if (json.contains("wegwijzer") && json["wegwijzer"].is_object()) {
            const auto& w = json["wegwijzer"];
            if (w.contains("demo")) {
                if (w["demo"].is_boolean()) meta.demo = w["demo"].get<bool>();
                else error("datapackage.json: wegwijzer.demo must be true or false");
            }
            if (w.contains("expires")) date(w["expires"], "expires", meta.expires);
        }
    }
};

}  // namespace

//--------------------------------------------------------------------------------------------------
// [SECTION] load_hsds and validate_hsds
//--------------------------------------------------------------------------------------------------

HsdsLoad load_hsds(const std::filesystem::path& folder, const ImportRules& rules) {
    return Loader(folder, rules).run();
}

HsdsLoad validate_hsds(HsdsTables tables, std::vector<std::pair<std::string, std::string>> synonyms) {
    return Loader({}).run(std::move(tables), std::move(synonyms));
}

}  // namespace ww
