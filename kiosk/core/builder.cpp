// HSDS folder -> catalogue file (atomically), and catalogue file -> HSDS folder.
#include "core/builder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/csv.h"
#include "core/hsds.h"
#include "core/hsds_id.h"
#include "core/postings.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/text.h"

namespace ww {

namespace {

constexpr const char* kFormat = "wegwijzer-hsds-1";
// The HSDS profile the export follows: db/profile/README.md.
constexpr const char* kHsdsProfile = "wegwijzer-hsds-profile-1.0";

std::string folder_name(const std::filesystem::path& folder) {
    auto p = std::filesystem::absolute(folder).lexically_normal();
    if (p.filename().empty()) p = p.parent_path();
    return p.filename().string();
}

Status fsync_path(const std::filesystem::path& path, bool directory) {
    int fd = ::open(path.c_str(), O_RDONLY | (directory ? O_DIRECTORY : 0));
    if (fd < 0) return fail("cannot open " + path.string() + " to flush it to disk");
    int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) return fail("cannot flush " + path.string() + " to disk");
    return success();
}

// The temporary catalogue next to `out`; removed unless it was renamed into place.
class TempFile {
public:
    static Result<TempFile> create(const std::filesystem::path& out) {
        std::string pattern = out.string() + ".tmp-XXXXXX";
        int fd = ::mkstemp(pattern.data());
        if (fd < 0) return fail("cannot create a temporary file next to " + out.string());
        ::fchmod(fd, 0644);  // the kiosk user must be able to read the catalogue
        ::close(fd);
        return TempFile(pattern);
    }
    TempFile(TempFile&& other) noexcept : path_(std::move(other.path_)), keep_(other.keep_) { other.keep_ = true; }
    TempFile(const TempFile&) = delete;
    ~TempFile() {
        if (keep_) return;
        std::error_code ec;
        std::filesystem::remove(path_, ec);
        std::filesystem::remove(path_.string() + "-journal", ec);
    }
    const std::filesystem::path& path() const { return path_; }
    void release() { keep_ = true; }

private:
    explicit TempFile(std::filesystem::path path) : path_(std::move(path)) {}
    std::filesystem::path path_;
    bool keep_ = false;
};

using Metadata = CatalogueMetadata;

Metadata resolve_metadata(const BuildOptions& options, const PackageMetadata& package) {
    Metadata m;
    m.version = options.version.value_or(package.version.value_or(1));
    m.created = options.created.value_or(package.created.value_or(local_date(std::chrono::system_clock::now())));
    m.expires = options.expires.value_or(package.expires.value_or(""));
    m.demo = options.demo.value_or(package.demo.value_or(false));
    m.source = options.source_label.value_or(package.title.value_or(folder_name(options.source)));
    return m;
}

// The schema's own indexes (not FTS5's tables), in the order the migrations made them. Filling a
// table first and indexing it afterwards (one sort) is far quicker than keeping each index up to
// date row by row.
struct DroppedIndexes {
    std::vector<std::string> of_package_tables;  // needed by the queries that make the derived tables
    std::vector<std::string> of_derived_tables;  // service_tag, opening_slot, ...: made last
};

Result<DroppedIndexes> drop_indexes(Database& db) {
    std::vector<std::array<std::string, 3>> indexes;  // name, table, CREATE INDEX statement
    Statement st = db.prepare(
        "SELECT name, tbl_name, sql FROM main.sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid");
    while (st.step()) indexes.push_back({st.text(0), st.text(1), st.text(2)});
    if (!st.error().empty()) return fail("cannot read the schema's indexes: " + st.error());
    DroppedIndexes dropped;
    for (auto& [name, table, sql] : indexes) {
        if (auto done = db.exec("DROP INDEX main.\"" + name + "\""); !done) return fail(done.error());
        (find_hsds_table(table) ? dropped.of_package_tables : dropped.of_derived_tables).push_back(std::move(sql));
    }
    return dropped;
}

Status create_indexes(Database& db, const std::vector<std::string>& create) {
    for (const auto& sql : create)
        if (auto st = db.exec(sql); !st) return fail("cannot index the catalogue: " + st.error());
    return success();
}

// Inserts the rows and then lets go of them, table by table: the FTS5 index is built afterwards
// with their memory free (an import holds the whole package; at 100,000 services hundreds of MB).
Status insert_tables(Database& db, HsdsPackage& package) {
    for (const auto& spec : hsds_tables()) {
        const HsdsTable& table = package.table(spec.table);
        std::string columns, params;
        for (size_t i = 0; i < spec.columns.size(); ++i) {
            columns += (i ? ", " : "") + std::string(spec.columns[i].name);
            params += (i ? ", ?" : "?") + std::to_string(i + 1);
        }
        Statement insert =
            db.prepare("INSERT INTO " + std::string(spec.table) + " (" + columns + ") VALUES (" + params + ")");
        if (!insert.valid()) return fail("cannot prepare the " + std::string(spec.table) + " table: " + insert.error());
        for (const auto& row : table.rows) {
            insert.reset();
            for (size_t i = 0; i < spec.columns.size(); ++i) {
                const std::string& value = row.values[i];
                const int index = static_cast<int>(i + 1);
                if (spec.columns[i].name == "status" && value.empty()) {
                    insert.bind(index, std::string_view("active"));
                } else if (value.empty()) {
                    insert.bind_null(index);
                } else if (spec.columns[i].kind == ColumnKind::Real) {
                    double number = 0;
                    std::from_chars(value.data(), value.data() + value.size(), number);
                    insert.bind(index, number);
                } else {
                    insert.bind_unowned(index, value);  // the row outlives this step
                }
            }
            insert.step();
            if (!insert.error().empty())
                return fail(std::string(spec.file) + " line " + std::to_string(row.line) + ": " + insert.error());
        }
        insert.reset();  // lets go of the unowned values before their rows go
        if (auto it = package.tables.find(spec.table); it != package.tables.end())
            std::vector<HsdsRow>().swap(it->second.rows);
    }
    Statement synonym = db.prepare("INSERT OR IGNORE INTO synonyms (term, replacement) VALUES (?1, ?2)");
    for (const auto& [term, replacement] : package.synonyms) {
        synonym.reset();
        synonym.bind(1, std::string_view(term)).bind(2, std::string_view(replacement));
        synonym.step();
        if (!synonym.error().empty()) return fail("synonyms: " + synonym.error());
    }
    return success();
}

Status insert_metadata(Database& db, const Metadata& m, WriteMode mode) {
    Statement st = db.prepare("INSERT INTO metadata (key, value) VALUES (?1, ?2)");
    std::vector<std::pair<const char*, std::string>> rows{
        {"catalogue_version", std::to_string(m.version)},
        {"created", m.created},
        {"expires", m.expires},
        {"demo", m.demo ? "1" : "0"},
        {"source", m.source},
        {"format", kFormat},
    };
    if (mode == WriteMode::package) rows.emplace_back("contents", kPackageContents);
    for (const auto& [key, value] : rows) {
        st.reset();
        st.bind(1, std::string_view(key)).bind(2, std::string_view(value));
        st.step();
        if (!st.error().empty()) return fail("metadata: " + st.error());
    }
    return success();
}

// opening_slot: one row per day of each schedule, from service_id or via service_at_location.
Status fill_opening_slots(Database& db) {
    Statement read = db.prepare(
        "SELECT coalesce(s.service_id, sal.service_id), s.byday, s.opens_at, s.closes_at FROM schedules s "
        "LEFT JOIN service_at_location sal ON sal.id = s.service_at_location_id "
        "WHERE s.byday IS NOT NULL AND s.opens_at IS NOT NULL AND s.closes_at IS NOT NULL ORDER BY s.rowid");
    Statement insert =
        db.prepare("INSERT INTO opening_slot (service_id, weekday, opens_min, closes_min) VALUES (?1, ?2, ?3, ?4)");
    if (!read.valid() || !insert.valid()) return fail("opening times: " + db.last_error());
    while (read.step()) {
        auto days = parse_byday(read.text(1));
        auto opens = parse_clock(read.text(2));
        auto closes = parse_clock(read.text(3));
        if (!days || !opens || !closes) continue;  // validation already refused these
        for (int day : *days) {
            insert.reset();
            insert.bind(1, std::string_view(read.text(0)))
                .bind(2, day)
                .bind(3, *opens)
                .bind(4, closing_minutes(*closes));
            insert.step();
            if (!insert.error().empty()) return fail("opening times: " + insert.error());
        }
    }
    if (!read.error().empty()) return fail("opening times: " + read.error());
    return success();
}

constexpr const char* kDerivedSql = R"sql(
INSERT INTO service_tag (service_id, code)
  SELECT DISTINCT a.link_id, t.code FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id
  WHERE a.link_entity = 'service';

INSERT OR IGNORE INTO service_municipality (service_id, municipality)
  SELECT service_id, name FROM service_areas;
INSERT OR IGNORE INTO service_municipality (service_id, municipality)
  SELECT sal.service_id, ad.region FROM service_at_location sal JOIN addresses ad ON ad.location_id = sal.location_id
  WHERE ad.region IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM service_areas sa WHERE sa.service_id = sal.service_id);

