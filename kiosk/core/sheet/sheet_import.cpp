#include "core/sheet/sheet_import.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/drenthe_places.h"
#include "core/hsds_import.h"
#include "core/sheet/opening_words.h"
#include "core/sheet/xlsx_writer.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww::sheet {

bool id_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t i2 = i, j2 = j;
            while (i2 < a.size() && digit(a[i2])) ++i2;
            while (j2 < b.size() && digit(b[j2])) ++j2;
            std::string_view x(a.data() + i, i2 - i), y(b.data() + j, j2 - j);
            while (x.size() > 1 && x.front() == '0') x.remove_prefix(1);
            while (y.size() > 1 && y.front() == '0') y.remove_prefix(1);
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = i2, j = j2;
            continue;
        }
        if (a[i] != b[j]) return a[i] < b[j];
        ++i, ++j;
    }
    if ((a.size() - i) != (b.size() - j)) return (a.size() - i) < (b.size() - j);
    return a < b;
}

namespace {

using Record = std::vector<std::string>;  // one entry of a hidden JSON list

// The columns every row of one service shares (the organisation's are checked with it).
constexpr Column kServiceColumns[] = {
    kName,        kWhatItIs,      kForWhom,          kConditions,   kTopic,      kServiceArea, kPhone,
    kWebsite,     kEmail,         kOpenOn,           kOpeningNote,  kCost,       kCostText,    kIndicationNeeded,
    kLastChecked, kNameEn,        kWhatItIsEn,       kConditionsEn, kCostTextEn, kTagCodes,    kOrganizationId,
    kStatus,      kServicePhones, kServiceSchedules, kServiceAreas, kAttributes};
constexpr Column kOrganizationColumns[] = {kOrganization,      kOrganizationDescription, kOrganizationWebsite,
                                           kOrganizationEmail, kOrganizationPhones,      kOrganizationAttributes};
constexpr Column kLocationColumns[] = {kPlace,
                                       kAddress,
                                       kPostalCode,
                                       kCity,
                                       kMunicipality,
                                       kLatitude,
                                       kLongitude,
                                       kLocationType,
                                       kTransport,
                                       kTransportEn,
                                       kLocationOrganizationId,
                                       kAddressId,
                                       kCountry,
                                       kLocationPhones,
                                       kLocationAddresses,
                                       kLocationAttributes};

struct RowRef {
    std::size_t book = 0;
    std::size_t number = 0;  // the spreadsheet row
    const SheetRow* row = nullptr;
    const std::string& operator[](Column c) const { return (*row)[c]; }
    bool has_place() const {
        return !(*row)[kPlace].empty() || !(*row)[kAddress].empty() || !(*row)[kPostalCode].empty() ||
               !(*row)[kCity].empty();
    }
};

std::string header(Column c) { return std::string(column(c).header); }

std::string lower_trim(const std::string& s) { return ascii_lower(trim(s)); }

// Fresh ids for what staff added: the prefix, "n" and a hash of what the thing is ("svc-n3f2a91c0"),
// so the same workbook always gives the same ids, and a new service never takes the id of one that
// was deleted (a kiosk, or `kioskctl diff`, would take it for the old service changed).
class IdMaker {
public:
    void saw(const std::string& id) {
        if (!id.empty()) used_.insert(id);
    }
    std::string fresh(const std::string& prefix, const std::string& what) {
        std::uint32_t h = 2166136261u;
        for (unsigned char c : what) h = (h ^ c) * 16777619u;
        for (;; ++h) {
            char text[16];
            std::snprintf(text, sizeof text, "n%08x", h);
            if (used_.insert(prefix + text).second) return prefix + text;
        }
    }

private:
    std::set<std::string> used_;
};

struct ServiceGroup {
    std::string id;  // existing, or made fresh
    std::vector<RowRef> rows;
};

struct LocationGroup {
    std::string id;
    RowRef first;
    std::string organization_id;  // of the first service given there, for a new place
};

class Importer {
public:
    explicit Importer(const std::vector<WorkbookRows>& books) : books_(books) {}

    SheetImport run() {
        collect_rows();
        if (!out_.problems.empty()) return std::move(out_);
        group_services();
        check_groups();
        if (!out_.problems.empty()) return std::move(out_);
        for (const auto& spec : hsds_tables()) out_.tables[std::string(spec.table)];
        write_taxonomy();
        write_organizations();
        for (ServiceGroup& group : services_) write_service(group);
        finish_tables();
        return std::move(out_);
    }

private:
    // ---- messages ----------------------------------------------------------------------------

