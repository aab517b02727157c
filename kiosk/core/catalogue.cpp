#include "core/catalogue.h"

#include <algorithm>
#include <charconv>
#include <exception>
#include <map>

#include "core/builder.h"
#include "core/drenthe_places.h"
#include "core/postings.h"
#include "core/schema.h"
#include "core/search_engine.h"
#include "core/service_reader.h"
#include "core/taxonomy.h"

namespace ww {

Result<CatalogueInfo> read_catalogue_info(const Database& db) {
    Statement st = db.prepare("SELECT key, value FROM metadata");
    if (!st.valid()) return fail("cannot read the catalogue's metadata: " + st.error());
    std::map<std::string, std::string> values;
    while (st.step()) values[st.text(0)] = st.text(1);
    if (!st.error().empty()) return fail("cannot read the catalogue's metadata: " + st.error());
    for (const char* key : {"catalogue_version", "created", "demo", "source"})
        if (!values.count(key)) return fail(std::string("the catalogue's metadata has no ") + key);

    CatalogueInfo info;
    const std::string& version = values["catalogue_version"];
    auto [end, ec] = std::from_chars(version.data(), version.data() + version.size(), info.version);
    if (ec != std::errc() || end != version.data() + version.size())
        return fail("the catalogue's version '" + version + "' is not a number");
    info.created = values["created"];
    info.expires = values["expires"];
    info.source = values["source"];
    info.demo = values["demo"] == "1";
    info.schema_version = static_cast<int>(db.scalar_int("PRAGMA user_version").value_or(0));
    return info;
}

Catalogue::Catalogue(std::filesystem::path path, Database db, CatalogueInfo info)
    : path_(std::move(path)), db_(std::move(db)), info_(std::move(info)) {}

Catalogue::~Catalogue() = default;

Result<std::unique_ptr<Catalogue>> Catalogue::open(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return fail("catalogue " + path.string() + " does not exist");
    if (std::filesystem::is_directory(path, ec)) return fail(path.string() + " is a folder, not a catalogue file");
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) return fail(db.error());
    // SQLite opens lazily: the first read tells whether this is a database at all.
    if (!db->scalar_int("PRAGMA user_version"))
        return fail(path.string() + " is not a Wegwijzer catalogue (" + db->last_error() + ")");
    if (auto problems = check_schema(*db); !problems.empty())
        return fail(path.string() + " is not a usable Wegwijzer catalogue: " + problems.front());
    if (db->scalar_text("SELECT value FROM metadata WHERE key = 'contents'").value_or("") == kPackageContents)
        return fail(path.string() +
                    " is a USB package (`kioskctl pack`): it holds the catalogue's source tables "
                    "without the search index, which a kiosk builds when it imports the package "
                    "(`kioskctl import`). To open it here, build a catalogue with `kioskctl build`.");
    auto info = read_catalogue_info(*db);
    if (!info) return fail(path.string() + ": " + info.error());
    try {
        std::unique_ptr<Catalogue> catalogue(new Catalogue(path, std::move(*db), std::move(*info)));
        catalogue->engine_ = std::make_unique<SearchEngine>(catalogue->db_);
        return catalogue;
    } catch (const std::exception& e) {
        return fail(path.string() + " cannot be read: " + e.what());
    }
}

SearchResult Catalogue::search(const SearchQuery& query) const { return engine_->search(query); }

std::optional<ServiceDetail> Catalogue::service(std::string_view id, const std::optional<GeoPoint>& near,
                                                const std::string& home_municipality) const {
    ReadContext context;
    context.near = near;
    context.home_municipality = home_municipality;
    return read_detail(db_, id, context);
}

std::vector<std::string> Catalogue::municipalities() const {
    std::vector<std::string> names;
    Statement st = db_.prepare("SELECT DISTINCT municipality FROM service_municipality ORDER BY municipality");
    while (st.step()) names.push_back(st.text(0));
    return names;
}