CREATE TEMP TABLE ww_keywords (service_id TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE ww_places (service_id TEXT PRIMARY KEY, places TEXT NOT NULL) WITHOUT ROWID;
)sql";

// After fill_index_words: the FTS5 index's text of each service.
constexpr const char* kIndexSql = R"sql(
INSERT INTO service_fts (rowid, name, description, keywords, places, conditions)
  SELECT s.rowid,
    trim(s.name || ' ' || coalesce(s.name_en, '')),
    trim(coalesce(s.description, '') || ' ' || coalesce(s.description_en, '')),
    trim(coalesce(k.words, '') || ' ' || o.name),
    coalesce(p.places, ''),
    trim(coalesce(s.fees_description, '') || ' ' || coalesce(s.fees_description_en, '') || ' ' ||
         coalesce(s.eligibility_description, '') || ' ' || coalesce(s.eligibility_description_en, ''))
  FROM services s JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN temp.ww_keywords k ON k.service_id = s.id LEFT JOIN temp.ww_places p ON p.service_id = s.id
  ORDER BY s.rowid;
DROP TABLE temp.ww_keywords;
DROP TABLE temp.ww_places;
)sql";

// The text of each service's keywords and places, for the FTS5 index (into temp.ww_keywords and
// temp.ww_places), made in one pass over each table here; in SQL it took three sorts of every
// attribute and every place, a fifth of the whole import.
// - keywords: the names (name, then name_en) of the service's taxonomy terms, each distinct text
//   once, ordered by the lowest code that gives it, then by the text;
// - places: the distinct cities of its addresses, names of its locations and its municipalities,
//   in order.
Status fill_index_words(Database& db) {
    struct Term {
        std::string code, words;
    };
    std::unordered_map<std::string, Term> terms;  // taxonomy term id ->
    {
        Statement st = db.prepare("SELECT id, code, name, name_en FROM taxonomy_terms");
        while (st.step()) terms[st.text(0)] = {st.text(1), st.is_null(3) ? st.text(2) : st.text(2) + " " + st.text(3)};
        if (!st.error().empty()) return fail("index words: " + st.error());
    }
    std::map<std::string, std::map<std::string_view, std::string_view>> keywords;  // service -> words -> lowest code
    {
        Statement st = db.prepare("SELECT link_id, taxonomy_term_id FROM attributes WHERE link_entity = 'service'");
        while (st.step()) {
            auto term = terms.find(st.text(1));
            if (term == terms.end()) continue;
            auto [it, inserted] = keywords[st.text(0)].try_emplace(term->second.words, term->second.code);
            if (!inserted && term->second.code < it->second) it->second = term->second.code;
        }
        if (!st.error().empty()) return fail("index words: " + st.error());
    }
    Statement insert = db.prepare("INSERT INTO temp.ww_keywords (service_id, words) VALUES (?1, ?2)");
    if (!insert.valid()) return fail("index words: " + insert.error());
    std::vector<std::pair<std::string_view, std::string_view>> ordered;  // code, words
    for (const auto& [service, words] : keywords) {
        ordered.clear();
        for (const auto& [text, code] : words) ordered.emplace_back(code, text);
        std::sort(ordered.begin(), ordered.end());
        std::string joined;
        for (const auto& [code, text] : ordered) joined.append(joined.empty() ? "" : " ").append(text);
        insert.reset();
        insert.bind(1, std::string_view(service)).bind(2, std::string_view(joined));
        insert.step();
        if (!insert.error().empty()) return fail("index words: " + insert.error());
    }

    std::unordered_map<std::string, std::vector<std::string>> location_places;  // location id -> cities, its name
    for (const char* sql : {"SELECT location_id, city FROM addresses", "SELECT id, name FROM locations"}) {
        Statement st = db.prepare(sql);
        while (st.step())
            if (!st.is_null(1) && !st.text(1).empty()) location_places[st.text(0)].push_back(st.text(1));
        if (!st.error().empty()) return fail("index words: " + st.error());
    }
    std::map<std::string, std::set<std::string>> places;  // service -> places
    {
        Statement st = db.prepare("SELECT service_id, location_id FROM service_at_location");
        while (st.step())
            if (auto it = location_places.find(st.text(1)); it != location_places.end())
                places[st.text(0)].insert(it->second.begin(), it->second.end());
        if (!st.error().empty()) return fail("index words: " + st.error());
        Statement areas = db.prepare("SELECT service_id, municipality FROM service_municipality");
        while (areas.step())
            if (!areas.text(1).empty()) places[areas.text(0)].insert(areas.text(1));
        if (!areas.error().empty()) return fail("index words: " + areas.error());
    }
    Statement insert_places = db.prepare("INSERT INTO temp.ww_places (service_id, places) VALUES (?1, ?2)");
    if (!insert_places.valid()) return fail("index words: " + insert_places.error());
    for (const auto& [service, names] : places) {
        std::string joined;
        for (const auto& name : names) joined.append(joined.empty() ? "" : " ").append(name);
        insert_places.reset();
        insert_places.bind(1, std::string_view(service)).bind(2, std::string_view(joined));
        insert_places.step();
        if (!insert_places.error().empty()) return fail("index words: " + insert_places.error());
    }
    return success();
}

}  // namespace