    std::string row_nl(const RowRef& r, const RowRef& other) const {
        std::string text = "rij " + std::to_string(other.number);
        if (other.book != r.book) text += " in " + books_[other.book].file;
        return text;
    }
    std::string row_en(const RowRef& r, const RowRef& other) const {
        std::string text = "row " + std::to_string(other.number);
        if (other.book != r.book) text += " in " + books_[other.book].file;
        return text;
    }

    void add(std::vector<WorkbookProblem>& list, const RowRef& r, const std::string& column_header,
             const std::string& nl, const std::string& en) {
        std::string where_nl = "Rij " + std::to_string(r.number), where_en = "Row " + std::to_string(r.number);
        if (!column_header.empty())
            where_nl += ", kolom '" + column_header + "'", where_en += ", column '" + column_header + "'";
        list.push_back(
            {books_[r.book].file,
             {std::string(kServicesSheet), r.number, column_header, where_nl + ": " + nl, where_en + ": " + en}});
    }
    void problem(const RowRef& r, const std::string& h, const std::string& nl, const std::string& en) {
        add(out_.problems, r, h, nl, en);
    }
    void warning(const RowRef& r, const std::string& h, const std::string& nl, const std::string& en) {
        add(out_.warnings, r, h, nl, en);
    }

    // ---- reading the rows --------------------------------------------------------------------

    void collect_rows() {
        for (std::size_t b = 0; b < books_.size(); ++b) {
            const SheetRead& read = books_[b].read;
            for (std::size_t i = 0; i < read.rows.size(); ++i) {
                RowRef r{b, i < read.row_numbers.size() ? read.row_numbers[i] : i + 2, &read.rows[i]};
                if (r.row->cells.size() < static_cast<std::size_t>(kColumnCount)) continue;
                for (Column c : {kServiceId, kOrganizationId, kLocationId, kServiceAtLocationId,
                                 kLocationOrganizationId, kAddressId})
                    ids_.saw(r[c]);
                for (Column c : {kServicePhones, kServiceSchedules, kServiceAreas, kAttributes, kOrganizationPhones,
                                 kLocationPhones, kLocationSchedules, kLocationAddresses, kOrganizationAttributes,
                                 kLocationAttributes})
                    for (const Record& record : records(r, c)) ids_.saw(record[0]);
                rows_.push_back(r);
            }
        }
    }

    // The entries of a hidden JSON list column, each with at least six strings; parsed once per cell.
    std::vector<Record> records(const RowRef& r, Column c) {
        const std::string& text = r[c];
        if (text.empty()) return {};
        auto key = std::make_pair(static_cast<const void*>(&text), c);
        auto cached = parsed_.find(key);
        if (cached == parsed_.end()) cached = parsed_.emplace(key, parse_records(r, c)).first;
        return cached->second;
    }

    std::vector<Record> parse_records(const RowRef& r, Column c) {
        std::vector<Record> out;
        const std::string& text = r[c];
        nlohmann::json list = nlohmann::json::parse(text, nullptr, false);
        bool ok = list.is_array();
        if (ok)
            for (const auto& entry : list) {
                if (!entry.is_array() || entry.empty()) {
                    ok = false;
                    break;
                }
                Record record;
                for (const auto& value : entry)
                    record.push_back(value.is_string() ? value.get<std::string>() : value.dump());
                record.resize(std::max<std::size_t>(record.size(), 6));
                out.push_back(std::move(record));
            }
        if (!ok && damaged_.insert({r.book, r.number, c}).second)
            problem(
                r, header(c),
                "deze verborgen kolom is beschadigd. Maak de verandering ongedaan, of maak de lijst opnieuw met "
                "'kioskctl sheet export'.",
                "this hidden column is damaged. Undo the change, or make the list again with 'kioskctl sheet export'.");
        if (!ok) out.clear();
        return out;
    }

    // ---- grouping and checks -----------------------------------------------------------------