CatalogueCounts Catalogue::counts() const {
    CatalogueCounts counts;
    auto count = [&](const char* sql) { return static_cast<int>(db_.scalar_int(sql).value_or(0)); };
    counts.services = count("SELECT count(*) FROM services");
    counts.organizations = count("SELECT count(*) FROM organizations");
    counts.locations = count("SELECT count(*) FROM locations");

    std::map<std::string, int> per_tag;
    Statement tags = db_.prepare("SELECT code, count(*) FROM service_tag GROUP BY code");
    while (tags.step()) per_tag[tags.text(0)] = static_cast<int>(tags.integer(1));
    for (const auto& category : categories())
        counts.per_category.emplace_back(std::string(category.code), per_tag[std::string(category.code)]);

    // Every municipality of Drenthe, also those without services, then any other name found.
    std::map<std::string, int> per_place;
    Statement places = db_.prepare("SELECT municipality, count(*) FROM service_municipality GROUP BY municipality");
    while (places.step()) per_place[places.text(0)] = static_cast<int>(places.integer(1));
    for (auto name : drenthe_municipalities()) {
        auto it = per_place.find(std::string(name));
        counts.per_municipality.emplace_back(std::string(name), it == per_place.end() ? 0 : it->second);
        if (it != per_place.end()) per_place.erase(it);
    }
    for (const auto& [name, n] : per_place) counts.per_municipality.emplace_back(name, n);
    return counts;
}

namespace {

// FTS5's own consistency check is a write statement, so it cannot run on the read-only connection.
// It runs on a second, writable connection inside a transaction that is rolled back (nothing is
// written); when the file is not writable, on an in-memory copy. Returns "" when the index is sound.
std::string check_fulltext_index(const std::filesystem::path& path, const Database& db) {
    const char* kCheck = "INSERT INTO service_fts (service_fts) VALUES ('integrity-check')";
    // On a read-only file system SQLite opens "read-write" read-only without a word: that
    // connection cannot run the check, the copy can.
    if (auto writable = Database::open(path, Database::Mode::ReadWrite);
        writable && sqlite3_db_readonly(writable->handle(), "main") == 0 && writable->exec("BEGIN IMMEDIATE")) {
        auto result = writable->exec(kCheck);
        const bool read_only = (sqlite3_extended_errcode(writable->handle()) & 0xff) == SQLITE_READONLY;
        (void)writable->exec("ROLLBACK");
        if (result || !read_only) return result ? "" : result.error();
    }
    auto copy = Database::open(":memory:", Database::Mode::Create);
    if (!copy) return "";
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", db.handle(), "main");
    if (!backup) return "cannot copy the catalogue for the check: " + copy->last_error();
    int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return std::string("cannot copy the catalogue for the check: ") + sqlite3_errstr(rc);
    auto result = copy->exec(kCheck);
    return result ? "" : result.error();
}

}  // namespace

std::vector<std::string> Catalogue::check_integrity() const {
    std::vector<std::string> problems;
    Statement check = db_.prepare("PRAGMA integrity_check");
    if (!check.valid()) return {"integrity check cannot run: " + check.error()};
    while (check.step())
        if (check.text(0) != "ok") problems.push_back("integrity check: " + check.text(0));
    if (!check.error().empty()) problems.push_back("integrity check: " + check.error());

    for (auto& p : check_schema(db_)) problems.push_back(std::move(p));

    // Each service has exactly its full-text row (service_fts.rowid = services.rowid).
    auto missing = db_.scalar_int(
        "SELECT (SELECT count(*) FROM services WHERE rowid NOT IN (SELECT rowid FROM service_fts)) + "
        "(SELECT count(*) FROM service_fts WHERE rowid NOT IN (SELECT rowid FROM services))");
    if (!missing) problems.push_back("the full-text index cannot be read: " + db_.last_error());
    else if (*missing)
        problems.push_back("the full-text index does not match the services (" + std::to_string(*missing) +
                           (*missing == 1 ? " row differs)" : " rows differ)"));

    if (auto fts = check_fulltext_index(path_, db_); !fts.empty()) {
        problems.push_back("full-text index: " + fts);
        return problems;  // the search index is compared with it: that would only add noise
    }
    for (auto& p : check_search_terms(db_)) problems.push_back(std::move(p));
    return problems;
}

}  // namespace ww