Status write_catalogue(const std::filesystem::path& file, HsdsPackage package, const CatalogueMetadata& metadata,
                       WriteMode mode) {
    auto db = Database::open(file, Database::Mode::Create);
    if (!db) return fail(db.error());
    // The file is private until it is renamed into place, and fsynced then; on any failure it is
    // thrown away: no journal, no syncs, no locks needed.
    if (auto st = db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
                           "PRAGMA cache_size = -65536;");
        !st)
        return st;
    if (auto st = migrate(*db); !st) return st;
    if (auto st = db->exec("BEGIN"); !st) return st;
    // FTS5 merges its segments once, at 'optimize', instead of over and over while it fills (a
    // third of the index's time); the default comes back afterwards.
    if (auto st = db->exec("INSERT INTO service_fts (service_fts, rank) VALUES ('automerge', 0)"); !st) return st;
    auto indexes = drop_indexes(*db);
    if (!indexes) return fail(indexes.error());
    Status step = insert_tables(*db, package);
    if (step) step = create_indexes(*db, indexes->of_package_tables);
    if (step) step = insert_metadata(*db, metadata, mode);
    if (mode != WriteMode::package) {
        if (step) step = db->exec(kDerivedSql);
        if (step) step = fill_index_words(*db);
        if (step) step = db->exec(kIndexSql);
        if (step) step = fill_opening_slots(*db);
        if (step) step = fill_search_terms(*db);
    }
    if (step) step = create_indexes(*db, indexes->of_derived_tables);
    if (!step) return step;
    if (auto st = db->exec("COMMIT"); !st) return st;
    // Merging FTS5's segments into one makes the file smaller, which staff builds want; the kiosk
    // never queries FTS5 (search reads search_term), so its import skips it: a quarter of a second
    // at 10,000 services.
    if (mode == WriteMode::compact)
        if (auto st = db->exec("INSERT INTO service_fts (service_fts) VALUES ('optimize')"); !st) return st;
    if (auto st = db->exec("INSERT INTO service_fts (service_fts, rank) VALUES ('automerge', 4); PRAGMA optimize;");
        !st)
        return st;
    if (mode != WriteMode::quick)
        if (auto st = db->exec("VACUUM"); !st) return st;
    db->close();
    return success();
}