    void group_services() {
        std::map<std::string, const RowRef*> by_place;  // service-at-location id -> first row
        std::map<std::string, std::size_t> by_key;
        std::set<std::string> located_only;  // services seen without a place, taken once
        for (const RowRef& r : rows_) {
            if (!r[kServiceAtLocationId].empty() && r.has_place()) {
                auto [it, fresh] = by_place.emplace(r[kServiceAtLocationId], &r);
                if (!fresh) {
                    std::string differ_nl = differing(*it->second, r, kColumnCount);
                    if (differ_nl.empty()) continue;  // the same row in two workbooks: taken once
                    problem(r, "",
                            "dit is dezelfde hulp op dezelfde plek als " + row_nl(r, *it->second) +
                                ", maar met andere gegevens in " + differ_nl +
                                ". Maak de rijen gelijk, of haal er een weg.",
                            "this is the same service at the same place as " + row_en(r, *it->second) +
                                ", but with other data in " + differ_nl + ". Make the rows the same, or remove one.");
                    continue;
                }
            }
            std::string key = r[kServiceId].empty()
                                  ? "\x01" + lower_trim(r[kName]) + "\x1f" + lower_trim(r[kOrganization])
                                  : r[kServiceId];
            if (!r.has_place() && !located_only.insert(key).second) {
                // A service without a place is in the export of every municipality it serves.
                const RowRef& first = services_[by_key[key]].rows.front();
                if (differing(first, r, kColumnCount, true).empty()) continue;
            }
            auto [it, fresh] = by_key.emplace(key, services_.size());
            if (fresh) services_.push_back({r[kServiceId], {}});
            services_[it->second].rows.push_back(r);
        }
    }

    // The headers (quoted, joined) of the columns in which two rows differ; only `which` columns
    // unless kColumnCount. `skip_municipality`: the Gemeente of a row without a place is only the
    // workbook's own municipality.
    std::string differing(const RowRef& a, const RowRef& b, Column which, bool skip_municipality = false) const {
        std::string out;
        for (int c = 0; c < kColumnCount; ++c) {
            auto column_c = static_cast<Column>(c);
            if (which != kColumnCount && column_c != which) continue;
            if (column_c == kFingerprint || (skip_municipality && column_c == kMunicipality)) continue;
            if (a[column_c] != b[column_c]) out += (out.empty() ? "'" : ", '") + header(column_c) + "'";
        }
        return out;
    }

    template <std::size_t N>
    void check_same(const std::vector<RowRef>& rows, const Column (&list)[N], const char* what_nl,
                    const char* what_en) {
        for (std::size_t i = 1; i < rows.size(); ++i) {
            std::string differ;
            for (Column c : list)
                differ +=
                    differing(rows.front(), rows[i], c).empty() ? "" : (differ.empty() ? "'" : ", '") + header(c) + "'";
            if (differ.empty()) continue;
            problem(rows[i], "",
                    std::string("dit is ") + what_nl + " als " + row_nl(rows[i], rows.front()) + ", maar " + differ +
                        " is anders. Maak dit gelijk op alle rijen van " + what_nl + ".",
                    std::string("this is ") + what_en + " as " + row_en(rows[i], rows.front()) + ", but " + differ +
                        " differs. Make it the same on every row of " + what_en + ".");
        }
    }

    void check_groups() {
        std::map<std::string, std::vector<RowRef>> organizations, locations;
        for (const ServiceGroup& g : services_) {
            check_same(g.rows, kServiceColumns, "dezelfde hulp", "the same service");
            for (const RowRef& r : g.rows) {
                if (!r[kOrganizationId].empty()) organizations[r[kOrganizationId]].push_back(r);
                if (!r[kLocationId].empty() && r.has_place()) locations[r[kLocationId]].push_back(r);
            }
        }
        for (const auto& [id, rows] : organizations)
            check_same(rows, kOrganizationColumns, "dezelfde organisatie", "the same organisation");
        for (const auto& [id, rows] : locations) check_same(rows, kLocationColumns, "dezelfde plek", "the same place");
    }

    // ---- tables ------------------------------------------------------------------------------

    std::vector<HsdsRow>& table(const char* name) { return out_.tables[name]; }
    static void put(std::vector<HsdsRow>& t, Record values) { t.push_back({0, std::move(values)}); }

    void write_taxonomy() {
        for (const TagInfo& tag : all_tags())
            put(table("taxonomy_terms"), {"term-" + std::string(tag.code), std::string(tag.code), std::string(tag.nl),
                                          std::string(tag.en), std::string(tag.description)});
    }