namespace {
WorkbookLoader workbook_loader = nullptr;

// The workbook files among the sources: `source` when it is a file, then the others.
std::vector<std::filesystem::path> workbook_files(const BuildOptions& options) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    std::string extension = ascii_lower(options.source.extension().string());
    if (!options.source.empty() && (std::filesystem::is_regular_file(options.source, ec) || extension == ".xlsx" ||
                                    extension == ".ods" || extension == ".csv"))
        files.push_back(options.source);
    files.insert(files.end(), options.workbooks.begin(), options.workbooks.end());
    return files;
}

HsdsLoad load_source(const BuildOptions& options) {
    std::vector<std::filesystem::path> files = workbook_files(options);
    if (files.empty()) return load_hsds(options.source, ImportRules{options.taxonomy_map, options.skip_outside});
    HsdsLoad load;
    std::error_code ec;
    if (!options.taxonomy_map.empty() || options.skip_outside)
        load.errors.push_back(
            "--taxonomy-map and --skip-outside are for an HSDS folder from another tool, not for "
            "workbooks");
    else if (!options.source.empty() && std::filesystem::is_directory(options.source, ec))
        load.errors.push_back(options.source.string() + " is an HSDS folder; it cannot be merged with workbooks");
    else if (!workbook_loader)
        load.errors.push_back("this program cannot read workbooks (" + files.front().string() + ")");
    else return workbook_loader(files, options.language);
    return load;
}
}  // namespace

void set_workbook_loader(WorkbookLoader loader) { workbook_loader = loader; }

BuildReport build_catalogue(const BuildOptions& options) {
    BuildReport report;
    HsdsLoad load = load_source(options);
    report.warnings = std::move(load.warnings);
    report.notes = std::move(load.notes);
    auto& errors = report.errors;
    errors = std::move(load.errors);
    if (options.created && !is_iso_date(*options.created))
        errors.push_back("created '" + *options.created + "' is not a date (use YYYY-MM-DD)");
    if (options.expires && !options.expires->empty() && !is_iso_date(*options.expires))
        errors.push_back("expires '" + *options.expires + "' is not a date (use YYYY-MM-DD)");
    if (options.version && *options.version < 1) errors.push_back("the catalogue version must be 1 or more");

    std::error_code ec;
    const auto out = options.out;
    const auto folder = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
    if (out.empty()) errors.push_back("no output file given");
    else if (std::filesystem::is_directory(out, ec))
        errors.push_back(out.string() + " is a folder; give a file name for the catalogue");
    else if (!std::filesystem::is_directory(folder, ec))
        errors.push_back("the folder " + folder.string() + " for the catalogue does not exist");
    if (!errors.empty()) {
        errors = cap_messages(std::move(errors));
        return report;
    }

    const Metadata metadata = resolve_metadata(options, load.package.metadata);
    auto temp = TempFile::create(out);
    if (!temp) {
        errors.push_back(temp.error());
        return report;
    }
    const int services = static_cast<int>(load.package.table("services").rows.size());
    Status written = write_catalogue(temp->path(), std::move(load.package), metadata,
                                     options.package ? WriteMode::package : WriteMode::compact);
    if (written) written = fsync_path(temp->path(), false);
    if (written) {
        std::filesystem::rename(temp->path(), out, ec);
        if (ec) written = fail("cannot move the new catalogue into place at " + out.string() + ": " + ec.message());
        else temp->release();
    }
    if (!written) {
        errors.push_back("cannot write the catalogue: " + written.error());
        return report;
    }
    (void)fsync_path(folder, true);  // the rename itself is durable once the folder is flushed
    report.services = services;
    return report;
}