    // Organisations by id, or for new services by name (an organisation already in the sheet, or new).
    void write_organizations() {
        std::map<std::string, std::string> id_of_name;
        for (const RowRef& r : rows_)
            if (!r[kOrganizationId].empty()) id_of_name.emplace(lower_trim(r[kOrganization]), r[kOrganizationId]);
        std::set<std::string> written;
        for (ServiceGroup& g : services_) {
            const RowRef& r = g.rows.front();
            std::string id = r[kOrganizationId];
            if (id.empty()) {
                if (trim(r[kOrganization]).empty()) {
                    problem(r, header(kOrganization), "de organisatie ontbreekt. Typ wie de hulp geeft.",
                            "the organisation is missing. Type who gives the service.");
                    continue;
                }
                auto [it, fresh] = id_of_name.emplace(lower_trim(r[kOrganization]), std::string());
                if (fresh) it->second = ids_.fresh("org-", "org|" + lower_trim(r[kOrganization]));
                id = it->second;
            }
            organization_of_[&g] = id;
            if (!written.insert(id).second) continue;
            put(table("organizations"),
                {id, r[kOrganization], r[kOrganizationDescription], r[kOrganizationWebsite], r[kOrganizationEmail]});
            for (Record& p : records(r, kOrganizationPhones)) put(table("phones"), {p[0], "", id, p[4], p[1], p[2]});
            write_owned_attributes(r, kOrganizationAttributes, id, "organization");
        }
    }

    // The rows' cells as exported, or staff changed them: then the visible words win.
    static bool kept(const RowRef& r, Column c) { return unchanged_since_export(*r.row, c); }

    void write_service(ServiceGroup& g) {
        const RowRef& r = g.rows.front();
        auto org = organization_of_.find(&g);
        if (org == organization_of_.end()) return;  // reported
        if (g.id.empty())
            g.id = ids_.fresh("svc-", "svc|" + r[kName] + "|" + r[kOrganization] + "|" + r[kPlace] + "|" + r[kAddress] +
                                          "|" + r[kCity]);
        const std::string& id = g.id;
        put(table("services"),
            {id, org->second, r[kName], r[kNameEn], r[kWhatItIs], r[kWhatItIsEn], r[kWebsite], r[kEmail], r[kStatus],
             r[kCostText], r[kCostTextEn], r[kConditions], r[kConditionsEn], r[kLastChecked]});
        write_phones(r, id);
        std::vector<std::pair<std::string, RowRef>> places;  // service-at-location id -> its row
        write_places(g, org->second, places);
        write_areas(g);
        write_attributes(r, id);
        write_schedules(g, id, places);
    }

    void write_phones(const RowRef& r, const std::string& id) {
        std::vector<Record> phones = records(r, kServicePhones);
        if (!kept(r, kPhone)) {
            const std::string& number = r[kPhone];
            if (!phones.empty() && number.empty()) phones.erase(phones.begin());
            else if (!phones.empty()) phones.front()[1] = number;
            else if (!number.empty())
                phones.push_back({ids_.fresh("tel-", "tel|" + id + "|" + number), number, "", "", ""});
        }
        // id, number, description, and the phone's organisation and place when it also has those
        // (sheet_source.cpp); an older workbook has neither.
        for (Record& p : phones) put(table("phones"), {p[0], id, p[3], p[4], p[1], p[2]});
    }

    void write_places(ServiceGroup& g, const std::string& organization_id,
                      std::vector<std::pair<std::string, RowRef>>& places) {
        for (const RowRef& r : g.rows) {
            if (!r.has_place()) continue;
            std::string key = !r[kLocationId].empty()
                                  ? r[kLocationId]
                                  : "\x01" + lower_trim(r[kPlace]) + "|" + lower_trim(r[kAddress]) + "|" +
                                        lower_trim(r[kPostalCode]) + "|" + lower_trim(r[kCity]);
            auto [it, fresh] = locations_.emplace(key, LocationGroup{});
            if (fresh) {
                it->second.id = r[kLocationId].empty() ? ids_.fresh("loc-", "loc|" + key) : r[kLocationId];
                it->second.first = r;
                write_location(r, it->second.id, organization_id);
            }
            std::string sal = r[kServiceAtLocationId].empty() ? std::string() : r[kServiceAtLocationId];
            std::string pair = g.id + "\x1f" + it->second.id;
            if (!service_places_.insert(pair).second) continue;
            if (sal.empty()) sal = ids_.fresh("sal-", "sal|" + pair);
            put(table("service_at_location"), {sal, g.id, it->second.id});
            places.emplace_back(sal, r);
        }
    }