// ---- export ------------------------------------------------------------------------------------

namespace {

std::string cell(const Statement& st, int column) {
    switch (sqlite3_column_type(st.handle(), column)) {
        case SQLITE_NULL: return {};
        case SQLITE_FLOAT: {
            char buffer[32];
            auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, st.real(column));
            return ec == std::errc() ? std::string(buffer, end) : st.text(column);
        }
        default: return st.text(column);
    }
}

Status write_text_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return fail("cannot write " + path.string());
    return success();
}

Status export_table(const Database& db, const std::string& sql, const std::vector<std::string>& header,
                    const std::filesystem::path& path) {
    Statement st = db.prepare(sql);
    if (!st.valid()) return fail("cannot read the catalogue: " + st.error());
    std::string text = csv_row(header);
    std::vector<std::string> row(header.size());
    while (st.step()) {
        for (size_t i = 0; i < header.size(); ++i) row[i] = cell(st, static_cast<int>(i));
        text += csv_row(row);
    }
    if (!st.error().empty()) return fail("cannot read the catalogue: " + st.error());
    return write_text_file(path, text);
}

// ---- HSDS 3.0 as other tools read it ----------------------------------------------------------

// The table a reference column points at; attributes.link_id depends on the row's link_entity.
std::string_view reference_target(std::string_view column) {
    if (column == "organization_id") return "organizations";
    if (column == "service_id") return "services";
    if (column == "location_id") return "locations";
    if (column == "service_at_location_id") return "service_at_location";
    if (column == "taxonomy_term_id") return "taxonomy_terms";
    return {};
}

std::string_view link_target(std::string_view link_entity) {
    if (link_entity == "service") return "services";
    if (link_entity == "organization") return "organizations";
    if (link_entity == "location") return "locations";
    return {};
}

// HSDS's resource name of a table (datapackage.json names them in the singular).
std::string hsds_resource(std::string_view table) {
    if (table == "addresses") return "address";
    if (table.ends_with("s")) table.remove_suffix(1);
    return std::string(table);
}

// Columns HSDS requires that a catalogue does not store, with the value each row has. Every place
// in a catalogue is a place in Drenthe that residents visit (hsds.cpp refuses others).
struct FixedColumn {
    std::string_view table, column, value;
};
constexpr FixedColumn kFixedColumns[] = {
    {"addresses", "state_province", "Drenthe"},
    {"addresses", "address_type", "physical"},
};