    void write_location(const RowRef& r, const std::string& id, const std::string& organization_id) {
        std::string lat = r[kLatitude], lon = r[kLongitude];
        bool moved = !r[kFingerprint].empty() && (!kept(r, kAddress) || !kept(r, kCity));
        std::string municipality = r[kMunicipality];
        const DrentheTown* town = find_drenthe_town(trim(r[kCity]));
        if (municipality.empty() && town) {
            municipality = std::string(town->municipality);
            warning(r, header(kMunicipality),
                    "de gemeente ontbreekt. We nemen " + municipality + ", waar " + std::string(town->name) +
                        " ligt. Kies de gemeente uit de lijst als dat niet klopt.",
                    "the municipality is missing. We take " + municipality + ", where " + std::string(town->name) +
                        " lies. Choose the municipality from the list if that is wrong.");
        } else if (municipality.empty()) {
            problem(r, header(kMunicipality), "de gemeente ontbreekt. Kies de gemeente uit de lijst.",
                    "the municipality is missing. Choose the municipality from the list.");
        }
        if (lat.empty() || lon.empty() || moved) {
            if (!town) town = find_drenthe_town(municipality);
            if (town) {
                char text[32];
                std::snprintf(text, sizeof text, "%.4f", town->lat);
                lat = text;
                std::snprintf(text, sizeof text, "%.4f", town->lon);
                lon = text;
                warning(r, header(kCity),
                        "we weten niet precies waar deze plek ligt. We nemen het midden van " +
                            std::string(town->name) + ". De afstand op het scherm is dan ongeveer goed.",
                        "we do not know exactly where this place is. We take the centre of " + std::string(town->name) +
                            ". The distance on the screen is then roughly right.");
            } else {
                lat.clear(), lon.clear();
                warning(r, header(kCity),
                        "we weten niet waar deze plek ligt: de plaats staat niet in onze lijst van Drenthe. Het scherm "
                        "toont dan geen afstand. Kijk of de plaats goed gespeld is.",
                        "we do not know where this place is: the town is not in our list for Drenthe. The screen then "
                        "shows no distance. Check the spelling of the town.");
            }
        }
        std::string owner = r[kLocationOrganizationId].empty() ? organization_id : r[kLocationOrganizationId];
        put(table("locations"),
            {id, owner, r[kPlace], lat, lon, r[kLocationType].empty() ? "physical" : r[kLocationType], r[kTransport],
             r[kTransportEn]});
        if (!r[kAddress].empty() || !r[kPostalCode].empty() || !r[kCity].empty() || !municipality.empty())
            put(table("addresses"),
                {r[kAddressId].empty() ? ids_.fresh("adr-", "adr|" + id) : r[kAddressId], id, r[kAddress], r[kCity],
                 municipality, r[kPostalCode], r[kCountry].empty() ? "NL" : r[kCountry]});
        for (Record& a : records(r, kLocationAddresses))  // the addresses after the first, as they were
            put(table("addresses"), {a[0], id, a[1], a[2], a[3], a[4], a[5]});
        for (Record& p : records(r, kLocationPhones)) put(table("phones"), {p[0], "", "", id, p[1], p[2]});
        write_owned_attributes(r, kLocationAttributes, id, "location");
    }

    // The taxonomy attributes of an organisation or a location: hidden only, carried as they were.
    void write_owned_attributes(const RowRef& r, Column c, const std::string& id, const char* entity) {
        for (Record& a : records(r, c)) put(table("attributes"), {a[0], id, a[2], entity, "term-" + a[1], a[3]});
    }