// One table of the catalogue as an HSDS CSV file: ids as UUIDs (hsds_id.h), times as HH:MM:SS,
// required values the catalogue leaves empty filled with what they are.
Status export_hsds_table(const Database& db, const HsdsTableSpec& spec, const std::filesystem::path& path) {
    std::vector<std::string> header;
    std::string columns;
    for (const auto& column : spec.columns) {
        columns += (columns.empty() ? "" : ", ") + std::string(column.name);
        header.emplace_back(column.name);
    }
    const size_t stored = header.size();
    for (const auto& fixed : kFixedColumns)
        if (fixed.table == spec.table) header.emplace_back(fixed.column);
    const bool schedules = spec.table == "schedules";
    if (schedules) header.emplace_back("freq");  // byday is a weekly rule
    auto index_of = [&](std::string_view name) {
        auto it = std::find(header.begin(), header.end(), name);
        return it == header.end() ? -1 : static_cast<int>(it - header.begin());
    };
    const int link_entity = index_of("link_entity");

    Statement st = db.prepare("SELECT " + columns + " FROM " + std::string(spec.table) + " ORDER BY rowid");
    if (!st.valid()) return fail("cannot read the catalogue: " + st.error());
    std::string text = csv_row(header);
    std::vector<std::string> row(header.size());
    std::set<std::string, std::less<>> uuids;
    while (st.step()) {
        for (size_t i = 0; i < stored; ++i) row[i] = cell(st, static_cast<int>(i));
        for (size_t i = 0; i < stored; ++i) {
            const std::string& name = header[i];
            if (name == "id") {
                std::string uuid = hsds_uuid(spec.table, row[i]);
                if (!uuids.insert(uuid).second)
                    return fail(std::string(spec.table) + ": ids '" + row[i] + "' and another id both give the UUID " +
                                uuid + "; give one of them another id");
                row[i] = std::move(uuid);
            } else if (name == "link_id") {
                row[i] = hsds_uuid(link_target(link_entity < 0 ? "" : row[static_cast<size_t>(link_entity)]), row[i]);
            } else if (auto target = reference_target(name); !target.empty()) {
                row[i] = hsds_uuid(target, row[i]);
            } else if ((name == "opens_at" || name == "closes_at") && row[i].size() == 5) {
                row[i] += ":00";
            } else if (name == "country" && row[i].empty()) {
                row[i] = "NL";
            } else if (name == "location_type" && row[i].empty()) {
                row[i] = "physical";
            }
        }
        size_t next = stored;
        for (const auto& fixed : kFixedColumns)
            if (fixed.table == spec.table) row[next++] = fixed.value;
        if (schedules) row[next++] = row[static_cast<size_t>(index_of("byday"))].empty() ? "" : "WEEKLY";
        text += csv_row(row);
    }
    if (!st.error().empty()) return fail("cannot read the catalogue: " + st.error());
    return write_text_file(path, text);
}

}  // namespace

Status export_catalogue(const std::filesystem::path& db_path, const std::filesystem::path& out_dir) {
    std::error_code ec;
    if (!std::filesystem::exists(db_path, ec)) return fail("catalogue " + db_path.string() + " does not exist");
    auto db = Database::open(db_path, Database::Mode::ReadOnly);
    if (!db) return fail(db.error());
    if (auto problems = check_schema(*db); !problems.empty())
        return fail(db_path.string() + " is not a readable Wegwijzer catalogue: " + problems.front());

    std::filesystem::create_directories(out_dir, ec);
    if (ec) return fail("cannot create the folder " + out_dir.string() + ": " + ec.message());

    nlohmann::json resources = nlohmann::json::array();
    for (const auto& spec : hsds_tables()) {
        if (auto st = export_hsds_table(*db, spec, out_dir / spec.file); !st) return st;
        resources.push_back({{"name", hsds_resource(spec.table)},
                             {"path", spec.file},
                             {"format", "csv"},
                             {"mediatype", "text/csv"},
                             {"encoding", "utf-8"},
                             {"profile", "tabular-data-resource"}});
    }
    if (auto st = export_table(*db, "SELECT term, replacement FROM synonyms ORDER BY term, replacement",
                               {"term", "replacement"}, out_dir / "synonyms.csv");
        !st)
        return st;
    resources.push_back({{"name", "synonym"},  // the Wegwijzer profile's resource (db/profile)
                         {"path", "synonyms.csv"},
                         {"format", "csv"},
                         {"mediatype", "text/csv"},
                         {"encoding", "utf-8"},
                         {"profile", "tabular-data-resource"}});

    auto info = db->prepare("SELECT key, value FROM metadata");
    std::map<std::string, std::string> meta;
    while (info.step()) meta[info.text(0)] = info.text(1);
    nlohmann::json package = {
        {"name", "wegwijzer-catalogue"},
        {"title", meta["source"]},
        {"profile", "tabular-data-package"},
        // A string, as the Data Package spec has it (Frictionless refuses a number); load_hsds reads both.
        {"version", std::to_string(std::strtoll(meta["catalogue_version"].c_str(), nullptr, 10))},
        {"created", meta["created"]},
        {"resources", resources},
        {"wegwijzer",
         {{"demo", meta["demo"] == "1"},
          {"expires", meta["expires"]},
          {"format", kFormat},
          {"hsds_version", "3.0"},
          {"hsds_profile", kHsdsProfile}}},
    };
    return write_text_file(out_dir / "datapackage.json", package.dump(2) + "\n");
}

}  // namespace ww