    void write_areas(const ServiceGroup& g) {
        const RowRef& r = g.rows.front();
        std::vector<Record> areas = records(r, kServiceAreas);
        if (!kept(r, kServiceArea)) {
            std::vector<Record> chosen;
            std::string words = r[kServiceArea];
            bool has_place = std::any_of(g.rows.begin(), g.rows.end(), [](const RowRef& x) { return x.has_place(); });
            if (trim(words).empty() && !has_place) words = r[kMunicipality];  // a new service without a place
            std::size_t start = 0;
            while (start <= words.size()) {
                std::size_t end = words.find(';', start);
                std::string name =
                    trim(words.substr(start, end == std::string::npos ? std::string::npos : end - start));
                start = end == std::string::npos ? words.size() + 1 : end + 1;
                if (name.empty()) continue;
                const std::string known(find_municipality(name));
                if (known.empty() && names_whole_province(name)) {  // "Drenthe": the build makes it all 12, with a note
                    chosen.push_back(Record{ids_.fresh("area-", "area|" + g.id + "|" + name), name, ""});
                    continue;
                }
                if (known.empty()) {
                    std::string guess = suggest_municipality(name);
                    problem(r, header(kServiceArea),
                            "'" + name + "' is geen gemeente in Drenthe." +
                                (guess.empty() ? " Scheid gemeenten met een puntkomma." : " Bedoelt u " + guess + "?"),
                            "'" + name + "' is not a municipality of Drenthe." +
                                (guess.empty() ? " Separate municipalities with a semicolon."
                                               : " Did you mean " + guess + "?"));
                    continue;
                }
                auto old = std::find_if(areas.begin(), areas.end(), [&](const Record& a) { return a[1] == known; });
                chosen.push_back(
                    old != areas.end() ? *old : Record{ids_.fresh("area-", "area|" + g.id + "|" + known), known, ""});
            }
            areas = std::move(chosen);
        }
        for (Record& a : areas) put(table("service_areas"), {a[0], g.id, a[1], a[2]});
    }

    static std::string code_of_words(const std::string& words, TagKind kind) {
        for (const TagInfo& t : all_tags())
            if (t.kind == kind && t.nl == words) return std::string(t.code);
        return {};
    }

    void write_attributes(const RowRef& r, const std::string& id) {
        std::vector<Record> attributes = records(r, kAttributes);
        if (attributes.empty())  // no ids: the codes alone (a workbook typed by hand)
            for (const std::string& code : split_codes(r[kTagCodes]))
                if (find_tag(code)) attributes.push_back({"", code, "service", ""});
        auto has = [&](std::string_view code) {
            return std::any_of(attributes.begin(), attributes.end(), [&](const Record& a) { return a[1] == code; });
        };
        auto drop = [&](std::string_view code) {
            attributes.erase(
                std::remove_if(attributes.begin(), attributes.end(), [&](const Record& a) { return a[1] == code; }),
                attributes.end());
        };
        auto ensure = [&](std::string_view code) {
            if (!code.empty() && !has(code)) attributes.push_back({"", std::string(code), "service", ""});
        };
        if (!kept(r, kForWhom)) {
            drop(tag::kAudiencePerson), drop(tag::kAudienceCarer);
            const std::string& w = r[kForWhom];
            if (w == kForPeopleWithDementia || w == kForBoth) ensure(tag::kAudiencePerson);
            if (w == kForCarers || w == kForBoth) ensure(tag::kAudienceCarer);
        }
        if (!kept(r, kTopic)) {
            // The topic shown was the first category in the home screen's order: that one is replaced.
            for (const TagInfo& t : categories())
                if (has(t.code)) {
                    drop(t.code);
                    break;
                }
            ensure(code_of_words(r[kTopic], TagKind::Category));
        }
        if (!kept(r, kCost)) {
            drop(tag::kCostFree), drop(tag::kCostContribution);
            ensure(code_of_words(r[kCost], TagKind::Cost));
        }
        if (!kept(r, kIndicationNeeded)) {
            if (r[kIndicationNeeded] == kYes) ensure(tag::kCostIndication);
            else drop(tag::kCostIndication);
        }
        if (std::none_of(attributes.begin(), attributes.end(), [](const Record& a) { return is_category(a[1]); }))
            problem(r, header(kTopic), "het onderwerp ontbreekt. Kies een onderwerp uit de lijst.",
                    "the topic is missing. Choose a topic from the list.");
        for (Record& a : attributes)
            put(table("attributes"), {a[0].empty() ? ids_.fresh("att-", "att|" + id + "|" + a[1]) : a[0], id,
                                      a[2].empty() ? "service" : a[2], "service", "term-" + a[1], a[3]});
    }

    static std::vector<std::string> split_codes(const std::string& text) {
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find(';', start);
            std::string code = trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
            if (!code.empty()) out.push_back(code);
            if (end == std::string::npos) break;
            start = end + 1;
        }
        return out;
    }

    void write_schedules(const ServiceGroup& g, const std::string& id,
                         const std::vector<std::pair<std::string, RowRef>>& places) {
        const RowRef& r = g.rows.front();
        struct Schedule {
            Record record;  // id, byday, opens, closes, description, description_en
            std::string sal;
        };
        std::vector<Schedule> all;
        for (Record& s : records(r, kServiceSchedules)) all.push_back({std::move(s), ""});
        for (const auto& [sal, row] : places) {
            for (Record& s : records(row, kLocationSchedules)) all.push_back({std::move(s), sal});
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const Schedule& a, const Schedule& b) { return id_less(a.record[0], b.record[0]); });
        auto first_note = std::find_if(all.begin(), all.end(), [](const Schedule& s) { return !s.record[4].empty(); });

        if (!kept(r, kOpenOn)) {
            ParsedOpening week = parse_opening_words(r[kOpenOn]);
            if (!week.problem_nl.empty()) return;  // the sheet check named it
            Record note{r[kOpeningNote], kept(r, kOpeningNote) && first_note != all.end() ? first_note->record[5] : ""};
            all.clear();
            // One schedule per distinct period, with the days that have it.
            std::vector<std::pair<std::pair<int, int>, std::string>> periods;
            static constexpr const char* kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
            for (const OpeningSlot& slot : week.slots) {
                auto period = std::make_pair(slot.opens_min, slot.closes_min);
                auto it =
                    std::find_if(periods.begin(), periods.end(), [&](const auto& p) { return p.first == period; });
                if (it == periods.end()) periods.push_back({period, kDayCodes[slot.weekday]});
                else it->second += std::string(",") + kDayCodes[slot.weekday];
            }
            for (const auto& [period, days] : periods)
                all.push_back({{ids_.fresh("sch-", "sch|" + id + "|" + days + "|" + hsds_clock(period.first)), days,
                                hsds_clock(period.first), hsds_clock(period.second), "", ""},
                               ""});
            if (!note[0].empty()) {
                if (all.empty()) all.push_back({{ids_.fresh("sch-", "sch|" + id + "|note"), "", "", "", "", ""}, ""});
                all.front().record[4] = note[0], all.front().record[5] = note[1];
            }
        } else if (!kept(r, kOpeningNote)) {
            const std::string& note = r[kOpeningNote];
            if (first_note != all.end()) {
                first_note->record[4] = note, first_note->record[5] = "";  // the English no longer matches
            } else if (!note.empty()) {
                if (all.empty()) all.push_back({{ids_.fresh("sch-", "sch|" + id + "|note"), "", "", "", "", ""}, ""});
                all.front().record[4] = note;
            }
        }
        for (Schedule& s : all) {
            Record& x = s.record;
            put(table("schedules"), {x[0], s.sal.empty() ? id : "", s.sal, x[1], x[2], x[3], x[4], x[5]});
        }
    }

    void finish_tables() {
        drop_phone_links_to_absent();
        for (auto& [name, rows] : out_.tables) {
            if (name != "taxonomy_terms")  // Wegwijzer's own order
                std::stable_sort(rows.begin(), rows.end(),
                                 [](const HsdsRow& a, const HsdsRow& b) { return id_less(a.values[0], b.values[0]); });
            for (std::size_t i = 0; i < rows.size(); ++i) rows[i].line = static_cast<int>(i + 2);
        }
    }

    // A phone carried with its service may also name an organisation or a place that none of the
    // workbooks has (a municipality's workbook, a place without services): the phone stays with
    // its service without that link, as it was before phones kept all their links.
    void drop_phone_links_to_absent() {
        std::set<std::string> organizations, places;
        for (const HsdsRow& row : table("organizations")) organizations.insert(row.values[0]);
        for (const HsdsRow& row : table("locations")) places.insert(row.values[0]);
        for (HsdsRow& row : table("phones")) {
            if (std::string& org = row.values[2]; !org.empty() && !organizations.count(org)) org.clear();
            if (std::string& place = row.values[3]; !place.empty() && !places.count(place)) place.clear();
        }
    }

    const std::vector<WorkbookRows>& books_;
    SheetImport out_;
    std::vector<RowRef> rows_;
    std::vector<ServiceGroup> services_;
    std::map<const ServiceGroup*, std::string> organization_of_;
    std::map<std::string, LocationGroup> locations_;
    std::set<std::string> service_places_;
    std::set<std::tuple<std::size_t, std::size_t, Column>> damaged_;
    std::map<std::pair<const void*, Column>, std::vector<Record>> parsed_;  // by cell
    IdMaker ids_;
};

}  // namespace

SheetImport rows_to_hsds(const std::vector<WorkbookRows>& workbooks) { return Importer(workbooks).run(); }

}  // namespace ww::sheet
